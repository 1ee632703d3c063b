"""``captionist`` and ``python -m app``: the window, or a headless subcommand."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
