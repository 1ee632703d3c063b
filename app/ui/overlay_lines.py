"""What the caption overlay shows, as plain data: no Qt here, so it is tested directly.

Each session has one *block*: its latest final text with its partial tail, labelled with the
session's name. Blocks keep the order in which their sessions first spoke, so a speaker's
captions stay in the same place while two people talk at once (a chronological list would
push one of them off the strip). ``rows()`` shares the strip's lines between the sessions
that are talking, most recent first when there are more sessions than lines. Final text is
cut to its last ``keep_chars`` characters, so memory stays bounded in endless runs.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from app.engine.events import CaptionEvent

ALL_SESSIONS = ""


@dataclass
class Block:
    session: str
    label: str
    final: str = ""
    partial: str = ""
    updated: float = 0.0  # monotonic seconds of the last change
    rtl: bool = False

    @property
    def text(self) -> str:
        return _join(self.final, self.partial)


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Unicode bidi)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _join(left: str, right: str) -> str:
    """Join caption text; CJK text has no spaces between words, Whisper gives none."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return left or right
    if _cjk(left[-1]) and _cjk(right[0]):
        return left + right
    return f"{left} {right}"


def _tail(text: str, limit: int) -> str:
    """The last ``limit`` characters, cut at a space where there is one."""
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return cut[space + 1 :] if 0 <= space < limit // 4 else cut


@dataclass
class LiveLines:
    """The latest captions of every session, one labelled block each."""

    only: str = ALL_SESSIONS  # a session name, or every session
    keep_chars: int = 600
    blocks: dict[str, Block] = field(default_factory=dict)

    def add(self, event: CaptionEvent, label: str, now: float) -> bool:
        """Take one caption; returns whether what is shown changed."""
        if self.only and label != self.only:
            return False
        block = self.blocks.get(event.session)
        if block is None:
            if not event.text.strip():
                return False
            block = self.blocks[event.session] = Block(event.session, label)
        block.label = label
        if event.is_final:
            block.final = _tail(_join(block.final, event.text), self.keep_chars)
            block.partial = ""
        else:
            block.partial = event.text.strip()
        block.updated = now
        block.rtl = is_rtl(block.text)
        return True

    def rename(self, session: str, label: str) -> None:
        if session in self.blocks:
            self.blocks[session].label = label

    def forget(self, session: str) -> None:
        self.blocks.pop(session, None)

    def clear(self) -> None:
        self.blocks.clear()

    def visible(self, now: float, hide_after_s: float) -> list[Block]:
        """Blocks with text; with ``hide_after_s`` > 0 a session silent that long drops out."""
        return [
            b
            for b in self.blocks.values()
            if b.text and (hide_after_s <= 0 or b.partial or now - b.updated <= hide_after_s)
        ]

    def rows(self, now: float, hide_after_s: float, lines: int) -> list[tuple[Block, int]]:
        """The blocks to draw, each with how many of the strip's ``lines`` it gets.

        Lines are shared evenly; spare lines go to the sessions heard most recently, and
        when there are more sessions than lines the most recent ones are shown.
        """
        shown = self.visible(now, hide_after_s)
        if not shown or lines <= 0:
            return []
        recent = sorted(shown, key=lambda b: b.updated, reverse=True)[:lines]
        share = {b.session: lines // len(recent) for b in recent}
        for block in recent[: lines % len(recent)]:
            share[block.session] += 1
        return [(b, share[b.session]) for b in shown if b.session in share]
