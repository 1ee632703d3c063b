"""Saved transcripts: the journals of past sessions, to read, export or delete.

Journals recovered after a crash are listed first and marked, so the user sees what the
crash left and can export it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.transcripts import journal as journals
from app.transcripts.export import render
from app.ui.exporting import export_with_dialog


def _status(info: journals.JournalInfo) -> str:
    if not info.is_clean:
        return "Recovered after a crash"
    return "Recovered" if info.recovered else "Finished"


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
        self.table.setHorizontalHeaderLabels(["Session", "Started", "Language", "Captions", ""])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.preview = QTextBrowser()
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
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
        # Newest first, with what a crash left at the top.
        self.entries = sorted(
            found, key=lambda i: (i.is_clean, -i.transcript.started_at.timestamp())
        )
        self.table.setRowCount(len(self.entries))
        for row, info in enumerate(self.entries):
            transcript = info.transcript
            cells = (
                transcript.session,
                transcript.started_at.strftime("%Y-%m-%d %H:%M"),
                transcript.language,
                str(len(transcript.captions)),
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
        self.export_button.setEnabled(bool(chosen))
        self.delete_button.setEnabled(bool(chosen))
        self.preview.setPlainText(
            render([info.transcript for info in chosen], "txt") if chosen else ""
        )

    def export_selected(self, path: str | None = None) -> Path | None:
        """Export the selection (several journals make one meeting transcript)."""
        chosen = [info.transcript for info in self.selected()]
        if not chosen:
            return None
        return export_with_dialog(self, chosen[0] if len(chosen) == 1 else chosen, path)

    def delete_selected(self, confirm: bool = True) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                "Delete transcripts",
                f"Delete {len(chosen)} saved transcript(s)? This cannot be undone.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for info in chosen:
            journals.delete(info)
        self.reload()
