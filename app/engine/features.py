"""Whisper's log-mel features of a file, with the floor the offline pass gives them.

faster-whisper's offline pass computes the features of a whole file at once and sets
their floor 8 (log10) below the loudest value in the file; a window's features computed
on their own take the window's loudest instead. The difference is small, but it moved
where real_es's first window ended (28.9 s against the pass's 24.4 s) and with it every
window after: 25.1 % WER against the pass's 15.0 %. With the file's peak the windows
start where the pass's start.
"""

from __future__ import annotations

import numpy as np
from faster_whisper.feature_extractor import FeatureExtractor

# Mel bands of the Whisper models: 80, and 128 for large-v3 and its turbo. A file's peak
# is measured for both before the model is known (it loads on the inference thread).
MEL_BANDS = (80, 128)
_FLOOR_BELOW_PEAK = 8.0
_PIECE_FRAMES = 3000  # 30 s a piece: memory stays small however long the file is


def _piece(audio: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Samples ``lo`` to ``hi`` of ``audio`` with 160 zeros appended and reflected at
    both ends (numpy's "reflect" padding), as float32; only this piece is converted."""
    n = len(audio) + 160
    a, b = max(lo, 0), min(hi, n)
    part = np.asarray(audio[a : min(b, len(audio))])
    part = part.astype(np.float32) / 32768.0 if part.dtype == np.int16 else part.astype(np.float32)
    core = np.concatenate([part, np.zeros(max(0, b - max(a, len(audio))), np.float32)])
    left = core[1 : 1 - lo][::-1] if lo < 0 else core[:0]
    right = core[-(hi - n) - 1 : -1][::-1] if hi > n else core[:0]
    return np.concatenate([left, core, right])


def _power_frames(extractor: FeatureExtractor, audio: np.ndarray, first: int, last: int):
    """|STFT|² of frames ``first`` to ``last`` of ``audio`` as the extractor frames the
    whole of it: centred frames, one row per frame."""
    half, hop = extractor.n_fft // 2, extractor.hop_length
    signal = _piece(audio, first * hop - half, (last - 1) * hop + half)
    window = np.hanning(extractor.n_fft + 1)[:-1].astype(np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(signal, extractor.n_fft)[::hop]
    return np.abs(np.fft.rfft(frames * window, axis=-1)) ** 2


def spectrum_peak(audio: np.ndarray) -> tuple[tuple[int, float], ...]:
    """The loudest log10 mel power in ``audio`` (16 kHz mono, float or int16), for each
    band count in ``MEL_BANDS``: what the offline pass sets its floor from."""
    samples = np.asarray(audio)
    extractors = [FeatureExtractor(feature_size=bands) for bands in MEL_BANDS]
    hop = extractors[0].hop_length
    total = (len(samples) + 160) // hop  # the extractor drops its last frame
    peaks = [-10.0] * len(MEL_BANDS)
    for first in range(0, total, _PIECE_FRAMES):
        last = min(first + _PIECE_FRAMES, total)
        power = _power_frames(extractors[0], samples, first, last)
        for i, extractor in enumerate(extractors):
            mel = power @ extractor.mel_filters.T
            peaks[i] = max(peaks[i], float(np.log10(np.clip(mel, 1e-10, None)).max()))
    return tuple(zip(MEL_BANDS, peaks, strict=True))


def log_mel(extractor: FeatureExtractor, audio: np.ndarray, peak: float | None) -> np.ndarray:
    """``extractor(audio)``, with the floor set from ``peak`` (``spectrum_peak``) rather
    than from ``audio``'s own loudest value when it is given."""
    if peak is None:
        return extractor(audio)
    window = np.hanning(extractor.n_fft + 1)[:-1].astype(np.float32)
    padded = np.pad(np.asarray(audio, np.float32), (0, 160))
    stft = extractor.stft(padded, extractor.n_fft, extractor.hop_length, window=window,
                          return_complex=True).astype(np.complex64)  # fmt: skip
    mel = extractor.mel_filters @ (np.abs(stft[..., :-1]) ** 2)
    log_spec = np.log10(np.clip(mel, 1e-10, None))
    log_spec = np.maximum(log_spec, peak - _FLOOR_BELOW_PEAK)
    return (log_spec + 4.0) / 4.0
