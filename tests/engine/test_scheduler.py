"""Sessions through the scheduler: isolation between languages, fairness, faults.

The first tests use the real model on espeak-ng speech (tests.speech): what they check
needs speech, not a particular recording. The fairness and fault tests use a scripted
decoder: they check the scheduling logic, which does not depend on what is said.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.bench.metrics import error_rate
from app.engine.decoder import DecodeOptions, DecodeResult
from app.engine.events import CaptionEvent, Word
from app.engine.scheduler import Scheduler
from app.engine.segmenter import AudioChunk, Segmenter
from app.engine.stream import StreamConfig
from app.session import SessionConfig
from tests.speech import ENGLISH, GERMAN, TALK


def feed_all(scheduler: Scheduler, audio: dict[str, np.ndarray], block: int = 512):
    """Interleave the sessions' audio block by block, stepping the scheduler as it goes."""
    segmenters = {name: Segmenter() for name in audio}
    events: dict[str, list[CaptionEvent]] = {name: [] for name in audio}
    length = max(len(a) for a in audio.values())
    for i in range(0, length + block, block):
        for name, samples in audio.items():
            if i < len(samples):
                for chunk in segmenters[name].feed(samples[i : i + block]).chunks:
                    scheduler.push(name, chunk)
            elif i - block < len(samples):
                for chunk in segmenters[name].finish():
                    scheduler.push(name, chunk)
        if i % (block * 16) == 0:  # about two decodes a second of audio, like live
            while results := scheduler.steps():  # one session, or a batch on a GPU
                for result in results:
                    events[result.session] += result.events
                    assert not result.error
    for name in audio:
        events[name] += scheduler.close(name)
    return events


def finals(events: list[CaptionEvent]) -> str:
    return " ".join(e.text for e in events if e.is_final)


def test_two_languages_at_once_do_not_leak(decoder, speech: Path, german_speech: Path) -> None:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("en", "English", "en"))
    scheduler.open(SessionConfig("de", "Deutsch", "de"))
    english, german = scheduler.stream("en"), scheduler.stream("de")
    events = feed_all(
        scheduler,
        {"en": decode_audio(str(speech)), "de": decode_audio(str(german_speech))},
    )
    en_text, de_text = finals(events["en"]), finals(events["de"])
    assert error_rate(GERMAN, de_text) <= 0.2, de_text
    assert error_rate(ENGLISH, en_text) <= 0.15, en_text
    # Each session's prompt holds its own words only.
    assert "Pläne" in german.context.prompt() and "Pläne" not in english.context.prompt()
    assert "budget" in english.context.prompt() and "budget" not in german.context.prompt()
    assert all(e.language == "de" for e in events["de"] if e.is_final)
    assert all(e.session == "de" for e in events["de"])
    assert scheduler.sessions == []


def test_auto_language_is_detected_once_and_reported(decoder, spanish_speech: Path) -> None:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("s", "s", "auto"))
    stream = scheduler.stream("s")
    events = feed_all(scheduler, {"s": decode_audio(str(spanish_speech))})
    assert stream.language.code == "es"
    assert stream.language.probability > 0.5
    assert "presupuesto" in finals(events["s"]).lower()


def test_closing_a_session_finalises_its_buffered_speech(decoder, long_speech: Path) -> None:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("s", "s", "en"))
    segmenter = Segmenter()
    audio = decode_audio(str(long_speech))[: 5 * 16000]  # mid-sentence: no pause ended it
    for i in range(0, len(audio), 512):
        for chunk in segmenter.feed(audio[i : i + 512]).chunks:
            scheduler.push("s", chunk)
    events = scheduler.close("s")
    assert "give it to anyone" in finals(events)
    assert "s" not in scheduler


def test_a_stopping_session_gets_no_interim_decode_and_its_stop_decodes_the_rest(
    decoder, long_speech: Path
) -> None:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("s", "s", "en"))
    stream = scheduler.stream("s")
    segmenter = Segmenter()
    audio = decode_audio(str(long_speech))[: 12 * 16000]  # speech without a pause
    events: list[CaptionEvent] = []
    for i in range(0, len(audio), 512):
        if i <= 9 * 16000 < i + 512:
            scheduler.stopping("s")  # the Stop; capture delivers 3 s more before it ends
        for chunk in segmenter.feed(audio[i : i + 512]).chunks:
            scheduler.push("s", chunk)
        while (result := scheduler.step()) is not None:
            events += result.events
    assert not scheduler.has_work()
    assert stream.undecoded_s > 2.5  # nothing decoded after the Stop
    events += scheduler.close("s")
    final = [e for e in events if e.kind == "final"]
    assert final[-1].end_s > 11.0  # the stop's decode reached the last words
    assert "carries the same" in finals(events)  # said from 9.5 s, after the Stop


def test_closing_right_after_a_decode_finalises_its_words_without_another(
    decoder, long_speech: Path
) -> None:
    """Stopping when the last decode heard all the audio: its tentative words become final
    at once; decoding the same audio again would only delay the stop."""
    decodes = 0

    class Counted:
        count_tokens = decoder.count_tokens

        def decode(self, audio, options, prompt=""):
            nonlocal decodes
            decodes += 1
            return decoder.decode(audio, options, prompt)

    scheduler = Scheduler(lambda choice: Counted())
    scheduler.open(SessionConfig("s", "s", "en"))
    stream = scheduler.stream("s")
    segmenter = Segmenter()
    audio = decode_audio(str(long_speech))[: 20 * 16000]
    events: list[CaptionEvent] = []
    for i in range(0, len(audio), 512):
        for chunk in segmenter.feed(audio[i : i + 512]).chunks:
            scheduler.push("s", chunk)
        result = scheduler.step()
        if result is not None:
            events += result.events
            if stream.audio_pos_s > 8.0 and stream.tracker.tentative:
                break
    assert stream.undecoded_s < StreamConfig().stop_min_new_audio_s
    tentative = "".join(w.text for w in stream.tracker.tentative).strip()
    before = decodes
    closing = scheduler.close("s")
    assert decodes == before
    assert [e.text for e in closing if e.kind == "final"] == [tentative]
    assert "s" not in scheduler


def test_closing_mid_speech_does_not_decode_final_words_again(decoder, long_speech: Path) -> None:
    """A stop (Ctrl+C, the Stop button) must end within 2 s, so the last decode covers the
    undecided words and a little context, not the whole utterance again."""
    lengths: list[float] = []

    class Measured:  # the real model, with the length of each input noted
        count_tokens = decoder.count_tokens

        def decode(self, audio, options, prompt=""):
            lengths.append(len(audio) / 16000)
            return decoder.decode(audio, options, prompt)

    scheduler = Scheduler(lambda choice: Measured())
    scheduler.open(SessionConfig("s", "s", "en"))
    stream = scheduler.stream("s")
    segmenter = Segmenter()
    audio = decode_audio(str(long_speech))[: 12 * 16000]  # 12 s into 28 s without a pause
    events: list[CaptionEvent] = []
    for i in range(0, len(audio), 512):
        for chunk in segmenter.feed(audio[i : i + 512]).chunks:
            scheduler.push("s", chunk)
        # The last second arrives undecoded, so the stop has words to decode.
        if i % (512 * 16) == 0 and i < 11 * 16000:
            while (result := scheduler.step()) is not None:
                events += result.events
    final_end = stream.tracker.committed_end_s
    # No trim yet, and more final than the context kept.
    assert stream.buffered_s > 10.0 and final_end > StreamConfig().context_s + 1.5
    assert stream.undecoded_s >= StreamConfig().stop_min_new_audio_s
    undecided_s = stream.audio_pos_s - final_end
    decodes = len(lengths)
    events += scheduler.close("s")
    assert len(lengths) == decodes + 1
    # The cut falls at the end of a final word, so up to one word more than the context.
    assert lengths[-1] <= undecided_s + StreamConfig().context_s + 1.0
    # Decoding it all again would take the whole buffer; the final words before the kept
    # context are left out.
    assert lengths[-1] <= stream.audio_pos_s - (final_end - StreamConfig().context_s) + 0.5
    text = finals(events)
    words = TALK.split()
    n = len(text.split())
    # The caption is a prefix of what espeak read; which prefix depends on the words
    # dropped. Base writes "license" for espeak's "licence": 2 of 36 words.
    wer = min(error_rate(" ".join(words[:k]), text) for k in range(max(1, n - 6), n + 7))
    assert wer <= 0.15, text
    assert "carries the same" in text  # said after the last word final before the stop


class ScriptedDecoder:
    """Says 'word<n>' for each second of audio; raises for sessions marked as broken."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.fail_next = False

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def decode(self, audio: np.ndarray, options: DecodeOptions, prompt: str = "") -> DecodeResult:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("simulated CTranslate2 failure")
        seconds = len(audio) / 16000
        self.calls.append(seconds)
        words = [Word(f" word{i}", float(i), i + 0.9, 0.9) for i in range(int(seconds))]
        return DecodeResult(words, options.language or "en", 1.0, 0.0, -0.2, 1.0, seconds)


def speech(seconds: float, start_s: float, starts: bool = False) -> AudioChunk:
    samples = np.full(int(seconds * 16000), 0.1, np.float32)
    frames = int(seconds / 0.03)
    return AudioChunk(samples, start_s, frames, frames, starts_utterance=starts)


def test_oldest_waiting_session_goes_first() -> None:
    clock = [0.0]
    scheduler = Scheduler(lambda c: ScriptedDecoder(), clock=lambda: clock[0])
    for name in ("a", "b", "c"):
        scheduler.open(SessionConfig(name, name, "en"))
    for name in ("b", "c", "a"):
        clock[0] += 1
        scheduler.push(name, speech(2.5, 0.0, starts=True))
    order = [scheduler.step().session for _ in range(3)]
    assert order == ["b", "c", "a"]
    assert scheduler.step() is None


def test_a_late_session_gets_all_its_pending_audio_in_one_decode() -> None:
    decoder = ScriptedDecoder()
    scheduler = Scheduler(lambda c: decoder)
    scheduler.open(SessionConfig("s", "s", "en"))
    scheduler.push("s", speech(0.5, 0.0, starts=True))
    for i in range(1, 8):  # the thread was busy: eight chunks queued up
        scheduler.push("s", speech(0.5, i * 0.5))
    result = scheduler.step()
    assert decoder.calls == [4.0]
    assert result.decoded_audio_s == pytest.approx(4.0)
    assert scheduler.step() is None


def test_a_failing_decode_affects_only_its_session() -> None:
    decoder = ScriptedDecoder()
    scheduler = Scheduler(lambda c: decoder)
    scheduler.open(SessionConfig("bad", "bad", "en"))
    scheduler.open(SessionConfig("good", "good", "en"))
    scheduler.push("bad", speech(2.0, 0.0, starts=True))
    scheduler.push("good", speech(2.0, 0.0, starts=True))
    decoder.fail_next = True
    first = scheduler.step()
    second = scheduler.step()
    assert first.session == "bad" and "simulated" in first.error
    assert second.session == "good" and not second.error
    # The failed session keeps working for its next audio.
    scheduler.push("bad", speech(1.0, 2.0))
    assert not scheduler.step().error


def test_undecided_speech_stays_bounded_in_endless_talk() -> None:
    """A decoder that never agrees must not let the buffer grow past 30 s."""

    class Disagreeing(ScriptedDecoder):
        def decode(self, audio, options, prompt=""):
            result = super().decode(audio, options, prompt)
            n = len(self.calls)
            result.words = [
                Word(f" w{n}x{i}", w.start_s, w.end_s, 0.9) for i, w in enumerate(result.words)
            ]
            return result

    scheduler = Scheduler(lambda c: Disagreeing())
    scheduler.open(SessionConfig("s", "s", "en"))
    scheduler.push("s", speech(0.5, 0.0, starts=True))
    for i in range(1, 240):  # two minutes without a pause
        scheduler.push("s", speech(0.5, i * 0.5))
        scheduler.step()
        assert scheduler.stream("s").buffered_s <= 30.0
