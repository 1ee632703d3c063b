"""What the window's level meter shows for each block: how loud, and whether it is speech."""

from __future__ import annotations

import logging

import numpy as np
import webrtcvad

from app.audio.base import SAMPLE_RATE

log = logging.getLogger(__name__)

FLOOR_DBFS = -90.0
# webrtcvad accepts 10, 20 or 30 ms frames; 30 ms gives it the most context per decision.
FRAME_MS = 30
_FRAME = SAMPLE_RATE * FRAME_MS // 1000


def level_dbfs(block: np.ndarray) -> float:
    """RMS level of a float block in dBFS, clamped to [-90, 0] (-90 for an empty block)."""
    if block.size == 0:
        return FLOOR_DBFS
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    if rms <= 0.0:
        return FLOOR_DBFS
    return float(np.clip(20.0 * np.log10(rms), FLOOR_DBFS, 0.0))


class SpeechDetector:
    """Speech / no speech for each 16 kHz mono float32 block, using webrtcvad.

    Blocks rarely hold a whole number of 30 ms frames, so the remainder is kept and
    prefixed to the next block. A block too short to complete a frame repeats the
    previous answer rather than flickering to "no speech".
    """

    def __init__(self, aggressiveness: int = 2) -> None:
        if aggressiveness not in (0, 1, 2, 3):
            raise ValueError(f"aggressiveness must be 0..3, got {aggressiveness}")
        self._vad = webrtcvad.Vad(aggressiveness)
        self._leftover = np.zeros(0, dtype=np.int16)
        self.is_speech = False

    def reset(self) -> None:
        self._leftover = np.zeros(0, dtype=np.int16)
        self.is_speech = False

    def process(self, block: np.ndarray) -> bool:
        """Feed one block; True if any complete frame in it (with the carry-over) is speech."""
        pcm = (np.clip(block, -1.0, 1.0) * 32767.0).astype(np.int16)
        samples = np.concatenate([self._leftover, pcm])
        whole = len(samples) - len(samples) % _FRAME
        self._leftover = samples[whole:]
        if whole == 0:
            return self.is_speech
        frames = samples[:whole].reshape(-1, _FRAME)
        # Every frame goes through the VAD (no short-circuit): it adapts its noise model
        # from each frame it sees.
        votes = [self._vad.is_speech(frame.tobytes(), SAMPLE_RATE) for frame in frames]
        self.is_speech = any(votes)
        return self.is_speech


class SpeechLabel:
    """The meter's speech / silence label, held on "speech" through short gaps.

    A voice-activity decision per block flips to "no speech" on the brief dips inside
    words and between them (one 32 ms block in ten of continuous speech in jfk.flac), so
    a raw label flickers while someone talks. It changes to "silence" only once no block
    has been speech for ``hold_s`` of audio: real pauses between sentences are longer.
    Times are audio positions, not wall-clock, so the label does not depend on how late
    the blocks are read.
    """

    def __init__(self, hold_s: float = 0.4) -> None:
        if hold_s < 0:
            raise ValueError(f"hold_s must not be negative, got {hold_s}")
        self.hold_s = hold_s
        self._last_speech_s: float | None = None

    def update(self, is_speech: bool, position_s: float) -> bool:
        """The label for a block that ends at ``position_s`` s of audio: True for speech."""
        if is_speech:
            self._last_speech_s = position_s
            return True
        return self._last_speech_s is not None and position_s - self._last_speech_s < self.hold_s

    def reset(self) -> None:
        self._last_speech_s = None
