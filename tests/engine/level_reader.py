"""A stand-in decoder for the caption logic's own tests: it hears what the audio encodes.

Each utterance is a constant level and the level names it, so a test can check exactly
which audio a decode was given and where its words land. Every feature is also tested
with the real model; this is only for the logic around it.
"""

from __future__ import annotations

import numpy as np

from app.engine.decoder import DecodeOptions, DecodeResult
from app.engine.events import Word
from app.engine.segmenter import SAMPLE_RATE, AudioChunk

_STEP = 1e-5  # the level's fraction names the half second within the utterance


class LevelReader:
    """Hears one word per half second of non-silent audio, named by its level: ``u3x5`` is
    the sixth half second of utterance 3. It can be told to stop early, as Whisper
    sometimes does before the end of its input."""

    def __init__(self, hears_s: float = 1e9) -> None:
        self.hears_s = hears_s
        self.calls: list[tuple[float, bool, str]] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def decode(self, audio: np.ndarray, options: DecodeOptions, prompt: str = "") -> DecodeResult:
        seconds = len(audio) / SAMPLE_RATE
        self.calls.append((seconds, options.padded, prompt))
        words = []
        for i in range(int(seconds * 2)):
            start = i / 2
            level = float(
                np.median(audio[int(start * SAMPLE_RATE) : int((start + 0.5) * SAMPLE_RATE)])
            )
            if level > 0 and start < self.hears_s:
                number = int(level * 100 + 1e-6)
                index = round((level - number / 100) / _STEP)
                words.append(Word(f" u{number}x{index}", start, start + 0.45, 0.9))
        return DecodeResult(words, "en", 1.0, 0.0, -0.2, 1.0, seconds)


def utterance(
    number: int, start_s: float, seconds: float, long_pause: bool = True
) -> list[AudioChunk]:
    """An utterance as the segmenter sends it: a start, 0.5 s chunks, an end marker, and
    unless told otherwise the marker that says the pause after it was a long one."""
    chunks = []
    t = 0.0
    while t < seconds - 1e-9:
        step = min(0.5, seconds - t)
        level = number / 100 + round(t / 0.5) * _STEP
        samples = np.full(round(step * SAMPLE_RATE), level, np.float32)
        frames = max(1, round(step / 0.03))
        chunks.append(AudioChunk(samples, start_s + t, frames, frames, starts_utterance=t == 0))
        t += step
    chunks.append(AudioChunk(np.zeros(0, np.float32), start_s + seconds, 0, 0, False, True))
    if long_pause:
        chunks.append(AudioChunk(np.zeros(0, np.float32), start_s + seconds, long_pause=True))
    return chunks
