"""Which language a session speaks, and the rule that it does not change mid-session.

A session starts with a Whisper language code or ``auto``. ``auto`` is resolved once,
and then held: re-detecting on every chunk lets a session flip language on a short or
ambiguous phrase, which corrupts its context and captions. One decode's detection is
not enough to resolve it (on the first seconds, or mid-sentence, Whisper said English
at 46 % for German and Breton at 53 % for French), so the session gathers the
probabilities of several decodes and locks only once one language clearly leads. The
user may correct a lock; that is the only change a running session's language makes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from faster_whisper.tokenizer import _LANGUAGE_CODES

from app.errors import LanguageError
from app.i18n import N_

log = logging.getLogger(__name__)

AUTO = "auto"
LANGUAGE_CODES: tuple[str, ...] = tuple(sorted(_LANGUAGE_CODES))

# English names for the language picker; the codes are Whisper's own.
LANGUAGE_NAMES: dict[str, str] = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "as": "Assamese", "az": "Azerbaijani",
    "ba": "Bashkir", "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "bo": "Tibetan",
    "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fo": "Faroese",
    "fr": "French", "gl": "Galician", "gu": "Gujarati", "ha": "Hausa", "haw": "Hawaiian",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ja": "Japanese", "jw": "Javanese", "ka": "Georgian", "kk": "Kazakh",
    "km": "Khmer", "kn": "Kannada", "ko": "Korean", "la": "Latin", "lb": "Luxembourgish",
    "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian", "mg": "Malagasy",
    "mi": "Maori", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi",
    "ms": "Malay", "mt": "Maltese", "my": "Burmese", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian Nynorsk", "no": "Norwegian", "oc": "Occitan", "pa": "Punjabi",
    "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sa": "Sanskrit", "sd": "Sindhi", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian",
    "sn": "Shona", "so": "Somali", "sq": "Albanian", "sr": "Serbian", "su": "Sundanese",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik",
    "th": "Thai", "tk": "Turkmen", "tl": "Tagalog", "tr": "Turkish", "tt": "Tatar",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "yi": "Yiddish",
    "yo": "Yoruba", "yue": "Cantonese", "zh": "Chinese",
}  # fmt: skip

# Languages written without spaces between words: captions join words without one.
NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "my", "yue", "bo", "km"})


def validate(code: str) -> str:
    """Return the normalised code, or raise LanguageError naming the problem."""
    normalised = code.strip().lower()
    if normalised == AUTO or normalised in _LANGUAGE_CODES:
        return normalised
    by_name = {name.lower(): c for c, name in LANGUAGE_NAMES.items()}
    if normalised in by_name:
        return by_name[normalised]
    raise LanguageError(
        N_(
            "Unknown language '{code}'. Use a Whisper language code such as en, de, es, zh "
            "(see 'captionist languages'), or 'auto' to detect it."
        ),
        code=code,
    )


@dataclass(frozen=True)
class LockRule:
    """When gathered evidence is clear enough to lock a session's language.

    Evidence is the probability distributions of the decodes so far, averaged with each
    decode weighted by the seconds of audio it heard (a detection on 6 s of speech is
    worth more than one on 2 s).

    Measured by ``python -m app.bench.language`` (35 starts, at the beginning and
    mid-sentence, of every clip in ../shared/audio and real/, base model): a wrong
    language led the averaged evidence at 0.53 at most, 0.30 ahead of the runner-up
    (Latin on espeak German, 7.6 s in); single decodes said a wrong language at up to
    0.84 (and Hungarian at 0.77 in the window, mid-sentence in English), hence at least
    two decodes. Every right lock came at 0.71 or more, with the runner-up at 0.19 or
    less, after 3.1 s of speech (median). Asking 0.75 left meeting_de unlocked; asking
    3 s of speech left four mid-sentence starts of the espeak clips unlocked.
    """

    min_speech_s: float = 2.5  # distinct speech heard before any lock
    min_probability: float = 0.7  # the leader's averaged probability
    min_margin: float = 0.5  # its lead over the runner-up
    # Decodes the evidence must come from; one decode of ``one_decode_s`` of speech or
    # more is enough on its own (a file's first window holds 16 s or more).
    min_decodes: int = 2
    one_decode_s: float = 8.0


class LanguageLock:
    """A session's language: chosen at start, or detected once and then held."""

    def __init__(self, requested: str, rule: LockRule | None = None) -> None:
        self.rule = rule or LockRule()
        self._reset(validate(requested))

    def _reset(self, requested: str) -> None:
        self.requested = requested
        self.code: str | None = None if requested == AUTO else requested
        self.probability: float = 1.0 if self.code else 0.0
        self.is_corrected = False
        self.speech_s = 0.0  # speech the evidence covers
        self.decodes = 0
        self._weight = 0.0
        self._evidence: dict[str, float] = {}

    @property
    def is_detected(self) -> bool:
        return self.requested == AUTO and self.code is not None

    @property
    def is_detecting(self) -> bool:
        """Auto, and not clear yet: captions carry no language and decodes gather evidence."""
        return self.code is None

    def ranking(self) -> list[tuple[str, float]]:
        """The languages heard so far with their averaged probability, most likely first."""
        if not self._weight:
            return []
        averaged = ((code, total / self._weight) for code, total in self._evidence.items())
        return sorted(averaged, key=lambda item: item[1], reverse=True)

    @property
    def decode_language(self) -> str | None:
        """The language to decode with: the lock, else the best guess so far (None: none)."""
        if self.code is not None:
            return self.code
        ranking = self.ranking()
        return ranking[0][0] if ranking else None

    def observe(
        self, probabilities: Iterable[tuple[str, float]], audio_s: float, new_speech_s: float
    ) -> bool:
        """Add one decode's language probabilities; True if this made the lock.

        ``audio_s``: the audio that decode heard (its weight); ``new_speech_s``: how much
        of it no earlier decode had heard.
        """
        if self.code is not None:
            return False
        weight = max(audio_s, 0.0)
        for code, probability in probabilities:
            self._evidence[code] = self._evidence.get(code, 0.0) + weight * probability
        self._weight += weight
        self.speech_s += max(new_speech_s, 0.0)
        self.decodes += 1
        ranking = self.ranking()
        rule = self.rule
        if not ranking or self.speech_s < rule.min_speech_s:
            return False
        if self.decodes < rule.min_decodes and self.speech_s < rule.one_decode_s:
            return False
        (best, p_best), p_second = ranking[0], ranking[1][1] if len(ranking) > 1 else 0.0
        if p_best < rule.min_probability or p_best - p_second < rule.min_margin:
            return False
        self.code, self.probability = best, p_best
        log.info(
            "language locked on %s (%.2f over %.1f s of speech; runner-up %.2f)",
            best, p_best, self.speech_s, p_second,
        )  # fmt: skip
        return True

    def correct(self, code: str) -> None:
        """The user says the session speaks ``code``: the one change a running session takes."""
        code = validate(code)
        if code == AUTO:
            raise LanguageError(N_("Pick the language the session speaks."))
        self.code, self.probability, self.is_corrected = code, 1.0, True

    def change(self, new: str, *, running: bool) -> None:
        """Switch language; refused while the session runs (stop and start it again)."""
        new = validate(new)
        if running:
            raise LanguageError(
                N_(
                    "The language of a running session cannot change: stop the session, pick "
                    "the language, and start it again."
                )
            )
        self._reset(new)
