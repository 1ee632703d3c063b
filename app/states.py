"""What a capture session is doing, and the words that say so: declared once.

The inference worker and the pipeline report a ``SessionState`` with a detail (the
model's name while it loads, the reason of an error); the window, its tabs, the meeting
view and the command line read their words from here, so a state reads the same
everywhere and nobody decides what to offer by parsing a status line.
"""

from __future__ import annotations

from enum import Enum

from app.i18n import QT_TRANSLATE_NOOP, translate


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
        return translate("SessionState", _LABELS[self])

    def message(self, detail: str = "") -> str:
        """The status line's sentence; ``detail`` is the model's name while loading and
        the reason of an error, ignored otherwise."""
        if self is SessionState.LOADING:
            template = QT_TRANSLATE_NOOP("SessionState", "Loading model {name}…")
            return translate("SessionState", template).format(name=detail) if detail else self.label
        if self is SessionState.ERROR:
            template = QT_TRANSLATE_NOOP("SessionState", "Error: {reason}")
            return (
                translate("SessionState", template).format(reason=detail) if detail else self.label
            )
        if self in _SENTENCES:
            return translate("SessionState", _SENTENCES[self])
        return self.label

    @property
    def is_running(self) -> bool:
        """The session has a run under way (its Start button reads Stop)."""
        return self in _RUNNING

    @property
    def offers_retry(self) -> bool:
        """A stopped session in this state offers Retry beside its status line."""
        return self is SessionState.ERROR


# In English here; translated where read (app.i18n), so the command line stays English.
_LABELS = {
    SessionState.IDLE: QT_TRANSLATE_NOOP("SessionState", "Not started"),
    SessionState.LOADING: QT_TRANSLATE_NOOP("SessionState", "Loading model…"),
    SessionState.LISTENING: QT_TRANSLATE_NOOP("SessionState", "Listening"),
    SessionState.BEHIND: QT_TRANSLATE_NOOP("SessionState", "Falling behind"),
    SessionState.FINISHING: QT_TRANSLATE_NOOP("SessionState", "Finishing…"),
    SessionState.STOPPED: QT_TRANSLATE_NOOP("SessionState", "Stopped"),
    SessionState.ERROR: QT_TRANSLATE_NOOP("SessionState", "Error"),
}
_SENTENCES = {
    SessionState.BEHIND: QT_TRANSLATE_NOOP("SessionState", "Falling behind: captions are delayed.")
}
_RUNNING = frozenset(
    {SessionState.LOADING, SessionState.LISTENING, SessionState.BEHIND, SessionState.FINISHING}
)
