"""What a caption language is called: by its own speakers, and in the interface language.

The names come from the Unicode CLDR through Babel: Qt can give a language's own name
(``QLocale.nativeLanguageName``) but names every other language in English only
(``QLocale.languageToString``), so it cannot write "Deutsch — Allemand" for a French
interface. Whisper's codes are ISO 639 with one legacy exception (``jw`` for Javanese,
``jv`` in CLDR); a code CLDR does not know is shown by its English name from
``LANGUAGE_NAMES``, and failing that by the code itself, so every language stays pickable.

Also here: which caption languages are written right to left (the caption view and the
overlay lay their text out accordingly) and how the picker matches what the user types.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from app.engine.language import LANGUAGE_CODES, LANGUAGE_NAMES

# Whisper's code -> CLDR's, where they differ.
_CLDR_CODES = {"jw": "jv"}
_SEPARATOR = " — "


def _cldr(code: str) -> str:
    return _CLDR_CODES.get(code, code)


@cache
def _locale(tag: str) -> Locale | None:
    """Babel's data for ``tag`` ("de", "zh_CN", Qt's "de_DE"), or None if it has none."""
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def _titled(name: str) -> str:
    # CLDR writes many names in lower case ("français", "allemand"), as they appear
    # mid-sentence; a list item starts with a capital, as language menus show them.
    return name[:1].upper() + name[1:]


def native_name(code: str) -> str:
    """``code`` named in its own language: "Deutsch", "日本語", "العربية"."""
    locale = _locale(_cldr(code))
    name = locale.languages.get(_cldr(code)) if locale else None
    return _titled(name) if name else LANGUAGE_NAMES.get(code, code)


def display_name(code: str, interface: str) -> str:
    """``code`` named in the ``interface`` language (a locale tag such as "de" or "ja_JP");
    English where there is no data for that interface language."""
    locale = _locale(interface) or _locale("en")
    name = locale.languages.get(_cldr(code)) if locale else None
    return _titled(name) if name else LANGUAGE_NAMES.get(code, code)


def is_rtl(code: str) -> bool:
    """Whether ``code``'s script runs right to left (Arabic, Hebrew, Persian, Urdu, ...)."""
    locale = _locale(_cldr(code)) if code else None
    return locale is not None and locale.text_direction == "rtl"


@dataclass(frozen=True)
class LanguageChoice:
    """One row of the language picker."""

    code: str
    native: str  # in its own language
    translated: str  # in the interface language

    @property
    def label(self) -> str:
        """The row's text, "Deutsch — German"; one name where both are the same."""
        if self.native.casefold() == self.translated.casefold():
            return self.native
        return f"{self.native}{_SEPARATOR}{self.translated}"

    @property
    def search_text(self) -> str:
        """What typing in the picker searches: its own name, its name in the interface
        language and in English, and its code."""
        english = LANGUAGE_NAMES.get(self.code, "")
        return " · ".join((self.native, self.translated, english, self.code))

    def matches(self, typed: str) -> bool:
        """Whether what the user typed finds this language (case ignored, as the picker
        ignores it)."""
        return typed.strip().casefold() in self.search_text.casefold()


def choices(interface: str) -> list[LanguageChoice]:
    """Every Whisper language, named for an ``interface`` language; unsorted, as the
    order is the interface language's collation, which the UI's QCollator knows."""
    return [
        LanguageChoice(code, native_name(code), display_name(code, interface))
        for code in LANGUAGE_CODES
    ]
