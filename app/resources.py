"""Files in ``resources/``: beside the package in a checkout, inside the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path | None:
    """The path of ``resources/<name>``, or None when this install does not carry it."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parent.parent / "resources")
    for root in roots:
        if (root / name).is_file():
            return root / name
    return None
