"""Export from the window: a save dialog, the format from the file's extension, errors shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.i18n import translate
from app.transcripts.export import FORMATS, ExportError, export, start_folder, suggested_filename
from app.transcripts.transcript import Transcript
from app.workers.background import run_in_background, wait_for

FILTERS = "Subtitles (*.srt);;WebVTT (*.vtt);;Text (*.txt);;JSON (*.json)"  # see _filters


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
        title = (
            translate("Exporting", "Export transcript")
            if isinstance(what, Transcript)
            else translate("Exporting", "Export meeting")
        )
        suggested = start_folder(last_folder) / suggested_filename(what, "srt")
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), _filters())
        if not path:
            return None
    target = Path(path)
    suffix = target.suffix.lstrip(".").lower()
    fmt = suffix if suffix in FORMATS else "srt"
    # Running sessions keep adding captions while the file is written: the writer gets
    # them as they are now.
    frozen = _snapshot(what)
    busy = _busy(
        parent, translate("Exporting", "Saving the transcript to {name}…").format(name=target.name)
    )
    try:
        wait_for(run_in_background(busy, lambda: export(frozen, target, fmt)))
    except (ExportError, ValueError) as exc:
        QMessageBox.warning(parent, translate("Exporting", "Export failed"), str(exc))
        return None
    except Exception:  # logged with its traceback where it was raised
        QMessageBox.warning(
            parent,
            translate("Exporting", "Export failed"),
            translate("Exporting", "The transcript could not be saved; the log says why."),
        )
        return None
    finally:
        busy.close()
        busy.deleteLater()
    return target


def _snapshot(what: Transcript | Sequence[Transcript]) -> Transcript | list[Transcript]:
    def frozen(transcript: Transcript) -> Transcript:
        return dataclasses.replace(
            transcript, captions=list(transcript.captions), runs=list(transcript.runs)
        )

    return frozen(what) if isinstance(what, Transcript) else [frozen(t) for t in what]


def _filters() -> str:
    """The save dialog's file types, named in the interface language."""
    return ";;".join(
        (
            translate("Exporting", "Subtitles (*.srt)"),
            translate("Exporting", "WebVTT (*.vtt)"),
            translate("Exporting", "Text (*.txt)"),
            translate("Exporting", "JSON (*.json)"),
        )
    )


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    """A modal busy note, shown only if writing takes long (a slow or network drive); being
    modal, it also keeps a second export from starting meanwhile."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(translate("Exporting", "Export"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)  # starts the clock that shows it after that
    return dialog
