"""What the caption engine says: words with times, and caption events built from them.

Times are seconds of the session's own audio, counted from the session's start
(``start_s``/``end_s``), so they survive stop/restart and map straight to subtitles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CaptionKind = Literal["partial", "final"]


@dataclass(frozen=True)
class Word:
    """One word as the decoder heard it; ``text`` keeps its leading space (Whisper style)."""

    text: str
    start_s: float
    end_s: float
    probability: float = 1.0


@dataclass(frozen=True)
class CaptionEvent:
    """A caption for one session.

    ``partial`` events replace the session's previous partial; ``final`` events are
    appended to its transcript and never change. ``audio_pos_s`` is how much of the
    session's audio had been fed in when the event was made, so ``audio_pos_s - end_s``
    of a final event is its latency. ``buffered_s`` is how much speech the session's
    stream held when the event was made (a health measure: trimming keeps it bounded).
    """

    session: str
    kind: CaptionKind
    text: str
    start_s: float
    end_s: float
    audio_pos_s: float
    language: str = ""
    words: tuple[Word, ...] = field(default=(), compare=False)
    buffered_s: float = field(default=0.0, compare=False)

    @property
    def is_final(self) -> bool:
        return self.kind == "final"
