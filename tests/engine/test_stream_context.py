"""A live stream's context: the end of the utterance before leads in, words that flip
for ever still settle, translations commit whole sentences."""

from __future__ import annotations

from app.engine.agreement import StabilityTracker
from app.engine.decoder import DecodeResult
from app.engine.events import Word
from app.engine.segmenter import SAMPLE_RATE
from app.engine.stream import CaptionStream, StreamConfig
from tests.engine.level_reader import LevelReader, utterance


def feed(stream: CaptionStream, decoder, chunks, requests: list | None = None) -> list:
    events = []
    for chunk in chunks:
        stream.push(chunk)
        while stream.wants_decode():
            request = stream.make_request()
            if requests is not None:
                requests.append(request)
            result = decoder.decode(request.audio, request.options, request.prompt)
            events.extend(stream.apply(request, result).events)
    return events


def final_words(events) -> list[str]:
    """The utterance each final word was heard in: u3x5 -> u3."""
    return [w.text.strip().split("x")[0] for e in events if e.kind == "final" for w in e.words]


def test_a_translated_utterance_is_heard_after_the_end_of_the_one_before() -> None:
    decoder = LevelReader()
    stream = CaptionStream("s", "de", "translate", decoder.count_tokens)
    requests: list = []
    events = feed(stream, decoder, utterance(1, 0.0, 3.0))
    events += feed(stream, decoder, utterance(2, 4.0, 4.0), requests)
    # Every decode of utterance 2 starts 2 s into utterance 1, its pause kept as it was.
    assert all(abs(r.offset_s - 1.0) < 1e-6 for r in requests)
    assert abs(len(requests[0].audio) / SAMPLE_RATE - (2.0 + 1.0 + 2.0)) < 0.01
    # Utterance 1's words, heard again, are not said twice; utterance 2's all arrive.
    words = final_words(events)
    assert words.count("u1") == 6 and words.count("u2") == 8, words


def test_no_lead_in_after_a_long_pause_nor_when_transcribing() -> None:
    decoder = LevelReader()
    for task, gap in (("translate", 5.0), ("transcribe", 0.8)):
        stream = CaptionStream("s", "de", task, decoder.count_tokens)
        requests: list = []
        feed(stream, decoder, utterance(1, 0.0, 3.0))
        feed(stream, decoder, utterance(2, 3.0 + gap, 3.0), requests)
        assert requests[0].offset_s == 3.0 + gap, task


class Flipper:
    """Hears one word a second, but the first word changes on every decode."""

    def __init__(self) -> None:
        self.calls = 0

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def decode(self, audio, options, prompt: str = "") -> DecodeResult:
        self.calls += 1
        seconds = len(audio) / SAMPLE_RATE
        first = " an" if self.calls % 2 else " the"
        words = [Word(first if i == 0 else f" w{i}", float(i), i + 0.8, 0.9)
                 for i in range(int(seconds))]  # fmt: skip
        return DecodeResult(words, "en", 1.0, 0.0, -0.2, 1.0, seconds)


def test_a_word_that_keeps_flipping_does_not_hold_back_the_sentence() -> None:
    decoder = Flipper()
    stream = CaptionStream("s", "en", "transcribe", decoder.count_tokens, StreamConfig())
    chunks = utterance(1, 0.0, 12.0)
    events = feed(stream, decoder, chunks[:-1])  # still talking at 12 s
    finals = [e for e in events if e.kind == "final"]
    assert finals, "nothing became final in 12 s of speech"
    # The flipping word settles once settle_anyway_after_s old, and the words after it,
    # which every decode hears alike, within settle_after_s (plus a decode interval).
    last_final_end = max(e.end_s for e in finals)
    assert last_final_end >= 12.0 - StreamConfig().settle_after_s - 1.5
    words = final_words(events)
    assert words[0] in ("an", "the") and words[1:4] == ["w1", "w2", "w3"]


def test_a_translation_commits_only_whole_sentences() -> None:
    tracker = StabilityTracker()

    def hypothesis(*texts: str) -> list[Word]:
        return [Word(" " + t, i * 0.5, i * 0.5 + 0.4) for i, t in enumerate(texts)]

    tracker.insert(hypothesis("The", "project", "begins", "in", "January", "and"),
                   whole_sentences=True)  # fmt: skip
    agreed = tracker.insert(hypothesis("The", "project", "begins", "in", "January", "and"),
                            whole_sentences=True)  # fmt: skip
    assert agreed == []  # agreed, but half a sentence
    agreed = tracker.insert(
        hypothesis("The", "project", "begins.", "It", "lasts"), whole_sentences=True
    )
    # Agreed (punctuation aside) and this decode ends the sentence there.
    assert [w.text.strip() for w in agreed] == ["The", "project", "begins."]
    agreed = tracker.insert(hypothesis("The", "project", "begins.", "It", "takes", "three"),
                            whole_sentences=True)  # fmt: skip
    assert agreed == []  # "It" agreed, its sentence not finished


class LoopsOnce(LevelReader):
    """A LevelReader whose ``loop_at``-th decode loops, as a short decode of real speech
    sometimes does: it comes back without words where the caller asked for no fallback."""

    def __init__(self, loop_at: int) -> None:
        super().__init__()
        self.loop_at = loop_at
        self.fallbacks: list[bool] = []

    def decode(self, audio, options, prompt: str = "") -> DecodeResult:
        result = super().decode(audio, options, prompt)
        self.fallbacks.append(options.padded_fallback)
        if len(self.calls) == self.loop_at and not options.padded_fallback:
            return DecodeResult([], "en", 1.0, 0.0, -0.2, 1.0, result.duration_s, looped=True)
        return result


def test_a_looping_interim_decode_leaves_the_words_heard_before() -> None:
    decoder = LoopsOnce(loop_at=3)
    stream = CaptionStream("s", "en", "transcribe", decoder.count_tokens)
    chunks = utterance(1, 0.0, 6.0)
    events: list = []
    partials_before: list[str] = []
    for chunk in chunks:
        stream.push(chunk)
        while stream.wants_decode():
            request = stream.make_request()
            if len(decoder.calls) == 2:
                partials_before = [w.text for w in stream.tracker.tentative]
            result = decoder.decode(request.audio, request.options, request.prompt)
            output = stream.apply(request, result)
            if result.looped:
                # Nothing shown changes: no event, the tentative words as they were.
                assert output.events == [] and output.dropped == "looped"
                assert [w.text for w in stream.tracker.tentative] == partials_before
                assert partials_before, "the decode before the loop heard nothing"
            events.extend(output.events)
    # Only the decode that ends the utterance may fall back to the padded 30 s decode.
    assert decoder.fallbacks[-1] and not any(decoder.fallbacks[:-1]), decoder.fallbacks
    assert final_words(events) == ["u1"] * 12


def requests_of_a_long_second_utterance(language: str, task: str) -> list:
    """The decodes of a 10 s utterance said 1 s after a 3 s one."""
    decoder = LevelReader()
    stream = CaptionStream("s", language, task, decoder.count_tokens)
    feed(stream, decoder, utterance(1, 0.0, 3.0))
    requests: list = []
    feed(stream, decoder, utterance(2, 4.0, 10.0), requests)
    return requests


def test_only_the_decode_that_ends_a_long_utterance_hears_the_ones_before() -> None:
    *interim, final = requests_of_a_long_second_utterance("en", "transcribe")
    # Interim decodes of 8 s and more looped on the prompt (real_en: 1-2 s each, decoded
    # again): they go without it, and the one that ends the utterance has it.
    assert any(len(r.audio) / SAMPLE_RATE >= 8.0 for r in interim)
    assert all(r.prompt == "" for r in interim)
    assert final.is_final and "u1x0" in final.prompt, final.prompt


def test_a_translation_hears_no_earlier_text() -> None:
    # With the session's English text as prompt, real_fr's final decodes broke words
    # ("assume ive obligations"); the lead-in's audio gives the context instead.
    final = requests_of_a_long_second_utterance("fr", "translate")[-1]
    assert final.is_final and final.prompt == "", final.prompt


def test_speech_after_where_the_last_decode_stopped_is_decoded_again() -> None:
    # Every decode hears only its first 6 s, as Whisper translating a long sentence once
    # stopped 13 s before the end of its audio.
    for task in ("transcribe", "translate"):
        decoder = LevelReader(hears_s=6.0)
        stream = CaptionStream("s", "de", task, decoder.count_tokens)
        events = feed(stream, decoder, utterance(1, 0.0, 12.0))
        events += feed(stream, decoder, utterance(2, 15.0, 3.0))  # no lead-in: 3 s apart
        words = [w.text.strip() for e in events if e.kind == "final" for w in e.words]
        # All 24 half seconds of utterance 1, each once, then utterance 2's.
        assert words == [f"u1x{i}" for i in range(24)] + [f"u2x{i}" for i in range(6)], task


class HearsTheFirstWords(LevelReader):
    """Hears only the first ``words`` half seconds of each utterance, wherever they fall
    in its audio: the rest of the utterance is sound it cannot read."""

    def __init__(self, words: int) -> None:
        super().__init__()
        self.words = words

    def decode(self, audio, options, prompt: str = "") -> DecodeResult:
        result = super().decode(audio, options, prompt)
        result.words = [w for w in result.words if int(w.text.split("x")[1]) < self.words]
        return result


def test_a_rest_that_stays_unheard_is_decoded_once() -> None:
    decoder = HearsTheFirstWords(8)
    stream = CaptionStream("s", "de", "translate", decoder.count_tokens)
    events = []
    for chunk in utterance(1, 0.0, 9.0):
        stream.push(chunk)
        for _ in range(50):
            if not stream.wants_decode():
                break
            request = stream.make_request()
            result = decoder.decode(request.audio, request.options, request.prompt)
            events.extend(stream.apply(request, result).events)
        assert not stream.wants_decode(), "the stream kept asking to decode the same rest"
    words = [w.text.strip() for e in events if e.kind == "final" for w in e.words]
    assert words == [f"u1x{i}" for i in range(8)], words


class SkipsASentence(LevelReader):
    """Skips half seconds ``skipped`` of utterance 1 unless its audio begins with them: as
    Whisper jumps its timestamps over a sentence it would hear if decoded from there."""

    def __init__(self, skipped: range) -> None:
        super().__init__()
        self.skipped = skipped

    def decode(self, audio, options, prompt: str = "") -> DecodeResult:
        result = super().decode(audio, options, prompt)
        index = [int(w.text.split("x")[1]) for w in result.words]
        if index and index[0] < self.skipped.start:
            result.words = [w for w, i in zip(result.words, index, strict=True)
                            if i not in self.skipped]  # fmt: skip
        return result


def test_speech_a_decode_skipped_is_decoded_from_where_it_begins() -> None:
    decoder = SkipsASentence(range(12, 22))  # 6-11 s of a 16 s utterance
    stream = CaptionStream("s", "en", "transcribe", decoder.count_tokens)
    events = feed(stream, decoder, utterance(1, 0.0, 16.0))
    words = [w.text.strip() for e in events if e.kind == "final" for w in e.words]
    assert words == [f"u1x{i}" for i in range(32)], words


def test_speech_after_a_short_pause_is_heard_after_the_words_before_it() -> None:
    # Cut at every half-second pause, real_de's 18 s sentence was four utterances, each
    # decoded alone ("verteilen. stehestand." for "... verteilen, zum Stillstand").
    decoder = LevelReader()
    stream = CaptionStream("s", "de", "transcribe", decoder.count_tokens)
    events = feed(stream, decoder, utterance(1, 0.0, 3.0, long_pause=False))
    # The pause already made utterance 1's words final, before any more speech came.
    assert final_words(events) == ["u1"] * 6
    requests: list = []
    events += feed(stream, decoder, utterance(2, 3.6, 3.0), requests)
    # Every decode of what follows starts where utterance 1 did, the pause kept as silence.
    assert requests and all(r.offset_s == 0.0 for r in requests), [r.offset_s for r in requests]
    assert all(abs(len(r.audio) / SAMPLE_RATE - 6.6) < 0.01 for r in requests[-1:])
    assert final_words(events) == ["u1"] * 6 + ["u2"] * 6


def test_after_a_long_pause_the_next_utterance_is_decoded_alone() -> None:
    decoder = LevelReader()
    stream = CaptionStream("s", "de", "transcribe", decoder.count_tokens)
    feed(stream, decoder, utterance(1, 0.0, 3.0))  # its long-pause marker follows
    requests: list = []
    feed(stream, decoder, utterance(2, 3.6, 3.0), requests)
    assert requests[0].offset_s == 3.6


def test_a_decode_that_stops_before_the_speech_after_a_pause_is_decoded_again() -> None:
    # real_es: the decode after "Oravec 2002" was said ended at "...temas específicos.",
    # the sentence before the pause, and the 1.5 s after it was never shown.
    decoder = LevelReader(hears_s=3.0)
    stream = CaptionStream("s", "es", "transcribe", decoder.count_tokens)
    events = feed(stream, decoder, utterance(1, 0.0, 3.0, long_pause=False))
    events += feed(stream, decoder, utterance(2, 3.6, 1.0))
    assert final_words(events) == ["u1"] * 6 + ["u2"] * 2
