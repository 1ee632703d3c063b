"""Which language a session speaks, and the rule that it does not change mid-session.

A session starts with a Whisper language code or ``auto``. ``auto`` is resolved once,
from the first speech, and then held: re-detecting on every chunk lets a session flip
language on a short or ambiguous phrase, which corrupts its context and captions.
"""

from __future__ import annotations

import logging

from faster_whisper.tokenizer import _LANGUAGE_CODES

from app.errors import LanguageError

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
        f"Unknown language '{code}'. Use a Whisper language code such as en, de, es, zh "
        f"(see 'captionist languages'), or 'auto' to detect it."
    )


class LanguageLock:
    """A session's language: chosen at start, or detected once and then held."""

    def __init__(self, requested: str) -> None:
        self._reset(validate(requested))

    def _reset(self, requested: str) -> None:
        self.requested = requested
        self.code: str | None = None if requested == AUTO else requested
        self.probability: float = 1.0 if self.code else 0.0

    @property
    def is_detected(self) -> bool:
        return self.requested == AUTO and self.code is not None

    def detected(self, code: str, probability: float) -> None:
        if self.code is not None:
            if code != self.code:
                log.warning(
                    "language detection said %s (p=%.2f) but the session holds %s; keeping %s",
                    code, probability, self.code, self.code,
                )  # fmt: skip
            return
        self.code = code
        self.probability = probability

    def change(self, new: str, *, running: bool) -> None:
        """Switch language; refused while the session runs (stop and start it again)."""
        new = validate(new)
        if running:
            raise LanguageError(
                "The language of a running session cannot change: stop the session, pick "
                "the language, and start it again."
            )
        self._reset(new)
