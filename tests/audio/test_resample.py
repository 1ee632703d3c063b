"""Resampling and channel mixing: whatever a device gives becomes 16 kHz mono float32."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.resample import Resampler, to_16k_mono, to_mono


def tone(rate: float, seconds: float = 1.0, hz: float = 1000.0, level: float = 0.5) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return (level * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def peak_hz(audio: np.ndarray, rate: int = 16_000) -> float:
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(len(audio))))
    return float(np.fft.rfftfreq(len(audio), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("rate", [8_000, 16_000, 44_100, 48_000, 96_000])
def test_a_1khz_tone_stays_1khz(rate: int) -> None:
    out = to_16k_mono(tone(rate), rate)
    assert out.dtype == np.float32
    assert abs(len(out) - 16_000) <= 2
    assert abs(peak_hz(out) - 1000.0) <= 2.0
    # The level survives too: a 0.5 sine has an RMS of 0.5 / sqrt(2).
    assert np.sqrt(np.mean(out[1000:-1000] ** 2)) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)


@pytest.mark.parametrize("rate", [8_000, 44_100, 48_000, 96_000])
def test_streaming_in_odd_blocks_equals_one_shot(rate: int) -> None:
    rng = np.random.default_rng(rate)
    audio = (0.3 * rng.standard_normal(rate * 2)).astype(np.float32)
    resampler = Resampler(rate)
    pieces, position = [], 0
    for size in rng.integers(1, 2_000, size=10_000):
        if position >= len(audio):
            break
        pieces.append(resampler.process(audio[position : position + size]))
        position += size
    pieces.append(resampler.flush())
    streamed = np.concatenate(pieces)
    whole = to_16k_mono(audio, rate)
    assert abs(len(streamed) - len(whole)) <= 2
    n = min(len(streamed), len(whole))
    assert np.max(np.abs(streamed[:n] - whole[:n])) < 1e-3


def test_resampler_at_16k_passes_audio_through() -> None:
    audio = tone(16_000, 0.1)
    resampler = Resampler(16_000)
    assert np.array_equal(resampler.process(audio), audio)
    assert resampler.flush().size == 0


def test_rates_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Resampler(0)


def test_stereo_is_averaged() -> None:
    left = np.full(100, 0.8, dtype=np.float32)
    right = np.full(100, -0.2, dtype=np.float32)
    mono = to_mono(np.stack([left, right], axis=1))
    assert mono.shape == (100,)
    assert np.allclose(mono, 0.3)


def test_six_channels_are_averaged() -> None:
    frames = np.tile(np.arange(6, dtype=np.float32) / 10, (50, 1))  # 0.0 .. 0.5
    assert np.allclose(to_mono(frames), 0.25)


def test_int16_full_scale_becomes_plus_minus_one() -> None:
    block = np.array([[32767, -32768], [-32768, -32768], [0, 16384]], dtype=np.int16)
    mono = to_mono(block)
    assert mono.dtype == np.float32
    assert np.allclose(mono, [-0.5 / 32768, -1.0, 0.25], atol=1e-6)


def test_int32_and_uint8_are_scaled() -> None:
    assert np.allclose(to_mono(np.array([2**30, -(2**31)], dtype=np.int32)), [0.5, -1.0])
    assert np.allclose(to_mono(np.array([128, 0, 192], dtype=np.uint8)), [0.0, -1.0, 0.5])


def test_nan_and_inf_become_silence_and_loud_samples_are_clipped() -> None:
    block = np.array([[np.nan, 0.4], [np.inf, 0.4], [-np.inf, 0.4], [3.0, 3.0]], dtype=np.float32)
    mono = to_mono(block)
    assert np.all(np.isfinite(mono))
    assert np.allclose(mono, [0.2, 0.2, 0.2, 1.0])


def test_bad_samples_do_not_reach_the_resampled_stream() -> None:
    audio = tone(48_000, 0.5, level=0.99)
    audio[1000:1100] = np.nan
    audio[2000] = np.inf
    out = Resampler(48_000).process(audio)
    assert np.all(np.isfinite(out))
    assert np.max(np.abs(out)) <= 1.0


def test_to_mono_never_changes_the_callers_buffer() -> None:
    block = np.array([np.nan, 2.0], dtype=np.float32)
    to_mono(block)
    assert np.isnan(block[0]) and block[1] == 2.0


def test_empty_blocks_are_fine() -> None:
    assert to_mono(np.zeros((0, 2), dtype=np.float32)).shape == (0,)
    assert Resampler(44_100).process(np.zeros(0, dtype=np.float32)).shape == (0,)
    assert to_16k_mono(np.zeros(0, dtype=np.int16), 48_000).shape == (0,)
