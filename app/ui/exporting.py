"""Export from the window: a save dialog, the format from the file's extension, errors shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.transcripts.export import ExportError, export, start_folder, suggested_filename
from app.transcripts.transcript import Transcript

FILTERS = "Subtitles (*.srt);;WebVTT (*.vtt);;Text (*.txt);;JSON (*.json)"
_KNOWN = ("srt", "vtt", "txt", "json")


def export_with_dialog(
    parent: QWidget,
    what: Transcript | Sequence[Transcript],
    path: str | None = None,
    *,
    last_folder: str = "",
) -> Path | None:
    """Ask where (unless ``path`` is given), write, and say what went wrong if it did.

    The dialog opens in ``last_folder`` (see ``start_folder``); several transcripts are a
    meeting, and the dialog says so. A failed export keeps the transcript untouched, so
    the user can pick another place.
    """
    if path is None:
        title = "Export transcript" if isinstance(what, Transcript) else "Export meeting"
        suggested = start_folder(last_folder) / suggested_filename(what, "srt")
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), FILTERS)
        if not path:
            return None
    target = Path(path)
    fmt = target.suffix.lstrip(".").lower()
    try:
        export(what, target, fmt if fmt in _KNOWN else "srt")
    except (ExportError, ValueError) as exc:
        QMessageBox.warning(parent, "Export failed", str(exc))
        return None
    return target
