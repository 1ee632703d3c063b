"""Turning whatever a device or file gives into 16 kHz mono float32 in [-1, 1].

Devices deliver interleaved frames (``frames x channels``) at their own rate and sample
format; the engine wants one format only. ``Resampler`` keeps soxr's filter state between
blocks, so a stream cut into blocks of any size sounds the same as the whole array
resampled at once (no clicks at block boundaries).
"""

from __future__ import annotations

import logging

import numpy as np
import soxr

from app.audio.base import SAMPLE_RATE

log = logging.getLogger(__name__)

# soxr's "high quality" preset: transparent for speech and cheap enough to run on every
# block of several sources at once; "VHQ" costs more for nothing a recogniser can hear.
_QUALITY = "HQ"


def _sanitize(audio: np.ndarray) -> np.ndarray:
    """Zero NaN/inf and clip to [-1, 1] in place: a bad driver must not poison the model."""
    np.nan_to_num(audio, copy=False, nan=0.0, posinf=0.0, neginf=0.0)
    np.clip(audio, -1.0, 1.0, out=audio)
    return audio


def to_mono(block: np.ndarray) -> np.ndarray:
    """Mix ``block`` (1-D, or ``frames x channels``) to mono float32 in [-1, 1].

    Integer samples are scaled by their full range (int16 by 32768, int32 by 2**31,
    uint8 around 128); channels are averaged, so a 6-channel device mixes like stereo.
    """
    audio = np.asarray(block)
    if audio.dtype.kind == "i":
        scale = float(2 ** (8 * audio.dtype.itemsize - 1))
        audio = audio.astype(np.float32) / scale
    elif audio.dtype.kind == "u":
        half = float(2 ** (8 * audio.dtype.itemsize - 1))
        audio = (audio.astype(np.float32) - half) / half
    else:
        # Always a copy: sanitizing writes in place and must never touch a caller's buffer.
        audio = audio.astype(np.float32, copy=True)
    if audio.ndim > 2:
        raise ValueError(f"expected 1-D or frames x channels audio, got shape {audio.shape}")
    # Sanitize before mixing, so one NaN channel does not silence the others.
    _sanitize(audio)
    if audio.ndim == 2:
        audio = audio.mean(axis=1, dtype=np.float32)
    return np.ascontiguousarray(audio, dtype=np.float32)


class Resampler:
    """Streaming mono resampler from ``in_rate`` to ``out_rate`` (16 kHz by default).

    ``process`` accepts blocks in any format ``to_mono`` does; ``flush`` returns the
    samples still held in the filter once the stream has ended.
    """

    def __init__(self, in_rate: float, out_rate: int = SAMPLE_RATE) -> None:
        if in_rate <= 0 or out_rate <= 0:
            raise ValueError(f"sample rates must be positive, got {in_rate} -> {out_rate}")
        self.in_rate = float(in_rate)
        self.out_rate = int(out_rate)
        self._stream: soxr.ResampleStream | None = None
        if self.in_rate != self.out_rate:
            self._stream = soxr.ResampleStream(
                self.in_rate, self.out_rate, 1, dtype="float32", quality=_QUALITY
            )

    def process(self, block: np.ndarray) -> np.ndarray:
        mono = to_mono(block)
        if self._stream is None:
            return mono
        # The filter rings slightly past full scale on clipped input; clip again.
        return _sanitize(self._stream.resample_chunk(mono))

    def flush(self) -> np.ndarray:
        if self._stream is None:
            return np.zeros(0, dtype=np.float32)
        return _sanitize(self._stream.resample_chunk(np.zeros(0, dtype=np.float32), last=True))


def to_16k_mono(audio: np.ndarray, rate: float) -> np.ndarray:
    """Resample a whole array (any format ``to_mono`` takes) to 16 kHz mono float32."""
    mono = to_mono(audio)
    if float(rate) == SAMPLE_RATE or mono.size == 0:
        return mono
    out = soxr.resample(mono, float(rate), SAMPLE_RATE, quality=_QUALITY)
    return _sanitize(np.ascontiguousarray(out, dtype=np.float32))
