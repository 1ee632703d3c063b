"""Make "microphone" recordings that hear the remote side through a room: the echo guard's
test rig, shared by its tests (tests/audio/test_echo.py), the canceller comparison
(app/bench/echo_compare.py) and the benchmark.

A scene is two tracks on one timeline: the user's own speech and the remote speech. The
remote track is what the "Remote" session captures (the reference); :func:`room` turns it
into what the microphone hears of it (late, quieter, low-passed, reverberant, and on a
clock that may run ``drift_ppm`` fast); :func:`mix` adds the own speech. Everything is
16 kHz mono float32, plain numpy plus soxr (no Qt, no scipy).

    own, remote = alternate([own_a, own_b], [remote_a, remote_b])
    scene = make_scene(own, remote, RoomSettings(delay_ms=60, attenuation_db=15))
    cleaned = guard.process(scene.mic, scene.reference)
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soxr

from app.audio.base import SAMPLE_RATE


@dataclass(frozen=True)
class RoomSettings:
    """How the remote voices travel from the speakers to the microphone."""

    delay_ms: float = 60.0  #: the microphone hears the reference this much later
    attenuation_db: float = 15.0  #: the echo's direct path, this much below the reference
    lowpass_hz: float | None = 4000.0  #: small speakers and the room lose the highs
    reverb_ms: float = 120.0  #: decay time (-60 dB) of a diffuse tail; 0 for none
    reverb_db: float = -12.0  #: the tail's energy against the direct path
    drift_ppm: float = 0.0  #: the microphone's clock runs this much fast
    seed: int = 0  #: the reverb tail's noise


@dataclass(frozen=True)
class Scene:
    """One rig recording, every track the same length on the microphone's clock."""

    mic: np.ndarray  #: what the "Me" session captures: own + echo (+ noise)
    reference: np.ndarray  #: what the "Remote" session captures
    own: np.ndarray  #: the own speech alone, as the microphone hears it
    echo: np.ndarray  #: the remote speech alone, as the microphone hears it
    settings: RoomSettings

    def own_active(self, frame: int = 160) -> np.ndarray:
        """Per ``frame`` samples: does the own speech carry energy there."""
        return _active(self.own, frame)

    def echo_active(self, frame: int = 160) -> np.ndarray:
        """Per ``frame`` samples: does the echo carry energy there."""
        return _active(self.echo, frame)


def speech(text: str, voice: str = "en", speed: int = 150, pitch: int = 50) -> np.ndarray:
    """``text`` spoken by espeak-ng's ``voice`` at 16 kHz (different pitches and voices
    make the own and the remote side distinguishable). Raises FileNotFoundError where
    espeak-ng is missing."""
    if shutil.which("espeak-ng") is None:
        raise FileNotFoundError("espeak-ng is not installed")
    with tempfile.TemporaryDirectory(prefix="captionist-rig-") as folder:
        path = Path(folder) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text],
            check=True, capture_output=True,
        )  # fmt: skip
        with wave.open(str(path), "rb") as reader:  # espeak-ng writes 16-bit mono
            rate = reader.getframerate()
            audio = np.frombuffer(reader.readframes(reader.getnframes()), np.int16)
    return soxr.resample(audio.astype(np.float32) / 32768.0, rate, SAMPLE_RATE)


def room(remote: np.ndarray, settings: RoomSettings = RoomSettings()) -> np.ndarray:
    """What a microphone hears of ``remote`` played through speakers: the same length,
    on the microphone's clock (``drift_ppm`` fast, so the echo slides later over time)."""
    audio = np.asarray(remote, dtype=np.float64)
    if settings.drift_ppm:
        # The microphone takes (1 + drift) samples for every reference sample.
        audio = soxr.resample(audio, SAMPLE_RATE, SAMPLE_RATE * (1 + settings.drift_ppm * 1e-6))
    response = impulse_response(settings)
    wet = _fft_convolve(audio, response)
    # The low-pass is symmetric: its centre, not its first tap, is the direct sound.
    delay = round(settings.delay_ms * SAMPLE_RATE / 1000) - int(np.argmax(np.abs(response)))
    out = np.zeros(len(remote))
    if delay < 0:
        wet, delay = wet[-delay:], 0
    take = max(0, min(len(out) - delay, len(wet)))
    out[delay : delay + take] = wet[:take]
    return out.astype(np.float32)


def impulse_response(settings: RoomSettings) -> np.ndarray:
    """The room's response without the bulk delay: a low-passed direct path at
    ``attenuation_db`` plus an exponentially decaying noise tail."""
    gain = 10 ** (-settings.attenuation_db / 20)
    if settings.lowpass_hz:
        taps = 63
        t = np.arange(taps) - taps // 2
        cutoff = settings.lowpass_hz / SAMPLE_RATE
        direct = 2 * cutoff * np.sinc(2 * cutoff * t) * np.hamming(taps)
        direct /= direct.sum()
    else:
        direct = np.array([1.0])
    response = np.zeros(max(len(direct), int(settings.reverb_ms * SAMPLE_RATE / 1000) + 1))
    response[: len(direct)] = direct
    if settings.reverb_ms > 0:
        rng = np.random.default_rng(settings.seed)
        n = len(response)
        tail = rng.standard_normal(n) * np.exp(-6.9 * np.arange(n) / n)  # -60 dB at the end
        tail[:16] = 0.0  # the first reflection comes after the direct sound
        tail *= np.sqrt(np.sum(direct**2) / np.sum(tail**2) * 10 ** (settings.reverb_db / 10))
        response += tail
    return response * gain


def mix(own: np.ndarray, echo: np.ndarray, noise_dbfs: float = -65.0, seed: int = 1) -> np.ndarray:
    """The microphone's recording: own speech plus the room's echo plus a little white
    noise (a real microphone is never digitally silent)."""
    n = max(len(own), len(echo))
    out = np.zeros(n, dtype=np.float64)
    out[: len(own)] += own
    out[: len(echo)] += echo
    if noise_dbfs is not None:
        out += np.random.default_rng(seed).standard_normal(n) * 10 ** (noise_dbfs / 20)
    return np.clip(out, -1.0, 1.0).astype(np.float32)


def alternate(
    own_clips: Sequence[np.ndarray], remote_clips: Sequence[np.ndarray], gap_s: float = 0.6
) -> tuple[np.ndarray, np.ndarray]:
    """A conversation taking turns: remote, own, remote, own... with ``gap_s`` between
    turns. Returns the own and the remote track, equally long."""
    turns: list[tuple[str, np.ndarray]] = []
    for i in range(max(len(own_clips), len(remote_clips))):
        if i < len(remote_clips):
            turns.append(("remote", remote_clips[i]))
        if i < len(own_clips):
            turns.append(("own", own_clips[i]))
    gap = int(gap_s * SAMPLE_RATE)
    total = gap + sum(len(clip) + gap for _, clip in turns)
    tracks = {"own": np.zeros(total, np.float32), "remote": np.zeros(total, np.float32)}
    at = gap
    for side, clip in turns:
        tracks[side][at : at + len(clip)] = clip
        at += len(clip) + gap
    return tracks["own"], tracks["remote"]


def double_talk(
    own_clips: Sequence[np.ndarray], remote_clips: Sequence[np.ndarray], gap_s: float = 0.6
) -> tuple[np.ndarray, np.ndarray]:
    """Both talking at once: the remote speaks continuously (its clips joined with
    ``gap_s``), and each own clip starts a third of the way into a remote one, so every
    own clip overlaps remote speech. Returns the own and the remote track."""
    gap = int(gap_s * SAMPLE_RATE)
    starts = []
    at = gap
    for clip in remote_clips:
        starts.append(at)
        at += len(clip) + gap
    remote = np.zeros(at, np.float32)
    for start, clip in zip(starts, remote_clips, strict=True):
        remote[start : start + len(clip)] = clip
    own_starts = [
        starts[i % len(starts)] + len(remote_clips[i % len(starts)]) // 3
        for i in range(len(own_clips))
    ]
    total = max(
        [len(remote), *(s + len(c) + gap for s, c in zip(own_starts, own_clips, strict=True))]
    )
    own = np.zeros(total, np.float32)
    for start, clip in zip(own_starts, own_clips, strict=True):
        own[start : start + len(clip)] += clip
    return own, np.pad(remote, (0, total - len(remote)))


def make_scene(
    own: np.ndarray, remote: np.ndarray, settings: RoomSettings = RoomSettings()
) -> Scene:
    """A whole rig recording from an own and a remote track (as :func:`alternate` or
    :func:`double_talk` make them)."""
    n = max(len(own), len(remote))
    own = np.pad(np.asarray(own, np.float32), (0, n - len(own)))
    reference = np.pad(np.asarray(remote, np.float32), (0, n - len(remote)))
    echo = room(reference, settings)
    return Scene(mix(own, echo), reference, own, echo, settings)


def loop_to(audio: np.ndarray, seconds: float, gap_s: float = 0.4) -> np.ndarray:
    """``audio`` repeated with ``gap_s`` of silence until it lasts ``seconds``."""
    piece = np.concatenate([audio, np.zeros(int(gap_s * SAMPLE_RATE), np.float32)])
    count = int(np.ceil(seconds * SAMPLE_RATE / len(piece)))
    return np.tile(piece, count)[: int(seconds * SAMPLE_RATE)]


def erle_db(scene: Scene, cleaned: np.ndarray, latency: int = 0) -> float:
    """Echo return loss enhancement: how much quieter ``cleaned`` (late by ``latency``
    samples) is than the microphone where only the echo sounds (own speech and 0.1 s
    around it left out)."""
    out = _undelay(cleaned, latency)
    mask = np.repeat(scene.echo_active() & ~_dilate(scene.own_active(), 10), 160)
    n = len(mask)
    mic, out = scene.mic[:n][mask].astype(np.float64), out[:n][mask].astype(np.float64)
    return float(10 * np.log10(np.sum(mic**2) / (np.sum(out**2) + 1e-20)))


def own_kept(scene: Scene, audio: np.ndarray, latency: int = 0) -> float:
    """How much of the own speech ``audio`` (late by ``latency`` samples) holds where both
    talk at once: the correlation of its spectrogram with the clean own speech's (1.0:
    exactly the own speech; the raw microphone scores below 1 by the echo it carries, a
    canceller that also removes own speech scores lower still). Phase-blind, as a
    recogniser is."""
    spectra = _spectrogram(_undelay(audio, latency)), _spectrogram(scene.own)
    frames = min(len(spectra[0]), len(spectra[1]))
    both = (scene.own_active(256) & scene.echo_active(256))[:frames]
    out, own = (np.sqrt(s[:frames][both]).ravel() for s in spectra)
    return float(np.corrcoef(out, own)[0, 1])


def _spectrogram(audio: np.ndarray, hop: int = 256) -> np.ndarray:
    count = len(audio) // hop - 1
    frames = np.lib.stride_tricks.sliding_window_view(audio, 2 * hop)[::hop][:count]
    return np.abs(np.fft.rfft(frames * np.hanning(2 * hop), axis=1))


def _undelay(audio: np.ndarray, latency: int) -> np.ndarray:
    return np.concatenate([audio[latency:], np.zeros(latency, audio.dtype)])


def _dilate(mask: np.ndarray, frames: int) -> np.ndarray:
    return np.convolve(mask.astype(float), np.ones(2 * frames + 1), "same") > 0


def _active(track: np.ndarray, frame: int) -> np.ndarray:
    frames = len(track) // frame
    energy = np.mean(track[: frames * frame].reshape(frames, frame).astype(np.float64) ** 2, 1)
    return energy > 1e-6  # -60 dBFS


def _fft_convolve(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    size = 1 << (len(a) + len(b) - 1).bit_length()
    return np.fft.irfft(np.fft.rfft(a, size) * np.fft.rfft(b, size), size)[: len(a) + len(b) - 1]
