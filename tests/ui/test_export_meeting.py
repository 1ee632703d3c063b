"""Export meeting from the real window: one clock for every session, restarts included.

Two sessions run for real on silent files played in real time (nothing to caption, so
the captions are fed to the window the way the pipeline delivers them), one is stopped
and started again with the Start/Stop button, and the export must put lines said at the
same moment side by side, in the order they were said.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
import srt
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app import config
from app.audio.wav import write_wav
from app.engine.events import CaptionEvent
from app.ui.main_window import MainWindow

STOPPED_S = 3.0  # long enough that a clock skipping it cannot pass for wall time
TOLERANCE_S = 0.3  # a Start's press and its recorded time, on a busy machine


@pytest.fixture
def silence(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "silence.wav", np.zeros(16_000 * 120, np.float32))


@pytest.fixture
def window(qtbot, model_dir) -> MainWindow:
    def stop_sessions(win: MainWindow) -> None:
        # pytest-qt closes and deletes the window before fixtures tear down: the sessions,
        # still running here, must have stopped by then or their threads outlive it.
        win.pipeline.stop_all()
        qtbot.waitUntil(lambda: not win.pipeline.running, timeout=20_000)

    win = MainWindow(config.Settings())
    qtbot.addWidget(win, before_close_func=stop_sessions)
    win.show()
    return win


def play(tab, source: Path) -> None:
    tab.source.insertItem(0, f"File: {source}", str(source))
    tab.source.setCurrentIndex(0)
    tab.real_time.setChecked(True)  # a live source: its audio clock runs with the wall clock
    tab.language.setCurrentIndex(tab.language.findData("en"))


class AudioClocks:
    """Each session's audio position as its capture thread reports it: the clock the
    pipeline's caption events count on, so captions fed here carry the times it would give."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.now: dict[str, float] = {}
        window.pipeline.level.connect(self._on_level)

    def _on_level(self, session: str, _level: float, _speech: bool, position_s: float) -> None:
        self.now[session] = position_s

    def say(self, session: str, text: str) -> None:
        start = self.now[session]
        event = CaptionEvent(session, "final", text, start, start + 0.5, start + 1.0)
        self.window.pipeline.caption.emit(event)


def press(qtbot, window: MainWindow, clocks: AudioClocks, session: str, running: bool) -> float:
    """Click the tab's Start/Stop and wait until it took effect; the wall clock of the press."""
    tab = window.tab(session)
    before = clocks.now.get(session, -1.0)
    at = time.time()
    tab.start_stop.click()
    qtbot.waitUntil(lambda: window.pipeline.is_running(session) == running, timeout=20_000)
    if running:  # audio flows: the session's clock has moved on
        qtbot.waitUntil(lambda: clocks.now.get(session, -1.0) > before, timeout=20_000)
    else:
        qtbot.waitUntil(lambda: tab.start_stop.text() == "Start", timeout=20_000)
    return at


def test_meeting_export_with_a_restart_is_in_time_order(
    qtbot, window: MainWindow, silence: Path, tmp_path: Path
) -> None:
    window.rename_session("s1", "Me")
    window.add_session(config.SessionSettings(name="Remote"))
    play(window.tab("s1"), silence)
    play(window.tab("s2"), silence)
    clocks = AudioClocks(window)
    meeting_start = press(qtbot, window, clocks, "s1", True)
    qtbot.wait(500)
    press(qtbot, window, clocks, "s2", True)
    clocks.say("s1", "Good morning everyone.")
    press(qtbot, window, clocks, "s1", False)
    qtbot.wait(int(STOPPED_S * 1000 * 0.8))
    remote_alone = time.time() - meeting_start
    clocks.say("s2", "Are you still there?")
    qtbot.wait(int(STOPPED_S * 1000 * 0.2))
    me_again = press(qtbot, window, clocks, "s1", True)
    qtbot.wait(300)
    together = time.time() - meeting_start
    clocks.say("s1", "Sorry, my microphone dropped.")
    clocks.say("s2", "Yes, we hear you again.")

    exported = window.export_meeting(str(tmp_path / "meeting.srt"))
    cues = {c.content: c.start.total_seconds() for c in srt.parse(exported.read_text("utf-8"))}
    # The last two were said at the same moment: either may come first.
    assert list(cues)[:2] == ["Me: Good morning everyone.", "Remote: Are you still there?"]
    assert cues["Remote: Are you still there?"] == pytest.approx(remote_alone, abs=TOLERANCE_S)
    assert cues["Me: Sorry, my microphone dropped."] == pytest.approx(together, abs=TOLERANCE_S)
    assert cues["Remote: Yes, we hear you again."] == pytest.approx(together, abs=TOLERANCE_S)

    text = window.export_meeting(str(tmp_path / "meeting.txt")).read_text(encoding="utf-8")
    assert f"— Me: run 2 started {time.strftime('%H:%M', time.localtime(me_again))} —" in text
    window.tabs.setCurrentWidget(window.tab("s1"))
    single = window.export_current(str(tmp_path / "me.txt")).read_text(encoding="utf-8")
    assert [line.split("] ", 1)[1] for line in single.splitlines()] == [
        "Good morning everyone.",
        f"— Run 2 started {time.strftime('%H:%M', time.localtime(me_again))} —",
        "Sorry, my microphone dropped.",
    ]


def test_the_meeting_dialog_says_meeting_and_opens_in_documents_then_the_last_folder(
    qtbot, window: MainWindow, silence: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    monkeypatch.chdir(tmp_path)  # the launch folder, where the dialog used to open
    play(window.tab("s1"), silence)
    clocks = AudioClocks(window)
    press(qtbot, window, clocks, "s1", True)
    clocks.say("s1", "hello")
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    seen: list[tuple[str, Path]] = []

    def answer(name: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append((dialog.windowTitle(), Path(dialog.directory().absolutePath())))
        if name is None:
            dialog.reject()
        else:
            # As a user does: type the file's full path in the name box and press Enter.
            name_box = dialog.findChild(QLineEdit, "fileNameEdit")
            name_box.setText(str(chosen / name))
            qtbot.keyClick(name_box, Qt.Key.Key_Return)

    # The dialog runs its own event loop: answer it from a timer.
    QTimer.singleShot(200, lambda: answer("minutes.txt"))
    written = window.export_meeting()
    QTimer.singleShot(200, lambda: answer(None))
    assert window.export_meeting() is None
    assert seen == [("Export meeting", documents), ("Export meeting", chosen)]
    assert written == chosen / "minutes.txt" and "hello" in written.read_text(encoding="utf-8")
    assert window.settings.export_folder == str(chosen)
    window.save_settings()
    assert config.load().export_folder == str(chosen)  # remembered across launches
