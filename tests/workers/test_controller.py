"""SessionController on the real pipeline and model: what a session leaves behind (its
transcript, journal, detected language, restart clock) with real files in a tmp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.audio.sources import FileSource
from app.models.loader import load_decoder
from app.session import SessionConfig
from app.transcripts.journal import read_journal
from app.workers.controller import SessionController
from app.workers.pipeline import CaptionPipeline


@pytest.fixture
def controller(qapp: QCoreApplication, model_dir: Path, tmp_path: Path):
    pipeline = CaptionPipeline(load_decoder)
    yield SessionController(pipeline, tmp_path / "journals")
    pipeline.stop_all()
    pipeline.shutdown()


def test_a_session_keeps_its_finals_and_detected_language_across_a_restart(
    qtbot, controller: SessionController, speech: Path
) -> None:
    kept: list[tuple[object, object]] = []
    languages: list[tuple[str, str]] = []
    stopped: list[str] = []
    controller.caption_kept.connect(lambda event, caption: kept.append((event, caption)))
    controller.language_changed.connect(lambda *a: languages.append(a))
    controller.pipeline.session_stopped.connect(stopped.append)
    config = SessionConfig("s1", "Me", "auto")

    controller.start(config, FileSource(speech, realtime=False))
    qtbot.waitUntil(lambda: stopped == ["s1"], timeout=120_000)
    transcript = controller.records.transcript("s1")
    assert transcript is not None and "budget" in " ".join(c.text for c in transcript.captions)
    assert [caption for _, caption in kept] == transcript.captions
    assert all(event.is_final and event.session == "s1" for event, _ in kept)
    assert languages == [("s1", "en")] and transcript.language == "en"
    first_run_end = controller.records.position_s("s1")
    assert first_run_end > 11.0  # the speech is 12 s

    controller.start(config, FileSource(speech, realtime=False))
    qtbot.waitUntil(lambda: stopped == ["s1", "s1"], timeout=120_000)
    [_first, second] = transcript.runs
    assert second.audio_start_s == pytest.approx(first_run_end + 1.0)
    second_run = [event for event, _ in kept if event.start_s >= second.audio_start_s]
    assert second_run and "budget" in " ".join(event.text for event in second_run)

    journal = controller.records.journal("s1")
    assert journal is not None and journal.path is not None
    on_disk = read_journal(journal.path).transcript
    assert on_disk.language == "en" and on_disk.captions == transcript.captions
