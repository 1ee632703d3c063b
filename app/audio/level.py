"""The window's level meter label: whether a session is hearing speech, held through short gaps.

The loudness and the raw speech decision per block come from the segmenter
(``app.engine.segmenter.BlockReport``), which judges every block anyway.
"""

from __future__ import annotations


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
