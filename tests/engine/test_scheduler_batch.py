"""The scheduler batches sessions' decodes only where the decoder runs on a GPU.

The real model runs on the CPU here; the batch path is reached either by the scheduler's
``force_batching`` flag or by a decoder that reports ``cuda`` while delegating to the real
one, so the scheduling logic itself runs on every machine. The sessions hear espeak-ng
speech in three languages (tests.speech).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.bench.metrics import error_rate
from app.engine.scheduler import Scheduler
from app.session import SessionConfig
from tests.engine.test_scheduler import feed_all, finals
from tests.speech import ENGLISH, GERMAN, SPANISH


class Counting:
    """The real decoder, reporting the device it is told and counting its calls."""

    def __init__(self, decoder, device: str) -> None:
        self._decoder = decoder
        self.device = device
        self.count_tokens = decoder.count_tokens
        self.singles = 0
        self.batches: list[int] = []

    def decode(self, audio, options, prompt=""):
        self.singles += 1
        return self._decoder.decode(audio, options, prompt)

    def decode_batch(self, items):
        self.batches.append(len(items))
        return self._decoder.decode_batch(items)


def _open_three(scheduler: Scheduler) -> None:
    scheduler.open(SessionConfig("en", "en", "en"))
    scheduler.open(SessionConfig("de", "de", "de"))
    scheduler.open(SessionConfig("es", "es", "es"))


@pytest.fixture(scope="module")
def three(speech: Path, german_speech: Path, spanish_speech: Path) -> dict[str, np.ndarray]:
    return {
        "en": decode_audio(str(speech)),
        "de": decode_audio(str(german_speech)),
        "es": decode_audio(str(spanish_speech)),
    }


def test_forced_batching_decodes_sessions_together_with_their_own_captions(
    decoder, three: dict[str, np.ndarray]
) -> None:
    counting = Counting(decoder, "cpu")
    scheduler = Scheduler(lambda choice: counting, force_batching=True, batch_size=3)
    _open_three(scheduler)
    events = feed_all(scheduler, three)
    assert counting.batches and 2 <= max(counting.batches) <= 3
    assert error_rate(ENGLISH, finals(events["en"])) <= 0.1, finals(events["en"])
    assert error_rate(GERMAN, finals(events["de"])) <= 0.2, finals(events["de"])
    assert error_rate(SPANISH, finals(events["es"])) <= 0.3, finals(events["es"])
    assert all(e.session == name for name, evs in events.items() for e in evs)


def test_only_a_cuda_decoder_is_batched(decoder, three: dict[str, np.ndarray]) -> None:
    on_cpu = Counting(decoder, "cpu")
    scheduler = Scheduler(lambda choice: on_cpu)
    _open_three(scheduler)
    feed_all(scheduler, three)
    assert on_cpu.batches == [] and on_cpu.singles > 0

    on_gpu = Counting(decoder, "cuda")
    scheduler = Scheduler(lambda choice: on_gpu)
    _open_three(scheduler)
    feed_all(scheduler, three)
    assert on_gpu.batches and max(on_gpu.batches) >= 2


def test_a_failed_batch_decodes_its_sessions_one_by_one(
    decoder, three: dict[str, np.ndarray]
) -> None:
    class BrokenBatch(Counting):
        def decode_batch(self, items):
            self.batches.append(len(items))
            raise RuntimeError("CUDA out of memory")

    broken = BrokenBatch(decoder, "cuda")
    scheduler = Scheduler(lambda choice: broken)
    _open_three(scheduler)
    events = feed_all(scheduler, three)
    assert broken.batches and broken.singles > len(broken.batches)
    assert "budget for next year" in finals(events["en"])
