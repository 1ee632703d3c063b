"""The one inference thread: owns the model cache and every session's caption stream.

Sessions' capture threads send audio chunks here through queued signals; this worker
appends them to the right stream and decodes one session at a time, oldest pending
first. After each decode it re-posts itself behind whatever arrived meanwhile, so new
audio is always taken in before the next choice and a session that fell behind gets all
its pending audio in one pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.engine.decoder import Decoder
from app.engine.scheduler import Scheduler, StepResult
from app.engine.segmenter import AudioChunk
from app.engine.stream import StreamConfig
from app.errors import CaptionistError
from app.models.cache import ModelCache
from app.session import ModelChoice, SessionConfig
from app.states import SessionState
from app.workers.flow import FlowGate

log = logging.getLogger(__name__)


class InferenceWorker(QObject):
    #: A caption for a session: (CaptionEvent).
    caption = Signal(object)
    #: A session's state changed: (session id, SessionState, detail: the model's name
    #: while loading, the reason of an error, else ""; ``SessionState.message`` words it).
    session_state = Signal(str, object, str)
    #: Auto-detection settled a session's language: (session id, code, probability).
    language_detected = Signal(str, str, float)
    #: A session could not start (model or settings): (session id, message).
    start_failed = Signal(str, str)
    #: A session is closed and all its captions were sent: (session id).
    session_closed = Signal(str)
    #: Timing of one decode, for benchmarks and the status bar: (session id, seconds).
    decoded = Signal(str, float)

    def __init__(
        self,
        loader: Callable[[ModelChoice], Decoder],
        stream_config: StreamConfig | None = None,
    ) -> None:
        super().__init__()
        self._cache: ModelCache[Decoder] = ModelCache(loader)
        self._scheduler = Scheduler(self._cache.get, stream_config)
        self._gates: dict[str, FlowGate] = {}
        self._states: dict[str, tuple[SessionState, str]] = {}
        self._work_posted = False

    # -- slots (queued from other threads) ---------------------------------------------
    @Slot(object, object)
    def open_session(self, config: SessionConfig, gate: FlowGate | None = None) -> None:
        session = config.session_id
        if config.model not in self._cache:
            self._set_state(session, SessionState.LOADING, config.model.name)
        try:
            # A source with a gate is read faster than real time: all its audio is there.
            self._scheduler.open(config, offline=gate is not None)
        except Exception as exc:  # a broken model file must not kill the thread
            if not isinstance(exc, CaptionistError):
                log.exception("opening session %s failed", session)
            message = str(exc) if isinstance(exc, CaptionistError) else f"Could not start: {exc}"
            self._set_state(session, SessionState.ERROR, message)
            self.start_failed.emit(session, message)
            if gate is not None:
                gate.release()
            return
        if gate is not None:
            self._gates[session] = gate
        self._set_state(session, SessionState.LISTENING, "")

    @Slot(str, object)
    def push_audio(self, session: str, chunk: AudioChunk) -> None:
        if session not in self._scheduler:
            return
        self._scheduler.push(session, chunk)
        self._post_work()

    @Slot(str, str)
    def set_language(self, session: str, code: str) -> None:
        """The user corrected the session's language: decodes use ``code`` from the next on."""
        if session not in self._scheduler:
            return
        try:
            self._scheduler.stream(session).correct_language(code)
        except CaptionistError as exc:  # the tab offers only known codes
            log.warning("session %s: language correction refused: %s", session, exc)

    @Slot(str)
    def session_stopping(self, session: str) -> None:
        self._scheduler.stopping(session)

    @Slot(str)
    def close_session(self, session: str) -> None:
        if session in self._scheduler:
            language = self._scheduler.stream(session).language
            was_detecting = language.is_detecting
            try:
                for event in self._scheduler.close(session):
                    self.caption.emit(event)
            except Exception:
                log.exception("closing session %s failed", session)
            if was_detecting and language.code:  # a short file locks on its last decodes
                self.language_detected.emit(session, language.code, language.probability)
        gate = self._gates.pop(session, None)
        if gate is not None:
            gate.release()
        self._set_state(session, SessionState.STOPPED, "")
        self._states.pop(session, None)
        self.session_closed.emit(session)

    # -- the work loop ---------------------------------------------------------------
    def _post_work(self) -> None:
        if not self._work_posted:
            self._work_posted = True
            QTimer.singleShot(0, self._work)

    @Slot()
    def _work(self) -> None:
        self._work_posted = False
        results = self._scheduler.steps()  # one session, or on a GPU a batch of them
        if not results:
            return
        for result in results:
            self._report(result)
        if self._scheduler.has_work():
            self._post_work()

    def _report(self, result: StepResult) -> None:
        session = result.session
        gate = self._gates.get(session)
        if gate is not None:
            gate.consume(result.decoded_audio_s)
        if result.error:
            self._set_state(session, SessionState.ERROR, result.error)
        for event in result.events:
            self.caption.emit(event)
        if result.detected_language is not None:
            code, probability = result.detected_language
            self.language_detected.emit(session, code, probability)
        if not result.error:
            state = SessionState.BEHIND if result.is_behind else SessionState.LISTENING
            self._set_state(session, state, "")
        self.decoded.emit(session, result.decode_s)

    def _set_state(self, session: str, state: SessionState, detail: str) -> None:
        if self._states.get(session) == (state, detail):
            return
        self._states[session] = (state, detail)
        self.session_state.emit(session, state, detail)
