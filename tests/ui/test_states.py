"""Session states travel as ``SessionState`` from the pipeline to every place that shows
them, each place in the words the enum composes; Retry follows the state, not the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.states import SessionState
from app.ui.main_window import MainWindow
from tests.ui import test_meeting_view

window = test_meeting_view.window  # one session, "Me"


@pytest.mark.parametrize("state", list(SessionState))
def test_a_state_reads_the_same_in_the_tab_its_tooltip_and_the_meeting(
    window: MainWindow, state: SessionState
) -> None:
    detail = "base" if state is SessionState.LOADING else "The microphone was unplugged."
    window.pipeline.session_state.emit("s1", state, detail)
    tab = window.tab("s1")
    assert tab.state is state
    assert tab.status.text() == state.message(detail)
    assert window.tabs.tabToolTip(window.tabs.indexOf(tab)) == f"Me: {state.label}"
    assert window.meeting._columns["s1"].details.text() == state.label
    assert window.activity.state("s1") is state


def test_a_failed_session_offers_retry_whatever_its_status_line_says(
    qtbot, window: MainWindow, model_dir: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.wav"
    notes.write_text("minutes of the meeting\n" * 50, encoding="utf-8")
    tab = window.tab("s1")
    tab.source.insertItem(0, f"File: {notes}", str(notes))
    tab.source.setCurrentIndex(0)
    states: list[object] = []
    window.pipeline.session_state.connect(lambda _s, state, _d: states.append(state))
    # The status line in other words (a translation, say) while the run winds down: the
    # window once looked for "Error" at its start to decide on Retry.
    window.pipeline.session_failed.connect(lambda *_: tab.status.setText("Fehler: kein Ton"))
    with qtbot.waitSignal(window.pipeline.session_stopped, timeout=60_000):
        tab.start_stop.click()
    assert SessionState.ERROR in states  # the enum itself, through the queued signals
    assert tab.state is SessionState.ERROR
    assert not tab.retry.isHidden() and tab.start_stop.text() == "Start"
