"""Caption fragments joined with the spacing a reader expects.

The engine finalises a caption as soon as its words are stable, so a word can be split
across two finals: Whisper writes "cold-hearted" as the words " cold" and "-hearted",
and a final may end after "cold". Joined with a plain space that reads "cold -hearted".
Here a piece continues the one before without a space when it starts with closing
punctuation or a hyphen inside a word, and between characters of scripts written
without spaces (Chinese, Japanese, Thai, ...); otherwise one space separates them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Never preceded by a space: the mark belongs to the word before it.
_CLOSING = frozenset(",.!?;:%)]}…。、，！？；：）」』】〉》〕")
# Never followed by a space: the mark belongs to the word after it.
_OPENING = frozenset("([{¿¡（「『【〈《〔")
_HYPHENS = frozenset("-‐‑")  # hyphen-minus, hyphen, non-breaking hyphen
# English contractions that Whisper can leave as a word of their own ("don" + "'t").
_CONTRACTION = re.compile(r"['’](?:s|t|d|m|re|ll|ve)\b", re.IGNORECASE)


def is_wide(ch: str) -> bool:
    """Whether ``ch`` takes two columns on screen (CJK, fullwidth forms)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _unspaced_script(ch: str) -> bool:
    """Whether ``ch`` belongs to a script that puts no spaces between its words.

    Hangul is wide but Korean separates words with spaces, so it is not one of them.
    """
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return False  # Hangul syllables and jamo
    if 0x0E00 <= code <= 0x0EFF or 0x1000 <= code <= 0x109F or 0x1780 <= code <= 0x17FF:
        return True  # Thai, Lao, Myanmar, Khmer
    if 0xFF61 <= code <= 0xFF9F:
        return True  # halfwidth katakana
    return is_wide(ch) and unicodedata.category(ch) != "Zs"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def _continues(before: str, after: str) -> bool:
    """Whether ``after`` goes on directly from ``before``, with no space between."""
    first, last = after[0], before[-1]
    if first in _CLOSING or unicodedata.category(first) in ("Pe", "Pf"):
        return True
    if last in _OPENING or unicodedata.category(last) in ("Ps", "Pi"):
        return True
    if first in _HYPHENS:
        # "-hearted" after "cold"; but "- I think" is a dash between words.
        return len(after) > 1 and _word_char(after[1]) and _word_char(last)
    if last in _HYPHENS:
        return len(before) > 1 and _word_char(before[-2]) and _word_char(first)
    if _CONTRACTION.match(after) and _word_char(last):
        return True
    return _unspaced_script(last) and _unspaced_script(first)


def needs_space(before: str, after: str) -> bool:
    """Whether one space separates ``after`` from ``before`` (both non-empty, stripped)."""
    return not _continues(before, after)


def joint(before: str, after: str) -> str:
    """What ``join`` puts between ``before`` and ``after`` when neither has stray
    whitespace: one space, or nothing (also when either is empty)."""
    return " " if before and after and needs_space(before, after) else ""


def join(before: str, after: str) -> str:
    """``before`` and ``after`` as one text: stray whitespace dropped, one space between
    them unless ``after`` continues ``before`` (punctuation, a hyphenated word, CJK)."""
    before, after = " ".join(before.split()), " ".join(after.split())
    return before + joint(before, after) + after


def join_all(pieces: Iterable[str]) -> str:
    """All ``pieces`` joined in order by ``join``; the text so far is not tidied again
    for each piece, so a long stretch of speech joins in linear time."""
    text = ""
    for piece in pieces:
        piece = " ".join(piece.split())
        text += joint(text, piece) + piece
    return text
