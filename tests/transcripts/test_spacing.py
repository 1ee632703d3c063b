"""Fragments of captions joined as a reader expects: the spacing rules of issue 18."""

from __future__ import annotations

import pytest

from app.transcripts.spacing import join, join_all


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("cold", " -hearted", "cold-hearted"),  # as the engine's finals arrive
        ("quick tag", "-a-sub update", "quick tag-a-sub update"),
        ("state-", "of-the-art", "state-of-the-art"),
        ("today", ".", "today."),
        ("Well", ", yes", "Well, yes"),
        ("really", "?", "really?"),
        ("note", ": the", "note: the"),
        ("50", "%", "50%"),
        ("(see above", ")", "(see above)"),
        ("He said “", "no.”", "He said “no.”"),
        ("don", "'t", "don't"),
        ("it", "’s fine", "it’s fine"),
        ("今天我们", "讨论预算。", "今天我们讨论预算。"),
        ("会議を", "始めます", "会議を始めます"),
        ("สวัสดี", "ครับ", "สวัสดีครับ"),
    ],
)
def test_pieces_that_continue_the_word_or_script_join_without_a_space(
    before: str, after: str, joined: str
) -> None:
    assert join(before, after) == joined


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("Hello", "world", "Hello world"),
        ("well", "- I think so", "well - I think so"),  # a dash between words keeps its spaces
        ("the", "'quoted' word", "the 'quoted' word"),
        ("안녕", "하세요", "안녕 하세요"),  # Korean is wide but spaces its words
        ("我们用", "Python", "我们用 Python"),
        ("dijo", "¿qué?", "dijo ¿qué?"),
    ],
)
def test_separate_words_get_one_space(before: str, after: str, joined: str) -> None:
    assert join(before, after) == joined


def test_stray_whitespace_is_dropped() -> None:
    assert join("  so the \n", "  plan\tis ") == "so the plan is"
    assert join("", " alone ") == "alone"
    assert join(" alone ", "   ") == "alone"


def test_join_all_joins_whisper_word_pieces() -> None:
    words = [" That", " cold", "-hearted", " person", ",", " he", " said", "."]
    assert join_all(words) == "That cold-hearted person, he said."
    assert join_all([]) == ""
