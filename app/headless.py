"""``captionist transcribe``: the live pipeline without a window.

Each input (a file, or a device with ``--source``) becomes a session; all of them run
at once through the one inference thread, exactly as in the window. Final captions go
to SRT files and, with ``--events``, every caption event goes to a JSON Lines file.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from app.audio.base import AudioSource
from app.audio.echo_link import EchoState
from app.engine.events import CaptionEvent
from app.errors import AutosaveFailed
from app.models.loader import load_decoder
from app.session import SessionConfig
from app.states import SessionState
from app.transcripts.export import export, safe_filename
from app.transcripts.formats import vtt_time
from app.transcripts.transcript import Caption
from app.workers.controller import SessionController
from app.workers.pipeline import CaptionPipeline

log = logging.getLogger(__name__)


@dataclass
class HeadlessSession:
    config: SessionConfig
    source: AudioSource
    out_name: str  # file name stem for outputs
    error: str = ""
    partial: str = ""
    #: The session whose sound this one ignores (``--echo-ref``), by session id.
    echo_ref: str | None = None
    #: Its echo guard's last report.
    echo: EchoState | None = None


class HeadlessRun:
    """Runs sessions to the end of their sources (or ``duration_s``, or Ctrl+C)."""

    def __init__(
        self,
        sessions: list[HeadlessSession],
        *,
        events: TextIO | None = None,
        printer: TextIO | None = sys.stdout,
        duration_s: float | None = None,
    ) -> None:
        self.sessions = {s.config.session_id: s for s in sessions}
        self._events = events
        self._printer = printer
        self._duration_s = duration_s
        self._started = 0.0
        self._pipeline: CaptionPipeline | None = None
        self._controller: SessionController | None = None  # transcripts and journals
        self._autosave_warned = False

    def run(self) -> int:
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        pipeline = CaptionPipeline(load_decoder)
        self._pipeline = pipeline
        controller = SessionController(pipeline)
        self._controller = controller
        controller.caption_kept.connect(self._print)
        controller.autosave_failed.connect(self._on_autosave_failed)
        pipeline.caption.connect(self._on_caption)
        pipeline.session_state.connect(self._on_state)
        pipeline.language_detected.connect(self._on_language)
        pipeline.session_stopped.connect(self._on_stopped)
        pipeline.echo_state.connect(self._on_echo)
        remaining = set(self.sessions)

        def stopped(session: str) -> None:
            remaining.discard(session)
            if not remaining:
                app.quit()

        pipeline.session_stopped.connect(stopped)
        previous_handler = signal.signal(signal.SIGINT, lambda *_: pipeline.stop_all())
        # Python only sees the signal when the interpreter runs; a timer lets it in.
        ticker = QTimer()
        ticker.timeout.connect(lambda: None)
        ticker.start(100)
        if self._duration_s is not None:
            QTimer.singleShot(int(self._duration_s * 1000), pipeline.stop_all)
        self._started = time.monotonic()
        for session in self.sessions.values():
            pipeline.set_echo_reference(session.config.session_id, session.echo_ref)
        # One start for every session: they begin together, and a meeting file of several
        # inputs must not move each by the milliseconds between their starts (its SRT
        # differed from run to run).
        started_at = datetime.now().astimezone()
        for session in self.sessions.values():
            # Autosaved: a crash of this process loses no final caption already printed.
            controller.start(session.config, session.source, started_at)
        if remaining:
            app.exec()
        ticker.stop()
        signal.signal(signal.SIGINT, previous_handler)
        pipeline.shutdown()
        controller.records.close_journals()
        return 1 if any(s.error for s in self.sessions.values()) else 0

    # -- slots -----------------------------------------------------------------------
    def _on_caption(self, event: CaptionEvent) -> None:
        session = self.sessions.get(event.session)
        if session is None or self._controller is None or self._events is None:
            return
        fed_s = self._controller.records.position_s(event.session)
        record = {
            "session": session.out_name,
            "kind": event.kind,
            "text": event.text,
            "start": round(event.start_s, 3),
            "end": round(event.end_s, 3),
            "audio_pos": round(max(fed_s, event.audio_pos_s), 3),
            "buffered": round(event.buffered_s, 3),
            "t": round(time.monotonic() - self._started, 3),
        }
        self._events.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._events.flush()

    def _print(self, event: CaptionEvent, _caption: Caption) -> None:
        session = self.sessions.get(event.session)
        if self._printer and session is not None:
            label = f"{session.config.name}: " if len(self.sessions) > 1 else ""
            self._printer.write(
                f"[{vtt_time(event.start_s)} --> {vtt_time(event.end_s)}] {label}{event.text}\n"
            )
            self._printer.flush()

    def _on_state(self, session: str, state: SessionState, detail: str) -> None:
        if state is SessionState.ERROR and session in self.sessions:
            self.sessions[session].error = detail
            print(f"captionist: {self.sessions[session].config.name}: {detail}", file=sys.stderr)

    def _on_language(self, session: str, code: str, probability: float) -> None:
        if session in self.sessions and self._printer:
            name = self.sessions[session].config.name
            print(f"captionist: {name}: detected language {code} ({probability:.0%})",
                  file=sys.stderr)  # fmt: skip

    def _on_autosave_failed(self, _session: str, error: AutosaveFailed) -> None:
        # Every session's journal shares one folder, so one full disk would otherwise
        # print the same line per session; the captions still reach --out and stdout.
        if not self._autosave_warned:
            self._autosave_warned = True
            print(f"captionist: {error}", file=sys.stderr)

    def _on_echo(self, session: str, state: EchoState) -> None:
        if session in self.sessions:
            self.sessions[session].echo = state

    def _on_stopped(self, session: str) -> None:
        log.info("session %s stopped", session)
        echo = self.sessions[session].echo if session in self.sessions else None
        if echo is not None and self.sessions[session].echo_ref and self._printer is not None:
            print(f"captionist: {session}: {echo.describe()}", file=sys.stderr)

    # -- outputs ---------------------------------------------------------------------
    def write_outputs(self, out_dir: Path, formats: list[str]) -> list[Path]:
        """One file per session and format, plus the combined meeting when there are
        several sessions. An unwritable folder raises ExportError with the path."""
        if self._controller is None:  # never run: nothing to write
            return []
        records = self._controller.records
        written = []
        for session_id, session in self.sessions.items():
            transcript = records.transcript(session_id)
            if transcript is None:  # its source never opened
                continue
            for fmt in formats:
                path = out_dir / f"{safe_filename(session.out_name)}.{fmt}"
                written.append(export(transcript, path, fmt))
        if len(self.sessions) > 1:
            transcripts = records.transcripts()
            for fmt in formats:
                written.append(export(transcripts, out_dir / f"meeting.{fmt}", fmt))
        return written
