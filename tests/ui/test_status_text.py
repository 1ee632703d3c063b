"""A session tab's status line says each state once, in the words ``SessionState``
composes: the worker sends only a detail (the model's name, an error's reason)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import SessionSettings
from app.models.loader import load_decoder
from app.session import ModelChoice, SessionConfig
from app.states import SessionState
from app.ui.session_tab import SessionTab
from app.workers.inference import InferenceWorker

BEHIND = "Falling behind: captions are delayed."
NO_AUDIO = "No audio from the microphone."


@pytest.fixture
def tab(qtbot) -> SessionTab:
    tab = SessionTab("s1", SessionSettings(name="Me"), [], [])
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.mark.parametrize(
    ("state", "detail", "shown"),
    [
        (SessionState.LOADING, "base", "Loading model base…"),
        (SessionState.BEHIND, "", BEHIND),
        (SessionState.LISTENING, "", "Listening"),
        (SessionState.STOPPED, "", "Stopped"),
        (SessionState.FINISHING, "", "Finishing…"),
        (SessionState.IDLE, "", "Not started"),
        # A state without its detail still says what it is.
        (SessionState.LOADING, "", "Loading model…"),
        # An error's detail is its reason; "Error" in front says what happened.
        (SessionState.ERROR, NO_AUDIO, f"Error: {NO_AUDIO}"),
    ],
)  # fmt: skip
def test_each_state_reads_once(
    tab: SessionTab, state: SessionState, detail: str, shown: str
) -> None:
    tab.set_state(state, detail)
    assert tab.status.text() == shown
    assert tab.state is state


def test_the_real_worker_loading_a_model_reads_once(tab: SessionTab, model_dir: Path) -> None:
    worker = InferenceWorker(load_decoder)
    seen: list[str] = []

    def show(session: str, state: SessionState, detail: str) -> None:
        tab.set_state(state, detail)
        seen.append(tab.status.text())

    worker.session_state.connect(show)
    config = SessionConfig("s1", "Me", "en", "transcribe", ModelChoice("base", "cpu", "int8"))
    worker.open_session(config)  # called here, on this thread: loads the real model now
    worker.close_session("s1")
    assert seen == ["Loading model base…", "Listening", "Stopped"]
