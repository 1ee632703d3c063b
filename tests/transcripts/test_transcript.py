from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.transcripts.transcript import Caption, Transcript

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_captions_are_kept_in_order_with_their_times() -> None:
    t = Transcript("Me", started_at=T0)
    t.add_heard("hello there", 0.5, 1.5)
    t.add_heard("  how   are you ", 2.0, 3.0)
    assert t.captions == [
        Caption("hello there", 0.5, 1.5, "Me"),
        Caption("how are you", 2.0, 3.0, "Me"),
    ]
    assert t.end_s == 3.0


def test_a_start_before_the_previous_end_is_clamped_not_reordered() -> None:
    t = Transcript("Me", started_at=T0)
    t.add_heard("one", 1.0, 2.0)
    kept = t.add_heard("two", 1.6, 2.5)
    backwards = t.add_heard("three", 0.2, 0.4)
    assert kept == Caption("two", 2.0, 2.5, "Me")
    assert backwards == Caption("three", 2.5, 2.5, "Me")
    assert [c.text for c in t.captions] == ["one", "two", "three"]


def test_restart_continues_the_same_transcript() -> None:
    # The caller keeps counting from the first start, so a restart is just later times.
    t = Transcript("Guest", started_at=T0)
    t.add_heard("before the pause", 0.0, 2.0)
    t.add_heard("after the restart", 65.0, 67.0)
    assert [(c.start_s, c.text) for c in t.captions] == [
        (0.0, "before the pause"),
        (65.0, "after the restart"),
    ]
    assert t.started_at == T0


def test_empty_text_is_ignored() -> None:
    t = Transcript("Me", started_at=T0)
    assert t.add_heard("   ", 0.0, 1.0) is None
    assert t.captions == []


def test_started_at_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone"):
        Transcript("Me", started_at=datetime(2024, 5, 1, 12, 0))
    assert Transcript("Me").started_at.tzinfo is not None
