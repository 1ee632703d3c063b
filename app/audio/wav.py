"""Writing 16-bit WAV files (test signals, benchmark inputs, captured audio)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from app.audio.base import SAMPLE_RATE


def write_wav(path: Path, audio: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Write mono float audio in [-1, 1] as 16-bit PCM; returns ``path``."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return path
