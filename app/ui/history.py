"""Saved transcripts: the journals of past sessions, to read, export or delete.

Journals recovered after a crash are listed first and marked, so the user sees what the
crash left and can export it. Sessions recording now (this window's, another instance's,
a ``transcribe`` run) are listed as such and cannot be deleted under their writer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.engine.language import AUTO, LANGUAGE_NAMES
from app.transcripts import journal as journals
from app.transcripts.reading import reading_text, sentences
from app.ui.asking import confirm
from app.ui.exporting import export_with_dialog


def _status(info: journals.JournalInfo) -> str:
    if info.is_live:
        return "Recording now"
    if not info.is_clean:
        return "Recovered after a crash"
    return "Recovered" if info.recovered else "Finished"


def _language(code: str) -> str:
    # Journals written before detection was recorded say "auto": the language is unknown.
    return "Unknown" if code in ("", AUTO) else LANGUAGE_NAMES.get(code, code)


def _sentence_count(info: journals.JournalInfo) -> int:
    return len(sentences(info.transcript.captions))


class HistoryDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        folder: Path | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Saved transcripts")
        self.resize(900, 520)
        self.folder = folder
        self.entries: list[journals.JournalInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Session", "Started", "Language", "Sentences", ""])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.preview = QTextBrowser()
        self.export_button = QPushButton("Export…")
        # clicked(bool) would arrive as the path: the slots take no argument from it.
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        close = QPushButton("Close")
        close.clicked.connect(self.accept)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        found = journals.list_journals(self.folder)
        # Newest first, with what a crash left at the top, then what is recording now.
        self.entries = sorted(
            found,
            key=lambda i: (i.is_clean, i.is_live, -i.transcript.started_at.timestamp()),
        )
        self.table.setRowCount(len(self.entries))
        for row, info in enumerate(self.entries):
            transcript = info.transcript
            cells = (
                transcript.session,
                transcript.started_at.strftime("%Y-%m-%d %H:%M"),
                _language(transcript.language),
                str(_sentence_count(info)),
                _status(info),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> list[journals.JournalInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[row] for row in rows]

    def _show_selected(self) -> None:
        chosen = self.selected()
        recording = any(info.is_live for info in chosen)
        self.export_button.setEnabled(bool(chosen))
        self.delete_button.setEnabled(bool(chosen) and not recording)
        self.delete_button.setToolTip(
            "A session that is recording now cannot be deleted." if recording else ""
        )
        self.preview.setPlainText(reading_text([info.transcript for info in chosen]))

    def export_selected(self, path: str | None = None) -> Path | None:
        """Export the selection (several journals make one meeting transcript)."""
        chosen = [info.transcript for info in self.selected()]
        if not chosen:
            return None
        return export_with_dialog(self, chosen[0] if len(chosen) == 1 else chosen, path)

    def delete_selected(self) -> None:
        """Delete the selection once the user confirms; sessions recording now are kept."""
        chosen = [info for info in self.selected() if not info.is_live]
        if not chosen:
            return
        question = f"{_deletion_question(chosen)} This cannot be undone."
        if not confirm(self, "Delete transcripts", question):
            return
        for info in chosen:
            journals.delete(info)
        self.reload()


def _deletion_question(chosen: list[journals.JournalInfo]) -> str:
    """``Delete the transcript of “Me” (2024-05-01 14:03, 12 sentences)?``"""
    total = sum(_sentence_count(info) for info in chosen)
    count = f"{total} sentence" if total == 1 else f"{total} sentences"
    if len(chosen) == 1:
        transcript = chosen[0].transcript
        when = transcript.started_at.strftime("%Y-%m-%d %H:%M")
        return f"Delete the transcript of “{transcript.session}” ({when}, {count})?"
    names = ", ".join(f"“{info.transcript.session}”" for info in chosen)
    return f"Delete {len(chosen)} transcripts ({names}; {count} in all)?"
