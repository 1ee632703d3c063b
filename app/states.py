"""What a capture session is doing, and the words that say so: declared once.

The inference worker and the pipeline report a ``SessionState`` with a detail (the
model's name while it loads, the reason of an error); the window, its tabs, the meeting
view and the command line read their words from here, so a state reads the same
everywhere and nobody decides what to offer by parsing a status line.
"""

from __future__ import annotations

from enum import Enum


class SessionState(Enum):
    IDLE = "idle"
    LOADING = "loading"
    LISTENING = "listening"
    BEHIND = "behind"
    FINISHING = "finishing"
    STOPPED = "stopped"
    ERROR = "error"

    @property
    def label(self) -> str:
        """A word or two, where space is short: a tab's tooltip, a meeting column's header."""
        return _LABELS[self]

    def message(self, detail: str = "") -> str:
        """The status line's sentence; ``detail`` is the model's name while loading and
        the reason of an error, ignored otherwise."""
        if self is SessionState.LOADING:
            return f"Loading model {detail}…" if detail else self.label
        if self is SessionState.ERROR:
            return f"Error: {detail}" if detail else self.label
        return _SENTENCES.get(self, self.label)

    @property
    def is_running(self) -> bool:
        """The session has a run under way (its Start button reads Stop)."""
        return self in _RUNNING

    @property
    def offers_retry(self) -> bool:
        """A stopped session in this state offers Retry beside its status line."""
        return self is SessionState.ERROR


_LABELS = {
    SessionState.IDLE: "Not started",
    SessionState.LOADING: "Loading model…",
    SessionState.LISTENING: "Listening",
    SessionState.BEHIND: "Falling behind",
    SessionState.FINISHING: "Finishing…",
    SessionState.STOPPED: "Stopped",
    SessionState.ERROR: "Error",
}
_SENTENCES = {SessionState.BEHIND: "Falling behind: captions are delayed."}
_RUNNING = frozenset(
    {SessionState.LOADING, SessionState.LISTENING, SessionState.BEHIND, SessionState.FINISHING}
)
