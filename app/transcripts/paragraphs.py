"""Live captions as a reader sees them: finals grouped into paragraphs, restarts marked.

The engine finalises one to three words at a time. On screen they read as what was said
only when joined into sentences (``spacing.join``) and broken into paragraphs where the
speaker paused; a session that was stopped and started again gets a visible mark instead
of its new words running on from the last line of the old run.

One ``Paragraphs`` can hold one session or several: entries are kept in order of their
start time, so several sessions read as one stream of turns. Times are seconds on any one
clock shared by all its sessions (the window uses seconds since the epoch, so a
paragraph's time is the time of day it was said).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.transcripts.layout import ends_sentence
from app.transcripts.spacing import join, join_all

# A silence this long between finals starts a new paragraph. Pauses inside sentences
# run to about a second in live speech; 2 s reads as the speaker moving on.
PAUSE_S = 2.0
# A paragraph that has run this long breaks at its next sentence end: a wall of text
# is hard to find one's place in, even when the speaker never paused.
LONG_S = 30.0
# A paragraph with no sentence end (a language written without full stops, or speech
# the model left unpunctuated) still breaks after this long.
MAX_S = 60.0


@dataclass
class Paragraph:
    """One session's words between two pauses, in the order they were finalised."""

    session: str
    start_s: float
    end_s: float
    pieces: list[str] = field(default_factory=list)
    closed: bool = False  # its session has moved on: it will not change again

    @property
    def text(self) -> str:
        return join_all(self.pieces)


@dataclass
class RestartMark:
    """Where a session was started again after a stop."""

    session: str
    start_s: float
    closed: bool = True


Entry = Paragraph | RestartMark


class Paragraphs:
    """Finals grouped into paragraphs, per session, interleaved by time.

    ``dirty_from`` is the index of the first entry that changed since the last
    ``take_dirty()``: views redraw from there on, not the whole transcript.
    """

    def __init__(self, pause_s: float = PAUSE_S, long_s: float = LONG_S, max_s: float = MAX_S):
        self.pause_s, self.long_s, self.max_s = pause_s, long_s, max_s
        self.entries: list[Entry] = []
        self._open: dict[str, Paragraph] = {}  # each session's paragraph still growing
        self._partials: dict[str, tuple[str, float]] = {}  # session -> (text, start_s)
        self._dirty_from = 0

    # -- what comes in --------------------------------------------------------------
    def add_final(self, session: str, text: str, start_s: float, end_s: float) -> bool:
        """Append a final; True when it began a new paragraph. Empty text is ignored."""
        self._partials.pop(session, None)
        text = " ".join(text.split())
        if not text:
            return False
        current = self._open.get(session)
        if current is not None and not self.breaks(current, start_s):
            current.pieces.append(text)
            current.end_s = max(current.end_s, end_s)
            self._touch(self._index_of(current))
            return False
        self._close(session)
        paragraph = Paragraph(session, start_s, max(start_s, end_s), [text])
        self._open[session] = paragraph
        self._insert(paragraph)
        return True

    def set_partial(self, session: str, text: str, start_s: float) -> None:
        """The session's words not yet final (replacing its previous ones); "" clears."""
        text = " ".join(text.split())
        if text:
            self._partials[session] = (text, start_s)
        else:
            self._partials.pop(session, None)

    def mark_restart(self, session: str, at_s: float) -> None:
        """The session starts again; nothing to mark if it never said anything."""
        self._partials.pop(session, None)
        if not any(e.session == session for e in self.entries):
            return
        self._close(session)
        self._insert(RestartMark(session, at_s))

    # -- what views read ------------------------------------------------------------
    def breaks(self, paragraph: Paragraph, start_s: float) -> bool:
        """Whether words starting at ``start_s`` begin a paragraph after ``paragraph``."""
        if start_s - paragraph.end_s >= self.pause_s:
            return True
        length_s = paragraph.end_s - paragraph.start_s
        if length_s >= self.max_s:
            return True
        return length_s >= self.long_s and ends_sentence(paragraph.pieces[-1])

    def partial(self, session: str) -> str:
        return self._partials.get(session, ("", 0.0))[0]

    def partial_continues(self, session: str) -> bool:
        """Whether the session's partial goes on its open paragraph (no pause before it)."""
        current = self._open.get(session)
        partial = self._partials.get(session)
        return current is not None and partial is not None and not self.breaks(current, partial[1])

    def partials(self) -> list[tuple[str, str, bool]]:
        """(session, text, continues its open paragraph) for each session's partial."""
        return [(s, text, self.partial_continues(s)) for s, (text, _) in self._partials.items()]

    def open_paragraph(self, session: str) -> Paragraph | None:
        return self._open.get(session)

    def first_open(self) -> int:
        """Index of the first entry that may still change (len(entries) if none)."""
        return next((i for i, e in enumerate(self.entries) if not e.closed), len(self.entries))

    def take_dirty(self) -> int:
        """The first entry changed since the last call; resets it to the end."""
        found, self._dirty_from = self._dirty_from, len(self.entries)
        return found

    def final_text(self) -> str:
        """The paragraphs' text, one paragraph a line (no times, labels or marks)."""
        return "\n".join(e.text for e in self.entries if isinstance(e, Paragraph))

    def is_empty(self) -> bool:
        return not self.entries and not self._partials

    # -- internals ------------------------------------------------------------------
    def _close(self, session: str) -> None:
        current = self._open.pop(session, None)
        if current is not None:
            current.closed = True

    def _insert(self, entry: Entry) -> None:
        # Sessions finalise with different delays: a late final still goes where it was
        # said, before later turns of other sessions; never before its own session's
        # entries, which come in order (a restarted file's first word can be timed a
        # little before its restart mark).
        index = len(self.entries)
        while index > 0:
            before = self.entries[index - 1]
            if before.session == entry.session or before.start_s <= entry.start_s:
                break
            index -= 1
        self.entries.insert(index, entry)
        self._touch(index)

    def _index_of(self, entry: Entry) -> int:
        # Open paragraphs sit near the end: look from there.
        for index in range(len(self.entries) - 1, -1, -1):
            if self.entries[index] is entry:
                return index
        raise ValueError("entry not in this transcript")

    def _touch(self, index: int) -> None:
        self._dirty_from = min(self._dirty_from, index)


def continue_text(before: str, after: str) -> str:
    """What to write after ``before`` so that it reads as ``join(before, after)``."""
    before, after = " ".join(before.split()), " ".join(after.split())
    joined = join(before, after)
    return joined[len(before) :]
