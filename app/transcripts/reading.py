"""Transcripts as people read them: the live engine's short finals joined into sentences.

The engine finalises a caption as soon as its words are stable, often only one to three
words ("for", "a"). Listed one per line they cannot be read; joined, they read as what was
said. A line ends where the speaker ended a sentence, paused, or another speaker spoke.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.transcripts.formats import clock, merge_meeting
from app.transcripts.layout import SENTENCE_END, is_wide
from app.transcripts.transcript import Caption, Transcript

PAUSE_S = 1.5  # a silence this long between finals starts a new line
_CLOSERS = "\"'”’»)]」』）"  # may follow a sentence's last mark: «He said "no."»


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _glue(before: str, after: str) -> str:
    # CJK runs have no spaces between words, so two halves of one sentence join directly.
    joint = "" if is_wide(before[-1]) and is_wide(after[0]) else " "
    return before + joint + after


def sentences(captions: Sequence[Caption], pause_s: float = PAUSE_S) -> list[Caption]:
    """Consecutive finals of one session joined up to a sentence end or a pause."""
    joined: list[Caption] = []
    for caption in captions:
        last = joined[-1] if joined else None
        if (
            last is None
            or last.session != caption.session
            or caption.start_s - last.end_s > pause_s
            or ends_sentence(last.text)
        ):
            joined.append(caption)
        else:
            text = _glue(last.text, caption.text)
            joined[-1] = Caption(text, last.start_s, max(last.end_s, caption.end_s), last.session)
    return joined


def reading_text(transcripts: Sequence[Transcript], pause_s: float = PAUSE_S) -> str:
    """``[00:01:02] Me: one whole sentence.`` lines, every session on the meeting's clock."""
    lines = sentences(merge_meeting(transcripts), pause_s)
    return "".join(f"[{clock(c.start_s)}] {c.session}: {c.text}\n" for c in lines)
