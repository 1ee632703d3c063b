"""A file's caption state: whole windows of speech, decoded once, as offline.

A file read faster than real time does not need to pretend to be live. Its speech is
gathered into windows of whole utterances (up to ``max_window_s``), each decoded once
from Whisper's padded 30 s input at beam 5, with the session's own earlier text as the
prompt: what an offline transcriber does, minus the silence. Where a window ends is
decided as the audio arrives, from the audio alone, never from how fast the inference
thread happens to be, so the same file gives the same captions on every run.

An utterance that a window's decode left without a word (Whisper's seeking can skip a
sentence, as faster-whisper's offline pass did on real_es) is decoded again on its own,
so no utterance is dropped silently.

``FileStream`` answers the scheduler the way ``CaptionStream`` does; plain Python, one
per session, owned by the inference thread.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from app.engine.agreement import in_order
from app.engine.decoder import DecodeOptions, DecodeResult
from app.engine.events import CaptionEvent, Word
from app.engine.filters import judge, strip_non_speech
from app.engine.segmenter import SAMPLE_RATE, AudioChunk
from app.engine.stream import DecodeRequest, SessionStream, StreamOutput

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileStreamConfig:
    # A window closes at the start of the next utterance once it holds this much, and is
    # cut mid-utterance at ``max_window_s``: with the carried-over tail of a cut (at most
    # ``max_carry_s``) a window never exceeds the 30 s Whisper takes at once.
    min_window_s: float = 16.0
    max_window_s: float = 25.0
    max_carry_s: float = 5.0
    # Pauses between utterances go in as silence, at most this long: enough for the
    # decoder to hear a sentence end, without spending the window on nothing.
    max_gap_s: float = 1.0
    beam_size: int = 5
    # A window cut mid-utterance keeps only words ending this far before the cut; the
    # rest is decoded again at the start of the next window, where it is whole.
    cut_margin_s: float = 1.0
    # Speech a decode did not reach is decoded again on its own if it lasts this long:
    # shorter is a breath or a click (decoded alone, a 0.9 s breath in real_en came
    # back as "Thank you very much.").
    min_retry_s: float = 1.0
    max_retries: int = 2  # rounds of decoding again what the last round did not reach
    # Final events break at pauses this long, so a cue never spans one.
    pause_s: float = 0.5


@dataclass
class _Piece:
    """Speech of one utterance (or the part of it inside one window), in session time."""

    start_s: float
    samples: list[np.ndarray] = field(default_factory=list)
    length: int = 0
    speech_frames: int = 0
    frames: int = 0

    @property
    def end_s(self) -> float:
        return self.start_s + self.length / SAMPLE_RATE

    def audio(self) -> np.ndarray:
        if len(self.samples) != 1:
            self.samples = [
                np.concatenate(self.samples) if self.samples else np.zeros(0, np.float32)
            ]
        return self.samples[0]


@dataclass
class _Window:
    pieces: list[_Piece] = field(default_factory=list)
    closed: bool = False
    cut: bool = False  # closed in the middle of an utterance
    # 0 for a window of new audio; 1, 2 for audio a window's decode did not reach,
    # decoded again on its own (the decoder can stop before the end of its input).
    retry: int = 0

    @property
    def new_samples(self) -> int:
        return sum(p.length for p in self.pieces)


@dataclass(frozen=True)
class _Span:
    """Where a stretch of the decoded audio lies in the session: for mapping word times."""

    at_s: float  # start in the decoded audio
    start_s: float  # start in the session
    length_s: float


def _placed(word: Word, spans: list[_Span]) -> Word:
    """``word`` in session time, placed by its middle in the decoded audio."""
    middle = (word.start_s + word.end_s) / 2
    span = next((s for s in reversed(spans) if s.at_s <= middle), spans[0])

    def to_session(t: float) -> float:
        return round(span.start_s + min(max(t - span.at_s, 0.0), span.length_s), 3)

    return Word(word.text, to_session(word.start_s), to_session(word.end_s), word.probability)


def _slice(piece: _Piece, start_s: float, end_s: float) -> _Piece:
    """The part of ``piece`` between two session times."""
    first = max(0, round((start_s - piece.start_s) * SAMPLE_RATE))
    last = min(piece.length, round((end_s - piece.start_s) * SAMPLE_RATE))
    audio = piece.audio()[first:last].copy() if last > first else np.zeros(0, np.float32)
    return _Piece(piece.start_s + first / SAMPLE_RATE, [audio], len(audio))


def _unheard(pieces: list[_Piece], words: list[Word], slack_s: float = 0.3) -> list[_Piece]:
    """The stretches of ``pieces`` no word was placed in: whole pieces without a word
    inside, and the speech after the last word."""
    heard_until = words[-1].end_s if words else -1.0
    missed = []
    for piece in pieces:
        inside = any(piece.start_s <= (w.start_s + w.end_s) / 2 <= piece.end_s for w in words)
        if not inside and piece.end_s <= heard_until:
            missed.append(piece)
        elif piece.end_s > heard_until + slack_s:
            missed.append(_slice(piece, max(piece.start_s, heard_until), piece.end_s))
    return missed


class FileStream(SessionStream):
    def __init__(
        self,
        session: str,
        language: str,
        task: str,
        count_tokens: Callable[[str], int],
        config: FileStreamConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(session, language, task, count_tokens, clock)
        self.config = config or FileStreamConfig()
        self._windows: deque[_Window] = deque([_Window()])
        self._carry: _Piece | None = None  # tail of a cut window, for the next one
        self._in_utterance = False
        self._last_end_s = 0.0
        self._spans: dict[int, tuple[_Window, list[_Piece], list[_Span]]] = {}
        self._held: list[Word] = []  # a window's words, while its retries are decoded

    # -- input: windows are decided here, from the audio alone ---------------------------
    def push(self, chunk: AudioChunk) -> None:
        self.audio_pos_s = max(self.audio_pos_s, chunk.end_s)
        window = self._windows[-1]
        if chunk.starts_utterance:
            if window.pieces and self._gapped_length(window) >= self.config.min_window_s:
                window = self._close(window)
            window.pieces.append(_Piece(chunk.start_s))
            self._in_utterance = True
        elif not self._in_utterance and len(chunk.samples):
            window.pieces.append(_Piece(chunk.start_s))  # speech without a start marker
            self._in_utterance = True
        samples = np.asarray(chunk.samples, dtype=np.float32)
        offset = 0
        while offset < len(samples):
            room = round((self.config.max_window_s - self._gapped_length(window)) * SAMPLE_RATE)
            if room <= 0:
                # One utterance longer than a window: cut it, and go on in the next.
                start = window.pieces[-1].end_s
                window = self._close(window, cut=True)
                window.pieces.append(_Piece(start))
                continue
            part = samples[offset : offset + room]
            piece = window.pieces[-1]
            piece.samples.append(part)
            piece.length += len(part)
            offset += len(part)
        if window.pieces:
            window.pieces[-1].speech_frames += chunk.speech_frames
            window.pieces[-1].frames += chunk.frames
        if chunk.ends_utterance:
            self._in_utterance = False
        self._note_waiting()

    def _gap_s(self, previous: _Piece | None, piece: _Piece) -> float:
        """The pause before ``piece`` as decoded: shortened to ``max_gap_s``."""
        if previous is None:
            return 0.0
        return min(max(piece.start_s - previous.end_s, 0.0), self.config.max_gap_s)

    def _gapped_length(self, window: _Window) -> float:
        """Seconds the window's audio will last, pauses shortened to ``max_gap_s``."""
        total, previous = 0.0, None
        for piece in window.pieces:
            total += self._gap_s(previous, piece) + piece.length / SAMPLE_RATE
            previous = piece
        return total

    def _close(self, window: _Window, cut: bool = False) -> _Window:
        window.closed, window.cut = True, cut
        following = _Window()
        self._windows.append(following)
        return following

    # -- scheduling ----------------------------------------------------------------------
    def wants_decode(self) -> bool:
        front = self._windows[0]
        return front.closed and bool(front.pieces or (self._carry and not front.retry))

    @property
    def undecoded_s(self) -> float:
        """New speech not yet decoded (what the file's reader waits on); audio decoded
        again because a decode did not reach it is not new."""
        return sum(w.new_samples for w in self._windows if not w.retry) / SAMPLE_RATE

    @property
    def is_behind(self) -> bool:
        return False  # a file waits for the model; it cannot fall behind

    @property
    def buffered_s(self) -> float:
        return self.undecoded_s

    def make_request(self, busy: bool = False) -> DecodeRequest | None:
        """The oldest closed window, whole; ``busy`` changes nothing, so the result does
        not depend on what other sessions do."""
        if not self.wants_decode():
            return None
        window = self._windows[0]
        pieces = list(window.pieces)
        if self._carry is not None and not window.retry:
            pieces.insert(0, self._carry)
            self._carry = None
        audio, spans = self._assemble(pieces)
        self._waiting_since = None
        frames = sum(p.frames for p in window.pieces)
        request = DecodeRequest(
            session=self.session,
            audio=audio,
            offset_s=spans[0].start_s,
            options=DecodeOptions(
                language=self.language.decode_language,
                task=self.task,
                beam_size=self.config.beam_size,
                detect_language=self.language.is_detecting,
                padded=True,
            ),
            # A retry continues the window it came from: its words so far lead in.
            prompt=self.context.prompt("".join(w.text for w in self._held)),
            is_final=True,
            speech_ratio=sum(p.speech_frames for p in window.pieces) / frames if frames else 1.0,
            new_audio_s=0.0 if window.retry else window.new_samples / SAMPLE_RATE,
        )
        self._spans[id(request)] = (window, pieces, spans)
        return request

    def _assemble(self, pieces: list[_Piece]) -> tuple[np.ndarray, list[_Span]]:
        parts: list[np.ndarray] = []
        spans: list[_Span] = []
        at, previous = 0.0, None
        for piece in pieces:
            gap = self._gap_s(previous, piece)
            if gap:
                parts.append(np.zeros(round(gap * SAMPLE_RATE), np.float32))
                at += len(parts[-1]) / SAMPLE_RATE
            audio = piece.audio()
            parts.append(audio)
            spans.append(_Span(at, piece.start_s, len(audio) / SAMPLE_RATE))
            at += len(audio) / SAMPLE_RATE
            previous = piece
        return np.concatenate(parts), spans

    # -- output --------------------------------------------------------------------------
    def apply(self, request: DecodeRequest, result: DecodeResult) -> StreamOutput:
        out = StreamOutput()
        window, pieces, spans = self._spans.pop(id(request))
        self._observe_language(request, result, out)
        verdict = judge(result, request.speech_ratio)
        words: list[Word] = []
        if verdict.keep:
            words = [_placed(w, spans) for w in strip_non_speech(result.words)]
        else:
            out.dropped = verdict.reason
            log.debug(
                "session %s: window dropped (%s): %r", self.session, verdict.reason, result.text
            )
        self._windows.popleft()
        if not self._windows:
            self._windows.append(_Window())
        words = self._settle(window, pieces, words)
        self._held.extend(words)
        if self._windows[0].retry:
            return out  # the window's words wait for its retries, to go out in time order
        held = sorted(self._held, key=lambda w: w.start_s)
        self._held = []
        self.context.add("".join(w.text for w in held))
        self._emit(out, self._monotonic(held))
        self._note_waiting()
        return out

    def _settle(self, window: _Window, pieces: list[_Piece], words: list[Word]) -> list[Word]:
        """Keep what the decode heard; queue what it did not reach to be decoded again.

        Whisper can end its output before the end of its input (offline, faster-whisper
        seeks past the last timestamp and goes on; on real_en, whole sentences at the
        end of a window were lost here before). Speech after the last word, and speech
        between words that got none, is decoded again on its own. A window cut in the
        middle of an utterance keeps only words well before the cut: its tail, whole
        again, starts the next window.
        """
        cut_s = window.pieces[-1].end_s if window.cut else None
        if cut_s is not None:
            words = [w for w in words if w.end_s <= cut_s - self.config.cut_margin_s]
        missed = _unheard(pieces, words)
        if cut_s is not None:
            last = window.pieces[-1]
            heard_until = words[-1].end_s if words else pieces[0].start_s
            carry_from = max(heard_until, cut_s - self.config.max_carry_s, last.start_s)
            self._carry = _slice(last, carry_from, cut_s)
            missed = [p for p in (_slice(m, m.start_s, carry_from) for m in missed) if p.length]
        long_enough = [m for m in missed if m.length >= self.config.min_retry_s * SAMPLE_RATE]
        if long_enough and window.retry < self.config.max_retries:
            for piece in reversed(long_enough):
                log.info(
                    "session %s: %.1f s of speech at %.1f s got no words; decoding it again",
                    self.session, piece.length / SAMPLE_RATE, piece.start_s,
                )  # fmt: skip
            self._windows.appendleft(_Window(long_enough, closed=True, retry=window.retry + 1))
        return words

    def _monotonic(self, words: list[Word]) -> list[Word]:
        out = in_order(words, self._last_end_s)
        if out:
            self._last_end_s = out[-1].end_s
        return out

    def _emit(self, out: StreamOutput, words: list[Word]) -> None:
        """One final event per stretch of speech between pauses: the natural unit for
        captions and subtitles."""
        groups: list[list[Word]] = []
        for word in words:
            if not groups or word.start_s - groups[-1][-1].end_s > self.config.pause_s:
                groups.append([])
            groups[-1].append(word)
        for group in groups:
            out.events.append(self._event("final", group))
        out.events.append(self._event("partial", []))

    def _event(self, kind: str, words: list[Word]) -> CaptionEvent:
        return CaptionEvent(
            session=self.session,
            kind=kind,  # type: ignore[arg-type]
            text="".join(w.text for w in words).strip(),
            start_s=words[0].start_s if words else self._last_end_s,
            end_s=words[-1].end_s if words else self._last_end_s,
            audio_pos_s=self.audio_pos_s,
            language=self.language.code or "",
            words=tuple(words),
            buffered_s=self.buffered_s,
        )

    # -- stopping ------------------------------------------------------------------------
    def stop_interim_decodes(self) -> None:
        """Nothing to stop: a file's windows are decoded once each."""

    def end_utterance(self) -> None:
        """The audio has ended: the open window is complete."""
        window = self._windows[-1]
        if (window.pieces or self._carry) and not window.closed:
            self._close(window)
        self._in_utterance = False
        self._note_waiting()

    def skip(self, request: DecodeRequest) -> None:
        """A decode of ``request`` failed: give up that window rather than retry it."""
        window, _, _ = self._spans.pop(id(request), (None, None, None))
        if window is not None and self._windows and self._windows[0] is window:
            self._windows.popleft()
            if not self._windows:
                self._windows.append(_Window())
        self._carry = None
        self._note_waiting()

    def flush(self) -> list[CaptionEvent]:
        """Windows not decoded by now are given up (the caller decodes them first); words
        held for retries that failed go out as they are."""
        self._windows = deque([_Window()])
        self._carry = None
        self._waiting_since = None
        out = StreamOutput()
        held, self._held = sorted(self._held, key=lambda w: w.start_s), []
        self._emit(out, self._monotonic(held))
        return out.events
