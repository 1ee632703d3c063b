"""The meeting view and tab activity in the real window, captions sent down the window's
own caption path (the pipeline's signals), as the inference thread sends them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app import config
from app.engine.events import CaptionEvent
from app.states import SessionState
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow(config.Settings(sessions=[config.SessionSettings(name="Me")]))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def say(window: MainWindow, session: str, text: str, start_s: float, end_s: float) -> None:
    window.pipeline.caption.emit(CaptionEvent(session, "final", text, start_s, end_s, end_s))


def lines(view) -> list[str]:
    return [line for line in view.text.toPlainText().split("\n") if line]


def dot_colour(window: MainWindow, session: str, x: int, y: int) -> QColor:
    icon = window.tabs.tabIcon(window.tabs.indexOf(window.tab(session)))
    return icon.pixmap(16, 16).toImage().pixelColor(x, y)


def is_colour(colour: QColor, name: str) -> bool:
    want = QColor(name)
    return colour.alpha() > 200 and all(
        abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_the_meeting_tab_appears_with_a_second_session(window) -> None:
    assert window.tabs.count() == 1 and window.tabs.indexOf(window.meeting) < 0
    window.add_session(config.SessionSettings(name="Remote"))
    assert window.tabs.tabText(0) == "Meeting" and window.tabs.count() == 3
    assert window.tabs.currentWidget() is window.tab("s2")  # a new session opens on its settings
    window.close_tab(window.tab("s2"))
    assert window.tabs.indexOf(window.meeting) < 0 and window.tabs.count() == 1


def test_two_sessions_side_by_side_and_as_one_labelled_stream(qtbot, window) -> None:
    window.add_session(config.SessionSettings(name="Remote"))
    window.tabs.setCurrentWidget(window.meeting)
    meeting = window.meeting
    assert meeting.layout_name == "columns"
    say(window, "s1", "Good morning, everyone.", 0.0, 1.5)
    say(window, "s2", "Guten Morgen.", 1.8, 2.6)
    say(window, "s1", "Shall we start", 2.8, 3.6)
    say(window, "s1", "with the budget?", 3.7, 4.5)
    say(window, "s1", "First item.", 9.0, 10.0)  # after 4.5 s of silence: a new paragraph
    opening = "Good morning, everyone. Shall we start with the budget?"
    assert lines(meeting.column("s1")) == [opening, "First item."]
    assert lines(meeting.column("s2")) == ["Guten Morgen."]
    assert meeting.column("s1").isVisible() and meeting.column("s2").isVisible()
    # Each column is headed by its session.
    splitter = meeting.splitter
    headers = [splitter.widget(i).name.text() for i in range(splitter.count())]
    assert headers == ["Me", "Remote"]

    qtbot.mouseClick(meeting.one_stream, Qt.MouseButton.LeftButton)
    assert meeting.stream.isVisible() and not meeting.column("s1").isVisible()
    # In the order they were said, each turn under its session's name.
    assert lines(meeting.stream) == [
        "Me", opening, "Remote", "Guten Morgen.", "Me", "First item.",
    ]  # fmt: skip
    window.rename_session("s2", "Anna")
    assert lines(meeting.stream)[2] == "Anna"
    assert meeting._columns["s2"].name.text() == "Anna"

    # The choice is remembered.
    window.save_settings()
    saved = json.loads(config.settings_path().read_text(encoding="utf-8"))
    assert saved["meeting_layout"] == "stream"
    assert config.load().meeting_layout == "stream"
    saved["meeting_layout"] = "grid"  # not a layout: side by side, the rest kept
    config.settings_path().write_text(json.dumps(saved), encoding="utf-8")
    assert config.load().meeting_layout == "columns" and config.load().sessions


def test_tabs_show_running_error_and_new_captions(window) -> None:
    window.add_session(config.SessionSettings(name="Remote"))
    window.tabs.setCurrentWidget(window.tab("s1"))
    tabs = window.tabs
    remote = tabs.indexOf(window.tab("s2"))
    assert tabs.tabToolTip(remote) == "Remote: Not started"
    assert dot_colour(window, "s2", 8, 8).alpha() == 0  # idle: a ring, nothing filled

    window.pipeline.session_state.emit("s2", SessionState.LISTENING, "")
    assert tabs.tabToolTip(remote) == "Remote: Listening"
    assert is_colour(dot_colour(window, "s2", 8, 8), "#2e7d32")  # green: running
    assert not is_colour(dot_colour(window, "s2", 12, 3), "#1e88e5")

    say(window, "s2", "Hallo zusammen.", 0.0, 1.0)
    assert tabs.tabToolTip(remote) == "Remote: Listening · new captions"
    assert is_colour(dot_colour(window, "s2", 12, 3), "#1e88e5")  # blue corner: unseen
    say(window, "s1", "Hello.", 0.0, 1.0)  # Me's tab is the one shown: nothing new there
    assert "new captions" not in tabs.tabToolTip(tabs.indexOf(window.tab("s1")))

    tabs.setCurrentWidget(window.tab("s2"))  # looked at: no longer new
    assert tabs.tabToolTip(remote) == "Remote: Listening"
    tabs.setCurrentWidget(window.meeting)  # the meeting view shows every session's captions
    say(window, "s2", "Wie geht's?", 2.0, 3.0)
    assert tabs.tabToolTip(remote) == "Remote: Listening"

    window.pipeline.session_state.emit("s2", SessionState.ERROR, "The microphone was unplugged.")
    assert tabs.tabToolTip(remote) == "Remote: Error"
    assert is_colour(dot_colour(window, "s2", 5, 8), "#c62828")  # red
    # ... and the status bar says what happened, for a while.
    assert window.statusBar().currentMessage() == "Remote: The microphone was unplugged."
    assert window.meeting._columns["s2"].details.text() == "Error"


def test_the_status_bar_says_the_model_is_loading_then_listening(window) -> None:
    window.pipeline.session_state.emit("s1", SessionState.LOADING, "base")
    assert window.statusBar().currentMessage() == "Me: Loading model base…"
    window.pipeline.session_state.emit("s1", SessionState.LISTENING, "")
    assert window.statusBar().currentMessage() == "Me: listening."


def test_the_caption_area_says_what_to_do_until_captions_come(window) -> None:
    captions = window.tab("s1").captions
    assert captions.hint.isVisible() and not captions.text.isVisible()
    assert captions.hint.text().startswith("Press Start")
    assert "System audio" in captions.hint.text()
    window.pipeline.session_state.emit("s1", SessionState.LISTENING, "")
    assert captions.hint.text().startswith("Listening")
    say(window, "s1", "Hello.", 0.0, 1.0)
    assert captions.text.isVisible() and not captions.hint.isVisible()
    window.add_session(config.SessionSettings(name="Remote"))
    window.tabs.setCurrentWidget(window.meeting)
    assert window.meeting.column("s2").hint.isVisible()
    assert "Remote tab" in window.meeting.column("s2").hint.text()


def test_find_in_captions_searches_the_view_in_front(qtbot, window) -> None:
    say(window, "s1", "The budget is late.", 0.0, 1.0)
    captions = window.tab("s1").captions
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert captions.find_bar.isVisible()
    qtbot.keyClicks(captions.find_bar.field, "budget")
    assert captions.match_count == 1 and captions.text.textCursor().selectedText() == "budget"


def test_rename_dialog_has_room_for_its_title(qtbot, window) -> None:
    dialog = window._rename(window.tabs.indexOf(window.tab("s1")))
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Rename session"
    title_px = dialog.fontMetrics().horizontalAdvance("Rename session")
    # Title bars draw the title beside an icon and three buttons (~150 px on common themes).
    assert dialog.width() >= title_px + 150, (dialog.width(), title_px)
    dialog.setTextValue("Anna")
    dialog.accept()
    assert window.tab("s1").name == "Anna"
    assert window.tabs.tabText(window.tabs.indexOf(window.tab("s1"))) == "Anna"
