"""Saved transcripts: the journals of past sessions, to read, export or delete.

Journals recovered after a crash are listed first and marked, so the user sees what the
crash left and can export it. Sessions recording now (this window's, another instance's,
a ``transcribe`` run) are listed as such and cannot be deleted under their writer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.transcripts import journal as journals
from app.transcripts.reading import reading_text, sentences
from app.ui.asking import confirm
from app.ui.exporting import export_with_dialog
from app.workers.background import BackgroundTask, Breather, run_in_background

READING = QT_TRANSLATE_NOOP("HistoryDialog", "Reading saved transcripts…")


def _status(info: journals.JournalInfo) -> str:
    if info.is_live:
        return translate("HistoryDialog", "Recording now")
    if not info.is_clean:
        return translate("HistoryDialog", "Recovered after a crash")
    if info.recovered:
        return translate("HistoryDialog", "Recovered")
    return translate("HistoryDialog", "Finished")


def _language(code: str) -> str:
    # Journals written before detection was recorded say "auto": the language is unknown.
    return (
        translate("HistoryDialog", "Unknown")
        if code in ("", AUTO)
        else LANGUAGE_NAMES.get(code, code)
    )


def _sentence_count(info: journals.JournalInfo) -> int:
    return len(sentences(info.transcript.captions))


def _cells(info: journals.JournalInfo) -> tuple[str, ...]:
    transcript = info.transcript
    return (
        transcript.session,
        transcript.started_at.strftime("%Y-%m-%d %H:%M"),
        _language(transcript.language),
        str(_sentence_count(info)),
        _status(info),
    )


def read_rows(folder: Path | None) -> list[tuple[journals.JournalInfo, tuple[str, ...]]]:
    """The journals in ``folder`` as the table lists them, each with its row's texts.

    Runs off the GUI thread: a folder of long sessions takes seconds to read and count.
    """
    breathe = Breather()
    found = journals.list_journals(folder, between=breathe)
    # Newest first, with what a crash left at the top, then what is recording now.
    found.sort(key=lambda i: (i.is_clean, i.is_live, -i.transcript.started_at.timestamp()))
    rows = []
    for info in found:
        breathe()
        rows.append((info, _cells(info)))
    return rows


class HistoryDialog(QDialog):
    #: The saved transcripts have been read and listed: (how many).
    listed = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        folder: Path | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryDialog", "Saved transcripts"))
        self.resize(900, 520)
        self.folder = folder
        self.entries: list[journals.JournalInfo] = []
        self._reading: BackgroundTask | None = None
        self._rows: list[tuple[journals.JournalInfo, tuple[str, ...]]] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                translate("HistoryDialog", "Session"),
                translate("HistoryDialog", "Started"),
                translate("HistoryDialog", "Language"),
                translate("HistoryDialog", "Sentences"),
                "",
            ]
        )
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
        close = QPushButton(translate("HistoryDialog", "Close"))
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

    @property
    def is_reading(self) -> bool:
        return self._reading is not None

    def reload(self) -> None:
        """Read the journals again, off the GUI thread; ``listed`` says when they are shown."""
        if self._reading is not None:
            return
        self.export_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.preview.setPlainText(READING)
        self._reading = run_in_background(self, lambda: read_rows(self.folder))
        self._reading.finished.connect(self._fill)
        self._reading.failed.connect(self._unreadable)

    def _fill(self, rows: list[tuple[journals.JournalInfo, tuple[str, ...]]]) -> None:
        self._reading = None
        self._rows = rows
        self.entries = [info for info, _cells in rows]
        self.table.setRowCount(len(rows))
        for row, (_info, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)
        self._show_selected()
        self.listed.emit(len(self.entries))

    def _unreadable(self, _error: BaseException) -> None:
        self._fill([])
        self.preview.setPlainText(
            translate("HistoryDialog", "The saved transcripts could not be read; the log says why.")
        )

    def selected(self) -> list[journals.JournalInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[row] for row in rows]

    def _show_selected(self) -> None:
        chosen = self.selected()
        recording = any(info.is_live for info in chosen)
        self.export_button.setEnabled(bool(chosen))
        self.delete_button.setEnabled(bool(chosen) and not recording)
        self.delete_button.setToolTip(
            translate("HistoryDialog", "A session that is recording now cannot be deleted.")
            if recording
            else ""
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
        question = translate("HistoryDialog", "{question} This cannot be undone.").format(
            question=self._deletion_question(chosen)
        )
        if not confirm(self, translate("HistoryDialog", "Delete transcripts"), question):
            return
        for info in chosen:
            journals.delete(info)
        # The rest of the list is as it was read: no need to read every journal again.
        gone = {id(info) for info in chosen}
        self._fill([row for row in self._rows if id(row[0]) not in gone])

    def _deletion_question(self, chosen: list[journals.JournalInfo]) -> str:
        """``Delete the transcript of “Me” (2024-05-01 14:03, 12 sentences)?``"""
        total = sum(_sentence_count(info) for info in chosen)
        # self.tr: lupdate reads plural forms from tr() calls only.
        count = self.tr("%n sentence(s)", "", total)
        if len(chosen) == 1:
            transcript = chosen[0].transcript
            when = transcript.started_at.strftime("%Y-%m-%d %H:%M")
            question = translate(
                "HistoryDialog", "Delete the transcript of “{name}” ({when}, {count})?"
            )
            return question.format(name=transcript.session, when=when, count=count)
        names = ", ".join(f"“{info.transcript.session}”" for info in chosen)
        question = self.tr("Delete %n transcript(s) ({names}; {count} in all)?", "", len(chosen))
        return question.format(names=names, count=count)
