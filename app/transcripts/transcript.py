"""A session's finalised captions, kept in order for export and autosave.

Only ``final`` caption events land here; partials change all the time and are the
overlay's business. Times are seconds since the session first started: a session that
is stopped and restarted keeps one ``Transcript`` and its caller keeps counting from that
first start, so the transcript only has to keep order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from app.engine.events import CaptionEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Caption:
    """One finalised caption: its text and when it was spoken, in the session's seconds."""

    text: str
    start_s: float
    end_s: float
    session: str

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Transcript:
    """Everything one session said, in order; times never go backwards.

    ``started_at`` is the wall clock when the session first started (timezone-aware, so
    transcripts recorded on different machines or across a DST change still line up in a
    meeting export).
    """

    session: str
    language: str = ""
    started_at: datetime = field(default_factory=_now)
    captions: list[Caption] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None or self.started_at.utcoffset() is None:
            raise ValueError("Transcript.started_at must be timezone-aware")

    @property
    def end_s(self) -> float:
        """Where the last caption ends (0 for an empty transcript)."""
        return self.captions[-1].end_s if self.captions else 0.0

    def add_final(self, event: CaptionEvent) -> Caption | None:
        """Append a final event; returns the caption kept, or None for empty text.

        A partial or another session's event here is a wiring bug upstream, so it raises
        instead of quietly mixing speakers.
        """
        if not event.is_final:
            raise ValueError(f"only final events belong in a transcript, got {event.kind!r}")
        if event.session != self.session:
            raise ValueError(
                f"event for session {event.session!r} given to transcript {self.session!r}"
            )
        if event.language and not self.language:
            self.language = event.language
        return self.add_caption(event.text, event.start_s, event.end_s)

    def add_caption(self, text: str, start_s: float, end_s: float) -> Caption | None:
        """Append text spoken from ``start_s`` to ``end_s``, clamped to keep time moving on.

        A final can start a little before the previous one ended (words re-timed across a
        decode boundary); subtitles must not overlap, so its start moves to the previous
        end rather than reordering what was said.
        """
        text = " ".join(text.split())
        if not text:
            return None
        start = max(0.0, float(start_s), self.end_s)
        end = max(start, float(end_s))
        if start != start_s:
            log.debug("%s: caption start moved from %.3f to %.3f", self.session, start_s, start)
        caption = Caption(text=text, start_s=start, end_s=end, session=self.session)
        self.captions.append(caption)
        return caption
