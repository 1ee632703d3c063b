"""The rolling context is capped and belongs to one session."""

from __future__ import annotations

from app.engine.context import MAX_PROMPT_TOKENS, RollingContext


def count_words(text: str) -> int:
    return len(text.split())


def test_prompt_keeps_the_most_recent_text_within_the_cap() -> None:
    context = RollingContext(count_words, max_tokens=10)
    for i in range(10):
        context.add(f"sentence number {i} here")
    assert context.tokens <= 10
    assert context.prompt().endswith("sentence number 9 here")
    assert "number 0" not in context.prompt()


def test_default_cap_is_whispers_half_window() -> None:
    context = RollingContext(count_words)
    for _ in range(200):
        context.add("five words in this sentence")
    assert MAX_PROMPT_TOKENS - 5 <= context.tokens <= MAX_PROMPT_TOKENS


def test_two_contexts_do_not_share_text() -> None:
    english, german = RollingContext(count_words), RollingContext(count_words)
    english.add("Good morning everyone.")
    german.add("Guten Morgen zusammen.")
    assert "Guten" not in english.prompt()
    assert "morning" not in german.prompt()


def test_extra_text_follows_the_context() -> None:
    context = RollingContext(count_words)
    context.add("First sentence.")
    assert context.prompt(" and then") == "First sentence. and then"
