"""Decoding a few seconds of audio with Whisper, without paying for 30 seconds.

``faster_whisper.WhisperModel.transcribe`` always pads its input to 30 s, so the encoder
costs ~1 s whatever the length. CTranslate2's Whisper accepts shorter mel input, which
costs ~0.1-0.2 s for a few seconds; but a decoder fed a short encoding can loop on its
last sentence. So the short decode is guarded: its output length is bounded by the audio
length, and a result that is too repetitive, or that hit the bound, is decoded again
from the padded 30 s input, as Whisper was trained.

This module drives CTranslate2 through faster-whisper's feature extractor and tokenizer,
and is the only place that knows about tokens.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel
from faster_whisper.audio import pad_or_trim
from faster_whisper.tokenizer import Tokenizer
from faster_whisper.transcribe import TranscriptionOptions, get_suppressed_tokens

from app.audio.base import SAMPLE_RATE
from app.engine.agreement import ends_sentence, normalise
from app.engine.events import Word
from app.engine.features import log_mel

log = logging.getLogger(__name__)

# Speech ran at 2.6-4.3 tokens/s with its timestamps (10 s cuts of jfk, the meetings in
# en/de/es, a fast-read licence); the margin lets fast speakers through while a looping
# decoder hits the bound within a second of output.
_TOKENS_PER_SECOND_BOUND = 7.0
_TOKENS_MARGIN = 10
_COMPRESSION_RATIO_LIMIT = 2.4
# Trailing silence appended to a short input. Measured on jfk and meeting_en cuts: without
# it, 6 of 11 short decodes looped ("and so my fellow Americans and so my fellow ..."); with
# 1 s, 1 of 11 did, and timestamp tokens past the end are forbidden on top of that.
_TRAILING_SILENCE_S = 1.0
# A phrase of this many tokens or more said twice in a row is taken as a decoder loop.
_MIN_LOOP_TOKENS = 3
# The same for words told apart only by case and punctuation. Real speech does repeat
# two words ("no, no", "I think, I think"), rarely three.
_MIN_LOOP_WORDS = 3
# Whisper's positional embedding covers 30 s; beyond that the input must be split.
MAX_INPUT_S = 30.0
_FRAME_S = 0.01  # one mel frame
# A word longer than twice the median word (at most 0.7 s) after a pause took the pause
# as its own: see ``_without_pauses``.
_MAX_MEDIAN_WORD_S = 0.7
# faster-whisper's transcribe() defaults, which a window of a file is decoded with (see
# ``DecodeOptions.window``): the offline pass files are measured against.
_OFFLINE_DEFAULTS = {
    "best_of": 5, "patience": 1.0, "length_penalty": 1.0, "repetition_penalty": 1.0,
    "no_repeat_ngram_size": 0, "log_prob_threshold": -1.0, "no_speech_threshold": 0.6,
    "compression_ratio_threshold": 2.4, "condition_on_previous_text": True,
    "prompt_reset_on_temperature": 0.5, "temperatures": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
    "initial_prompt": None, "prefix": None, "suppress_blank": True, "without_timestamps": False,
    "max_initial_timestamp": 1.0, "word_timestamps": False, "prepend_punctuations": "",
    "append_punctuations": "", "multilingual": False, "max_new_tokens": None,
    "clip_timestamps": "0", "hallucination_silence_threshold": None, "hotwords": None,
}  # fmt: skip
# The temperature fallback samples; a fixed seed makes a file give the same text every run.
_FALLBACK_SEED = 1


@dataclass(frozen=True)
class DecodeOptions:
    """How to decode; fixed for a session (language and task are locked by the session)."""

    language: str | None  # None: detect from this audio
    task: str = "transcribe"  # or "translate" (into English)
    beam_size: int = 1
    word_timestamps: bool = True
    # Also measure every language's probability when ``language`` is given: a session
    # still detecting decodes with its best guess so far, and gathers evidence meanwhile.
    detect_language: bool = False
    # Decode from Whisper's padded 30 s input, as it was trained (and as the short path
    # falls back to when its decode loops).
    padded: bool = False
    # Decode one window of an offline pass, exactly as faster-whisper's transcribe()
    # does: timestamps, temperature fallback, its no-speech skip, and the previous
    # window's tokens as the prompt (a token list). The result says how far the pass
    # moves on (``DecodeResult.advance_s``) and which tokens the next prompt continues.
    window: bool = False
    # The whole file's peak per mel band count (``features.spectrum_peak``), for windows.
    spectrum_peak: tuple[tuple[int, float], ...] | None = None
    # Windows: the audio starts this many mel frames (10 ms) before the window, so the
    # window's first frames are computed from the samples before them, as the pass's are.
    lead_frames: int = 0
    # A short decode that loops is decoded again from the padded 30 s input (~1 s on
    # one thread); without this it is returned as it is, wordless, for the caller to drop.
    padded_fallback: bool = True


@dataclass
class DecodeResult:
    words: list[Word]
    language: str
    language_probability: float
    no_speech_prob: float
    avg_logprob: float
    compression_ratio: float
    duration_s: float
    padded: bool = False  # True when the guarded short decode fell back to 30 s
    # The short decode looped and was returned without words, as asked
    # (``DecodeOptions.padded_fallback`` False).
    looped: bool = False
    hit_length_bound: bool = False  # the decoder was stopped, not finished
    tokens: list[int] = field(default_factory=list)
    raw_text: str = ""  # the text of ``tokens``, before it is split into words
    # Every language's probability for this audio, most likely first; empty unless the
    # language was detected (``language`` None or ``detect_language``).
    language_probs: list[tuple[str, float]] = field(default_factory=list)
    # Window decodes only (``DecodeOptions.window``): seconds of the input the pass is done
    # with (words after that are not given: the next window starts there and hears them
    # whole); the tokens, timestamps included, that the next window's prompt continues;
    # and the temperature that gave the result (above 0.5 the prompt starts afresh).
    advance_s: float = 0.0
    history: list[int] = field(default_factory=list)
    temperature: float = 0.0

    @property
    def text(self) -> str:
        return "".join(word.text for word in self.words).strip()


# The previous text a decode continues: words, or (windows of a file) the previous
# window's tokens as the decoder produced them.
Prompt = str | Sequence[int]


class Decoder(Protocol):
    """What the caption engine needs from a speech model."""

    def decode(
        self, audio: np.ndarray, options: DecodeOptions, prompt: Prompt = ""
    ) -> DecodeResult: ...

    def count_tokens(self, text: str) -> int: ...


_TRAILING_PUNCTUATION = set(".,!?:;%)]}\"'»。，、！？：；」』）…")


def _is_trailing_punctuation(word: str) -> bool:
    return bool(word) and all(char in _TRAILING_PUNCTUATION for char in word)


def has_loop(tokens: Sequence[object], min_len: int = _MIN_LOOP_TOKENS) -> bool:
    """True if some phrase of ``min_len`` or more tokens is immediately repeated."""
    n = len(tokens)
    for length in range(min_len, n // 2 + 1):
        for start in range(n - 2 * length + 1):
            if tokens[start : start + length] == tokens[start + length : start + 2 * length]:
                return True
    return False


def repeats_phrase(text: str, min_words: int = _MIN_LOOP_WORDS) -> bool:
    """True if some phrase of ``min_words`` or more words is said twice in a row, whatever
    its case and punctuation: "And so my fellow Americans. and so my fellow Americans"
    are different tokens, so ``has_loop`` misses it."""
    words = [w for w in (normalise(word) for word in text.split()) if w]
    return has_loop(words, min_words)


def cut_loop(tokens: list[int], min_len: int = _MIN_LOOP_TOKENS) -> list[int]:
    """``tokens`` up to the end of the first pass through their earliest loop."""
    n = len(tokens)
    for start in range(n):
        for length in range(min_len, (n - start) // 2 + 1):
            if tokens[start : start + length] == tokens[start + length : start + 2 * length]:
                return tokens[: start + length]
    return tokens


def cut_repeated_phrase(tokenizer: Tokenizer, tokens: list[int]) -> list[int]:
    """``tokens`` up to the end of the first pass through the earliest phrase of words said
    twice in a row (``repeats_phrase``), its punctuation kept: ``cut_loop`` misses a
    phrase said again in another case ("Se puede definir la una civilidad, se puede
    definir la una civilidad.")."""
    words, word_tokens = tokenizer.split_to_word_tokens(tokens)
    letters = [normalise(word) for word in words]
    spoken = [i for i, text in enumerate(letters) if text]  # punctuation is not a word
    first_pass = cut_loop([letters[i] for i in spoken], _MIN_LOOP_WORDS)
    if len(first_pass) == len(spoken):
        return tokens
    end = spoken[len(first_pass) - 1] + 1
    while end < len(words) and not letters[end]:
        end += 1
    return [t for part in word_tokens[:end] for t in part if t < tokenizer.eot]


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


class WhisperDecoder:
    """A loaded Whisper model; one per (model, device, precision), shared by sessions.

    Not thread-safe by itself: only the inference thread calls ``decode``.
    """

    def __init__(self, model: WhisperModel, allow_short_input: bool = True) -> None:
        self._model = model
        self._ct2: ctranslate2.models.Whisper = model.model
        self._hf_tokenizer = model.hf_tokenizer
        self.is_multilingual: bool = model.model.is_multilingual
        self.device: str = model.model.device  # "cpu" or "cuda": whether batches pay off
        self.allow_short_input = allow_short_input
        self._tokenizers: dict[tuple[str | None, str], Tokenizer] = {}

    def _tokenizer(self, language: str | None, task: str) -> Tokenizer:
        key = (language, task)
        if key not in self._tokenizers:
            self._tokenizers[key] = Tokenizer(
                self._hf_tokenizer, self.is_multilingual, task=task, language=language
            )
        return self._tokenizers[key]

    def count_tokens(self, text: str) -> int:
        return len(self._hf_tokenizer.encode(text, add_special_tokens=False).ids)

    def _encode(self, features: np.ndarray) -> ctranslate2.StorageView:
        storage = ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None]))
        return self._ct2.encode(storage, to_cpu=False)

    def decode(
        self, audio: np.ndarray, options: DecodeOptions, prompt: Prompt = ""
    ) -> DecodeResult:
        """Decode ``audio`` (16 kHz mono, at most 30 s), with ``prompt`` as previous text.

        Short input goes through the guarded path: a short decode; if it loops, the same
        without the prompt (in a live meeting_en run 14 of 65 short decodes looped with
        the prompt, 5 still did without it); then the first pass of the loop; only if
        that also fails, the padded 30 s decode, which costs ~1-3 s on two CPU cores.
        """
        if options.window:
            return self._decode_window(np.asarray(audio, dtype=np.float32), options, prompt)
        audio = _clipped(audio)
        duration_s = len(audio) / SAMPLE_RATE
        if not self._is_short(audio, options):
            return self._decode_padded(audio, duration_s, options, prompt)
        features = self._short_features(audio, len(audio))
        encoded = self._encode(features)
        result, ok = self._guarded(encoded, duration_s, options, prompt)
        if not ok and not options.padded_fallback:
            # An interim decode: its first pass through a phrase said again in other case
            # or punctuation is what it heard ("Se puede definir la una civilidad, se
            # puede definir..."); dropped, two such decodes in a row on real_es left a
            # sentence unshown for 4.5 s.
            result = self._cut(result, options, cut_repeated_phrase)
            ok = not self._looks_broken(result)
            if not ok:
                result.looped = True
                return result
        if ok:
            return self._with_words(result, options, self._aligner(encoded, features.shape[-1]))
        log.debug("short decode of %.1f s looped (%r); decoding padded", duration_s, result.text)
        return self._decode_padded(audio, duration_s, options, "")

    def _is_short(self, audio: np.ndarray, options: DecodeOptions) -> bool:
        duration_s = len(audio) / SAMPLE_RATE
        short = self.allow_short_input and duration_s + _TRAILING_SILENCE_S < MAX_INPUT_S
        return short and not (options.padded or options.window)

    def _short_features(self, audio: np.ndarray, samples: int) -> np.ndarray:
        """Mel frames of ``audio`` padded with silence to ``samples``, then the trailing
        silence every short decode gets."""
        silence = samples - len(audio) + int(_TRAILING_SILENCE_S * SAMPLE_RATE)
        features = self._model.feature_extractor(np.pad(audio, (0, silence)))
        # The encoder halves the frame count; keep it even so alignment lines up.
        return features[:, : _even_frames(len(audio) + silence)]

    def decode_batch(
        self, items: Sequence[tuple[np.ndarray, DecodeOptions, str]]
    ) -> list[DecodeResult]:
        """``decode`` of each (audio, options, prompt), in as few CTranslate2 calls as can be.

        A GPU runs a small batch in about the time of one decode; a CPU gains nothing
        (NOTES.md), so only the scheduler on CUDA calls this. Short decodes with the same
        beam and task, all with or all without a prompt, share one encode and one generate.
        One such call takes one input length and one prompt length, so two things differ
        from decoding each alone: a shorter item's audio is followed by more silence (to the
        longest item's end), and longer previous-text prompts keep only as many of their
        latest tokens as the shortest has (CTranslate2 refuses a batch whose
        <|startoftranscript|> tokens are not at one position). Beyond that the batch is
        exact (tests/engine/test_decode_batch.py). An item that looks broken, and one that
        is not short, goes through ``decode`` alone, retries and all.
        """
        results: dict[int, DecodeResult] = {}
        groups: dict[tuple[int, str, bool], list[int]] = {}
        for i, (audio, options, prompt) in enumerate(items):
            if self._is_short(_clipped(audio), options):
                key = (options.beam_size, options.task, bool(prompt))
                groups.setdefault(key, []).append(i)
            else:
                results[i] = self.decode(audio, options, prompt)
        for indexes in groups.values():
            group = [items[i] for i in indexes]
            decoded = self._decode_together(group) if len(group) > 1 else [self.decode(*group[0])]
            results.update(zip(indexes, decoded, strict=True))
        return [results[i] for i in range(len(items))]

    def _decode_together(
        self, items: Sequence[tuple[np.ndarray, DecodeOptions, str]]
    ) -> list[DecodeResult]:
        audios = [_clipped(audio) for audio, _, _ in items]
        all_options = [options for _, options, _ in items]
        durations = [len(audio) / SAMPLE_RATE for audio in audios]
        longest = max(len(audio) for audio in audios)
        features = np.stack([self._short_features(audio, longest) for audio in audios])
        encoded = self._ct2.encode(ctranslate2.StorageView.from_array(features), to_cpu=False)
        ranked: list = [None] * len(items)
        if self.is_multilingual and any(
            o.language is None or o.detect_language for o in all_options
        ):
            ranked = self._ct2.detect_language(encoded)
        languages = [self._pick_language(o, r) for o, r in zip(all_options, ranked, strict=True)]
        previous = [
            self._previous_tokens(self._tokenizer(language[0], o.task), prompt)
            for language, (_, o, prompt) in zip(languages, items, strict=True)
        ]
        # <|startofprev|> stays; the oldest text goes.
        keep = min(len(tokens) for tokens in previous)
        previous = [
            [*tokens[:1], *tokens[len(tokens) - keep + 1 :]] if keep else [] for tokens in previous
        ]
        generated = self._generate_batch(encoded, durations, all_options[0], previous, languages)
        frames = [
            _even_frames(len(audio) + int(_TRAILING_SILENCE_S * SAMPLE_RATE)) for audio in audios
        ]
        rows: list[np.ndarray] = []

        def aligned(i: int) -> Callable[[Tokenizer, list[int]], Any]:
            # Each item alone, on its row of the encoding: aligned as a batch, the other
            # items' longer token lists moved its last word's end (3.66 s -> 3.72 s).
            if not rows:
                rows.extend(np.asarray(encoded.to_device(ctranslate2.Device.cpu)))
            row = ctranslate2.StorageView.from_array(np.ascontiguousarray(rows[i][None]))
            return self._aligner(row, frames[i])

        results = []
        for i, (item, result) in enumerate(zip(items, generated, strict=True)):
            if self._looks_broken(result):
                results.append(self.decode(*item))
            else:
                results.append(self._with_words(result, item[1], aligned(i)))
        return results

    def _decode_padded(
        self, audio: np.ndarray, duration_s: float, options: DecodeOptions, prompt: str
    ) -> DecodeResult:
        # Without the frame the extractor's own padding adds, as faster-whisper's offline
        # pass decodes its content frames: the same input as the offline reference.
        features = self._model.feature_extractor(audio)[:, :-1]
        encoded = self._encode(pad_or_trim(features))
        # Even a result that still looks broken is kept here: the filters judge it.
        result, _ = self._guarded(encoded, duration_s, options, prompt)
        result.padded = True
        num_frames = min(int(duration_s * 100), 3000)
        return self._with_words(result, options, self._aligner(encoded, num_frames))

    def _decode_window(
        self, audio: np.ndarray, options: DecodeOptions, prompt: Prompt
    ) -> DecodeResult:
        """One window of faster-whisper's offline pass (``generate_segments``), with its
        own helpers where they are public enough, so a file reads as that pass reads it.

        The mel frames are the window's own, floored from the whole file's peak as the
        pass's are when ``options.spectrum_peak`` is given. Words are timed by alignment
        after the fact, which, unlike faster-whisper's ``word_timestamps``, does not
        move where the next window starts. ``audio`` may run a little past 30 s: the
        last frames are computed from the samples after them, as the pass's are.
        """
        extractor = self._model.feature_extractor
        peak = dict(options.spectrum_peak or ()).get(extractor.mel_filters.shape[0])
        features = log_mel(extractor, audio, peak)[:, options.lead_frames : -1]
        frames = min(features.shape[-1], round(MAX_INPUT_S / _FRAME_S))
        duration_s = frames * _FRAME_S
        encoded = self._encode(pad_or_trim(features[:, :frames]))
        language = self._language(encoded, options)
        tokenizer = self._tokenizer(language[0], options.task)
        previous = self._previous_tokens(tokenizer, prompt)
        fw_options = _offline_options(options.beam_size, get_suppressed_tokens(tokenizer, [-1]))
        ctranslate2.set_random_seed(_FALLBACK_SEED)
        generated, avg_logprob, temperature, ratio = self._model.generate_with_fallback(
            encoded, [*previous, *tokenizer.sot_sequence], tokenizer, fw_options
        )
        result = DecodeResult(
            words=[], language=language[0], language_probability=float(language[1]),
            no_speech_prob=float(generated.no_speech_prob), avg_logprob=float(avg_logprob),
            compression_ratio=float(ratio), duration_s=duration_s, padded=True,
            language_probs=language[2], advance_s=duration_s, temperature=float(temperature),
        )  # fmt: skip
        no_speech = fw_options.no_speech_threshold
        if result.no_speech_prob > no_speech and avg_logprob <= fw_options.log_prob_threshold:
            return result  # the pass skips a window it takes for silence
        segments, seek, _ = self._model._split_segments_by_timestamps(
            tokenizer=tokenizer, tokens=generated.sequences_ids[0], time_offset=0.0,
            segment_size=frames, segment_duration=duration_s, seek=0,
        )  # fmt: skip
        # A pass that would not move (a window ending on its first timestamp) moves on a
        # whole window, as it does when a window ends on one timestamp.
        result.advance_s = seek * _FRAME_S if seek > 0 else duration_s
        kept = [
            s for s in segments
            if s["start"] != s["end"] and tokenizer.decode(s["tokens"]).strip()
        ]  # fmt: skip
        result.history = [token for s in kept for token in s["tokens"]]
        result.tokens = [token for token in result.history if token < tokenizer.eot]
        result.raw_text = tokenizer.decode(result.tokens)
        self._with_words(result, options, self._aligner(encoded, frames))
        texts = [tokenizer.decode([t for t in s["tokens"] if t < tokenizer.eot]) for s in kept]
        result.words = _within_segments(result.words, texts, [(s["start"], s["end"]) for s in kept])
        # Words the alignment placed after where the pass moves on are the next window's.
        result.words = [w for w in result.words if w.start_s < result.advance_s]
        return result

    def _guarded(
        self,
        encoded: ctranslate2.StorageView,
        duration_s: float,
        options: DecodeOptions,
        prompt: str,
    ) -> tuple[DecodeResult, bool]:
        """A decode that does not loop, and whether one was found: with the prompt, then
        without it, then the first pass through the loop (the decoder loops once it runs
        out of audio)."""
        language = self._language(encoded, options)  # one audio, one answer: asked once
        for attempt_prompt in dict.fromkeys((prompt, "")):
            result = self._generate(encoded, duration_s, options, attempt_prompt, language)
            if not self._looks_broken(result):
                return result, True
        result = self._cut(result, options, lambda _, tokens: cut_loop(tokens))
        return result, not self._looks_broken(result)

    def _token_bound(self, duration_s: float) -> int:
        return math.ceil(duration_s * _TOKENS_PER_SECOND_BOUND) + _TOKENS_MARGIN

    def _looks_broken(self, result: DecodeResult) -> bool:
        return (
            result.compression_ratio > _COMPRESSION_RATIO_LIMIT
            or result.hit_length_bound
            or has_loop(result.tokens)
            or repeats_phrase(result.raw_text)
        )

    def _language(
        self, encoded: ctranslate2.StorageView, options: DecodeOptions
    ) -> tuple[str, float, list[tuple[str, float]]]:
        """The language to decode in, its probability, and every language's when they
        were measured (detecting, or ``options.detect_language``)."""
        ranked = None
        if self.is_multilingual and (options.language is None or options.detect_language):
            ranked = self._ct2.detect_language(encoded)[0]
        return self._pick_language(options, ranked)

    def _pick_language(
        self, options: DecodeOptions, ranked: list[tuple[str, float]] | None
    ) -> tuple[str, float, list[tuple[str, float]]]:
        """``_language`` from CTranslate2's ranking of the languages, if it was asked."""
        language = options.language
        language_probability = 1.0
        language_probs: list[tuple[str, float]] = []
        if ranked is not None:
            # Tokens look like "<|de|>".
            language_probs = [(token[2:-2], float(p)) for token, p in ranked]
            if language is None:
                language, language_probability = language_probs[0]
        return language or "en", language_probability, language_probs

    def _generate(
        self,
        encoded: ctranslate2.StorageView,
        duration_s: float,
        options: DecodeOptions,
        prompt: str,
        language: tuple[str, float, list[tuple[str, float]]],
    ) -> DecodeResult:
        """Run the decoder in ``language`` (from ``_language``); the result has tokens
        and scores but no words yet."""
        previous = self._previous_tokens(self._tokenizer(language[0], options.task), prompt)
        return self._generate_batch(encoded, [duration_s], options, [previous], [language])[0]

    def _previous_tokens(self, tokenizer: Tokenizer, prompt: Prompt) -> list[int]:
        """The prompt's part before <|startoftranscript|>: <|startofprev|> and its text."""
        if not prompt:
            return []
        if isinstance(prompt, str):
            previous = tokenizer.encode(" " + prompt.strip())
        else:
            previous = list(prompt)
        return [tokenizer.sot_prev, *previous[-(self._model.max_length // 2 - 1) :]]

    def _generate_batch(
        self,
        encoded: ctranslate2.StorageView,
        durations: Sequence[float],
        options: DecodeOptions,
        previous: Sequence[list[int]],
        languages: Sequence[tuple[str, float, list[tuple[str, float]]]],
    ) -> list[DecodeResult]:
        """``_generate`` for a batch whose previous-text tokens are all as long."""
        tokenizers = [self._tokenizer(language[0], options.task) for language in languages]
        prompts = [[*p, *t.sot_sequence] for p, t in zip(previous, tokenizers, strict=True)]
        tokenizer, prompt_tokens = tokenizers[0], prompts[0]
        duration_s = max(durations)
        bound = self._token_bound(duration_s)  # text and timestamp tokens
        if options.padded:
            # The padded window is what Whisper and faster-whisper's offline pass decode:
            # the same suppressed tokens and length as that pass. (A file's window still
            # differs from that pass's: meeting_es reads "empetamos" for "empezamos" here,
            # 22 % WER against its 5.6 %, docs/benchmarks_real.md.)
            suppress = list(get_suppressed_tokens(tokenizer, [-1]))
            max_length = self._model.max_length
        else:
            # Timestamp tokens are kept (they anchor the decoder in time, which curbs
            # loops on short input) but none may point past the audio we actually have.
            last_index = int((duration_s + _TRAILING_SILENCE_S) / 0.02) + 1
            first = tokenizer.timestamp_begin + last_index
            suppress = [-1, *range(first, tokenizer.timestamp_begin + 1501)]
            # CTranslate2 4.8 returns at most half of max_length tokens, and fewer when a
            # long previous-text prompt leaves less room: this lets the decoder reach
            # ``bound``, so a result that does was stopped, not finished.
            max_length = min(len(prompt_tokens) + 2 * bound, self._model.max_length)
        batch = self._ct2.generate(
            encoded,
            prompts,
            beam_size=options.beam_size,
            max_length=max_length,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=suppress,
            max_initial_timestamp_index=50,
        )
        results = []
        for generated, tokenizer, language, duration_s in zip(
            batch, tokenizers, languages, durations, strict=True
        ):
            sequence = generated.sequences_ids[0]
            tokens = [t for t in sequence if t < tokenizer.eot]
            text = tokenizer.decode(tokens)
            results.append(
                DecodeResult(
                    words=[],
                    language=language[0],
                    language_probability=float(language[1]),
                    no_speech_prob=float(generated.no_speech_prob),
                    avg_logprob=float(generated.scores[0]) if generated.scores else 0.0,
                    compression_ratio=compression_ratio(text),
                    duration_s=duration_s,
                    hit_length_bound=len(sequence) >= self._token_bound(duration_s),
                    tokens=tokens,
                    raw_text=text,
                    language_probs=language[2],
                )
            )
        return results

    def _cut(
        self,
        result: DecodeResult,
        options: DecodeOptions,
        cut: Callable[[Tokenizer, list[int]], list[int]],
    ) -> DecodeResult:
        """``result`` with its tokens ``cut`` (``cut_loop``, ``cut_repeated_phrase``), and
        its text and scores as they are for the tokens kept."""
        tokenizer = self._tokenizer(result.language, options.task)
        result.tokens = cut(tokenizer, result.tokens)
        result.raw_text = tokenizer.decode(result.tokens)
        result.compression_ratio = compression_ratio(result.raw_text)
        result.hit_length_bound = False
        return result

    def _aligner(
        self, encoded: ctranslate2.StorageView, num_frames: int
    ) -> Callable[[Tokenizer, list[int]], Any]:
        """CTranslate2's alignment of one decode's tokens with its audio."""

        def align(tokenizer: Tokenizer, tokens: list[int]) -> Any:
            return self._ct2.align(
                encoded, tokenizer.sot_sequence, [tokens], num_frames, median_filter_width=7
            )[0]

        return align

    def _with_words(
        self,
        result: DecodeResult,
        options: DecodeOptions,
        align: Callable[[Tokenizer, list[int]], Any],
    ) -> DecodeResult:
        """Give an accepted result its words, timed by cross-attention alignment."""
        tokenizer = self._tokenizer(result.language, options.task)
        if options.word_timestamps and result.tokens:
            result.words = self._timed_words(
                tokenizer, result.tokens, align(tokenizer, result.tokens), result.duration_s,
                translated=options.task == "translate",
            )  # fmt: skip
            result.words = _without_pauses(result.words)
        else:
            text = tokenizer.decode(result.tokens).strip()
            result.words = [Word(" " + text, 0.0, result.duration_s)] if text else []
        return result

    def _timed_words(
        self,
        tokenizer: Tokenizer,
        tokens: list[int],
        alignment: Any,  # ctranslate2 WhisperAlignmentResult
        duration_s: float,
        translated: bool = False,
    ) -> list[Word]:
        words, word_tokens = tokenizer.split_to_word_tokens([*tokens, tokenizer.eot])
        if len(word_tokens) <= 1:
            return []
        # Same arithmetic as faster-whisper's find_alignment: a word starts at the time its
        # first token is first attended to, and ends where the next word starts.
        boundaries = np.pad(np.cumsum([len(t) for t in word_tokens[:-1]]), (1, 0))
        text_indices = np.array([pair[0] for pair in alignment.alignments])
        time_indices = np.array([pair[1] for pair in alignment.alignments])
        jumps = np.pad(np.diff(text_indices), (1, 0), constant_values=1).astype(bool)
        jump_times = time_indices[jumps] / self._model.tokens_per_second
        if len(jump_times) < boundaries[-1] + 1:
            return []
        probs = alignment.text_token_probs
        out: list[Word] = []
        for i, word in enumerate(words[:-1]):
            if not word:
                continue
            first, last = int(boundaries[i]), int(boundaries[i + 1])
            start = float(jump_times[first])
            if start >= duration_s + 0.1:
                if translated:
                    # English words line up with the German or French audio only roughly,
                    # and the end of a translated sentence often lands past it: cutting
                    # there lost "3 months" from meeting_de's last sentence.
                    start = duration_s
                else:
                    # Nothing was said in the silence we appended: a word placed there is
                    # the decoder continuing the prompt past the audio.
                    break
            # Alignment can run into the trailing silence we added; no word ends there.
            end = min(max(float(jump_times[last]), start), duration_s)
            probability = float(np.mean(probs[first:last])) if last > first else 0.0
            if out and _is_trailing_punctuation(word):
                # "Americans" + "," reads as one word on screen and in agreement.
                previous = out[-1]
                out[-1] = Word(
                    previous.text + word,
                    previous.start_s,
                    max(previous.end_s, end),
                    previous.probability,
                )
                continue
            out.append(Word(word, round(min(start, end), 2), round(end, 2), probability))
        return out


def _without_pauses(words: list[Word]) -> list[Word]:
    """``words`` with the pauses that alignment gave to the word after them taken back.

    Alignment starts a word where its first token is first attended to, and the first
    word of a decode, or of a sentence, is attended to from the start of the pause or
    noise before it: on real_de a "Die" ran from 27.4 to 31.3 s over four seconds of room
    noise the detector had opened an utterance on, and its caption waited, for all the
    benchmark could tell, from 27.4 s. Whisper's own word timing (openai-whisper's
    timing.py, faster-whisper's add_word_timestamps) corrects it the same way: such a
    word is cut to twice the median word's length, at most 1.4 s, from its end; a
    sentence's last word, which takes the pause after it, from its start.
    """
    durations = [w.end_s - w.start_s for w in words if w.end_s > w.start_s]
    if not durations:
        return words
    longest = 2 * min(_MAX_MEDIAN_WORD_S, float(np.median(durations)))
    out = list(words)
    for i, word in enumerate(out):
        if word.end_s - word.start_s <= longest:
            continue
        if i == 0 or ends_sentence(out[i - 1]):
            out[i] = Word(word.text, round(word.end_s - longest, 2), word.end_s, word.probability)
        elif ends_sentence(word):
            end = round(word.start_s + longest, 2)
            out[i] = Word(word.text, word.start_s, end, word.probability)
    return out


def _within_segments(
    words: list[Word], texts: list[str], times: list[tuple[float, float]]
) -> list[Word]:
    """``words`` kept inside the times Whisper gave the segment each belongs to (found by
    where its text lies in the segments' texts). Alignment gives a pause to one of the
    words beside it ("Good" of a second speaker began where the first one's "country."
    ended, two seconds early); the segments' own times see the pause."""
    ends, at = [], 0
    for text in texts:
        at += len(text)
        ends.append(at)
    out, at = [], 0
    for word in words:
        first = at + len(word.text) - len(word.text.lstrip())
        at += len(word.text)
        low, high = times[min(bisect.bisect_right(ends, first), len(times) - 1)]
        start = min(max(word.start_s, low), high)
        out.append(Word(word.text, start, min(max(word.end_s, start), high), word.probability))
    return out


def _offline_options(beam_size: int, suppress: Sequence[int]) -> TranscriptionOptions:
    """faster-whisper's options for its offline pass at ``beam_size``; fields this
    faster-whisper does not have are left out, so a minor release that adds one still
    gets its own default."""
    names = {f.name for f in dataclasses.fields(TranscriptionOptions)}
    values = {**_OFFLINE_DEFAULTS, "beam_size": beam_size, "suppress_tokens": list(suppress)}
    return TranscriptionOptions(**{k: v for k, v in values.items() if k in names})


def _clipped(audio: np.ndarray) -> np.ndarray:
    """``audio`` as float32, cut at the 30 s Whisper takes."""
    return np.asarray(audio, dtype=np.float32)[: int(MAX_INPUT_S * SAMPLE_RATE)]


def _even_frames(samples: int) -> int:
    """Mel frames of ``samples`` (faster-whisper's extractor: one per 10 ms hop, plus one),
    rounded down to even."""
    frames = samples // (SAMPLE_RATE // 100) + 1
    return frames - frames % 2
