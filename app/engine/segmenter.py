"""Voice-activity segmentation: where utterances start and end in a session's audio.

Each capture session owns one ``Segmenter``. It judges 30 ms frames with WebRTC's VAD
plus an energy gate over an adaptive noise floor (WebRTC's VAD alone calls steady
noise "speech" often enough to wake the model), and turns the frame decisions into
utterances: an utterance opens after a few speech frames, carries a short pre-roll so
the first syllable is not cut, and closes after ``end_silence_s`` without speech.

Only audio inside an utterance is passed on to the model: silence costs nothing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np
import webrtcvad

from app.audio.base import SAMPLE_RATE

FRAME_SAMPLES = 480  # 30 ms, one of the three sizes webrtcvad accepts
FRAME_S = FRAME_SAMPLES / SAMPLE_RATE


@dataclass(frozen=True)
class SegmenterConfig:
    aggressiveness: int = 2
    start_frames: int = 3  # speech frames within ``start_window`` to open an utterance
    start_window: int = 6
    end_silence_s: float = 0.5  # a pause this long ends the utterance
    # ...and once the pause has lasted this long a ``long_pause`` marker follows, for a
    # stream that keeps an utterance open across shorter pauses
    # (``StreamConfig.hold_short_pauses``).
    long_pause_s: float = 0.9
    pre_roll_s: float = 0.3
    # Frames quieter than this over the noise floor are not speech, whatever the VAD says.
    min_snr_db: float = 6.0
    min_level_db: float = -60.0


@dataclass(frozen=True)
class SpeechMark:
    """Where a chunk of speech lies, without its audio: what a file sent whole carries."""

    start_s: float
    end_s: float
    starts_utterance: bool
    ends_utterance: bool
    long_pause: bool = False

    @classmethod
    def of(cls, chunk: AudioChunk) -> SpeechMark:
        return cls(
            chunk.start_s,
            chunk.end_s,
            chunk.starts_utterance,
            chunk.ends_utterance,
            chunk.long_pause,
        )


@dataclass
class AudioChunk:
    """Audio on its way from a session's capture thread to the inference thread.

    ``start_s`` is where ``samples`` begin in the session's audio. ``ends_utterance`` is
    set on the chunk that closes an utterance (it may carry no samples). ``long_pause`` is
    set on an empty chunk that follows once the pause after an utterance has lasted
    ``SegmenterConfig.long_pause_s`` (or the audio ended): no more of it is coming.
    """

    samples: np.ndarray
    start_s: float
    speech_frames: int = 0
    frames: int = 0
    starts_utterance: bool = False
    ends_utterance: bool = False
    long_pause: bool = False
    # A file sent whole: its first chunk carries the file's spectrum peak (see
    # ``app.engine.features``), which every window's features are floored from...
    spectrum_peak: tuple[tuple[int, float], ...] | None = None
    # ...and each chunk the speech the capture thread's segmenter found while judging it
    # (the same cuts, without their samples); None: the receiver finds it itself.
    speech: tuple[SpeechMark, ...] | None = None

    @property
    def end_s(self) -> float:
        return self.start_s + len(self.samples) / SAMPLE_RATE


def level_db(samples: np.ndarray) -> float:
    """RMS level in dBFS, clamped to [-90, 0]."""
    if len(samples) == 0:
        return -90.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return float(np.clip(20.0 * np.log10(max(rms, 1e-9)), -90.0, 0.0))


@dataclass
class BlockReport:
    """What one block looked like, for the window's level meter."""

    level_db: float
    is_speech: bool
    chunks: list[AudioChunk] = field(default_factory=list)


class Segmenter:
    def __init__(self, config: SegmenterConfig | None = None, start_offset_s: float = 0.0) -> None:
        """``start_offset_s``: where this audio starts in the session (after a restart)."""
        self.config = config or SegmenterConfig()
        self._vad = webrtcvad.Vad(self.config.aggressiveness)
        self._leftover = np.zeros(0, dtype=np.float32)
        self._position = round(start_offset_s * SAMPLE_RATE)  # session samples judged so far
        self._recent: deque[bool] = deque(maxlen=self.config.start_window)
        self._pre_roll: deque[np.ndarray] = deque(
            maxlen=max(1, round(self.config.pre_roll_s / FRAME_S)) + self.config.start_window
        )
        self._noise_floor_db = -50.0
        self._in_utterance = False
        self._silent_frames = 0
        self._end_frames = max(1, round(self.config.end_silence_s / FRAME_S))
        self._long_pause_frames = max(
            1, round((self.config.long_pause_s - self.config.end_silence_s) / FRAME_S)
        )
        self._pause_left: int | None = None  # frames until the ``long_pause`` marker

    @property
    def position_s(self) -> float:
        return self._position / SAMPLE_RATE

    def _is_speech(self, frame: np.ndarray) -> tuple[bool, float]:
        # A DC offset (a cheap sound card, a bad driver) is energy without sound; without
        # this the VAD heard "speech" in a constant 0.4 and the model wrote "you".
        frame = frame - frame.mean()
        level = level_db(frame)
        pcm = (np.clip(frame, -1.0, 1.0) * 32767).astype(np.int16).tobytes()
        voiced = self._vad.is_speech(pcm, SAMPLE_RATE)
        loud_enough = level > max(
            self.config.min_level_db, self._noise_floor_db + self.config.min_snr_db
        )
        # The floor follows quiet frames quickly and loud ones slowly, so speech does not
        # drag it up but a fan switched on is learnt within a few seconds.
        rate = 0.05 if level < self._noise_floor_db else 0.002
        self._noise_floor_db += rate * (level - self._noise_floor_db)
        return voiced and loud_enough, level

    def feed(self, block: np.ndarray) -> BlockReport:
        """Judge a block of 16 kHz mono float32; return its level and any audio to decode."""
        block = np.nan_to_num(np.asarray(block, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
        report = BlockReport(level_db=level_db(block), is_speech=False)
        samples = np.concatenate([self._leftover, block]) if len(self._leftover) else block
        whole = len(samples) - len(samples) % FRAME_SAMPLES
        self._leftover = samples[whole:].copy()
        pending: list[np.ndarray] = []
        pending_start = self._position / SAMPLE_RATE
        speech_frames = 0

        def flush(ends: bool = False, starts: bool = False) -> None:
            nonlocal pending, pending_start, speech_frames
            if pending or ends:
                audio = np.concatenate(pending) if pending else np.zeros(0, np.float32)
                report.chunks.append(
                    AudioChunk(audio, pending_start, speech_frames, len(pending), starts, ends)
                )
            pending, speech_frames = [], 0
            pending_start = self._position / SAMPLE_RATE

        for offset in range(0, whole, FRAME_SAMPLES):
            frame = samples[offset : offset + FRAME_SAMPLES]
            is_speech, _ = self._is_speech(frame)
            report.is_speech = report.is_speech or is_speech
            self._recent.append(is_speech)
            if not self._in_utterance:
                self._pre_roll.append(frame)
                self._position += FRAME_SAMPLES
                if sum(self._recent) >= self.config.start_frames:
                    self._in_utterance = True
                    self._pause_left = None
                    self._silent_frames = 0
                    roll = list(self._pre_roll)
                    self._pre_roll.clear()
                    pending = roll
                    pending_start = self._position / SAMPLE_RATE - len(roll) * FRAME_S
                    speech_frames = sum(self._recent)
                    flush(starts=True)
                else:
                    pending_start = self._position / SAMPLE_RATE
                    self._count_pause(report)
                continue
            pending.append(frame)
            self._position += FRAME_SAMPLES
            speech_frames += int(is_speech)
            self._silent_frames = 0 if is_speech else self._silent_frames + 1
            if self._silent_frames >= self._end_frames:
                self._in_utterance = False
                self._recent.clear()
                flush(ends=True)
                self._pause_left = self._long_pause_frames
        if self._in_utterance:
            flush()
        return report

    def _count_pause(self, report: BlockReport) -> None:
        if self._pause_left is None:
            return
        self._pause_left -= 1
        if self._pause_left <= 0:
            report.chunks.append(self._long_pause_marker())

    def _long_pause_marker(self) -> AudioChunk:
        self._pause_left = None
        return AudioChunk(np.zeros(0, np.float32), self.position_s, long_pause=True)

    def finish(self) -> list[AudioChunk]:
        """End of stream: close an open utterance so its words become final; no more
        speech follows it (``long_pause``)."""
        if not self._in_utterance:
            return [self._long_pause_marker()] if self._pause_left is not None else []
        self._in_utterance = False
        tail = self._leftover
        self._leftover = np.zeros(0, dtype=np.float32)
        start = self._position / SAMPLE_RATE
        self._position += len(tail)
        return [AudioChunk(tail, start, 0, 0, False, True), self._long_pause_marker()]
