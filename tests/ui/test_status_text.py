"""A session tab's status line says each state once: the worker's message is the whole
sentence, so the tab must not put its own label in front of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import SessionSettings
from app.models.loader import load_decoder
from app.session import ModelChoice, SessionConfig
from app.ui.session_tab import SessionTab
from app.workers.inference import InferenceWorker

BEHIND = "Falling behind: captions are delayed."


@pytest.fixture
def tab(qtbot) -> SessionTab:
    tab = SessionTab("s1", SessionSettings(name="Me"), [], [])
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.mark.parametrize(
    ("state", "message", "shown"),
    [
        # The messages as InferenceWorker sends them.
        ("loading", "Loading model base…", "Loading model base…"),
        ("behind", BEHIND, BEHIND),
        ("listening", "", "Listening"),
        ("stopped", "", "Stopped"),
        ("finishing", "", "Finishing…"),
        # A state without a message still says what it is.
        ("loading", "", "Loading model…"),
        ("behind", "", "Falling behind: captions are delayed"),
        # An error's message is its reason; "Error" in front says what happened.
        ("error", "No audio from the microphone.", "Error: No audio from the microphone."),
    ],
)  # fmt: skip
def test_each_state_reads_once(tab: SessionTab, state: str, message: str, shown: str) -> None:
    tab.set_state(state, message)
    assert tab.status.text() == shown


def test_the_real_worker_loading_a_model_reads_once(tab: SessionTab, model_dir: Path) -> None:
    worker = InferenceWorker(load_decoder)
    seen: list[str] = []

    def show(session: str, state: str, message: str) -> None:
        tab.set_state(state, message)
        seen.append(tab.status.text())

    worker.session_state.connect(show)
    config = SessionConfig("s1", "Me", "en", "transcribe", ModelChoice("base", "cpu", "int8"))
    worker.open_session(config)  # called here, on this thread: loads the real model now
    worker.close_session("s1")
    assert seen == ["Loading model base…", "Listening", "Stopped"]
