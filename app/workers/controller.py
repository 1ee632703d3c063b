"""The session controller: what a running session produces besides captions on screen.

``SessionController`` sits beside a ``CaptionPipeline`` on the main thread and keeps
each session's transcript, journal (autosave), language and audio clock
(``app.transcripts.sessions.SessionRecords``) as the pipeline's signals arrive. The window
and ``captionist transcribe`` both start sessions through it and read transcripts from
it; what they show or print is theirs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.audio.base import AudioSource
from app.engine.events import CaptionEvent
from app.session import SessionConfig
from app.transcripts.sessions import SessionRecords
from app.workers.pipeline import CaptionPipeline


class SessionController(QObject):
    #: A final caption was kept in its transcript and journal: (CaptionEvent, Caption as
    #: placed on the transcript's timeline).
    caption_kept = Signal(object, object)
    #: A session's language as its transcript now records it, detected or picked by the
    #: user (a detection overtaken by the user's pick is not sent): (session id, code).
    language_changed = Signal(str, str)
    #: A session's journal cannot be written: (session id, AutosaveFailed).
    autosave_failed = Signal(str, object)
    #: Its journal writes again, or the failing session was closed: (session id).
    autosave_restored = Signal(str)

    def __init__(
        self, pipeline: CaptionPipeline, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.pipeline = pipeline
        #: Transcripts, journals and clocks by session id; read it, change it through here.
        self.records = SessionRecords(
            folder,
            on_autosave_failed=self.autosave_failed.emit,
            on_autosave_restored=self.autosave_restored.emit,
        )
        pipeline.caption.connect(self._on_caption)
        pipeline.language_detected.connect(self._on_language)
        pipeline.level.connect(self._on_level)

    def start(
        self, config: SessionConfig, source: AudioSource, started_at: datetime | None = None
    ) -> None:
        """Start (or restart) a session on the pipeline, its clock continuing where the
        last run stopped; ``started_at`` is the wall clock of the user's Start."""
        offset_s = self.records.start(config.session_id, config.name, config.language, started_at)
        self.pipeline.start_session(config, source, offset_s)

    def choose_language(self, session_id: str, code: str) -> None:
        """The user corrected a running session's language: decodes and records take it."""
        self.pipeline.set_language(session_id, code)
        self.records.chosen(session_id, code)
        self.language_changed.emit(session_id, code)

    @Slot(object)
    def _on_caption(self, event: CaptionEvent) -> None:
        if not event.is_final:
            return
        caption = self.records.heard(event.session, event.text, event.start_s, event.end_s)
        if caption is not None:
            self.caption_kept.emit(event, caption)

    @Slot(str, str, float)
    def _on_language(self, session_id: str, code: str, _probability: float) -> None:
        if self.records.detected(session_id, code):
            self.language_changed.emit(session_id, code)

    @Slot(str, float, bool, float)
    def _on_level(self, session_id: str, _level: float, _speech: bool, position_s: float) -> None:
        self.records.note_position(session_id, position_s)
