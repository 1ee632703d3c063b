"""Keeping invented text out of captions.

Whisper writes something for every input, speech or not: on silence or noise it
produces "Thank you.", "you", "[Music]" and the like. VAD gating (segmenter.py) keeps
most silence from the model; this module judges what the model still returns, by the
model's own no-speech probability, the compression ratio (a loop compresses well), the
number of words per second of audio, and a list of the usual phantom phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.agreement import normalise
from app.engine.decoder import DecodeResult
from app.engine.events import Word

NO_SPEECH_THRESHOLD = 0.6
LOGPROB_THRESHOLD = -1.0
COMPRESSION_RATIO_THRESHOLD = 2.4
# Fast speech is ~4 words per second; more than this is text the audio cannot hold.
MAX_WORDS_PER_SECOND = 7.0
LEAD_WORD_MIN_PROBABILITY = 0.1
MIN_MEAN_WORD_PROBABILITY = 0.15
# Words whose alignment scores this much anomaly on average were not heard in the audio
# they are placed on (see ``mean_word_anomaly``).
MAX_MEAN_WORD_ANOMALY = 1.0

_BRACKETED = re.compile(r"^\s*[\[\(（【♪*].*[\]\)）】♪*]\s*$|^\s*♪+\s*$")
_PHANTOM_PHRASES = {
    normalise(p)
    for p in (
        "you",
        "Thank you.",
        "Thank you very much.",
        "Thanks for watching!",
        "Thank you for watching.",
        "Please subscribe.",
        "Bye.",
        "Subtitles by the Amara.org community",
        "Untertitel der Amara.org-Community",
        "Untertitelung des ZDF, 2020",
        "Vielen Dank.",
        "Danke.",
        "Gracias.",
        "¡Gracias por ver!",
        "Merci.",
        "字幕由Amara.org社区提供",
        "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目",
        "ご視聴ありがとうございました",
        "Продолжение следует...",
    )
}


@dataclass(frozen=True)
class Verdict:
    keep: bool
    reason: str = ""


def strip_non_speech(words: list[Word]) -> list[Word]:
    """Drop bracketed tags ("[Music]", "(laughs)", "♪") word by word."""
    kept: list[Word] = []
    depth = 0
    for word in words:
        text = word.text.strip()
        opens = sum(text.count(c) for c in "[(（【")
        closes = sum(text.count(c) for c in "])）】")
        if depth or opens > closes or _BRACKETED.match(text) or text.strip("♪ ") == "":
            depth = max(0, depth + opens - closes)
            continue
        kept.append(word)
    return kept


def drop_unlikely_lead(
    words: list[Word], threshold: float = LEAD_WORD_MIN_PROBABILITY
) -> list[Word]:
    """Drop near-impossible words at the very start of an utterance.

    Fed the previous sentence as prompt, the decoder likes to "finish" it over the
    breath before the next one: on jfk.flac it wrote "country." (p=0.00) before "Ask
    what you can do...". Real first words are rarely that unlikely.
    """
    start = 0
    while start < len(words) and words[start].probability < threshold:
        start += 1
    return words[start:]


def mean_word_anomaly(words: list[Word]) -> float:
    """How badly ``words`` fit the audio they were aligned to, on average: Whisper's own
    hallucination score (openai/whisper's and faster-whisper's ``word_anomaly_score``),
    which counts an improbable word, one squeezed under 133 ms and one stretched over 2 s.

    Text the decoder wrote without hearing it cannot be aligned: its words pile up on
    one instant. Windows of real speech (real_de, real_fr) score 0.0-0.24; a window of
    meeting_de repeated in a long file, decoded at temperature 1.0 as a copy of its
    prompt, scored 2.0, every word of it 0 s long and seconds away from its speech.
    """
    scores = []
    for word in words:
        if not normalise(word.text):
            continue  # punctuation alone, as Whisper leaves it out
        duration = word.end_s - word.start_s
        score = 1.0 if word.probability < 0.15 else 0.0
        if duration < 0.133:
            score += (0.133 - duration) * 15
        if duration > 2.0:
            score += duration - 2.0
        scores.append(score)
    return sum(scores) / len(scores) if scores else 0.0


def judge(result: DecodeResult, speech_ratio: float) -> Verdict:
    """Should this decode's text reach the user at all?

    ``speech_ratio`` is the share of frames the VAD called speech in the decoded audio.
    """
    text = result.text
    if not normalise(text):
        return Verdict(False, "empty")
    if result.no_speech_prob > NO_SPEECH_THRESHOLD and result.avg_logprob < LOGPROB_THRESHOLD:
        return Verdict(False, "no speech")
    mean_probability = (
        sum(w.probability for w in result.words) / len(result.words) if result.words else 1.0
    )
    # The log-probability rule misses tones and hum: timestamp tokens are confident even
    # when every word is a guess (a clipped 127 Hz tone gave "I'm sorry" at p≈0.07 per
    # word, no-speech 0.76, avg log-prob -0.24). The words' own probabilities tell.
    if mean_probability < MIN_MEAN_WORD_PROBABILITY or (
        result.no_speech_prob > 0.5 and mean_probability < 0.4
    ):
        return Verdict(False, "unlikely words")
    if result.compression_ratio > COMPRESSION_RATIO_THRESHOLD:
        return Verdict(False, "repetitive")
    if result.duration_s > 0 and len(result.words) > MAX_WORDS_PER_SECOND * max(
        result.duration_s, 1.0
    ):
        return Verdict(False, "too many words for the audio")
    if normalise(text) in _PHANTOM_PHRASES and (speech_ratio < 0.5 or result.no_speech_prob > 0.3):
        return Verdict(False, "phantom phrase")
    return Verdict(True)
