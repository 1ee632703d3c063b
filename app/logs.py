"""Logging to a rotating file in the platformdirs log folder, and quietly to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app import paths

LOG_NAME = "captionist.log"
#: ``extra=SHOWN`` marks a record whose sentence the user already sees (a tab's status, a
#: line the command line prints): the log file keeps it, the console does not repeat it.
SHOWN = {"shown_to_user": True}


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup(verbose: bool = False) -> Path | None:
    """Send records to the log file (and warnings or, verbose, everything to stderr).

    Returns the log file's path, or None if it cannot be written (logging then goes to
    stderr only; a read-only home must not stop captioning).
    """
    root = logging.getLogger()
    if getattr(root, "_captionist_configured", False):
        return log_file()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("captionist: %(levelname)s: %(message)s"))
    console.addFilter(lambda record: not getattr(record, "shown_to_user", False))
    root.addHandler(console)
    path: Path | None
    try:
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        path = None
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root._captionist_configured = True  # type: ignore[attr-defined]
    return path
