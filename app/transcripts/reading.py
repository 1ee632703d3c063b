"""Transcripts as people read them: the live engine's short finals joined into sentences.

The engine finalises a caption as soon as its words are stable, often only one to three
words ("for", "a"). Listed one per line they cannot be read; joined, they read as what was
said. A line ends where the speaker ended a sentence, paused, another speaker spoke, or the
session was started again.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.transcripts.formats import clock, meeting_marks, merge_meeting
from app.transcripts.layout import ends_sentence
from app.transcripts.spacing import join
from app.transcripts.transcript import Caption, Transcript

PAUSE_S = 1.5  # a silence this long between finals starts a new line


def sentences(
    captions: Sequence[Caption], pause_s: float = PAUSE_S, breaks_s: Sequence[float] = ()
) -> list[Caption]:
    """Consecutive finals of one session joined up to a sentence end, a pause, or a
    restart at one of ``breaks_s`` (seconds on the captions' clock)."""
    joined: list[Caption] = []
    for caption in captions:
        last = joined[-1] if joined else None
        if (
            last is None
            or last.session != caption.session
            or caption.start_s - last.end_s > pause_s
            or ends_sentence(last.text)
            or any(last.start_s < at <= caption.start_s for at in breaks_s)
        ):
            joined.append(caption)
        else:
            text = join(last.text, caption.text)
            joined[-1] = Caption(text, last.start_s, max(last.end_s, caption.end_s), last.session)
    return joined


def reading_text(transcripts: Sequence[Transcript], pause_s: float = PAUSE_S) -> str:
    """``[00:01:02] Me: one whole sentence.`` lines, every session on the meeting's clock."""
    restarts = [at for at, _ in meeting_marks(transcripts)]
    lines = sentences(merge_meeting(transcripts), pause_s, restarts)
    return "".join(f"[{clock(c.start_s)}] {c.session}: {c.text}\n" for c in lines)
