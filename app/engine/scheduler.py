"""Which session the one inference thread decodes next, and what came of it.

The scheduler holds every open session's ``CaptionStream`` and picks, each step, the
session that has waited longest for a decode (oldest pending first). A session that
fell behind is not queued stale work: its stream hands over all of its pending audio in
one request, so the next pass catches it up at once. One session's failed decode is
reported for that session only; the others carry on. On a GPU, sessions waiting at the
same time for the same model share one batched decode (``steps``); the CPU, where a
batch costs as much as its decodes one by one, decodes one session per step.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.engine.decoder import Decoder, DecodeResult
from app.engine.events import CaptionEvent
from app.engine.file_stream import FileStream
from app.engine.segmenter import SAMPLE_RATE, AudioChunk
from app.engine.stream import CaptionStream, DecodeRequest, StreamConfig
from app.errors import CaptionistError
from app.i18n import N_
from app.session import ModelChoice, SessionConfig

log = logging.getLogger(__name__)

# Sessions decoded in one batch on a GPU: a few sessions' short decodes fill little of
# it, and a larger batch waits on its longest, slowest item.
BATCH_SIZE = 4


@dataclass
class StepResult:
    session: str
    events: list[CaptionEvent] = field(default_factory=list)
    detected_language: tuple[str, float] | None = None
    error: str = ""
    is_behind: bool = False
    decode_s: float = 0.0
    decoded_audio_s: float = 0.0  # new audio this step covered (for flow control)


class Scheduler:
    def __init__(
        self,
        decoders: Callable[[ModelChoice], Decoder],
        stream_config: StreamConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
        batch_size: int = BATCH_SIZE,
        force_batching: bool = False,
    ) -> None:
        """``force_batching``: batch on any device (tests run the batch logic on the CPU)."""
        self._decoders = decoders
        self._batch_size = batch_size
        self._force_batching = force_batching
        self._stream_config = stream_config or StreamConfig()
        self._clock = clock
        self._streams: dict[str, CaptionStream | FileStream] = {}
        self._models: dict[str, ModelChoice] = {}

    # -- sessions ------------------------------------------------------------------
    def open(self, config: SessionConfig, offline: bool = False) -> None:
        """Start a session; loads its model if no other session has it loaded.

        ``offline``: its audio is all there already (a file read faster than real time),
        so it is decoded in whole windows, once, as an offline transcriber would.
        """
        if config.session_id in self._streams:
            raise CaptionistError(N_("Session '{name}' is already running."), name=config.name)
        decoder = self._decoders(config.model)
        if offline:
            self._streams[config.session_id] = FileStream(
                config.session_id, config.language, config.task, decoder.count_tokens,
                clock=self._clock,
            )  # fmt: skip
        else:
            self._streams[config.session_id] = CaptionStream(
                config.session_id,
                config.language,
                config.task,
                decoder.count_tokens,
                self._stream_config,
                self._clock,
            )
        self._models[config.session_id] = config.model

    def __contains__(self, session: str) -> bool:
        return session in self._streams

    @property
    def sessions(self) -> list[str]:
        return list(self._streams)

    def stream(self, session: str) -> CaptionStream | FileStream:
        return self._streams[session]

    def push(self, session: str, chunk: AudioChunk) -> None:
        stream = self._streams.get(session)
        if stream is None:
            log.debug("audio for closed session %s dropped", session)
            return
        stream.push(chunk)

    def stopping(self, session: str) -> None:
        """The session will close soon: decode nothing more for it until it does."""
        stream = self._streams.get(session)
        if stream is not None:
            stream.stop_interim_decodes()

    def close(self, session: str) -> list[CaptionEvent]:
        """Stop a session: decode what it has buffered, make it final, free its state."""
        stream = self._streams.get(session)
        if stream is None:
            return []
        events: list[CaptionEvent] = []
        stream.end_utterance()
        while stream.wants_decode():
            result = self._decode(session, stream)
            events.extend(result.events)
            if result.error:
                break
        events.extend(e for e in stream.flush() if e.text or e.kind == "partial")
        del self._streams[session]
        del self._models[session]
        return events

    # -- decoding -----------------------------------------------------------------
    def _waiting(self) -> list[tuple[float, str]]:
        return sorted(
            (since, session)
            for session, stream in self._streams.items()
            if (since := stream.waiting_since) is not None
        )

    def next_session(self) -> str | None:
        waiting = self._waiting()
        return waiting[0][1] if waiting else None

    def has_work(self) -> bool:
        return self.next_session() is not None

    def step(self) -> StepResult | None:
        """Decode the longest-waiting session once; None if nobody is waiting."""
        waiting = self._waiting()
        if not waiting:
            return None
        session = waiting[0][1]
        return self._decode(session, self._streams[session], busy=len(waiting) > 1)

    def steps(self) -> list[StepResult]:
        """``step``, or on a GPU the longest-waiting session and up to ``batch_size`` - 1
        more waiting for the same model, decoded in one batch; empty if nobody waits."""
        waiting = self._waiting()
        if not waiting:
            return []
        model = self._models[waiting[0][1]]
        together = [s for _, s in waiting if self._models[s] == model][: self._batch_size]
        if len(together) < 2 or not self._batches(model):
            result = self.step()
            return [result] if result is not None else []
        busy = len(waiting) > len(together)
        requests = [r for s in together if (r := self._streams[s].make_request(busy)) is not None]
        started = time.perf_counter()
        decoded: list[DecodeResult] | None = None
        try:
            decode_batch = self._decoders(model).decode_batch  # type: ignore[attr-defined]
            decoded = decode_batch([(r.audio, r.options, r.prompt) for r in requests])
        except Exception:  # each session's own decode then says what went wrong, for it alone
            log.exception("a batched decode failed; decoding its sessions one at a time")
        return [
            self._finish(r.session, r, started, decoded[i] if decoded else None)
            for i, r in enumerate(requests)
        ]

    def _batches(self, model: ModelChoice) -> bool:
        """Whether sessions of ``model`` share decodes: only where the decoder runs on a GPU."""
        try:
            decoder = self._decoders(model)
        except Exception:  # a model that fails to load fails in the one-session path
            return False
        if not hasattr(decoder, "decode_batch"):
            return False
        return self._force_batching or getattr(decoder, "device", "cpu") == "cuda"

    def _decode(
        self, session: str, stream: CaptionStream | FileStream, busy: bool = False
    ) -> StepResult:
        request = stream.make_request(busy)
        if request is None:
            # A file's stream may have let go of silence without a decode: its reader
            # waits for that.
            return StepResult(session, decoded_audio_s=stream.take_released() or 0.0)
        return self._finish(session, request, time.perf_counter())

    def _finish(
        self,
        session: str,
        request: DecodeRequest,
        started: float,
        decoded: DecodeResult | None = None,
    ) -> StepResult:
        """Apply ``decoded`` (decoding ``request`` now if it is None) to the session."""
        stream = self._streams[session]
        result = StepResult(session)
        try:
            if decoded is None:
                decoder = self._decoders(self._models[session])
                decoded = decoder.decode(request.audio, request.options, request.prompt)
            output = stream.apply(request, decoded)
        except CaptionistError as exc:
            result.error = str(exc)
        except Exception as exc:  # a bad chunk must not take the other sessions down
            log.exception("decode failed for session %s", session)
            result.error = (
                f"Decoding failed for this stretch of audio ({type(exc).__name__}: {exc})."
            )
            stream.skip(request)
        else:
            result.events = output.events
            result.detected_language = output.detected_language
        released = stream.take_released()
        result.decoded_audio_s = request.new_audio_s if released is None else released
        result.decode_s = time.perf_counter() - started
        log.debug(
            "session %s: decoded %.1f s (%.1f s new, beam %d%s) in %.2f s",
            session, len(request.audio) / SAMPLE_RATE, request.new_audio_s,
            request.options.beam_size, ", final" if request.is_final else "", result.decode_s,
        )  # fmt: skip
        result.is_behind = stream.is_behind
        return result
