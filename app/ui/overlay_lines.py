"""What the caption overlay shows, as plain data: no Qt here, so it is tested directly.

Each session has one *block*: its latest final text with its partial tail, labelled with the
session's name. Blocks keep the order in which their sessions first spoke, so a speaker's
captions stay in the same place while two people talk at once (a chronological list would
push one of them off the strip). ``rows()`` shares the strip's lines between the sessions
that are talking, most recent first when there are more sessions than lines; within its
rows a session shows the newest words that fit (``fit_tail``), never a wrapped-off scrap.

Captions go away on their own: after ``hide_after_s`` of silence when the user chose a
delay, and ``STOPPED_LINGER_S`` after their session stops, fading out over ``FADE_S``.
Final text is cut to its last ``keep_chars`` characters, so memory stays bounded in
endless runs.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from app.engine import language_names
from app.engine.events import CaptionEvent
from app.engine.language import AUTO
from app.transcripts.spacing import join

ALL_SESSIONS = ""
#: Long enough to read a stopped session's last words, short enough not to mislead.
STOPPED_LINGER_S = 4.0
#: Fading rather than vanishing: the eye notices a line leave without being startled.
FADE_S = 0.6


@dataclass
class Block:
    session: str
    label: str
    final: str = ""
    partial: str = ""
    updated: float = 0.0  # monotonic seconds of the last change
    rtl: bool = False
    stopped_at: float | None = None  # monotonic seconds its session stopped

    @property
    def text(self) -> str:
        return join(self.final, self.partial)

    @property
    def partial_from(self) -> int:
        """Where the partial tail starts in ``text`` (``join`` keeps ``final`` as it is)."""
        return len(self.text) - len(self.partial)


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Unicode bidi)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _unspaced(char: str) -> bool:
    # CJK and similar scripts write no spaces; any character boundary is a place to cut.
    return unicodedata.east_asian_width(char) in ("W", "F") and not char.isspace()


def cut_points(text: str) -> list[int]:
    """Offsets where a shown tail of ``text`` may begin: word starts, and any boundary
    between two characters of a script written without spaces."""
    points = [0] if text else []
    for index in range(1, len(text)):
        before, char = text[index - 1], text[index]
        if char.isspace():
            continue
        if before.isspace() or (_unspaced(before) and _unspaced(char)):
            points.append(index)
    return points


def fit_tail(text: str, fits: Callable[[int], bool]) -> int:
    """The earliest cut point of ``text`` from which the rest ``fits``.

    ``fits(offset)`` says whether ``text[offset:]`` fits the space (shorter tails always fit
    when longer ones do). When not even the last word fits, its offset is returned anyway.
    """
    points = cut_points(text)
    if not points or fits(0):  # most captions fit whole: one layout, not a search
        return 0
    index = bisect_left(range(len(points)), True, key=lambda i: fits(points[i]))
    return points[min(index, len(points) - 1)]


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
    hide_after_s: float = 0.0  # silence after which a block goes; 0 keeps it
    blocks: dict[str, Block] = field(default_factory=dict)
    running: set[str] = field(default_factory=set)
    # Sessions whose language is known: whether it runs right to left. The others' lines
    # follow their text's first strong character.
    rtl_sessions: dict[str, bool] = field(default_factory=dict)

    def add(self, event: CaptionEvent, label: str, now: float) -> bool:
        """Take one caption; returns whether what is shown changed."""
        if self.only and label != self.only:
            return False
        block = self.blocks.get(event.session)
        if block is not None and self.gone(block, now):
            # A restarted or long-silent session starts a fresh line, not the old one.
            del self.blocks[event.session]
            block = None
        if block is None:
            if not event.text.strip():
                return False
            block = self.blocks[event.session] = Block(event.session, label)
        block.label = label
        if event.is_final:
            block.final = _tail(join(block.final, event.text), self.keep_chars)
            block.partial = ""
        else:
            block.partial = " ".join(event.text.split())
        block.updated = now
        block.rtl = self._is_rtl(block)
        return True

    def set_language(self, session: str, code: str) -> None:
        """``session`` speaks ``code`` ("" or "auto": not known yet)."""
        if code in ("", AUTO):
            self.rtl_sessions.pop(session, None)
        else:
            self.rtl_sessions[session] = language_names.is_rtl(code)
        if session in self.blocks:
            self.blocks[session].rtl = self._is_rtl(self.blocks[session])

    def _is_rtl(self, block: Block) -> bool:
        known = self.rtl_sessions.get(block.session)
        return is_rtl(block.text) if known is None else known

    def started(self, session: str, now: float) -> None:
        self.running.add(session)
        block = self.blocks.get(session)
        if block is not None and self.gone(block, now):
            del self.blocks[session]  # a restart after its words faded begins a fresh line
        elif block is not None:
            block.stopped_at = None

    def stopped(self, session: str, now: float) -> None:
        self.running.discard(session)
        block = self.blocks.get(session)
        if block is not None:
            block.stopped_at = now

    def rename(self, session: str, label: str) -> None:
        if session in self.blocks:
            self.blocks[session].label = label

    def forget(self, session: str) -> None:
        self.blocks.pop(session, None)
        self.running.discard(session)

    def clear(self) -> None:
        self.blocks.clear()

    # -- time ------------------------------------------------------------------------
    def fade_from(self, block: Block) -> float | None:
        """When ``block`` starts to fade (monotonic seconds), or None while it stays."""
        ends = []
        if self.hide_after_s > 0 and not block.partial:  # a partial means speech goes on
            ends.append(block.updated + self.hide_after_s)
        if block.stopped_at is not None:
            ends.append(block.stopped_at + STOPPED_LINGER_S)
        return min(ends) if ends else None

    def opacity(self, block: Block, now: float) -> float:
        """1 while ``block`` is shown in full, falling to 0 as it fades out."""
        start = self.fade_from(block)
        if start is None or now <= start:
            return 1.0
        return max(0.0, 1.0 - (now - start) / FADE_S)

    def gone(self, block: Block, now: float) -> bool:
        start = self.fade_from(block)
        return start is not None and now >= start + FADE_S

    def expire(self, now: float) -> bool:
        """Drop the blocks that have faded out; returns whether any went."""
        gone = [key for key, block in self.blocks.items() if self.gone(block, now)]
        for key in gone:
            del self.blocks[key]
        return bool(gone)

    def next_change(self, now: float) -> float | None:
        """When what is shown next changes by time alone: now while a block fades."""
        times = []
        for block in self.blocks.values():
            start = self.fade_from(block)
            if start is not None:
                times.append(max(now, start))
        return min(times) if times else None

    # -- what shows --------------------------------------------------------------------
    def visible(self, now: float) -> list[Block]:
        """Blocks with text that have not yet faded out, in the order they first spoke."""
        return [b for b in self.blocks.values() if b.text and not self.gone(b, now)]

    def labelled(self, show_labels: bool, now: float) -> bool:
        """Whether lines carry their session's name: only worth it with several sessions."""
        if not show_labels or self.only:
            return False
        return len(self.running | {b.session for b in self.visible(now)}) > 1

    def rows(self, now: float, lines: int) -> list[tuple[Block, int]]:
        """The blocks to draw, each with how many of the strip's ``lines`` it gets.

        Lines are shared evenly; spare lines go to the sessions heard most recently, and
        when there are more sessions than lines the most recent ones are shown.
        """
        shown = self.visible(now)
        if not shown or lines <= 0:
            return []
        recent = sorted(shown, key=lambda b: b.updated, reverse=True)[:lines]
        share = {b.session: lines // len(recent) for b in recent}
        for block in recent[: lines % len(recent)]:
            share[block.session] += 1
        return [(b, share[b.session]) for b in shown if b.session in share]
