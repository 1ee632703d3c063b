"""A session's capture thread: reads its source, meters it, cuts utterances.

One ``CaptureWorker`` per running session, on its own QThread. It owns the session's
audio source and segmenter; it sends speech chunks to the inference thread and level
readings to the window, both as queued signals. Silence is never sent from a live
source: it costs the inference thread nothing. A file read faster than real time is
sent whole, pauses included, because it is decoded as an offline pass decodes it
(``app.engine.file_stream``), which finds its own utterances.
"""

from __future__ import annotations

import logging
import time

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app import logs
from app.audio.base import SAMPLE_RATE, AudioSource
from app.audio.echo_link import EchoLink
from app.audio.echo_tap import BlockClock, ReferenceTap
from app.audio.level import SpeechLabel
from app.engine.features import spectrum_peak
from app.engine.segmenter import AudioChunk, Segmenter, SegmenterConfig, SpeechMark
from app.errors import CaptionistError
from app.workers.flow import FlowGate

log = logging.getLogger(__name__)

# A file read faster than real time makes a block every few hundred microseconds: a
# reading for each flooded the window's thread (four such files stalled it 342 ms). Its
# meter gets at most 50 readings a second; a live source's every block.
_FAST_LEVEL_INTERVAL_S = 0.02
# The echo guard's state for the tab: often enough to look alive, rarely enough to cost nothing.
_ECHO_STATE_INTERVAL_S = 1.0


class CaptureWorker(QObject):
    #: Speech audio for the inference thread: (session id, AudioChunk).
    chunk = Signal(str, object)
    #: One block's meter reading: (session id, level dBFS, is speech, audio position s).
    level = Signal(str, float, bool, float)
    #: The source failed; the session stops, its captions are kept: (session id, message).
    failed = Signal(str, str)
    #: The source ended or was stopped, after the last chunk: (session id).
    finished = Signal(str)
    #: The echo guard's state, about once a second while it runs: (session id, EchoState).
    echo_state = Signal(str, object)

    def __init__(
        self,
        session: str,
        source: AudioSource,
        gate: FlowGate | None = None,
        segmenter_config: SegmenterConfig | None = None,
        start_offset_s: float = 0.0,
        level_interval_s: float | None = None,  # least time between readings; None: by source
        tap: ReferenceTap | None = None,  # receives every block, for sessions that ignore it
        echo: EchoLink | None = None,  # cleans every block of what a reference played
        whole: bool = False,  # send every block, pauses too (a file decoded as offline)
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
        self._tap = tap
        self._echo = echo
        self._whole = whole
        self._sent_s = start_offset_s  # where the next whole block starts

    @Slot()
    def run(self) -> None:
        """The capture loop; returns when the source ends, fails, or the thread is asked
        to stop (``QThread.requestInterruption``)."""
        thread = QThread.currentThread()
        interrupted = thread.isInterruptionRequested
        last_level = last_echo = -1.0
        clock = BlockClock(self._source.is_realtime)
        try:
            self._source.start()
            peak = self._spectrum_peak()
            while not interrupted():
                block = self._source.read(0.2)
                if block is None:
                    break
                if len(block) == 0:
                    continue
                clock_s = clock.stamp(len(block))
                if self._tap is not None:
                    self._tap.write(block, clock_s, interrupted)
                if self._echo is not None:
                    block = self._echo.process(block, clock_s, interrupted)
                    if time.monotonic() - last_echo >= _ECHO_STATE_INTERVAL_S:
                        last_echo = time.monotonic()
                        self.echo_state.emit(self._session, self._echo.state())
                report = self._segmenter.feed(block)
                position_s = self._segmenter.position_s
                is_speech = self._label.update(report.is_speech, position_s)
                now = time.monotonic()
                if now - last_level >= self._level_interval_s:
                    last_level = now
                    self.level.emit(self._session, report.level_db, is_speech, position_s)
                if self._whole:
                    marks = tuple(SpeechMark.of(c) for c in report.chunks)
                    whole = AudioChunk(block, self._sent_s, spectrum_peak=peak, speech=marks)
                    self._send(whole, thread)
                    self._sent_s += len(block) / SAMPLE_RATE
                    peak = None
                    continue
                for chunk in report.chunks:
                    self._send(chunk, thread)
            for chunk in self._segmenter.finish():
                if self._whole:  # the last utterance's end; its samples were sent whole
                    mark = (SpeechMark.of(chunk),)
                    chunk = AudioChunk(np.zeros(0, np.float32), self._sent_s, speech=mark)
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
            if self._tap is not None:
                self._tap.close()
            if self._echo is not None:
                self._echo.close()
            self.finished.emit(self._session)

    def _spectrum_peak(self) -> tuple[tuple[int, float], ...] | None:
        """A file sent whole: its spectrum's peak, which the offline pass floors every
        window's features from (``app.engine.features``); 0.2 s for a 4-minute file."""
        audio = self._source.whole_audio() if self._whole else None
        return spectrum_peak(audio) if audio is not None and len(audio) else None

    def _finish_open_utterance(self, thread: QThread) -> None:
        # What was heard before the fault still becomes final text.
        if self._whole:
            return  # the file's stream has every block it was sent and ends its utterance
        for chunk in self._segmenter.finish():
            self._send(chunk, thread)

    def _send(self, chunk, thread: QThread) -> None:
        if self._gate is not None and len(chunk.samples):
            while not self._gate.wait(0.2):
                if thread.isInterruptionRequested():
                    break
            self._gate.add(len(chunk.samples) / SAMPLE_RATE)
        self.chunk.emit(self._session, chunk)
