"""The window's automatic language: "Detecting language…", then "Detected English — not
right?", and a correction in the tab that keeps the captions so far."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio
from PySide6.QtCore import Qt

from app import config
from app.audio.wav import write_wav
from app.engine.events import CaptionEvent
from app.transcripts.journal import read_journal
from app.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def english_then_german(
    tmp_path_factory: pytest.TempPathFactory, speech: Path, german_speech: Path
) -> Path:
    """English, a pause, then German (espeak-ng): a session whose language changes."""
    pause = np.zeros(24_000, np.float32)
    english, german = decode_audio(str(speech)), decode_audio(str(german_speech))
    audio = np.concatenate([english, pause, german])
    return write_wav(tmp_path_factory.mktemp("language") / "en_then_de.wav", audio)


def pick_language(qtbot, tab, code: str) -> None:
    """What the user does: one click on "not right?" opens the picker, one picks ``code``."""
    qtbot.mouseClick(tab.not_right, Qt.MouseButton.LeftButton)
    assert tab.correction.isVisible() and not tab.not_right.isVisible()
    view = tab.correction.view()
    index = view.model().index(tab.correction.findData(code), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_not_right_picks_the_language_and_keeps_the_captions(
    qtbot, model_dir, english_then_german: Path
) -> None:
    window = MainWindow(
        config.Settings(
            sessions=[
                config.SessionSettings(
                    name="Room",
                    source=str(english_then_german),
                    language="auto",
                    play_in_real_time=True,  # corrected while it plays
                )
            ]
        )
    )
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("s1")
    events: list[CaptionEvent] = []
    window.pipeline.caption.connect(events.append)

    qtbot.mouseClick(tab.start_stop, Qt.MouseButton.LeftButton)
    assert tab.detected.text() == "Detecting language…"
    qtbot.waitUntil(lambda: tab.detected.text().startswith("Detected English"), timeout=60_000)
    assert tab.detected.text() == "Detected English —"
    assert tab.not_right.isVisible() and tab.not_right.text() == "not right?"
    qtbot.waitUntil(lambda: "morning" in tab.captions.final_text, timeout=60_000)
    before = tab.captions.final_text
    seen = len(events)

    pick_language(qtbot, tab, "de")  # the user says it is German
    assert tab.detected.text() == "German (your choice) —"
    assert not tab.correction.isVisible() and tab.not_right.isVisible()
    assert tab.language.currentData() == "de"  # what the session speaks, for a restart too

    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=120_000)
    text = tab.captions.final_text
    assert text.startswith(before), (before, text)  # nothing said so far was lost
    assert "questions" in text
    assert "Zeit" in text or "Jahr" in text, text  # German from the next decodes on
    later = [e.language for e in events[seen:] if e.text]
    assert later and set(later) == {"de"}  # the inference thread took the correction
    assert {e.language for e in events[:seen]} <= {"", "en"}
    assert window.transcript("s1").language == "de"
    window.close()


def test_a_detection_on_its_way_does_not_undo_the_users_pick(
    qtbot, model_dir, speech: Path
) -> None:
    """The user picks German while the inference thread's detection of English is already
    queued: the late detection must leave the meeting header, the transcript and the
    journal German (it overwrote the header and the journal)."""
    sessions = [
        config.SessionSettings(
            name="Room", source=str(speech), language="auto", play_in_real_time=True
        ),
        config.SessionSettings(name="Other"),  # a meeting: the header shows the language
    ]
    window = MainWindow(config.Settings(sessions=sessions))
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("s1")
    window.tabs.setCurrentWidget(tab)  # a meeting opens on its Meeting tab
    qtbot.mouseClick(tab.start_stop, Qt.MouseButton.LeftButton)
    pick_language(qtbot, tab, "de")
    # What the inference thread sent before it took the pick (racing it is not repeatable).
    window.pipeline.language_detected.emit("s1", "en", 0.93)

    header = window.meeting._columns["s1"].details
    assert header.text().startswith("German"), header.text()
    assert tab.detected.text() == "German (your choice) —"
    assert window.transcript("s1").language == "de"
    qtbot.waitUntil(lambda: bool(window.transcript("s1").captions), timeout=60_000)
    window.pipeline.stop_all()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=60_000)
    assert header.text().startswith("German"), header.text()
    journal = window.controller.records.journal("s1")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    saved = read_journal(journal.path)
    assert saved.is_clean and saved.transcript.language == "de"
