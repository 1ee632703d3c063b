"""Writing transcripts to files: atomically, in UTF-8, with safe file names.

A failed export raises ``ExportError`` with a sentence naming the path; nothing about the
transcript in memory changes, so the user can simply pick another place. The file is
written to a temporary name beside the target and moved over it, so an existing file is
never left half-written.
"""

from __future__ import annotations

import errno
import logging
import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, get_args

import platformdirs

from app.errors import CaptionistError
from app.files import write_atomic
from app.i18n import N_, message
from app.transcripts import formats
from app.transcripts.layout import DEFAULT_RULES, LayoutRules, layout
from app.transcripts.transcript import Transcript

log = logging.getLogger(__name__)

ExportFormat = Literal["srt", "vtt", "txt", "json"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)

_FORBIDDEN = set('<>:"/\\|?*')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{name}{n}" for name in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
_MAX_NAME_BYTES = 150  # leaves room for a date, an extension and the temp-file prefix
_CANNOT_SAVE = N_("Cannot save the transcript to {path}: {reason}.")
_IS_FOLDER = N_("it is a folder")


class ExportError(CaptionistError):
    """A transcript could not be written where the user asked."""


def safe_filename(name: str, fallback: str = "transcript") -> str:
    """A file name (without extension) made from a session name, valid on every platform."""
    name = unicodedata.normalize("NFC", name)
    cleaned = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch)[0] == "C" else ch for ch in name
    )
    cleaned = " ".join(cleaned.split())
    # Windows drops trailing dots and spaces, and a leading dot hides a file on Unix.
    cleaned = cleaned.strip(" .")
    while len(cleaned.encode("utf-8")) > _MAX_NAME_BYTES:
        cleaned = cleaned[:-1].rstrip(" .")
    if not cleaned:
        return fallback
    if cleaned.split(".")[0].rstrip(" ").upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def suggested_filename(source: Transcript | Sequence[Transcript], fmt: ExportFormat) -> str:
    """``Me 2024-05-01 14-03.srt``: the session (or "meeting") and when it started."""
    if isinstance(source, Transcript):
        name, started = source.session, source.started_at
    else:
        name = "meeting"
        started = min((t.started_at for t in source), default=None)
    when = f" {started:%Y-%m-%d %H-%M}" if started is not None else ""
    return f"{safe_filename(name)}{when}.{fmt}"


def start_folder(last: str = "") -> Path:
    """Where a save dialog opens: the last folder used while it exists, else the user's
    Documents, else home (never the folder the app happened to be launched from)."""
    for candidate in (last, platformdirs.user_documents_dir()):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def render(
    source: Transcript | Sequence[Transcript],
    fmt: ExportFormat,
    *,
    timestamps: bool = True,
    rules: LayoutRules = DEFAULT_RULES,
) -> str:
    """The file's text; a sequence of transcripts gives a combined meeting export."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    if isinstance(source, Transcript):
        if fmt == "srt":
            return formats.to_srt(layout(source.captions, rules))
        if fmt == "vtt":
            return formats.to_vtt(layout(source.captions, rules))
        if fmt == "txt":
            return formats.to_text(source, timestamps)
        return formats.to_json(source)
    if fmt == "json":
        return formats.meeting_json(source)
    captions = formats.merge_meeting(source)
    if fmt == "srt":
        return formats.meeting_srt(captions, rules)
    if fmt == "vtt":
        return formats.meeting_vtt(captions, rules)
    return formats.meeting_text(captions, timestamps, formats.meeting_marks(source))


def _reason(error: OSError, path: Path) -> str:
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return message(N_("the folder {folder} does not exist"), folder=path.parent)
    if isinstance(error, PermissionError):
        return message(N_("permission was denied"))
    if isinstance(error, IsADirectoryError):
        return message(_IS_FOLDER)
    if error.errno == errno.ENOSPC:
        return message(N_("the disk is full"))
    return error.strerror or str(error)  # the system's own words, in its language


def export(
    source: Transcript | Sequence[Transcript],
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    *,
    timestamps: bool = True,
    rules: LayoutRules = DEFAULT_RULES,
) -> Path:
    """Write ``source`` to ``path`` in ``fmt``; returns the path written.

    Raises ``ExportError`` if the file cannot be written; ``ValueError`` for an unknown
    format (a programming error, not the user's).
    """
    target = Path(path)
    text = render(source, fmt, timestamps=timestamps, rules=rules)
    if target.is_dir():
        raise ExportError(_CANNOT_SAVE, path=target, reason=message(_IS_FOLDER))
    try:
        write_atomic(target, text)
    except OSError as error:
        log.warning("export to %s failed: %s", target, error)
        raise ExportError(_CANNOT_SAVE, path=target, reason=_reason(error, target)) from error
    log.info("exported %s (%s, %d bytes)", target, fmt, len(text.encode("utf-8")))
    return target
