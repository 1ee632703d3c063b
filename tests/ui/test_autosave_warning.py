"""The window when autosave cannot write: a lasting warning, a question before losing
captions, and everything saved once the journals folder can be written again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import config, paths
from app.transcripts.journal import list_journals
from app.ui.main_window import MainWindow


@pytest.fixture
def journals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return paths.journals_dir()


def break_folder(folder: Path) -> None:
    """A file where the journals folder should be: every journal write fails (as root, a
    read-only folder would not stop anything)."""
    folder.rmdir()
    folder.write_text("not a folder")


def answer_next_dialog(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_failed_autosave_warns_asks_before_closing_and_saves_once_it_can(
    qtbot, model_dir, speech: Path, journals: Path
) -> None:
    break_folder(journals)
    window = MainWindow(config.Settings(sessions=[config.SessionSettings(name="Me")]))
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("s1")
    tab.source.insertItem(0, "File: speech", str(speech))
    tab.source.setCurrentIndex(0)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.start_stop.click()
    qtbot.waitUntil(window.autosave_warning.isVisible, timeout=10_000)
    assert "Autosave failed" in window.autosave_warning.text()
    assert "export them before closing" in window.autosave_warning.text()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=120_000)
    captions = window.transcript("s1").captions
    assert captions and "budget" in " ".join(c.text for c in captions)
    assert window.autosave_warning.isVisible()  # still failing: the warning stays

    # Closing the tab now would lose the captions: the window asks, Cancel keeps the tab.
    asked: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.Cancel, asked)
    window.close_tab(tab)
    assert len(asked) == 1 and "“Me” could not be autosaved" in asked[0]
    assert window.tabs.count() == 1 and window.transcript("s1") is not None

    # The folder is back: closing writes every caption kept in memory, without asking.
    os.unlink(journals)
    journals.mkdir()
    window.close_tab(tab)
    assert window.tabs.count() == 0
    assert not window.autosave_warning.isVisible()
    [saved] = [info for info in list_journals() if info.transcript.session == "Me"]
    assert saved.is_clean
    assert saved.transcript.captions == captions
    window.close()
