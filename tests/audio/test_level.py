"""The level meter's two numbers: loudness in dBFS and speech / no speech."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from app.audio.level import FLOOR_DBFS, SpeechDetector, SpeechLabel, level_dbfs
from app.engine.segmenter import Segmenter

from .helpers import LoadClip

BLOCK = 512  # 32 ms, what FileSource hands out


def blocks(audio: np.ndarray, size: int = BLOCK) -> list[np.ndarray]:
    return [audio[i : i + size] for i in range(0, len(audio), size)]


def test_level_of_silence_and_of_an_empty_block_is_the_floor() -> None:
    assert level_dbfs(np.zeros(512, dtype=np.float32)) == FLOOR_DBFS
    assert level_dbfs(np.zeros(0, dtype=np.float32)) == FLOOR_DBFS
    assert level_dbfs(np.full(512, 1e-9, dtype=np.float32)) == FLOOR_DBFS


def test_level_of_known_signals() -> None:
    assert level_dbfs(np.ones(512, dtype=np.float32)) == pytest.approx(0.0)
    sine = np.sin(2 * np.pi * 440 * np.arange(16_000) / 16_000).astype(np.float32)
    assert level_dbfs(sine) == pytest.approx(-3.01, abs=0.05)
    assert level_dbfs(0.1 * sine) == pytest.approx(-23.01, abs=0.05)


def test_speech_detector_hears_nothing_in_silence_or_faint_noise() -> None:
    detector = SpeechDetector()
    rng = np.random.default_rng(0)
    quiet = (1e-4 * rng.standard_normal(16_000 * 3)).astype(np.float32)
    assert not any(detector.process(block) for block in blocks(quiet))


def test_speech_detector_hears_jfk(load_clip: LoadClip) -> None:
    audio = load_clip("jfk.flac")
    detector = SpeechDetector(aggressiveness=2)
    votes = [detector.process(block) for block in blocks(audio)]
    # JFK speaks for most of the clip, with pauses between the phrases.
    assert 0.5 < np.mean(votes) < 0.98
    levels = [level_dbfs(block) for block in blocks(audio)]
    assert max(levels) > -20
    assert np.median(levels) > -45


def test_leftover_samples_carry_over_between_blocks(load_clip: LoadClip) -> None:
    """Fed in odd sizes (none a multiple of 30 ms), the detector sees the same frames."""
    audio = load_clip("jfk.flac")
    frame = 480
    by_frame = SpeechDetector()
    expected = [by_frame.process(audio[i : i + frame]) for i in range(0, len(audio), frame)]
    odd = SpeechDetector()
    answers, position = [], 0
    # Below one frame per call, each call completes at most one frame, whose vote is
    # then the answer: the two runs must agree frame for frame.
    for size in np.random.default_rng(1).integers(1, frame, size=100_000):
        if position >= len(audio):
            break
        answer = odd.process(audio[position : position + size])
        completed = (position + size) // frame > position // frame
        position += size
        if completed:
            answers.append(answer)
    assert len(answers) >= len(audio) // frame - 1
    assert answers == expected[: len(answers)]
    assert any(answers) and not all(answers)


def test_a_block_shorter_than_a_frame_repeats_the_last_answer() -> None:
    detector = SpeechDetector()
    assert detector.process(np.zeros(100, dtype=np.float32)) is False
    detector.is_speech = True
    assert detector.process(np.zeros(100, dtype=np.float32)) is True
    detector.reset()
    assert detector.is_speech is False


def test_aggressiveness_is_checked() -> None:
    with pytest.raises(ValueError):
        SpeechDetector(aggressiveness=4)


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
