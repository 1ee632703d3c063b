"""Utterances found by the segmenter in real speech; none in silence or noise."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
from faster_whisper import decode_audio

from app.engine.segmenter import Segmenter


def utterances(audio: np.ndarray, block: int = 512) -> list[tuple[float, float]]:
    segmenter = Segmenter()
    found: list[tuple[float, float]] = []
    start = None
    chunks = []
    for i in range(0, len(audio), block):
        chunks += segmenter.feed(audio[i : i + block]).chunks
    chunks += segmenter.finish()
    for chunk in chunks:
        if chunk.starts_utterance:
            start = chunk.start_s
        if chunk.ends_utterance:
            found.append((start, chunk.end_s))
    return found


def test_meeting_sentences_become_utterances(load_clip) -> None:
    found = utterances(load_clip("meeting_en.flac"))
    # Nine sentences with 0.7-2.2 s pauses; the short pauses may join two sentences.
    assert 5 <= len(found) <= 10
    assert found[0][0] < 0.5
    assert found[-1][1] > 60.0
    assert all(b[0] >= a[1] for a, b in itertools.pairwise(found))


def test_chunks_carry_session_times(speech: Path) -> None:
    audio = decode_audio(str(speech))
    segmenter = Segmenter(start_offset_s=100.0)
    chunks = []
    for i in range(0, len(audio), 1000):
        chunks += segmenter.feed(audio[i : i + 1000]).chunks
    assert chunks[0].start_s >= 100.0
    total = sum(len(c.samples) for c in chunks) / 16000
    assert 5.0 < total <= len(audio) / 16000


def test_silence_and_quiet_noise_give_no_utterance() -> None:
    rng = np.random.default_rng(1)
    assert utterances(np.zeros(16000 * 20, np.float32)) == []
    noise = (rng.standard_normal(16000 * 20) * 0.003).astype(np.float32)
    assert utterances(noise) == []


def test_bad_samples_do_not_break_it() -> None:
    segmenter = Segmenter()
    block = np.full(4000, np.nan, np.float32)
    block[::3] = np.inf
    report = segmenter.feed(block)
    assert report.level_db <= 0.0
    assert segmenter.feed(np.zeros(1, np.float32)).chunks == []


def test_a_pause_that_goes_on_is_marked_once(load_clip) -> None:
    segmenter = Segmenter()
    audio = load_clip("meeting_en.flac")
    chunks = []
    for i in range(0, len(audio), 512):
        chunks += segmenter.feed(audio[i : i + 512]).chunks
    chunks += segmenter.finish()
    wait_s = segmenter.config.long_pause_s - segmenter.config.end_silence_s
    marks = 0
    # The last mark may come sooner: the audio ended.
    for before, after in itertools.pairwise(chunks[:-1]):
        if before.ends_utterance:
            # What follows an utterance's end is the next one or the mark, never more audio.
            assert after.starts_utterance or after.long_pause
        if after.long_pause:
            marks += 1
            assert not len(after.samples) and before.ends_utterance
            assert abs(after.start_s - before.end_s - wait_s) < 0.04
    assert chunks[-1].long_pause  # the end of the audio is a long pause too
    # meeting_en's pauses are 0.7-2.2 s: some sentences follow within the mark, most not.
    ends = sum(c.ends_utterance for c in chunks)
    assert 3 <= marks < ends, (marks, ends)
