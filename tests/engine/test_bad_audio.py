"""Bad audio never crashes a session and never produces text (real model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.engine.scheduler import Scheduler
from app.engine.segmenter import Segmenter
from app.session import SessionConfig

RATE = 16000
rng = np.random.default_rng(42)


def pink_noise(n: int, level: float) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    spectrum /= np.sqrt(np.arange(1, len(spectrum) + 1))
    noise = np.fft.irfft(spectrum, n)
    return (noise / np.abs(noise).max() * level).astype(np.float32)


def nan_and_inf(n: int) -> np.ndarray:
    block = np.zeros(n, np.float32)
    block[::7] = np.nan
    block[::11] = np.inf
    block[::13] = -np.inf
    return block


BAD_AUDIO = {
    "digital silence": lambda: np.zeros(RATE * 15, np.float32),
    "NaN and infinities": lambda: nan_and_inf(RATE * 10),
    "clipping square wave": lambda: np.sign(np.sin(np.arange(RATE * 10) * 0.05)).astype(np.float32),
    "DC offset": lambda: np.full(RATE * 10, 0.4, np.float32),
    "white noise": lambda: (rng.standard_normal(RATE * 20) * 0.02).astype(np.float32),
    "pink noise": lambda: pink_noise(RATE * 20, 0.1),
}


def run(decoder, blocks: list[np.ndarray]) -> list:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("s", "s", "en"))
    segmenter = Segmenter()
    events = []
    for block in blocks:
        for chunk in segmenter.feed(block).chunks:
            scheduler.push("s", chunk)
        while (result := scheduler.step()) is not None:
            assert not result.error
            events += result.events
    for chunk in segmenter.finish():
        scheduler.push("s", chunk)
    events += scheduler.close("s")
    return events


@pytest.mark.parametrize("kind", list(BAD_AUDIO))
def test_no_text_from_bad_audio(kind: str, decoder) -> None:
    audio = BAD_AUDIO[kind]()
    blocks = [audio[i : i + 1024] for i in range(0, len(audio), 1024)]
    events = run(decoder, blocks)
    assert [e.text for e in events if e.text] == []


def test_one_sample_blocks_and_a_ten_minute_block(decoder, speech: Path) -> None:
    words = decode_audio(str(speech))[: RATE * 3]  # 'Good morning everyone'
    tiny = [words[i : i + 1] for i in range(0, RATE // 2)]  # half a second, sample by sample
    huge = np.concatenate([words[RATE // 2 :], np.zeros(RATE * 600, np.float32)])
    events = run(decoder, [*tiny, huge])
    text = " ".join(e.text for e in events if e.is_final)
    assert "good morning" in text.lower()


def test_segmenter_survives_every_bad_block() -> None:
    segmenter = Segmenter()
    for make in BAD_AUDIO.values():
        segmenter.feed(make()[:RATE])
    segmenter.feed(np.zeros(0, np.float32))
    segmenter.feed(np.zeros(1, np.float32))
    assert segmenter.position_s > 0
