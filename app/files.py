"""Writing a file so that a crash or a full disk never leaves half of it.

The text goes to a temporary name beside the target, reaches the disk, and only then
replaces the target: a reader sees the old file or the new one, never a mix. Settings and
exports both need this; journals do not (they append and fsync each line instead).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` via a temporary file and ``os.replace``.

    Raises ``OSError`` as the system gives it; no temporary file is left behind.
    """
    data = text.encode("utf-8")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666 lets the umask decide permissions, as for any file the user saves.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
