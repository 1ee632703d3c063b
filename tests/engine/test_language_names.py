"""Caption languages named by their own speakers and in the interface language (CLDR data
through Babel), which of them run right to left, and what typing in the picker finds."""

from __future__ import annotations

import pytest

from app.engine.language import LANGUAGE_CODES
from app.engine.language_names import choices, display_name, is_rtl, native_name


@pytest.mark.parametrize(
    ("code", "native"),
    [("de", "Deutsch"), ("ja", "日本語"), ("ar", "العربية"), ("fr", "Français"), ("yue", "粵語")],
)
def test_a_language_has_its_own_name(code: str, native: str) -> None:
    assert native_name(code) == native


@pytest.mark.parametrize(
    ("code", "interface", "name"),
    [
        ("de", "en", "German"),
        ("de", "fr", "Allemand"),
        ("ja", "de_DE", "Japanisch"),  # Qt writes the interface locale as de_DE
        ("de", "zh_CN", "德语"),
        ("en", "ja", "英語"),
        ("jw", "en", "Javanese"),  # Whisper's legacy code for what CLDR calls jv
        ("haw", "de", "Hawaiisch"),
    ],
)
def test_a_language_is_named_in_the_interface_language(
    code: str, interface: str, name: str
) -> None:
    assert display_name(code, interface) == name


def test_an_interface_language_without_data_falls_back_to_english() -> None:
    assert display_name("de", "C") == "German"  # Qt's name for the plain C locale


def test_every_whisper_language_gets_two_names_and_no_bare_code() -> None:
    for interface in ("en", "de", "es", "fr", "zh_CN", "ja"):
        rows = choices(interface)
        assert [row.code for row in rows] == list(LANGUAGE_CODES)
        for row in rows:
            assert row.native and row.translated, row
            assert row.native != row.code and row.translated != row.code, row


def test_the_label_shows_both_names_once_each() -> None:
    by_code = {row.code: row for row in choices("en")}
    assert by_code["de"].label == "Deutsch — German"
    assert by_code["ja"].label == "日本語 — Japanese"
    assert by_code["en"].label == "English"  # the same name twice says nothing more
    assert {row.code: row for row in choices("de")}["de"].label == "Deutsch"


def test_typing_finds_a_language_by_either_name_or_its_code() -> None:
    german_ui = {row.code: row for row in choices("de")}
    japanese = german_ui["ja"]
    assert japanese.matches("japan")  # the interface name, any case
    assert japanese.matches("日本")  # its own name
    assert japanese.matches("Japanese")  # English, for users who think in it
    assert japanese.matches("ja")
    assert not japanese.matches("deutsch")
    found = [row.code for row in german_ui.values() if row.matches("Niederl")]
    assert found == ["nl"]


@pytest.mark.parametrize("code", ["ar", "he", "fa", "ur", "yi", "ps", "sd"])
def test_right_to_left_languages(code: str) -> None:
    assert is_rtl(code)


@pytest.mark.parametrize("code", ["en", "de", "zh", "ja", "ru", "auto", ""])
def test_left_to_right_languages(code: str) -> None:
    assert not is_rtl(code)
