"""A file's caption state: the file decoded as an offline pass decodes it.

A file read faster than real time does not need to pretend to be live. Its audio (all
of it, pauses included) is decoded in 30 s windows the way faster-whisper's offline
``transcribe`` does (``DecodeOptions.window``): each window at beam 5 with the tokens of
the window before as its prompt, and the next window starting where the decoder's last
whole segment ended. Where windows start is decided by the decodes alone, never by how
fast the inference thread happens to be, so the same file gives the same captions on
every run, and the same text as the offline pass it is measured against.

Two things are added to that pass, both from the stream's own voice-activity detector:
- A long silence is not decoded: no window starts in a silence of 3 s or more (it
  starts a second before the speech after it), nor in the silence that ends the file,
  and a window ends a second into one of 10 s or more. Nothing is decoded from long
  silences, so nothing is invented from them; shorter pauses are decoded as the pass
  decodes them.
- An utterance that a window's decode left without a word (the decoder can end a
  window early, as faster-whisper's pass did on a 12-word clip of real_es) is decoded
  again on its own, so no utterance is dropped silently; unless it is far quieter than
  the window's speech, a click or a breath rather than a voice.

``FileStream`` answers the scheduler the way ``CaptionStream`` does; plain Python, one
per session, owned by the inference thread.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from app.engine.agreement import in_order
from app.engine.decoder import MAX_INPUT_S, DecodeOptions, DecodeResult
from app.engine.events import CaptionEvent, Word
from app.engine.filters import (
    MAX_MEAN_WORD_ANOMALY,
    judge,
    mean_word_anomaly,
    strip_non_speech,
)
from app.engine.segmenter import SAMPLE_RATE, AudioChunk, Segmenter, SpeechMark
from app.engine.stream import DecodeRequest, SessionStream, StreamOutput

log = logging.getLogger(__name__)


_FRAME_S = 0.01  # one mel frame
# Audio kept before a window for the frames at its start (a frame spans 25 ms).
_LEAD_FRAMES = 3
# How long after speech begins the voice-activity detector may open its utterance.
_DETECTOR_DELAY_S = 0.5


@dataclass(frozen=True)
class FileStreamConfig:
    window_s: float = MAX_INPUT_S
    beam_size: int = 5
    # A window that would start with this much silence starts ``lead_s`` before the
    # speech after it, and one ends ``lead_s`` into a silence of ``cut_silence_s``.
    # Shorter pauses are decoded as the offline pass decodes them: cutting windows at
    # every 3 s pause took real_de from the pass's 7 windows to 10, 1.5 times its time.
    skip_silence_s: float = 3.0
    cut_silence_s: float = 10.0
    lead_s: float = 1.0
    # An utterance this long that got no word is decoded again on its own; shorter is a
    # breath or a click (decoded alone, a 0.9 s breath in real_en came back as "Thank
    # you very much.").
    min_retry_s: float = 1.0
    # Nor is one this much quieter than the loudest speech of the window it was in: a
    # click or a breath the detector took for speech. Three such in real_es cost 1.8 s of
    # its 15 s and came back as "Gracias.", "y y" and "No", which the filters then
    # dropped. They were 31-40 dB under the loudest tenth of a second of their window; no
    # utterance of speech in ../shared/audio is more than 11 dB under the loudest within
    # 30 s of it.
    quiet_retry_db: float = 25.0
    # Utterances side by side that got no words, this close, are decoded again as one:
    # the voice at 60-69 s of real_es (three utterances) decoded alone looped with the
    # window's prompt (1.25 s to the token bound) before it read "las arenas son
    # blanquecinas"; the three took 2.1 s, together 0.7 s, reading the whole sentence
    # ("...de grano medio y tienen muy poca asistencia"; "tiene" alone, the one word
    # that differs).
    join_retries_s: float = 2.0
    # Final events break at pauses this long, so a cue never spans one.
    pause_s: float = 0.5


@dataclass
class _Span:
    """An utterance the voice-activity detector found, in session seconds."""

    start_s: float
    end_s: float
    closed: bool = False


@dataclass(frozen=True)
class _Pending:
    """What a request in flight decodes: a window from ``start_s``, or a retry."""

    start_s: float
    end_s: float
    retry: bool


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
        self._pieces: list[np.ndarray] = []  # audio from ``_buffer_start_s`` on
        self._buffer_start_s: float | None = None
        self._received_s = 0.0  # where the audio received so far ends
        self._seek_s = 0.0  # where the next window starts
        self._ended = False
        self._segmenter: Segmenter | None = None  # only for audio sent without its speech
        self._spans: list[_Span] = []
        self._history: list[int] = []  # the tokens the next window's prompt continues
        self._retries: deque[_Span] = deque()
        self._pending: dict[int, _Pending] = {}
        self._held: list[Word] = []  # a window's words, while its retries are decoded
        self._released_s = 0.0  # audio let go since the scheduler last asked
        self._last_end_s = 0.0
        self._peak: tuple[tuple[int, float], ...] | None = None
        self._quiet_from_s = 0.0  # where the speech before the next window's start ended

    # -- input ---------------------------------------------------------------------------
    def push(self, chunk: AudioChunk) -> None:
        """All of the file's audio, in order: pauses are decoded too."""
        samples = np.asarray(chunk.samples, dtype=np.float32)
        if chunk.spectrum_peak is not None:
            self._peak = chunk.spectrum_peak
        if self._buffer_start_s is None:  # the first chunk: the session's clock starts here
            self._buffer_start_s = self._seek_s = self._received_s = chunk.start_s
            self._quiet_from_s = chunk.start_s
            self._last_end_s = chunk.start_s
        if len(samples):
            self._pieces.append(samples)
            self._received_s += len(samples) / SAMPLE_RATE
            self.audio_pos_s = self._received_s
        if chunk.speech is not None:
            self._spans_from(chunk.speech)  # the capture thread's cuts: not judged twice
        elif len(samples):  # audio pushed without them (tests, tools): judged here
            if self._segmenter is None:
                self._segmenter = Segmenter(start_offset_s=chunk.start_s)
            self._spans_from(SpeechMark.of(c) for c in self._segmenter.feed(samples).chunks)
        self._skip_silence()
        self._note_waiting()

    def _spans_from(self, chunks: Iterable[SpeechMark]) -> None:
        for chunk in chunks:
            if chunk.long_pause:
                continue  # a file's cuts are the pauses themselves
            if chunk.starts_utterance or not self._spans or self._spans[-1].closed:
                self._spans.append(_Span(chunk.start_s, chunk.end_s))
            span = self._spans[-1]
            span.end_s = max(span.end_s, chunk.end_s)
            span.closed = chunk.ends_utterance

    def _skip_silence(self) -> None:
        """Move the next window's start over a long silence, to ``lead_s`` before the
        speech after it (see ``skip_silence_s``)."""
        if self._retries or self._pending:
            return  # the buffer still holds audio a request needs
        following = next((s for s in self._spans if s.end_s > self._seek_s or not s.closed), None)
        if following is not None and following.start_s <= self._seek_s:
            return  # in speech
        if following is not None:
            quiet_to, target = following.start_s, following.start_s - self.config.lead_s
        elif self._ended:
            # No speech from here to the end of the file, however short: a 1 s silent file
            # took 5.6 s on two cores, every temperature of the fallback tried on it, and
            # gave nothing.
            self._advance(self._received_s)
            return
        else:
            # No speech yet: the detector opens an utterance up to half a second after
            # it begins, so the window may need to start that much earlier; and moving a
            # second at a time is often enough.
            quiet_to = self._received_s
            target = quiet_to - self.config.lead_s - _DETECTOR_DELAY_S
            if target - self._seek_s < 1.0:
                return
        if quiet_to - self._quiet_from_s >= self.config.skip_silence_s:
            self._advance(target)

    def _advance(self, seek_s: float) -> None:
        """The pass is done with the audio before ``seek_s``."""
        seek_s = min(max(seek_s, self._seek_s), self._received_s)
        self._released_s += seek_s - self._seek_s
        self._seek_s = seek_s
        for span in self._spans:
            if span.closed and span.end_s <= seek_s:
                self._quiet_from_s = max(self._quiet_from_s, span.end_s)
        self._spans = [s for s in self._spans if s.end_s > seek_s or not s.closed]
        keep_from = min([seek_s, *(r.start_s for r in self._retries)])
        self._trim(keep_from - _LEAD_FRAMES * _FRAME_S)

    def _trim(self, time_s: float) -> None:
        if self._buffer_start_s is None or time_s <= self._buffer_start_s:
            return
        audio = self._audio()
        cut = min(round((time_s - self._buffer_start_s) * SAMPLE_RATE), len(audio))
        self._pieces = [audio[cut:].copy()] if cut < len(audio) else []
        self._buffer_start_s += cut / SAMPLE_RATE

    def _audio(self) -> np.ndarray:
        if len(self._pieces) != 1:
            whole = np.concatenate(self._pieces) if self._pieces else np.zeros(0, np.float32)
            self._pieces = [whole]
        return self._pieces[0]

    def _slice(self, start_s: float, end_s: float) -> np.ndarray:
        assert self._buffer_start_s is not None
        first = max(0, round((start_s - self._buffer_start_s) * SAMPLE_RATE))
        last = max(first, round((end_s - self._buffer_start_s) * SAMPLE_RATE))
        return self._audio()[first:last].copy()

    # -- scheduling ----------------------------------------------------------------------
    def wants_decode(self) -> bool:
        # Freed audio alone is worth a step: the scheduler passes it on to the reader.
        return self._released_s > 0 or self._due()

    def _due(self) -> bool:
        """Whether a request can be made: a retry, or a window whose end is known."""
        if self._pending:
            return False
        if self._retries:
            return True
        if self._ended:
            return self._received_s - self._seek_s > 0.05
        # A window is whole once 30 s after its start have arrived (and the frame past
        # its end, which the frames at its edge are computed from), or once the long
        # silence it ends in has.
        whole = self._received_s >= self._seek_s + self.config.window_s + 0.02
        return whole or self._silence_cut(self._seek_s) is not None

    def take_released(self) -> float:
        """Seconds of audio let go since the last call: the file's reader may read on."""
        released, self._released_s = self._released_s, 0.0
        return released

    @property
    def undecoded_s(self) -> float:
        return max(0.0, self._received_s - self._seek_s)

    @property
    def is_behind(self) -> bool:
        return False  # a file waits for the model; it cannot fall behind

    @property
    def buffered_s(self) -> float:
        return self.undecoded_s

    def make_request(self, busy: bool = False) -> DecodeRequest | None:
        """The next window, or an utterance decoded again; ``busy`` changes nothing, so
        the result does not depend on what other sessions do."""
        self._waiting_since = None
        if not self._due():
            return None
        if self._retries:
            span = self._retries[0]
            pending = _Pending(span.start_s, span.end_s, retry=True)
        else:
            pending = _Pending(self._seek_s, self._window_end(self._seek_s), retry=False)
        lead = 0
        if not pending.retry and self._buffer_start_s is not None:
            kept_s = pending.start_s - self._buffer_start_s
            lead = min(_LEAD_FRAMES, int((kept_s + 1e-6) / _FRAME_S))
        request = DecodeRequest(
            session=self.session,
            audio=self._slice(pending.start_s - lead * _FRAME_S, pending.end_s),
            offset_s=pending.start_s,
            options=DecodeOptions(
                language=self.language.decode_language,
                task=self.task,
                beam_size=self.config.beam_size,
                detect_language=self.language.is_detecting,
                # An utterance decoded again goes through the short, guarded path: as a
                # padded window, one in real_es looped ("...del miércoles que se
                # informen sobre la competencia del miércoles que se informen...").
                window=not pending.retry,
                # Nor is one that loops decoded padded: a second of it cost as much as a
                # window, and the utterance had no words before.
                padded_fallback=not pending.retry,
                spectrum_peak=self._peak,
                lead_frames=lead,
            ),
            prompt=tuple(self._history),
            is_final=True,
            speech_ratio=1.0,
            new_audio_s=0.0 if pending.retry else pending.end_s - pending.start_s,
        )
        self._pending[id(request)] = pending
        return request

    def _window_end(self, start_s: float) -> float:
        """Where the window from ``start_s`` ends: 30 s on (and the frame after), or
        ``lead_s`` into a long silence that comes first."""
        end_s = min(start_s + self.config.window_s + 0.02, self._received_s)
        cut_s = self._silence_cut(start_s)
        return end_s if cut_s is None else min(end_s, cut_s)

    def _silence_cut(self, start_s: float) -> float | None:
        """``lead_s`` into the first long silence after ``start_s``, once it is known to
        be one. Whisper given speech and then nothing but hiss to the end of its window
        tends to write something for the hiss."""
        spans = [s for s in self._spans if s.end_s > start_s or not s.closed]
        for span, following in itertools.pairwise([*spans, None]):
            silence_to = following.start_s if following is not None else self._received_s
            if span.closed and silence_to - span.end_s >= self.config.cut_silence_s:
                return span.end_s + self.config.lead_s
        return None

    # -- output --------------------------------------------------------------------------
    def apply(self, request: DecodeRequest, result: DecodeResult) -> StreamOutput:
        out = StreamOutput()
        pending = self._pending.pop(id(request))
        self._observe_language(request, result, out)
        words = [
            Word(w.text, round(pending.start_s + w.start_s, 3),
                 round(min(pending.start_s + w.end_s, pending.end_s), 3), w.probability)
            for w in strip_non_speech(result.words)
        ]  # fmt: skip
        if pending.retry:
            self._retries.popleft()
            verdict = judge(result, request.speech_ratio)
            if not verdict.keep:
                log.debug("session %s: retry dropped (%s): %r", self.session, verdict.reason,
                          result.text)  # fmt: skip
                words = []
        else:
            unheard = mean_word_anomaly(words) > MAX_MEAN_WORD_ANOMALY
            if unheard:
                # Text the alignment cannot place was not heard: a copy of the prompt, or
                # words invented over noise. Its utterances are decoded again on their own
                # (``_queue_retries``), and it is nobody's prompt.
                log.info(
                    "session %s: the window at %.1f s reads as unheard text; decoding its "
                    "utterances on their own: %r", self.session, pending.start_s, result.text,
                )  # fmt: skip
                words = []
            words = self._onto_speech(words)
            self._history.extend(result.history)
            if result.temperature > 0.5 or unheard:
                self._history = []  # faster-whisper's prompt_reset_on_temperature
            done_s = pending.start_s + max(result.advance_s, 0.0)
            if unheard:
                done_s = self._before_open_utterance(pending.start_s, done_s)
            self._queue_retries(pending.start_s, done_s, words, join=not unheard)
            self._advance(done_s if done_s > pending.start_s else pending.end_s)
        self._held.extend(words)
        if not self._retries:
            held = sorted(self._held, key=lambda w: w.start_s)
            self._held = []
            self.context.add("".join(w.text for w in held))
            self._emit(out, self._monotonic(held))
            self._skip_silence()
        self._note_waiting()
        return out

    def _onto_speech(self, words: list[Word]) -> list[Word]:
        """Words moved out of the pauses around them, onto the speech the detector found:
        a word begun in a pause starts where the speech after it does (jfk's "And"
        began at a window's start, a second before it was said), one that ends in a
        pause ends where the speech before it did, and one that runs across a pause is
        kept to the side that holds more of it. Alignment lets a word take the pause
        beside it, and a subtitle then shows it through the pause: on real_en an "and"
        ran from 170.8 to 172.3 s over a 0.5 s pause and joined two speakers' sentences
        into one 12 s cue."""
        spans = [(s.start_s, s.end_s) for s in self._spans]
        starts = [start for start, _ in spans]
        out = []
        for word in words:
            start, end = word.start_s, word.end_s
            at = bisect.bisect_right(starts, start) - 1
            if (at < 0 or start > spans[at][1]) and at + 1 < len(spans):
                start = min(max(start, spans[at + 1][0]), end)
            at = bisect.bisect_right(starts, end) - 1
            if at >= 0 and end > spans[at][1]:
                end = max(spans[at][1], start)
            first = bisect.bisect_right(starts, start) - 1
            if 0 <= first < at:  # across the pause after spans[first]
                before, after = spans[first][1] - start, end - spans[at][0]
                start, end = (spans[at][0], end) if after > before else (start, spans[first][1])
            out.append(Word(word.text, start, end, word.probability))
        return out

    def _before_open_utterance(self, start_s: float, done_s: float) -> float:
        """Where the next window starts after one whose text and timestamps were not
        heard: before the utterance ``done_s`` falls in, which no retry covers (on a
        repeated meeting_de, the next window began 1.5 s into "Guten Morgen, heute
        sprechen..." and read "wie über den neuen Zeitplan"). Not before the speech ahead
        of it ends, which its retry covers."""
        spans = [s for s in self._spans if s.start_s > start_s]
        cut = next(
            (s for s in spans if s.start_s < done_s and not (s.closed and s.end_s <= done_s)), None
        )
        if cut is None:
            return done_s
        before = [s.end_s for s in spans if s.closed and s.end_s <= cut.start_s]
        seek_s = max([cut.start_s - self.config.lead_s, *before])
        return seek_s if seek_s > start_s else cut.start_s

    def _queue_retries(self, start_s: float, done_s: float, words: list[Word], join: bool) -> None:
        """Utterances inside what the window is done with that got no word; ``join``:
        those side by side as one (not for a window the decoder did not hear, whose
        utterances joined would be that window again)."""
        loudest = self._peak_db(start_s, done_s)
        for span in self._spans:
            if not span.closed or span.start_s < start_s or span.end_s > done_s:
                continue
            if span.end_s - span.start_s < self.config.min_retry_s:
                continue
            if any(span.start_s <= (w.start_s + w.end_s) / 2 <= span.end_s for w in words):
                continue
            below_db = loudest - self._peak_db(span.start_s, span.end_s)
            if below_db > self.config.quiet_retry_db:
                log.info(
                    "session %s: %.1f s at %.1f s got no words and is %.0f dB under the "
                    "speech around it; not speech, not decoded again",
                    self.session, span.end_s - span.start_s, span.start_s, below_db,
                )  # fmt: skip
                continue
            log.info(
                "session %s: %.1f s of speech at %.1f s got no words; decoding it again",
                self.session, span.end_s - span.start_s, span.start_s,
            )  # fmt: skip
            last = self._retries[-1] if self._retries else None
            if (
                join
                and last is not None
                and span.start_s - last.end_s <= self.config.join_retries_s
                and not any(last.end_s <= w.start_s <= span.start_s for w in words)
            ):
                last.end_s = span.end_s
            else:
                self._retries.append(_Span(span.start_s, span.end_s, closed=True))

    def _peak_db(self, start_s: float, end_s: float) -> float:
        """The level of the loudest tenth of a second from ``start_s`` to ``end_s``."""
        audio = self._slice(start_s, end_s)
        frame = SAMPLE_RATE // 10
        frames = len(audio) // frame
        if frames == 0:
            return -math.inf
        power = np.square(audio[: frames * frame].reshape(frames, frame), dtype=np.float64)
        return 10.0 * math.log10(max(float(power.mean(axis=1).max()), 1e-12))

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

    def correct_language(self, code: str) -> None:
        """As ``SessionStream.correct_language``; the window prompt, in the wrong
        language, goes too."""
        super().correct_language(code)
        self._history = []

    # -- stopping ------------------------------------------------------------------------
    def stop_interim_decodes(self) -> None:
        """Nothing to stop: a file's windows are decoded once each."""

    def end_utterance(self) -> None:
        """The audio has ended: the last window may be shorter than 30 s."""
        self._ended = True
        if self._segmenter is not None:
            self._spans_from(SpeechMark.of(c) for c in self._segmenter.finish())
        self._skip_silence()
        self._note_waiting()

    def skip(self, request: DecodeRequest) -> None:
        """A decode of ``request`` failed: give up that stretch rather than retry it."""
        pending = self._pending.pop(id(request), None)
        if pending is not None and pending.retry:
            self._retries.popleft()
        elif pending is not None:
            self._advance(pending.end_s)
        self._note_waiting()

    def flush(self) -> list[CaptionEvent]:
        """Audio not decoded by now is given up (the caller decodes it first); words
        held for retries that failed go out as they are."""
        self._advance(self._received_s)
        self._retries.clear()
        self._waiting_since = None
        out = StreamOutput()
        held, self._held = sorted(self._held, key=lambda w: w.start_s), []
        self._emit(out, self._monotonic(held))
        return out.events
