"""What running sessions leave behind besides captions on screen, kept in one place.

``SessionRecords`` holds each session's ``Transcript`` and ``Journal`` (autosave), the
language they record, the audio clock that continues across restarts and which journals
cannot be written. The window and ``captionist transcribe`` both go through it (through
``app.workers.controller.SessionController``), so the two cannot drift apart.

Times: caption events count seconds on the session's audio clock. A restart continues
that clock one second past the last audio the capture thread reported, so a restarted
run's words never share times with the run before; each Start is a ``Run`` of the
transcript, which puts its words back on the wall clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import AutosaveFailed
from app.transcripts.journal import Journal
from app.transcripts.transcript import Caption, Transcript

log = logging.getLogger(__name__)

#: Between a stopped run's last audio and a restart's first: keeps the runs apart.
RESTART_GAP_S = 1.0


@dataclass
class SessionRecord:
    """One session's transcript and journal, and what placing its captions needs."""

    transcript: Transcript
    journal: Journal | None  # None once closed: the transcript stays for export
    position_s: float = 0.0  # audio clock, as the capture thread last reported it
    #: The user picked this run's language: a detection already on its way must not undo it.
    is_language_chosen: bool = False


class SessionRecords:
    """Every session's record, by session id; plain Python, owned by one thread.

    ``on_autosave_failed(session_id, error)`` and ``on_autosave_restored(session_id)`` are
    called when a session's journal stops or starts writing again (see ``Journal``), and
    ``on_autosave_restored`` too when a failing session is forgotten: its warning goes.
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        on_autosave_failed: Callable[[str, AutosaveFailed], None] | None = None,
        on_autosave_restored: Callable[[str], None] | None = None,
    ) -> None:
        self.folder = folder  # journals go here; None: the user's journals folder
        self._on_failed = on_autosave_failed
        self._on_restored = on_autosave_restored
        self._records: dict[str, SessionRecord] = {}
        self._origins: dict[str, float] = {}  # epoch of audio 0 for sessions never started
        self._failing: set[str] = set()

    # -- a session's life ---------------------------------------------------------------
    def start(
        self, session_id: str, name: str, language: str, started_at: datetime | None = None
    ) -> float:
        """Record a Start (at ``started_at``, now by default) and return the audio second
        its captions count from: 0 the first time, past the last run's audio after that.

        The first Start opens the session's transcript (in ``language``, "auto" until one
        is detected) and its journal.
        """
        started_at = started_at or datetime.now().astimezone()
        record = self._records.get(session_id)
        if record is None:
            transcript = Transcript(name, language, started_at)
            record = SessionRecord(transcript, self._open_journal(session_id, transcript))
            self._records[session_id] = record
            offset_s = 0.0
        else:
            offset_s = record.position_s + RESTART_GAP_S
        record.is_language_chosen = False
        record.transcript.start_run(offset_s, started_at)
        return offset_s

    def _open_journal(self, session_id: str, transcript: Transcript) -> Journal:
        def failed(error: AutosaveFailed) -> None:
            self._failing.add(session_id)
            if self._on_failed is not None:
                self._on_failed(session_id, error)

        def restored() -> None:
            self._failing.discard(session_id)
            if self._on_restored is not None:
                self._on_restored(session_id)

        return Journal(
            transcript, self.folder, on_autosave_failed=failed, on_autosave_restored=restored
        )

    def heard(self, session_id: str, text: str, start_s: float, end_s: float) -> Caption | None:
        """Keep a final caption (times on the session's audio clock) in its session's
        transcript and journal; the caption as placed on the transcript's timeline, or
        None (no text, or no such session)."""
        record = self._records.get(session_id)
        if record is None:
            return None
        caption = record.transcript.add_heard(text, start_s, end_s)
        if caption is not None and record.journal is not None:
            record.journal.append(caption)
        return caption

    def note_position(self, session_id: str, position_s: float) -> None:
        """How far the capture thread has read: where a restart continues the clock."""
        record = self._records.get(session_id)
        if record is not None:
            record.position_s = position_s

    def position_s(self, session_id: str) -> float:
        record = self._records.get(session_id)
        return record.position_s if record is not None else 0.0

    def detected(self, session_id: str, code: str) -> bool:
        """Automatic detection settled on ``code``; False when it is not taken, because the
        user picked this run's language while the detection was on its way."""
        record = self._records.get(session_id)
        if record is None or record.is_language_chosen:
            return False
        self._set_language(record, code)
        return True

    def chosen(self, session_id: str, code: str) -> None:
        """The user says the session speaks ``code``; it holds for the rest of this run."""
        record = self._records.get(session_id)
        if record is not None:
            record.is_language_chosen = True
            self._set_language(record, code)

    def _set_language(self, record: SessionRecord, code: str) -> None:
        # The journal writes it at once (a crash keeps it); without one, the transcript alone.
        if record.journal is not None:
            record.journal.set_language(code)
        else:
            record.transcript.language = code

    def rename(self, session_id: str, name: str) -> None:
        record = self._records.get(session_id)
        if record is not None:
            record.transcript.session = name

    def forget(self, session_id: str) -> None:
        """The session is closed for good: its journal is closed clean, its record goes."""
        record = self._records.pop(session_id, None)
        self._origins.pop(session_id, None)
        if record is not None and record.journal is not None:
            record.journal.close(clean=True)
        if session_id in self._failing:  # its warning goes with it
            self._failing.discard(session_id)
            if self._on_restored is not None:
                self._on_restored(session_id)

    def close_journals(self) -> None:
        """Close every journal clean (the app is quitting); transcripts stay for export."""
        for record in self._records.values():
            if record.journal is not None:
                record.journal.close(clean=True)
                record.journal = None

    # -- what others read ----------------------------------------------------------------
    def transcript(self, session_id: str) -> Transcript | None:
        record = self._records.get(session_id)
        return record.transcript if record is not None else None

    def transcripts(self) -> list[Transcript]:
        """Every session's transcript, in the order the sessions first started."""
        return [record.transcript for record in self._records.values()]

    def journal(self, session_id: str) -> Journal | None:
        record = self._records.get(session_id)
        return record.journal if record is not None else None

    def journals(self) -> list[Journal]:
        """The journals still open."""
        return [r.journal for r in self._records.values() if r.journal is not None]

    @property
    def autosave_failing(self) -> set[str]:
        """Sessions whose journal cannot be written now."""
        return set(self._failing)

    def wall_offset(self, session_id: str, audio_s: float) -> float:
        """What turns the session's audio seconds into seconds since the epoch, so every
        session's captions sit on one clock (the time of day they were said)."""
        record = self._records.get(session_id)
        run = record.transcript.run_at(audio_s) if record is not None else None
        if record is None or run is None:  # no Start recorded: its first caption is now
            return self._origins.setdefault(session_id, datetime.now().timestamp() - audio_s)
        return record.transcript.started_at.timestamp() + run.start_s - run.audio_start_s
