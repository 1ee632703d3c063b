"""Batched decodes (a GPU serving several sessions at once) against one at a time.

Run on the CPU with the real model: the batch logic is the same on every device, only
its speed differs. Equal input lengths and prompt lengths must give exactly the same
result; otherwise the shorter input is followed by more silence, which may move its
words' times by a frame or two and, rarely, their case or punctuation ("And so" for
"and so" after 5.6 s more silence): the same words to agreement, which compares them
case-folded and without punctuation. The inputs are cuts of espeak-ng speech in three
languages (tests.speech): batching must not change what any speech decodes to.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.engine.agreement import normalise
from app.engine.decoder import DecodeOptions, DecodeResult

SR = 16000
# The alignment of a word can move by a few 20 ms encoder frames when more silence
# follows the audio; the last word's end, where the decoder stops attending to speech,
# moves most (measured on recordings: 2.48 s -> 2.60 s for jfk's first 2.6 s behind 5.6 s more
# silence, 4.40 s -> 4.68 s for meeting_es's first 5.3 s behind 2.9 s more). Agreement
# holds back the last 0.45 s anyway.
WORD_TIME_TOLERANCE_S = 0.1
LAST_END_TOLERANCE_S = 0.35


@pytest.fixture(scope="module")
def cut(speech: Path, german_speech: Path, spanish_speech: Path):
    """``cut(language, start_s, end_s)``: that stretch of the language's espeak-ng speech."""
    audio = {
        "en": decode_audio(str(speech)),
        "de": decode_audio(str(german_speech)),
        "es": decode_audio(str(spanish_speech)),
    }

    def make(language: str, start_s: float, end_s: float) -> np.ndarray:
        return audio[language][int(start_s * SR) : int(end_s * SR)]

    return make


def _same_words(batched: DecodeResult, alone: DecodeResult, tolerance_s: float) -> None:
    assert [normalise(w.text) for w in batched.words] == [normalise(w.text) for w in alone.words]
    punctuated_apart = False
    for b, a in zip(batched.words, alone.words, strict=True):
        # Where the two differ in punctuation, the pause after the word goes to its comma's
        # token in one and to the next word's start in the other: in a batch "zusammen,"
        # ended at 1.68 s and "und" started there, alone "zusammen" ended at 1.30 s and
        # "und" started at 1.30 s (a 2-core AMD EPYC).
        if not punctuated_apart:
            assert abs(b.start_s - a.start_s) <= tolerance_s, (b, a)
        punctuated_apart = b.text.strip() != a.text.strip()
        if punctuated_apart:
            continue
        last = b is batched.words[-1]
        assert abs(b.end_s - a.end_s) <= (LAST_END_TOLERANCE_S if last else tolerance_s), (b, a)


def test_equal_lengths_decode_exactly_as_alone(decoder, cut) -> None:
    items = [
        (cut("en", 0.0, 4.0), DecodeOptions("en", beam_size=2), ""),
        (cut("es", 0.0, 4.0), DecodeOptions("es", beam_size=2), ""),
        (cut("de", 0.5, 4.5), DecodeOptions(None, beam_size=2), ""),
    ]
    batched = decoder.decode_batch(items)
    for (audio, options, prompt), result in zip(items, batched, strict=True):
        alone = decoder.decode(audio, options, prompt)
        assert result.tokens == alone.tokens
        assert result.words == alone.words
        assert result.language == alone.language
        assert result.avg_logprob == pytest.approx(alone.avg_logprob, abs=1e-5)
        assert result.no_speech_prob == pytest.approx(alone.no_speech_prob, abs=1e-5)
    assert batched[2].language == "de"
    assert batched[2].language_probs[0][0] == "de"


def test_different_lengths_and_languages_give_the_same_words(decoder, cut) -> None:
    items = [
        (cut("en", 0.0, 2.6), DecodeOptions("en", beam_size=2), ""),
        (cut("en", 0.0, 8.2), DecodeOptions("en", beam_size=2), ""),
        (cut("es", 0.0, 5.3), DecodeOptions("es", beam_size=2), ""),
        (cut("de", 0.0, 6.0), DecodeOptions("de", beam_size=2), ""),
    ]
    batched = decoder.decode_batch(items)
    assert len(batched) == 4
    for (audio, options, prompt), result in zip(items, batched, strict=True):
        alone = decoder.decode(audio, options, prompt)
        assert result.duration_s == alone.duration_s
        _same_words(result, alone, WORD_TIME_TOLERANCE_S)
    # The longest input has no extra silence: it is decoded exactly as alone.
    longest = decoder.decode(*items[1])
    assert batched[1].words == longest.words and batched[1].tokens == longest.tokens
    assert "budget for next year" in batched[1].text


def test_prompts_of_different_lengths_keep_the_latest_tokens_of_the_shortest(decoder, cut) -> None:
    """CTranslate2 refuses a batch whose prompts differ in length; the batch cuts the
    longer ones to the shortest, which for equal lengths is the prompt as given."""
    audio_en = cut("en", 0.0, 4.0)
    audio_es = cut("es", 0.0, 4.0)
    short, long = "my fellow citizens", "We meet today in a spirit of hope, my fellow citizens"
    items = [
        (audio_en, DecodeOptions("en", beam_size=2), short),
        (audio_es, DecodeOptions("es", beam_size=2), long),
    ]
    batched = decoder.decode_batch(items)
    assert batched[0].tokens == decoder.decode(*items[0]).tokens
    count = decoder.count_tokens(" " + short)
    cut_prompt = decoder._hf_tokenizer.decode(
        decoder._hf_tokenizer.encode(" " + long, add_special_tokens=False).ids[-count:]
    )
    assert decoder.count_tokens(" " + cut_prompt.strip()) == count  # same tokens, as text
    alone = decoder.decode(audio_es, items[1][1], cut_prompt)
    assert batched[1].tokens == alone.tokens
    assert batched[1].words == alone.words


def test_items_that_cannot_share_a_call_are_decoded_alone(decoder, cut) -> None:
    audio = cut("en", 0.0, 4.0)
    items = [
        (audio, DecodeOptions("en", beam_size=5), ""),  # a beam of its own
        (audio, DecodeOptions("en", beam_size=2, padded=True), ""),  # the 30 s input
        (audio, DecodeOptions("en", beam_size=2), "And so"),  # the only one with a prompt
        (audio[: 3 * SR], DecodeOptions("en", beam_size=2), ""),
    ]
    batched = decoder.decode_batch(items)
    for item, result in zip(items, batched, strict=True):
        alone = decoder.decode(*item)
        assert (result.tokens, result.words, result.padded) == (
            alone.tokens,
            alone.words,
            alone.padded,
        )
    assert batched[1].padded


def test_the_decoder_says_where_it_runs(decoder) -> None:
    assert decoder.device == "cpu"
