"""The echo guard: removes from a microphone session what its reference session (the
system audio, i.e. the remote people) plays through the speakers, before the segmenter
and the model hear it.

Three stages, per 10 ms frame:

1. **Bulk alignment.** GCC-PHAT over the last seconds of microphone and reference finds
   how far the microphone lags (re-estimated every second while the reference carries
   sound); the reference is delayed by that much, less a margin, before the canceller.
   The slope of the estimates over time is the clocks' drift; following the estimate
   re-aligns as the drift moves the echo.
2. **The canceller**: WebRTC's AEC3 (through ``livekit``'s audio processing module): an
   adaptive filter for the room plus its own residual suppressor (see docs/echo.md for
   why this one).
3. **A residual gate**: a frame that is far quieter than the echo the reference predicts
   there is what the canceller left of the echo, not own speech, and is attenuated so it
   cannot open the voice-activity gate; own speech during remote speech is louder than
   that and passes.

Without reference audio (``None`` blocks: the reference has not started, stopped or
stalled) the microphone passes through untouched. Owned by the microphone session's
capture thread; plain Python, no Qt.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

import numpy as np

from app.audio.base import SAMPLE_RATE

log = logging.getLogger(__name__)

FRAME = SAMPLE_RATE // 100  # the canceller's frame: 10 ms


@dataclass(frozen=True)
class EchoConfig:
    """Tuning of the guard; the defaults are what docs/echo.md measured."""

    max_delay_ms: float = 500.0  #: longest microphone lag looked for
    align: bool = False  #: delay the reference by the estimate before the canceller
    gate: bool = True  #: attenuate what the canceller leaves of the echo
    #: AEC3 finds the last stretch of delay itself; aligning only to (estimate - margin)
    #: keeps the echo inside its filter when the estimate is a few ms off.
    margin_ms: float = 40.0
    #: re-align only when the estimate leaves the applied alignment by this much (every
    #: re-alignment costs the canceller a moment of re-convergence).
    realign_ms: float = 30.0
    estimate_window_s: float = 4.0  #: audio each delay estimate looks at
    estimate_every_s: float = 1.0
    drift_window_s: float = 60.0  #: delay estimates the drift's slope is fitted over
    #: a frame this far below the expected (uncancelled) echo is the canceller's residual.
    gate_below_echo_db: float = 12.0
    gate_attenuation_db: float = 30.0
    reference_timeout_s: float = 2.0  #: no reference this long: the guard is inactive


@dataclass
class EchoStats:
    """What the Me tab shows."""

    active: bool  #: reference audio seen recently (not stalled or stopped)
    delay_ms: float | None  #: current estimate of how far the microphone lags the reference
    removed_db: float  #: energy the guard removed recently where the reference played
    drift_ppm: float  #: estimated clock drift (positive: the microphone's clock runs fast)


class EchoUnavailable(RuntimeError):
    """The echo canceller's library is missing or failed to load."""


class Aec3:
    """WebRTC's AEC3 on 10 ms int16 frames, through livekit's audio processing module."""

    def __init__(self) -> None:
        try:
            from livekit import rtc
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EchoUnavailable("The echo canceller (livekit) is not installed.") from exc
        self._rtc = rtc
        self._apm = rtc.AudioProcessingModule(echo_cancellation=True)

    def process(self, mic: np.ndarray, reference: np.ndarray) -> np.ndarray:
        """One frame of each (int16, ``FRAME`` long); returns the cleaned microphone frame."""
        render = self._rtc.AudioFrame(reference.tobytes(), SAMPLE_RATE, 1, FRAME)
        self._apm.process_reverse_stream(render)
        capture = self._rtc.AudioFrame(mic.tobytes(), SAMPLE_RATE, 1, FRAME)
        self._apm.process_stream(capture)
        return np.frombuffer(capture.data, np.int16)


class DelayEstimator:
    """How far the microphone lags the reference, by GCC-PHAT, and the drift from the
    slope of successive estimates."""

    def __init__(self, config: EchoConfig) -> None:
        self._config = config
        self._max_lag = int(config.max_delay_ms * SAMPLE_RATE / 1000)
        self._history: deque[tuple[float, float]] = deque()  # (time s, delay samples)
        self.delay: float | None = None  # samples, fractional
        self.drift_ppm = 0.0

    def update(self, mic: np.ndarray, reference: np.ndarray, now_s: float) -> None:
        """Estimate from the latest stretch of microphone and the reference over the same
        stretch plus ``max_delay_ms`` before it (so every lag sees the whole stretch).
        Keeps the last estimate when this stretch is inconclusive (little reference
        sound, or own speech drowning the echo)."""
        lead = len(reference) - len(mic)
        ref = reference.astype(np.float64)
        if np.mean(ref[lead:] ** 2) < 1e-7:
            return
        size = 1 << len(reference).bit_length()
        cross = np.fft.rfft(ref, size) * np.conj(np.fft.rfft(mic.astype(np.float64), size))
        # PHAT with a little magnitude left (beta 0.8): whitens the speech so the peak is
        # sharp, without letting near-silent frequency bins count as much as loud ones.
        cross /= np.abs(cross) ** 0.8 + 1e-12
        # corr[m] pairs mic[i] with reference[i + m]; a lag of d samples is m = lead - d.
        corr = np.fft.irfft(cross, size)[: lead + 1][::-1]
        peak = int(np.argmax(corr))
        if corr[peak] <= 0 or corr[peak] < 6.0 * np.std(corr):
            return
        if 0 < peak < len(corr) - 1:  # parabolic interpolation: drift needs sub-samples
            left, mid, right = corr[peak - 1], corr[peak], corr[peak + 1]
            denominator = left - 2 * mid + right
            offset = 0.5 * (left - right) / denominator if denominator else 0.0
        else:
            offset = 0.0
        self._add(peak + offset, now_s)

    def _add(self, delay: float, now_s: float) -> None:
        history = self._history
        if self.delay is not None and abs(delay - self.delay) > 0.01 * SAMPLE_RATE:
            history.clear()  # a jump (another device, a restart) is not drift
        history.append((now_s, delay))
        while history and now_s - history[0][0] > self._config.drift_window_s:
            history.popleft()
        times = np.array([t for t, _ in history])
        delays = np.array([d for _, d in history])
        self.delay = float(np.median(delays[-5:]))
        if len(history) >= 10 and times[-1] - times[0] >= 15.0:
            slope, intercept = np.polyfit(times, delays, 1)
            self.drift_ppm = float(slope / SAMPLE_RATE * 1e6)
            self.delay = float(slope * now_s + intercept)


class EchoGuard:
    """Owned by the microphone session's capture thread."""

    def __init__(self, sample_rate: int = SAMPLE_RATE, config: EchoConfig | None = None) -> None:
        if sample_rate != SAMPLE_RATE:
            raise ValueError(f"the echo guard works at {SAMPLE_RATE} Hz, not {sample_rate}")
        self._config = config or EchoConfig()
        self._aec: Aec3 | None = None  # made on the first reference: no cost until then
        self._estimator = DelayEstimator(self._config)
        window = int(self._config.estimate_window_s * SAMPLE_RATE)
        self._mic_history = _Recent(window)
        self._ref_history = _Recent(window + int(self._config.max_delay_ms * SAMPLE_RATE / 1000))
        self._since_estimate = 0
        self._position = 0  # samples processed, the guard's clock
        self._last_reference = -(10**12)
        self._align = 0  # samples the reference is delayed by before the canceller
        self._ref_line = np.zeros(0, np.float32)  # reference waiting its turn
        self._mic_pending = np.zeros(0, np.float32)  # less than a frame
        self._out = np.zeros(FRAME, np.float32)  # one frame of latency when cancelling
        self._echo_gain = _EchoGain()
        self._ref_energy = 0.0  # smoothed like a room's decay
        self._removed_in = 1e-12
        self._removed_out = 1e-12
        self._engaged = False  # the reference has played something

    @property
    def stats(self) -> EchoStats:
        delay = self._estimator.delay
        active = self._position - self._last_reference < (
            self._config.reference_timeout_s * SAMPLE_RATE
        )
        removed = 10 * np.log10(self._removed_in / self._removed_out)
        return EchoStats(
            active=bool(active),
            delay_ms=None if delay is None else delay * 1000 / SAMPLE_RATE,
            removed_db=float(max(0.0, removed)),
            drift_ppm=self._estimator.drift_ppm,
        )

    def process(self, mic: np.ndarray, reference: np.ndarray | None) -> np.ndarray:
        """mic: float32 mono block at 16 kHz (any length, e.g. 0.2 s); reference: the
        reference session's audio covering the SAME stretch of time on the common clock
        (same length), or None when the reference has nothing for that stretch (stopped,
        stalled, not started). Returns the cleaned block, same length."""
        mic = np.asarray(mic, dtype=np.float32)
        n = len(mic)
        if reference is not None and len(reference) != n:
            raise ValueError(f"reference has {len(reference)} samples, the microphone {n}")
        if reference is None and self._aec is None:
            self._position += n
            return mic  # never had a reference: nothing to do, nothing changed
        if self._aec is None:
            self._aec = Aec3()
        audible = reference is not None and _audible(reference)
        if audible:
            self._last_reference = self._position + n
        if reference is not None:
            reference = np.asarray(reference, dtype=np.float32)
            self._track_delay(mic, reference)
            feed = reference
        else:
            # The canceller keeps running on silence, so its clock and filter are still
            # there when the reference returns; what it outputs is not used.
            feed = np.zeros(n, np.float32)
        self._ref_line = np.concatenate([self._ref_line, feed])
        cleaned = self._cancel(mic)
        self._position += n
        # Until the reference first plays something, the canceller runs (it settles on
        # the room's noise, which helps it through its first echo) but the microphone
        # goes on bit for bit: with a silent system-audio session nothing changes, not
        # even by the canceller's 18 ms of latency, which would move utterance cuts.
        self._engaged = self._engaged or audible
        return cleaned if reference is not None and self._engaged else mic

    def _track_delay(self, mic: np.ndarray, reference: np.ndarray) -> None:
        self._mic_history.push(mic)
        self._ref_history.push(reference)
        self._since_estimate += len(mic)
        if self._since_estimate < self._config.estimate_every_s * SAMPLE_RATE:
            return
        if not self._ref_history.full:
            return
        self._since_estimate = 0
        self._estimator.update(
            self._mic_history.get(), self._ref_history.get(), self._position / SAMPLE_RATE
        )
        delay = self._estimator.delay
        if delay is None:
            return
        margin = self._config.margin_ms * SAMPLE_RATE / 1000
        target = max(0, round(delay - margin))
        if not self._config.align:
            return
        if abs(target - self._align) > self._config.realign_ms * SAMPLE_RATE / 1000:
            self._realign(target)

    def _realign(self, target: int) -> None:
        change = target - self._align
        if change > 0:
            self._ref_line = np.concatenate([np.zeros(change, np.float32), self._ref_line])
        else:
            self._ref_line = self._ref_line[-change:]
        log.debug("echo guard: reference delayed %d ms", target * 1000 // SAMPLE_RATE)
        self._align = target

    def _cancel(self, mic: np.ndarray) -> np.ndarray:
        pending = np.concatenate([self._mic_pending, mic])
        frames = len(pending) // FRAME
        out = np.empty(frames * FRAME, np.float32)
        aec = self._aec
        assert aec is not None
        for i in range(frames):
            frame = pending[i * FRAME : (i + 1) * FRAME]
            ref = self._ref_line[i * FRAME : (i + 1) * FRAME]
            if len(ref) < FRAME:
                ref = np.pad(ref, (0, FRAME - len(ref)))
            cleaned = aec.process(_to_int16(frame), _to_int16(ref)).astype(np.float32) / 32768
            out[i * FRAME : (i + 1) * FRAME] = self._gate(frame, ref, cleaned)
        self._ref_line = self._ref_line[frames * FRAME :]
        self._mic_pending = pending[frames * FRAME :]
        self._out = np.concatenate([self._out, out])
        result, self._out = self._out[: len(mic)], self._out[len(mic) :]
        return result

    def _gate(self, mic: np.ndarray, ref: np.ndarray, cleaned: np.ndarray) -> np.ndarray:
        mic_energy = float(np.mean(mic.astype(np.float64) ** 2))
        out_energy = float(np.mean(cleaned.astype(np.float64) ** 2))
        ref_energy = float(np.mean(ref.astype(np.float64) ** 2))
        # The aligned reference still leads the echo by the margin, and the room's tail
        # follows it: a slowly decaying envelope covers both.
        self._ref_energy = max(ref_energy, self._ref_energy * 0.85)
        gain = self._echo_gain.update(mic_energy, self._ref_energy)
        expected_echo = gain * self._ref_energy
        if expected_echo < 1e-9 or not self._config.gate:
            return cleaned
        self._removed_in += mic_energy
        threshold = expected_echo * 10 ** (-self._config.gate_below_echo_db / 10)
        if out_energy < threshold:
            cleaned = cleaned * 10 ** (-self._config.gate_attenuation_db / 20)
        self._removed_out += float(np.mean(cleaned.astype(np.float64) ** 2)) + 1e-12
        # "Recently": both sums decay with a time constant of about 3 s.
        self._removed_in *= 0.997
        self._removed_out *= 0.997
        return cleaned


class _EchoGain:
    """The echo path's energy gain (microphone energy per reference energy), from the
    quietest ratios seen while the reference plays: own speech only ever adds energy, so
    the low end of the ratio is the echo alone."""

    def __init__(self) -> None:
        self._ratios: deque[float] = deque(maxlen=500)  # 5 s of frames with reference
        self._gain = 0.0
        self._count = 0

    def update(self, mic_energy: float, ref_energy: float) -> float:
        if ref_energy > 1e-6:
            self._ratios.append(mic_energy / ref_energy)
            self._count += 1
            if self._count % 25 == 0 and len(self._ratios) >= 50:
                self._gain = float(np.percentile(self._ratios, 30))
        return self._gain


class _Recent:
    """The last ``size`` samples pushed."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._buffer = np.zeros(0, np.float32)

    @property
    def full(self) -> bool:
        return len(self._buffer) >= self.size

    def push(self, block: np.ndarray) -> None:
        self._buffer = np.concatenate([self._buffer, block])[-self.size :]

    def get(self) -> np.ndarray:
        return self._buffer


#: A reference block quieter than this (RMS, -65 dBFS: a faint hiss, far below a quiet
#: voice at -40) has played nothing.
_AUDIBLE = 10 ** (-65 / 20)


def _audible(reference: np.ndarray) -> bool:
    if not len(reference):
        return False
    return float(np.sqrt(np.mean(reference.astype(np.float64) ** 2))) > _AUDIBLE


def _to_int16(audio: np.ndarray) -> np.ndarray:
    return (np.clip(audio, -1.0, 32767 / 32768) * 32768).astype(np.int16)
