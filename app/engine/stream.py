"""One session's caption state: its utterances, agreement, context and language lock.

A ``CaptionStream`` receives the audio chunks its session's segmenter cut (speech
only), says when it wants a decode, builds the decode request (audio, prompt, options),
and turns the decoder's answer into partial and final caption events. It never calls
the model itself: the inference thread does that, one request at a time, for all
sessions. Everything here is plain Python and belongs to exactly one session.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from app.engine.agreement import StabilityTracker
from app.engine.context import RollingContext
from app.engine.decoder import MAX_INPUT_S, DecodeOptions, DecodeResult, Prompt
from app.engine.events import CaptionEvent, CaptionKind, Word
from app.engine.filters import drop_unlikely_lead, judge, strip_non_speech
from app.engine.language import LanguageLock
from app.engine.segmenter import SAMPLE_RATE, AudioChunk

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StreamConfig:
    # Decode again once this much new speech arrived. Live meeting_en on 2 cores: 0.5 s
    # gave 6 % WER, 0.7 s 4-4.7 %. With one decoder thread, single live runs: 0.7 s lost
    # "data" from "The data team" in 3 of 3 runs (the first two decodes, of 1.2 and 1.9 s,
    # agreed on "The team is"), 1.0 s in none of 6; and 1.0 s with the first decode at 2 s
    # took 0.32 CPU s per audio s against 0.45, final latency median 1.46 s against 1.15.
    min_new_audio_s: float = 1.0
    # The first decode of an utterance waits for this much: on half a second the decoder
    # mostly continues the prompt ("Go tomorrow." for the start of "Good morning"). At 2 s
    # rather than 1.2 (both with 1.0 above): en 3.3 % and 3.3 % against 3.3 % and 4.0 %
    # (alone, beside de), es 16.7 % against 22.2 %, 6 % less CPU; the first words of an
    # utterance show 0.8 s later.
    min_first_audio_s: float = 2.0
    trim_after_s: float = 12.0  # trim the buffer at committed words once it is this long
    # Final words' audio kept before the undecided rest when the buffer is trimmed.
    context_s: float = 3.0
    force_commit_after_s: float = 20.0  # commit old tentative words if agreement stalls
    # Tentative words this far behind the audio's end become final where one of the two
    # decodes before the latest heard them too (the same word in the same place), and words
    # ``settle_anyway_after_s`` behind it become final as the latest decode has them
    # (``StabilityTracker.settle``); one word that flips between decodes otherwise held
    # back a whole sentence. Before stop 32 every word settled at 2.5 s as the latest decode
    # had it. Replays of real_en + real_es and real_de + real_fr on a 2-core AMD EPYC
    # (app.bench.replay; offline WER there 4.6/17.0/19.6/30.1 %), that against 2.0/3.5:
    # WER en 5.2/5.5, es 10.5/10.9, de 19.2/19.2, fr 36.6/29.7 %; final p95 2.87/2.48,
    # 3.12/2.75, 3.25/2.78, 3.17/3.95 s; medians within 0.2 s. Over five cost scales
    # (--scale 0.7-1.3, docs/benchmarks_real.md) the mean WER went en 5.1/5.7, es 10.3/10.5,
    # de 19.4/19.3, fr 34.8/30.8 %; one live run of each moved fr 33.7/34.3 %, within its
    # 2-3 points from run to run, and p95 2.67-3.21/2.35-2.99 s. No settling at all: de 18.0,
    # fr 32.0 %, but fr's p95 6.3 s. Other pairs (heard alike / anyway): 2.5/3.5 fr 31.7,
    # 2.5/3.0 33.0, 2.5/4.5 31.0, 2.0/3.0 32.4, 2.0/4.0 30.4, 1.5/3.5 31.7 % with es 11.3
    # and de 20.0. Keeping a doubted word (``unsure_probability``) to the later bound: fr
    # 32.4, en 5.8 % over the scales. Before that, none / 2.5 / 3.5 s of the old rule,
    # live: WER en 5.9/5.5/5.5, es 10.9/10.1/9.3, de 20.8/20.0/20.0, fr 32.0/34.3/32.7 %.
    # Not done (stop 33, another 2-core AMD EPYC): a deadline, every tentative word final
    # 3.3 s after it began as the latest decode had it, checked as audio arrived and after
    # each decode, so that no word waits over 4 s. Replays at scales 0.7 / 0.85: longest
    # undecided 3.6-4.4 s against 4.8-5.9, but WER de 19.6 -> 22.4 / 22.0, fr 32.0 -> 35.6 /
    # 37.3, en 5.2 -> 5.5 / 5.0 -> 5.2 %, final median de 1.61 -> 2.09 s. The words that
    # wait are the ones the decodes doubt, and a deadline decides them with a second less
    # of the speech after them.
    settle_after_s: float = 2.0
    settle_anyway_after_s: float = 3.5
    # A word the latest decode gives a lower probability than this becomes final only once
    # three decodes in a row agree on it (``StabilityTracker``). Replays of real_en + real_es
    # and real_de + real_fr (app.bench.replay, the same numbers every run), without / with:
    # WER en 5.5/4.4, es 10.5/9.7, de 20.8/19.2, fr 34.0/32.0 %; final latency median
    # 1.70/1.71, 1.74/1.79, 1.80/1.94, 1.94/2.31 s and p95 2.79/2.98, 2.59/3.05, 3.06/3.26,
    # 3.08/3.25 s. At 0.3: 5.5/10.1/20.0/33.0 %; 0.4: 4.4/9.7/19.6/32.0 %; 0.7: 4.4/8.9/
    # 18.0/34.6 %, median up to 2.85 s on fr. Doubting only words in the last 1.5 or 2 s of
    # the audio gained nothing (5.5/10.5/20.8/34.6 %): the decodes agree wrongly further
    # back too. Translating it stays off: agreement there commits whole sentences.
    unsure_probability: float = 0.5
    holdback_s: float = 0.45  # agreed words this close to the buffer end stay tentative
    behind_after_s: float = 4.0  # undecoded speech beyond this means "falling behind"
    stop_min_new_audio_s: float = 0.3  # less undecoded audio at a stop holds no word
    # Interim decodes: many, cheap. At beam 5 (stop 35, replays of both pairs over five
    # cost scales): WER en 5.0 -> 6.1, es 10.5 -> 9.8, de 20.0 -> 19.4, fr 32.1 -> 32.4 %,
    # final p95 up to 4.27 s on fr, 16 % more decode time: the interim beam is not where
    # live loses to offline.
    beam_size: int = 2
    final_beam_size: int = 5  # the one decode that ends an utterance
    # The previous utterances' text is the prompt only from this much audio on. With it on
    # the first seconds of an utterance, 18 of 64 decodes of a live meeting_en run looped
    # ("The nodal team. The nodal team. ...") and were decoded again: 28 % of decode time.
    # Without it there: the same WER on meeting_en and meeting_de, 14 % less CPU.
    # Interim decodes never get it: from 8 s on it made them loop to the token bound and
    # be decoded again (1-2 s each, every session waiting). Without it on real_en + real_es
    # and real_de + real_fr: WER 5.5/9.7/21.6/33.7 % against 6.3/9.3/21.2/34.3 (run to run
    # the same code moves 2-3 points on de and fr), final p95 2.4-3.3 s against 2.8-3.6,
    # the longest undecided word 4.7-8.2 s against 5.6-8.6.
    prompt_min_audio_s: float = 8.0
    # Translating, an utterance that follows another within ``lead_in_max_gap_s`` is
    # decoded with the last ``lead_in_s`` of the one before in front (the pause kept as it
    # was); those words are final already and are skipped. A sentence translated on its
    # own came out as invented text (meeting_de: "It's a great honor to have you here" for
    # "Das Projekt beginnt im Januar..."). Transcribing, it did not pay: on live real_en +
    # real_es 6.3 % and 10.9 % WER against 5.5 % and 9.7 % without, meeting_en 4.0 %
    # against 3.3 %, 5 % more CPU, and the longest undecided word 6.4 s against 4.5 s.
    lead_in_s: float = 2.0
    lead_in_max_gap_s: float = 2.0
    # The decode that ends an utterance can stop long before its audio does: translating
    # the German half of multilingual.mp3, every decode of a 20 s utterance ended at "to
    # modify", 13 s before the speech did, and the rest of the sentence was never shown.
    # Audio this long after the last word heard is decoded again, as an utterance of its
    # own with the words before as its prompt. Transcribing, so is this much inside an
    # utterance that an interim decode has no word for (``_before_skipped_speech``).
    unheard_rest_s: float = 3.0
    # Transcribing, an utterance stays open across a pause shorter than
    # ``SegmenterConfig.long_pause_s``: at the pause its words become final from a decode
    # as wide as the one that ends an utterance, as they did when the pause ended it, and
    # the speech after it continues the same utterance (the pause kept as silence), so it
    # is heard after the audio before it rather than alone. Cut at every half-second
    # pause, real_de's 18 s sentence at 113 s was four utterances, each decoded alone
    # ("verteilen. stehestand." for "verteilen, zum Stillstand"). Replays of real_en +
    # real_es and real_de + real_fr over five cost scales (stop 38, 2-core AMD EPYC),
    # without / with: WER en 5.0/5.4, es 10.5/11.9, de 19.2/16.6, fr 31.8/31.2 %; final
    # p95 es 2.53/2.71, fr 3.46/3.61 s; decode time per audio second at scale 1 0.413/0.433
    # (en + es), 0.428/0.506 (de + fr); live, one run each, CPU 0.420/0.476 and 0.445/0.566:
    # the decodes after a pause hear the sentence before it too. Tried with it: the
    # pause's decode deciding by its last word's full stop whether to hold (Whisper puts
    # one at most pauses: de 20.4 % at scale 0.7), the buffer trimmed at each pause to 3 s
    # of context (de 18.0-18.4 %, 0.481 s per second) or 6 s (de 17.3-18.0 %, 0.505), the
    # first decode after the pause at 1 s rather than 2 (de 17.2, fr 32.9, es 12.1 % over
    # the scales, 0.537 s per second).
    hold_short_pauses: bool = True


@dataclass
class DecodeRequest:
    session: str
    audio: np.ndarray
    offset_s: float  # where ``audio`` starts in the session's audio
    options: DecodeOptions
    prompt: Prompt
    is_final: bool  # its words all become final
    speech_ratio: float
    # ...at a short pause: the utterance goes on (``StreamConfig.hold_short_pauses``).
    at_pause: bool = False
    new_audio_s: float = 0.0  # audio this request decodes for the first time

    @property
    def end_s(self) -> float:
        """Where ``audio`` ends in the session's audio."""
        return self.offset_s + len(self.audio) / SAMPLE_RATE


@dataclass
class StreamOutput:
    events: list[CaptionEvent] = field(default_factory=list)
    detected_language: tuple[str, float] | None = None
    dropped: str = ""  # why a decode's text was not shown, for the log


@dataclass
class _Utterance:
    """Speech between two pauses; its audio is kept from ``start_s`` (moved by trims)."""

    start_s: float
    pieces: list[np.ndarray] = field(default_factory=list)
    samples: int = 0
    ended: bool = False
    speech_frames: int = 0
    frames: int = 0
    decoded_samples: int = 0  # samples present at the last decode
    committed: list[Word] = field(default_factory=list)  # final words of this utterance
    lead_samples: int = 0  # audio of the utterance before, and the pause, in front
    # The segmenter ended it, but the pause may be a short one (``hold_short_pauses``):
    # it waits for more speech or the segmenter's long-pause marker.
    held: bool = False
    pause_samples: int = 0  # samples at its last short pause, decoded as a final there...
    pause_due: bool = False  # ...by a decode still to come
    resumed_s: float | None = None  # where the speech after its last short pause began

    def audio(self) -> np.ndarray:
        if len(self.pieces) > 1:
            self.pieces = [np.concatenate(self.pieces)]
        return self.pieces[0] if self.pieces else np.zeros(0, np.float32)

    @property
    def end_s(self) -> float:
        return self.start_s + self.samples / SAMPLE_RATE

    def trim_to(self, time_s: float) -> None:
        cut = round((time_s - self.start_s) * SAMPLE_RATE)
        cut = max(0, min(cut, self.samples))
        if cut == 0:
            return
        self.pieces = [self.audio()[cut:].copy()]
        self.samples -= cut
        self.decoded_samples = max(0, self.decoded_samples - cut)
        self.pause_samples = max(0, self.pause_samples - cut)
        self.lead_samples = max(0, self.lead_samples - cut)
        self.start_s += cut / SAMPLE_RATE

    def text_before_buffer(self) -> str:
        """Committed words whose audio was trimmed away: the decoder sees them as prompt."""
        return "".join(w.text for w in self.committed if w.end_s <= self.start_s + 0.05)


class SessionStream:
    """What a live stream and a file's stream share: the session's language lock and
    rolling context, and since when it has wanted a decode (for the scheduler's
    fairness). Subclasses say when they want one (``wants_decode``)."""

    def __init__(
        self,
        session: str,
        language: str,
        task: str,
        count_tokens: Callable[[str], int],
        clock: Callable[[], float],
    ) -> None:
        self.session = session
        self.task = task
        self.language = LanguageLock(language)
        self.context = RollingContext(count_tokens)
        self._clock = clock
        self._waiting_since: float | None = None
        self.audio_pos_s = 0.0

    def wants_decode(self) -> bool:
        raise NotImplementedError

    def take_released(self) -> float | None:
        """Seconds of audio this stream let go of since the last call, where that is not
        what its requests say (a file's stream decides after a decode how far it got);
        None: count ``DecodeRequest.new_audio_s``."""
        return None

    def _note_waiting(self) -> None:
        if self._waiting_since is None and self.wants_decode():
            self._waiting_since = self._clock()

    @property
    def waiting_since(self) -> float | None:
        """Monotonic time since which this stream has wanted a decode (for fairness)."""
        return self._waiting_since if self.wants_decode() else None

    def _observe_language(
        self, request: DecodeRequest, result: DecodeResult, out: StreamOutput
    ) -> None:
        """While the language is not known yet, a decode is evidence for it."""
        if not self.language.is_detecting:
            return
        # A model that knows one language reports it without probabilities.
        probs = result.language_probs or [(result.language, result.language_probability)]
        duration = len(request.audio) / SAMPLE_RATE
        if self.language.observe(probs, duration, request.new_audio_s):
            out.detected_language = (self.language.code or "", self.language.probability)

    def correct_language(self, code: str) -> None:
        """The user says which language this is: decode in it from the next decode on.

        The captions so far stay; the prompt, in the wrong language, goes.
        """
        self.language.correct(code)
        self.context.clear()


class CaptionStream(SessionStream):
    def __init__(
        self,
        session: str,
        language: str,
        task: str,
        count_tokens: Callable[[str], int],
        config: StreamConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(session, language, task, count_tokens, clock)
        self.config = config or StreamConfig()
        translated = task == "translate"
        self.tracker = StabilityTracker(
            translated, unsure_below=0.0 if translated else self.config.unsure_probability
        )
        self._utterances: deque[_Utterance] = deque()
        self._stopping = False
        # The last utterance finalised, kept for the lead-in of the next one.
        self._last_ended: _Utterance | None = None

    # -- input -------------------------------------------------------------------
    def push(self, chunk: AudioChunk) -> None:
        self.audio_pos_s = max(self.audio_pos_s, chunk.end_s)
        last = self._utterances[-1] if self._utterances else None
        if chunk.long_pause:
            if last is not None and last.held:
                last.held, last.ended = False, True
                done = not last.pause_due and last.decoded_samples >= last.samples
                if done and last is self._utterances[0]:
                    self._close_head()  # its words are final since the pause
                self._note_waiting()
            return
        if chunk.starts_utterance and last is not None and last.held:
            # The sentence goes on after a short pause: the same utterance, the pause in it.
            gap = max(0, round((chunk.start_s - last.end_s) * SAMPLE_RATE))
            last.pieces.append(np.zeros(gap, np.float32))
            last.samples += gap
            last.held = False
            last.resumed_s = chunk.start_s
        elif chunk.starts_utterance or last is None or last.ended:
            if not chunk.starts_utterance and not len(chunk.samples):
                return  # an end marker with nothing open: nothing to do
            self._utterances.append(self._new_utterance(chunk.start_s))
        utterance = self._utterances[-1]
        if len(chunk.samples):
            utterance.pieces.append(np.asarray(chunk.samples, dtype=np.float32))
            utterance.samples += len(chunk.samples)
        utterance.speech_frames += chunk.speech_frames
        utterance.frames += chunk.frames
        if chunk.ends_utterance:
            # Translating, the lead-in gives the context instead (``lead_in_s``); a session
            # behind has no time to wait.
            holds = self.config.hold_short_pauses and self.task != "translate"
            if holds and not self._stopping and len(self._utterances) == 1:
                utterance.held = utterance.pause_due = True
                utterance.pause_samples = utterance.samples
            else:
                utterance.ended = True
        self._note_waiting()

    def _new_utterance(self, start_s: float) -> _Utterance:
        """An utterance starting at ``start_s``, with the end of the one before in front
        if that ended just before (see ``StreamConfig.lead_in_s``)."""
        utterance = _Utterance(start_s=start_s)
        before = self._utterances[-1] if self._utterances else self._last_ended
        if before is None or self.task != "translate" or self.config.lead_in_s <= 0:
            return utterance
        gap_s = start_s - before.end_s
        if not 0 <= gap_s <= self.config.lead_in_max_gap_s:
            return utterance
        tail = before.audio()[-round(self.config.lead_in_s * SAMPLE_RATE) :]
        pause = np.zeros(round(gap_s * SAMPLE_RATE), np.float32)
        utterance.pieces = [tail.copy(), pause]
        utterance.samples = utterance.lead_samples = len(tail) + len(pause)
        utterance.start_s = start_s - utterance.samples / SAMPLE_RATE
        return utterance

    # -- scheduling ----------------------------------------------------------------
    def wants_decode(self) -> bool:
        if not self._utterances:
            return False
        head = self._utterances[0]
        if self._stopping:
            # Nothing until the audio has ended; then one decode covers what is left, or,
            # if the last one already heard (nearly) everything, its tentative words
            # become final as they are (``flush``).
            still_open = not head.ended and len(self._utterances) == 1
            return not still_open and self.undecoded_s >= self.config.stop_min_new_audio_s
        if head.ended or len(self._utterances) > 1:
            return True
        if head.pause_due or head.held:
            return head.pause_due
        if head.decoded_samples == 0:
            own = head.samples - head.lead_samples
            return own / SAMPLE_RATE >= self.config.min_first_audio_s
        new_s = (head.samples - head.decoded_samples) / SAMPLE_RATE
        if head.resumed_s is not None and head.pause_samples >= head.decoded_samples:
            # The first decode after a short pause, as the first of an utterance.
            return new_s >= self.config.min_first_audio_s
        return new_s >= self.config.min_new_audio_s

    @property
    def undecoded_s(self) -> float:
        """Speech received but not yet decoded: how far behind this session is."""
        return sum((u.samples - u.decoded_samples) / SAMPLE_RATE for u in self._utterances)

    @property
    def is_behind(self) -> bool:
        return self.undecoded_s > self.config.behind_after_s

    @property
    def buffered_s(self) -> float:
        return sum(u.samples for u in self._utterances) / SAMPLE_RATE

    def make_request(self, busy: bool = False) -> DecodeRequest | None:
        """The next decode this session wants: all of its pending audio in one pass.

        ``busy``: other sessions are waiting too. Then the beams narrow (1 interim, 2 at
        the end of an utterance): with four sessions speaking at once on two cores, the
        wide beams made the queue, and so every session's latency, grow.
        """
        if not self.wants_decode():
            return None
        head = self._utterances[0]
        if self._stopping:
            # The user waits on this stop. Words already final cannot change, and decoding
            # ten seconds of them again made Ctrl+C take over two seconds: keep only
            # ``context_s`` of them, with narrow beams.
            busy = True
            self._trim_settled(head)
        if head.samples > MAX_INPUT_S * SAMPLE_RATE:
            # Only reachable if agreement and forced commits both stalled; the model
            # cannot take more than 30 s, so the oldest audio goes undecoded.
            log.warning("session %s: dropping audio beyond 30 s of undecided speech", self.session)
            head.trim_to(head.end_s - MAX_INPUT_S)
        last = len(self._utterances) == 1 and not head.ended
        at_pause = last and head.pause_due
        head.pause_due = False
        until = head.pause_samples if at_pause else head.samples
        new_audio_s = (until - head.decoded_samples) / SAMPLE_RATE
        head.decoded_samples = until
        self._waiting_since = None
        is_final = not last or at_pause
        if busy:
            beam = min(2, self.config.final_beam_size) if is_final else 1
        else:
            beam = self.config.final_beam_size if is_final else self.config.beam_size
        return DecodeRequest(
            session=self.session,
            audio=head.audio()[:until].copy(),
            offset_s=head.start_s,
            options=DecodeOptions(
                language=self.language.decode_language,
                task=self.task,
                beam_size=beam,
                detect_language=self.language.is_detecting,
                # An interim decode that loops is dropped, not decoded again padded: that
                # took 1.6-2.4 s on two cores, every session waited behind it, and it
                # made five of the ten longest waits for a final word on real_en + real_es.
                # The next interim decode comes a second later; the final one falls back.
                padded_fallback=is_final,
            ),
            prompt=self._prompt(head, is_final),
            is_final=is_final,
            at_pause=at_pause,
            speech_ratio=head.speech_frames / head.frames if head.frames else 1.0,
            new_audio_s=new_audio_s,
        )

    def _prompt(self, head: _Utterance, is_final: bool) -> str:
        # Words of this utterance trimmed from the buffer always go in: the audio continues
        # mid-sentence, and without them a short decode restarts the sentence.
        own = head.text_before_buffer()
        if self.task == "translate":
            # The session's earlier English text broke words in translations: on real_fr
            # the decodes that ended utterances read "assume ive obligations", "a
            # conservator of ieso and forer and ies general" where the interim decodes
            # before them, without it, had "the obligations", "the ZO and Forey". Without
            # it there too, no such fragment is left, and real_fr's chrF against the
            # offline translation is 72.4 against 69.3 (real_de 72.0 against 72.3).
            return own
        if not own and (
            not is_final or head.samples / SAMPLE_RATE < self.config.prompt_min_audio_s
        ):
            return ""
        return self.context.prompt(own)

    # -- output ------------------------------------------------------------------
    def apply(self, request: DecodeRequest, result: DecodeResult) -> StreamOutput:
        """Turn a decode of ``request`` into caption events."""
        out = StreamOutput()
        self._observe_language(request, result, out)
        if result.looped and not request.is_final:
            # A looping interim decode says nothing about the words the one before heard:
            # they stay as they are until the next decode, a second of audio later.
            out.dropped = "looped"
            self._note_waiting()
            return out
        verdict = judge(result, request.speech_ratio)
        words: list[Word] = []
        skipped_from: float | None = None
        if verdict.keep:
            end_limit = request.end_s
            words = [
                Word(
                    w.text,
                    round(request.offset_s + w.start_s, 3),
                    round(min(request.offset_s + w.end_s, end_limit), 3),
                    w.probability,
                )
                for w in strip_non_speech(result.words)
            ]
            if not self._utterances[0].committed:
                words = drop_unlikely_lead(words)
            words, skipped_from = self._before_skipped_speech(
                words, request.offset_s, request.end_s
            )
        else:
            out.dropped = verdict.reason
            log.debug("session %s: dropped (%s): %r", self.session, verdict.reason, result.text)

        head = self._utterances[0]
        if request.is_final:
            heard = self.tracker.tentative
            committed = self.tracker.finish(words) if verdict.keep else []
            if not committed and heard:
                # The last decode was rejected or heard only words already final: what
                # the one before heard (and the filters passed) is all there is of them.
                committed = self.tracker.finish(heard)
            self.tracker.abandon()
        else:
            committed = self.tracker.insert(
                words,
                request.end_s - self.config.holdback_s,
                whole_sentences=self.task == "translate",
            )
            if self.task != "translate" and self.config.settle_after_s:
                end_s = request.end_s
                committed += self.tracker.settle(
                    end_s - self.config.settle_after_s, end_s - self.config.settle_anyway_after_s
                )
            if head.samples / SAMPLE_RATE > self.config.force_commit_after_s:
                committed += self.tracker.commit_through(head.end_s - 5.0)
        head.committed.extend(committed)
        self._emit(out, committed)

        if request.is_final:
            if self._decode_rest(head, request):
                pass
            elif not request.at_pause or head.ended:
                self._close_head()
            elif not head.committed:
                # Nothing to read before the pause; what follows it is decoded alone.
                self._decode_from(head, request.end_s)
            elif head.samples / SAMPLE_RATE > self.config.trim_after_s:
                self._trim_settled(head)
        elif (
            skipped_from is not None
            and head.committed
            and head.committed[-1].end_s >= skipped_from - 0.05
        ):
            self._decode_from(head, skipped_from)
        elif head.samples / SAMPLE_RATE > self.config.trim_after_s and head.committed:
            self._trim_settled(head)
        self._note_waiting()
        return out

    def _close_head(self) -> None:
        head = self._utterances.popleft()
        self.context.add("".join(w.text for w in head.committed))
        self._last_ended = head
        # Words a lead-in will hear again stay known, so they are not said twice.
        self.tracker.forget_before(self.tracker.committed_end_s - self.config.lead_in_s - 1)

    def _before_skipped_speech(
        self, words: list[Word], offset_s: float, end_s: float
    ) -> tuple[list[Word], float | None]:
        """A decode's words up to the first stretch of ``unheard_rest_s`` or more that it
        has no word for, and where that stretch begins (None if there is none); one that
        runs to the audio's end counts too, as ``_decode_rest`` counts it at the end of
        an utterance.

        An utterance holds no pause of half a second (``SegmenterConfig.end_silence_s``),
        so such a stretch is speech the decoder skipped: Whisper can jump its timestamps
        over a sentence. Real_en's utterances joined with 0.35 s pauses lost "All nouns
        alongside the word Sie..." whole: eight decodes in a row went from "...by a
        similar process." at 154.3 s to "Twentieth century research" at 164.4 s, those
        words became final, and the audio between was trimmed away unheard, while the two
        decodes that began at 154.3 s heard the sentence. Translated words are placed
        too loosely for this.
        """
        if self.task == "translate":
            return words, None
        # Audio before the words already final was heard; the stretch from where it
        # begins to the first new word was not, unless the buffer begins there (then it
        # was decoded from its start and holds no word). The audio's end closes the last
        # stretch.
        last_end = max(self.tracker.committed_end_s, offset_s)
        for i, start_s in enumerate([*(w.start_s for w in words), end_s]):
            word = words[i] if i < len(words) else None
            if word is not None and (word.start_s + word.end_s) / 2 <= self.tracker.committed_end_s:
                continue
            if start_s - last_end >= self.config.unheard_rest_s and last_end > offset_s + 0.05:
                log.info(
                    "session %s: the decode has no word for %.1f s of speech from %.1f s",
                    self.session, start_s - last_end, last_end,
                )  # fmt: skip
                return words[:i], last_end
            if word is not None:
                last_end = max(last_end, word.end_s)
        return words, None

    def _decode_from(self, head: _Utterance, time_s: float) -> None:
        """The next decode starts at ``time_s``, with the words before as its prompt."""
        head.trim_to(time_s)
        head.decoded_samples = 0

    def _decode_rest(self, head: _Utterance, request: DecodeRequest) -> bool:
        """Keep the audio after the utterance's last final word for one more final decode, if the
        decode stopped ``unheard_rest_s`` or more before its audio's end."""
        heard = head.committed
        # A decode of the rest that heard nothing new ends it: the audio left is not speech
        # the model can read.
        if not heard or heard[-1].end_s <= head.start_s + 0.05:
            return False
        end_s = request.end_s
        resumed_s = head.resumed_s
        if resumed_s is not None and resumed_s < end_s:  # this decode had that speech
            head.resumed_s = None
            if heard[-1].end_s < resumed_s:
                # The speech after a short pause is unheard, however short: the decoder
                # stopped at the sentence before it (real_es: "...temas específicos." and
                # then nothing for "Oravec 2002").
                log.info(
                    "session %s: the decode stopped at a pause; decoding the rest", self.session
                )
                self._decode_from(head, heard[-1].end_s)
                return True
        if end_s - heard[-1].end_s < self.config.unheard_rest_s:
            return False
        log.info(
            "session %s: the decode stopped %.1f s before its audio did; decoding the rest",
            self.session, end_s - heard[-1].end_s,
        )  # fmt: skip
        # Its words stay committed to this utterance: trimmed away, they are the prompt
        # (``text_before_buffer``) of the decode of the rest.
        self._decode_from(head, heard[-1].end_s)
        return True

    def _event(self, kind: CaptionKind, words: list[Word]) -> CaptionEvent:
        anchor = self.tracker.committed_end_s
        return CaptionEvent(
            session=self.session,
            kind=kind,
            text="".join(w.text for w in words).strip(),
            start_s=words[0].start_s if words else anchor,
            end_s=words[-1].end_s if words else anchor,
            audio_pos_s=self.audio_pos_s,
            language=self.language.code or "",
            words=tuple(words),
            buffered_s=self.buffered_s,
        )

    def _emit(self, out: StreamOutput, committed: list[Word]) -> None:
        if committed:
            out.events.append(self._event("final", committed))
        out.events.append(self._event("partial", self.tracker.tentative))

    def stop_interim_decodes(self) -> None:
        """The session is about to stop: what is left gets one quick decode, no more.

        Between the Stop and the last block of audio, the inference thread would
        otherwise start one more decode of the whole buffer (up to 2 s on two cores)
        only to decode it again as the final one. From here on a decode waits for the
        stop, covers only the undecided words and some context, with narrow beams.
        """
        self._stopping = True

    def end_utterance(self) -> None:
        """The session stops now: its open utterance has ended, whatever the VAD said."""
        self._stopping = True
        if self._utterances:
            self._utterances[-1].ended = True
            self._utterances[-1].held = False
        self._note_waiting()

    def _trim_settled(self, head: _Utterance) -> None:
        """Drop the buffer's audio under final words, but for ``context_s`` before the rest.

        A decode of only the undecided second or two loops ("Copy, modify, run, ..." then
        the same again) and costs more than the context it saved; a stopping session paid
        that at every Ctrl+C.
        """
        if not head.committed:
            return
        limit = head.committed[-1].end_s - self.config.context_s
        settled = [w.end_s for w in head.committed if w.end_s <= limit]
        if settled:
            head.trim_to(settled[-1])

    def skip(self, request: DecodeRequest) -> None:
        """A decode of ``request`` failed: give up that audio rather than retry it forever."""
        if request.at_pause and self._utterances:
            self.tracker.abandon()
            self._decode_from(self._utterances[0], request.end_s)
        elif request.is_final and self._utterances:
            self.tracker.abandon()
            self._utterances.popleft()
        self._note_waiting()

    def flush(self) -> list[CaptionEvent]:
        """The session stops: what is tentative now is all it will get; make it final.

        Audio not yet decoded is given up: the caller decodes it first if it can wait.
        """
        committed = self.tracker.finish(self.tracker.tentative)
        self._utterances.clear()
        self._waiting_since = None
        out = StreamOutput()
        self._emit(out, committed)
        return out.events
