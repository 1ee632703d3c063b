"""The level meter's two numbers: loudness in dBFS and speech / no speech."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from app.audio.level import SpeechLabel
from app.engine.segmenter import Segmenter, level_db

from .helpers import LoadClip

BLOCK = 512  # 32 ms, what FileSource hands out


def blocks(audio: np.ndarray, size: int = BLOCK) -> list[np.ndarray]:
    return [audio[i : i + size] for i in range(0, len(audio), size)]


def test_level_of_silence_and_of_an_empty_block_is_the_floor() -> None:
    assert level_db(np.zeros(512, dtype=np.float32)) == -90.0
    assert level_db(np.zeros(0, dtype=np.float32)) == -90.0
    assert level_db(np.full(512, 1e-9, dtype=np.float32)) == -90.0


def test_level_of_known_signals() -> None:
    assert level_db(np.ones(512, dtype=np.float32)) == pytest.approx(0.0)
    sine = np.sin(2 * np.pi * 440 * np.arange(16_000) / 16_000).astype(np.float32)
    assert level_db(sine) == pytest.approx(-3.01, abs=0.05)
    assert level_db(0.1 * sine) == pytest.approx(-23.01, abs=0.05)


def test_the_segmenter_hears_jfk_and_not_faint_noise(load_clip: LoadClip) -> None:
    segmenter = Segmenter()
    speech = [segmenter.feed(block) for block in blocks(load_clip("jfk.flac"))]
    # JFK speaks for most of the clip, with pauses between the phrases.
    assert 0.5 < np.mean([report.is_speech for report in speech]) < 0.98
    levels = [report.level_db for report in speech]
    assert max(levels) > -20
    assert np.median(levels) > -45
    quiet = (1e-4 * np.random.default_rng(0).standard_normal(16_000 * 3)).astype(np.float32)
    segmenter = Segmenter()
    assert not any(segmenter.feed(block).is_speech for block in blocks(quiet))


def test_the_label_holds_speech_through_short_gaps_only() -> None:
    label = SpeechLabel(hold_s=0.4)
    assert label.update(False, 0.032) is False  # nothing heard yet
    assert label.update(True, 0.064) is True
    assert label.update(False, 0.096) is True  # a dip inside a word
    assert label.update(False, 0.448) is True  # 0.384 s after the last speech
    assert label.update(False, 0.464) is False  # a real pause
    assert label.update(True, 1.0) is True
    label.reset()
    assert label.update(False, 1.032) is False
    with pytest.raises(ValueError):
        SpeechLabel(hold_s=-1.0)


def flips_to_silence(labels: list[bool]) -> int:
    return sum(1 for before, after in itertools.pairwise(labels) if before and not after)


@pytest.mark.parametrize("clip", ["jfk.flac", "meeting_en.flac"])
def test_the_label_does_not_flicker_during_real_speech(load_clip: LoadClip, clip: str) -> None:
    """The segmenter's raw decision on real speech dips to "no speech" for single blocks
    many times; the held label changes only at the pauses between sentences."""
    segmenter, label = Segmenter(), SpeechLabel()
    raw, held = [], []
    for block in blocks(load_clip(clip)):
        report = segmenter.feed(block)
        raw.append(report.is_speech)
        held.append(label.update(report.is_speech, segmenter.position_s))
    # A silence shown for less than 0.1 s (3 blocks) between speech is a flicker.
    runs = "".join("S" if h else "." for h in held).strip(".").split("S")
    flickers = [run for run in runs if 0 < len(run) < 3]
    assert flips_to_silence(raw) > 2 * flips_to_silence(held)
    assert not flickers, f"{len(flickers)} flickers"
    assert not all(held)  # the pauses between sentences still show silence
