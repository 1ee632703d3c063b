"""The threads of a running Captionist, wired together; used by the window and the CLI.

``CaptionPipeline`` lives on the main thread. It starts the one inference thread, and a
capture thread per session, and connects them: source -> capture thread -> inference
thread -> captions back on the main thread. It only moves messages; the work happens
in the workers, and no thread touches another's objects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.audio.base import AudioSource
from app.audio.echo_link import EchoLink
from app.audio.echo_tap import ReferenceTap
from app.engine.decoder import Decoder
from app.engine.file_stream import FileStreamConfig
from app.engine.stream import StreamConfig
from app.session import ModelChoice, SessionConfig
from app.states import SessionState
from app.workers.capture import CaptureWorker
from app.workers.flow import FlowGate
from app.workers.inference import InferenceWorker

log = logging.getLogger(__name__)

# A file's reader waits while this much of its audio is undecoded. Its stream decodes a
# window once all of its ``window_s`` are there: the backlog must be able to pass that,
# or the reader and the model wait on each other for ever. Two windows' worth, so the
# reader reads and segments the next window while this one is decoded: with one window's
# worth the model waited 0.15-0.26 s after every window for its audio (real_fr and
# real_en, median of three runs each: 16.7 -> 16.1 s and 22.0 -> 21.1 s, the same SRT).
# 65 s of audio is 4 MB.
FILE_BACKLOG_S = 2 * FileStreamConfig().window_s + 5.0
_HEARING = (SessionState.LISTENING, SessionState.BEHIND)


@dataclass
class _Running:
    config: SessionConfig
    thread: QThread
    worker: CaptureWorker
    capture_done: bool = False
    #: Why the source or model failed; the session is ending and this stays its state.
    error: str = ""
    is_stopping: bool = False
    #: What this session plays, for microphone sessions that ignore it.
    tap: ReferenceTap | None = None
    #: This session's echo guard (it passes audio through until it has a reference).
    echo: EchoLink | None = None


class CaptionPipeline(QObject):
    #: A caption, on the main thread: (CaptionEvent).
    caption = Signal(object)
    #: Session state: (session id, SessionState, detail), as ``InferenceWorker.session_state``.
    session_state = Signal(str, object, str)
    #: Detected language: (session id, code, probability).
    language_detected = Signal(str, str, float)
    #: Level meter: (session id, dBFS, is speech, audio position s).
    level = Signal(str, float, bool, float)
    #: The session stopped and every caption it will produce has been sent: (session id).
    session_stopped = Signal(str)
    #: The session's source or model failed; it is ending (its captions are kept and
    #: ``session_stopped`` follows once its last captions are sent): (session id, message).
    session_failed = Signal(str, str)
    #: Decode timing: (session id, seconds).
    decoded = Signal(str, float)
    #: A session's echo guard, about once a second while it runs: (session id, EchoState).
    echo_state = Signal(str, object)

    # Internal: requests to the inference thread, queued across threads.
    _open_requested = Signal(object, object)
    _close_requested = Signal(str)
    _stopping = Signal(str)
    _language_requested = Signal(str, str)

    def __init__(
        self,
        loader: Callable[[ModelChoice], Decoder],
        stream_config: StreamConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inference_thread = QThread()
        self._inference_thread.setObjectName("inference")
        stream_config = stream_config or StreamConfig()
        self._worker = InferenceWorker(loader, stream_config)
        self._worker.moveToThread(self._inference_thread)
        self._open_requested.connect(self._worker.open_session)
        self._close_requested.connect(self._worker.close_session)
        self._stopping.connect(self._worker.session_stopping)
        self._language_requested.connect(self._worker.set_language)
        self._worker.caption.connect(self.caption)
        self._worker.session_state.connect(self._on_worker_state)
        self._worker.start_failed.connect(self._on_failed)
        self._worker.language_detected.connect(self.language_detected)
        self._worker.session_closed.connect(self._on_closed)
        self._worker.decoded.connect(self.decoded)
        self._sessions: dict[str, _Running] = {}
        # Echo pairing, kept across restarts: microphone session -> reference session,
        # and whether each session's guard is on.
        self._echo_refs: dict[str, str] = {}
        self._echo_on: dict[str, bool] = {}
        # Each session's latest tap and name, kept after it stops: a microphone file read
        # behind its reference still needs the reference's last seconds.
        self._taps: dict[str, tuple[ReferenceTap, str]] = {}
        # Taps made for references that have not started yet, so a microphone that starts
        # first (the CLI starts sessions one after another) waits for, or passes over,
        # the reference's first blocks the same way on every run.
        self._pending_taps: dict[str, ReferenceTap] = {}
        self._inference_thread.start()

    def is_running(self, session: str) -> bool:
        return session in self._sessions

    @property
    def running(self) -> list[str]:
        return list(self._sessions)

    def start_session(
        self, config: SessionConfig, source: AudioSource, start_offset_s: float = 0.0
    ) -> None:
        """Start capturing ``source`` for ``config``; its model loads on the inference thread.

        ``start_offset_s`` continues the session's clock after a restart.
        """
        session = config.session_id
        if session in self._sessions:
            raise RuntimeError(f"session {session} is already running")
        gate = None if source.is_realtime else FlowGate(FILE_BACKLOG_S)
        thread = QThread()
        thread.setObjectName(f"capture-{session}")
        tap = self._pending_taps.pop(session, None)
        if tap is None or tap.realtime != source.is_realtime:
            tap = ReferenceTap(source.is_realtime, keep=False)
        echo = EchoLink(self._echo_on.get(session, True))
        worker = CaptureWorker(
            session, source, gate, start_offset_s=start_offset_s, tap=tap, echo=echo,
            whole=gate is not None,
        )  # fmt: skip
        worker.moveToThread(thread)
        worker.chunk.connect(self._worker.push_audio)
        worker.level.connect(self.level)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_capture_finished)
        worker.echo_state.connect(self.echo_state)
        thread.started.connect(worker.run)
        self._sessions[session] = _Running(config, thread, worker, tap=tap, echo=echo)
        self._taps[session] = (tap, config.name)
        self._pair_echo()
        # The open request is queued before any chunk, so the stream exists first.
        self._open_requested.emit(config, gate)
        thread.start()

    @Slot(str)
    def stop_session(self, session: str) -> None:
        """Stop capturing; the session's buffered speech is still decoded and finalised."""
        running = self._sessions.get(session)
        if running is not None:
            running.is_stopping = True
            running.thread.requestInterruption()
            self._stopping.emit(session)

    def set_echo_reference(self, session: str, reference: str | None) -> None:
        """``session`` ignores what ``reference`` plays (None: nothing), now and on restarts.

        Both must be live, or both files read faster than real time: their blocks are
        matched on one clock.
        """
        if reference is None or reference == session:
            self._echo_refs.pop(session, None)
        else:
            self._echo_refs[session] = reference
        self._pair_echo()

    def set_echo_guard(self, session: str, enabled: bool) -> None:
        """Turn ``session``'s echo guard on or off (off: its audio exactly as captured)."""
        self._echo_on[session] = enabled
        running = self._sessions.get(session)
        if running is not None and running.echo is not None:
            running.echo.set_enabled(enabled)

    def _pair_echo(self) -> None:
        # Point every running guard at its reference's latest tap: a reference that
        # (re)starts later is picked up; one that stopped has closed its tap, which then
        # only answers for what it played.
        for session, running in self._sessions.items():
            if running.echo is None or running.tap is None:
                continue
            reference = self._echo_refs.get(session, "")
            tap, name = self._taps.get(reference, (None, ""))
            if reference and tap is None:
                tap = self._pending_taps.setdefault(
                    reference, ReferenceTap(running.tap.realtime, keep=False)
                )
                name = reference
            if tap is not None and tap.realtime == running.tap.realtime:
                running.echo.attach(tap, name)
            else:
                running.echo.attach(None)

    def set_language(self, session: str, code: str) -> None:
        """The user corrected a running session's language: the one change it takes.

        Captions so far stay; the next decode uses ``code``.
        """
        if session in self._sessions:
            self._language_requested.emit(session, code)

    def stop_all(self) -> None:
        for session in list(self._sessions):
            self.stop_session(session)

    @Slot(str, str)
    def _on_failed(self, session: str, message: str) -> None:
        running = self._sessions.get(session)
        if running is None or running.error:
            return
        running.error = message
        self.session_state.emit(session, SessionState.ERROR, message)
        self.session_failed.emit(session, message)
        self.stop_session(session)

    @Slot(str, object, str)
    def _on_worker_state(self, session: str, state: SessionState, detail: str) -> None:
        running = self._sessions.get(session)
        # A failed session's last decodes and its close report "listening" and "stopped";
        # the failure is what its user must see.
        if running is not None and running.error and state is not SessionState.ERROR:
            return
        # Nor is a stopping session listening any more: the window says it is finishing.
        if running is not None and running.is_stopping and state in _HEARING:
            return
        self.session_state.emit(session, state, detail)

    @Slot(str)
    def _on_capture_finished(self, session: str) -> None:
        running = self._sessions.get(session)
        if running is None:
            return
        running.capture_done = True
        running.thread.quit()
        self._close_requested.emit(session)

    @Slot(str)
    def _on_closed(self, session: str) -> None:
        running = self._sessions.pop(session, None)
        if running is not None:
            running.thread.wait(2000)
            running.worker.deleteLater()
            running.thread.deleteLater()
        self.session_stopped.emit(session)

    def shutdown(self, timeout_ms: int = 2000) -> None:
        """Stop the inference thread; call after every session has stopped."""
        for running in self._sessions.values():
            running.thread.requestInterruption()
            running.thread.quit()
            running.thread.wait(timeout_ms)
        self._inference_thread.quit()
        if not self._inference_thread.wait(timeout_ms):
            log.warning("inference thread did not stop within %d ms", timeout_ms)
