"""The real threads: capture threads and the one inference thread, through Qt signals."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio
from PySide6.QtCore import QCoreApplication

from app.audio.base import AudioSource
from app.audio.sources import FileSource
from app.engine.events import CaptionEvent
from app.engine.stream import StreamConfig
from app.errors import DeviceError
from app.models.loader import load_decoder
from app.session import ModelChoice, SessionConfig
from app.states import SessionState
from app.workers.pipeline import CaptionPipeline


@pytest.fixture
def pipeline(qapp: QCoreApplication, model_dir: Path):
    pipe = CaptionPipeline(load_decoder)
    yield pipe
    pipe.stop_all()
    pipe.shutdown()


def collect(pipe: CaptionPipeline) -> dict[str, list]:
    seen: dict[str, list] = {"captions": [], "states": [], "stopped": [], "levels": []}
    pipe.caption.connect(seen["captions"].append)
    pipe.session_state.connect(lambda *a: seen["states"].append(a))
    pipe.session_stopped.connect(seen["stopped"].append)
    pipe.level.connect(lambda s, *_: seen["levels"].append(s))
    return seen


def finals(seen: dict[str, list], session: str) -> str:
    return " ".join(e.text for e in seen["captions"] if e.session == session and e.is_final)


def test_two_sessions_caption_their_own_files(
    qtbot, pipeline, speech: Path, german_speech: Path
) -> None:
    seen = collect(pipeline)
    pipeline.start_session(SessionConfig("en", "Me", "en"), FileSource(speech, realtime=False))
    pipeline.start_session(
        SessionConfig("de", "Remote", "de"), FileSource(german_speech, realtime=False)
    )
    qtbot.waitUntil(lambda: set(seen["stopped"]) == {"en", "de"}, timeout=120_000)
    assert "budget" in finals(seen, "en")
    assert "Zeit" in finals(seen, "de")
    assert "budget" not in finals(seen, "de") and "Zeit" not in finals(seen, "en")
    assert all(isinstance(e, CaptionEvent) for e in seen["captions"])
    assert ("en", SessionState.LISTENING, "") in seen["states"]
    assert {"en", "de"} <= set(seen["levels"])


def test_stopping_mid_sentence_keeps_what_was_heard(qtbot, pipeline, long_speech: Path) -> None:
    seen = collect(pipeline)
    pipeline.start_session(SessionConfig("s", "s", "en"), FileSource(long_speech, realtime=True))
    qtbot.waitUntil(lambda: any(e.is_final for e in seen["captions"]), timeout=30_000)
    pipeline.stop_session("s")
    qtbot.waitUntil(lambda: seen["stopped"] == ["s"], timeout=10_000)
    assert "copy" in finals(seen, "s").lower()
    assert not pipeline.is_running("s")


class FailingSource(AudioSource):
    """A device that delivers some speech, then disappears."""

    name = "flaky"

    def __init__(self, audio: np.ndarray) -> None:
        self._audio = audio
        self._pos = 0

    def start(self) -> None:
        pass

    def read(self, timeout_s: float = 0.5) -> np.ndarray | None:
        if self._pos >= len(self._audio):
            raise DeviceError("The microphone was unplugged.")
        block = self._audio[self._pos : self._pos + 1600]
        self._pos += 1600
        return block

    def stop(self) -> None:
        pass

    @property
    def is_realtime(self) -> bool:
        return False


def test_a_failing_source_stops_only_its_session(
    qtbot, pipeline, speech: Path, german_speech: Path
) -> None:
    seen = collect(pipeline)
    heard = decode_audio(str(speech))[: 16000 * 5]
    pipeline.start_session(SessionConfig("flaky", "flaky", "en"), FailingSource(heard))
    pipeline.start_session(
        SessionConfig("ok", "ok", "de"), FileSource(german_speech, realtime=False)
    )
    qtbot.waitUntil(lambda: set(seen["stopped"]) == {"flaky", "ok"}, timeout=120_000)
    assert ("flaky", SessionState.ERROR, "The microphone was unplugged.") in seen["states"]
    assert "morning" in finals(seen, "flaky")  # speech before the fault is kept
    assert "Zeit" in finals(seen, "ok")


def test_a_missing_model_is_reported_and_the_session_stops(qtbot, pipeline, speech) -> None:
    seen = collect(pipeline)
    choice = ModelChoice("/nonexistent/model", "cpu", "int8")
    pipeline.start_session(
        SessionConfig("s", "s", "en", model=choice), FileSource(speech, realtime=True)
    )
    qtbot.waitUntil(lambda: seen["stopped"] == ["s"], timeout=20_000)
    errors = [m for s, state, m in seen["states"] if state is SessionState.ERROR]
    assert errors and "nonexistent" in errors[0]


@pytest.mark.parametrize("first_s", [2.0, 4.0])
def test_a_file_never_waits_on_a_stream_that_waits_for_more_audio(
    qtbot, qapp, model_dir, speech: Path, first_s: float
) -> None:
    """A file is read only as fast as the model decodes it; a stream decodes only once it
    holds enough speech. Whatever that amount, the two must not wait on each other (with
    a fixed 1.5 s backlog and a first decode at 2 s, every file hung)."""
    pipe = CaptionPipeline(load_decoder, StreamConfig(min_first_audio_s=first_s))
    try:
        seen = collect(pipe)
        pipe.start_session(SessionConfig("en", "Me", "en"), FileSource(speech, realtime=False))
        qtbot.waitUntil(lambda: seen["stopped"] == ["en"], timeout=60_000)
        assert "questions" in finals(seen, "en")  # the file's last words: read to its end
    finally:
        pipe.stop_all()
        pipe.shutdown()
