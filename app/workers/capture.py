"""A session's capture thread: reads its source, meters it, cuts utterances.

One ``CaptureWorker`` per running session, on its own QThread. It owns the session's
audio source and segmenter; it sends speech chunks to the inference thread and level
readings to the window, both as queued signals. Silence is never sent: it costs the
inference thread nothing.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app import logs
from app.audio.base import SAMPLE_RATE, AudioSource
from app.audio.level import SpeechLabel
from app.engine.segmenter import Segmenter, SegmenterConfig
from app.errors import CaptionistError
from app.workers.flow import FlowGate

log = logging.getLogger(__name__)

# A file read faster than real time makes a block every few hundred microseconds: a
# reading for each flooded the window's thread (four such files stalled it 342 ms). Its
# meter gets at most 50 readings a second; a live source's every block.
_FAST_LEVEL_INTERVAL_S = 0.02


class CaptureWorker(QObject):
    #: Speech audio for the inference thread: (session id, AudioChunk).
    chunk = Signal(str, object)
    #: One block's meter reading: (session id, level dBFS, is speech, audio position s).
    level = Signal(str, float, bool, float)
    #: The source failed; the session stops, its captions are kept: (session id, message).
    failed = Signal(str, str)
    #: The source ended or was stopped, after the last chunk: (session id).
    finished = Signal(str)

    def __init__(
        self,
        session: str,
        source: AudioSource,
        gate: FlowGate | None = None,
        segmenter_config: SegmenterConfig | None = None,
        start_offset_s: float = 0.0,
        level_interval_s: float | None = None,  # least time between readings; None: by source
    ) -> None:
        super().__init__()
        self._session = session
        self._source = source
        self._gate = gate
        self._segmenter = Segmenter(segmenter_config, start_offset_s=start_offset_s)
        self._label = SpeechLabel()
        if level_interval_s is None:
            level_interval_s = 0.0 if source.is_realtime else _FAST_LEVEL_INTERVAL_S
        self._level_interval_s = level_interval_s

    @Slot()
    def run(self) -> None:
        """The capture loop; returns when the source ends, fails, or the thread is asked
        to stop (``QThread.requestInterruption``)."""
        thread = QThread.currentThread()
        last_level = -1.0
        try:
            self._source.start()
            while not thread.isInterruptionRequested():
                block = self._source.read(0.2)
                if block is None:
                    break
                if len(block) == 0:
                    continue
                report = self._segmenter.feed(block)
                position_s = self._segmenter.position_s
                is_speech = self._label.update(report.is_speech, position_s)
                now = time.monotonic()
                if now - last_level >= self._level_interval_s:
                    last_level = now
                    self.level.emit(self._session, report.level_db, is_speech, position_s)
                for chunk in report.chunks:
                    self._send(chunk, thread)
            for chunk in self._segmenter.finish():
                self._send(chunk, thread)
            # The last reading says how far the source got (the CLI reports it).
            position_s = self._segmenter.position_s
            self.level.emit(self._session, -90.0, False, position_s)
        except CaptionistError as exc:
            # `failed` carries the sentence to the user: the console need not repeat it.
            log.warning("capture for session %s failed: %s", self._session, exc, extra=logs.SHOWN)
            self._finish_open_utterance(thread)
            self.failed.emit(self._session, str(exc))
        except Exception as exc:  # a driver bug must end this session only
            log.exception("capture for session %s failed", self._session)
            self._finish_open_utterance(thread)
            self.failed.emit(self._session, f"The audio source failed: {exc}")
        finally:
            self._source.stop()
            self.finished.emit(self._session)

    def _finish_open_utterance(self, thread: QThread) -> None:
        # What was heard before the fault still becomes final text.
        for chunk in self._segmenter.finish():
            self._send(chunk, thread)

    def _send(self, chunk, thread: QThread) -> None:
        if self._gate is not None and len(chunk.samples):
            while not self._gate.wait(0.2):
                if thread.isInterruptionRequested():
                    break
            self._gate.add(len(chunk.samples) / SAMPLE_RATE)
        self.chunk.emit(self._session, chunk)
