"""The engine's short finals read back as sentences: joined, and broken where people stop."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.transcripts.formats import to_text
from app.transcripts.reading import reading_text, sentences
from app.transcripts.transcript import Caption, Transcript

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def finals(session: str, *pieces: tuple[str, float, float]) -> list[Caption]:
    return [Caption(text, start, end, session) for text, start, end in pieces]


def test_fragments_join_up_to_the_end_of_the_sentence() -> None:
    got = sentences(
        finals("Me", ("ask not", 2.5, 4.2), ("what your", 4.3, 5.8),
               ("country can do for you.", 5.8, 8.0), ("Ask what", 8.1, 9.0))
    )  # fmt: skip
    assert [c.text for c in got] == ["ask not what your country can do for you.", "Ask what"]
    assert (got[0].start_s, got[0].end_s) == (2.5, 8.0)


def test_a_pause_ends_a_line_even_without_punctuation() -> None:
    got = sentences(finals("Me", ("so the budget", 0.0, 1.0), ("questions", 2.6, 3.0)))
    assert [c.text for c in got] == ["so the budget", "questions"]
    assert len(sentences(finals("Me", ("so the", 0.0, 1.0), ("budget", 2.4, 3.0)))) == 1


def test_a_quoted_sentence_end_counts() -> None:
    got = sentences(finals("Me", ("He said “no.”", 0.0, 1.0), ("Then he left", 1.1, 2.0)))
    assert len(got) == 2


def test_chinese_halves_join_without_a_space() -> None:
    got = sentences(finals("Zhang", ("今天我们", 0.0, 1.0), ("讨论预算。", 1.1, 2.0)))
    assert [c.text for c in got] == ["今天我们讨论预算。"]


def test_another_speaker_ends_the_line_on_the_meeting_clock() -> None:
    me = Transcript("Me", "en", T0, finals("Me", ("So the", 0.0, 0.5), ("plan is fine.", 2.0, 3.0)))
    guest = Transcript(
        "Guest", "en", T0 + timedelta(seconds=1), finals("Guest", ("Yes.", 0.0, 0.5))
    )
    assert reading_text([me, guest]).splitlines() == [
        "[00:00:00] Me: So the",
        "[00:00:01] Guest: Yes.",
        "[00:00:02] Me: plan is fine.",
    ]


def test_a_word_split_across_finals_joins_without_a_stray_space() -> None:
    got = sentences(
        finals("Me", ("rather cold", 0.0, 1.0), ("-hearted and", 1.0, 1.6),
               ("a quick tag", 1.7, 2.2), ("-a-sub update", 2.2, 3.0), (".", 3.0, 3.1))
    )  # fmt: skip
    assert [c.text for c in got] == ["rather cold-hearted and a quick tag-a-sub update."]


def test_a_restart_breaks_the_sentence() -> None:
    said = finals("Me", ("thanks everyone for", 0.0, 1.0), ("joining the weekly call", 1.5, 2.5))
    assert len(sentences(said)) == 1
    assert [c.text for c in sentences(said, breaks_s=[1.2])] == [
        "thanks everyone for",
        "joining the weekly call",
    ]


def test_the_reading_preview_does_not_run_a_restarted_session_on() -> None:
    me = Transcript("Me", "en", T0)
    me.start_run(0.0, T0)
    me.add_heard("It ends early today", 0.0, 1.5)
    me.start_run(1.5, T0 + timedelta(seconds=2))
    me.add_heard("for joining the weekly call.", 1.6, 3.0)
    assert reading_text([me]).splitlines() == [
        "[00:00:00] Me: It ends early today",
        "[00:00:02] Me: for joining the weekly call.",
    ]


def test_a_title_is_no_sentence_end() -> None:
    got = sentences(finals("Me", ("we thank Mr.", 0.0, 1.0), ("Dashwood.", 1.1, 2.0)))
    assert [c.text for c in got] == ["we thank Mr. Dashwood."]


def test_exported_text_stamps_paragraphs_not_fragments() -> None:
    t = Transcript("Me", "en", T0)
    said = (("for", 0.0, 0.3), ("joining", 0.3, 0.8), ("the weekly", 0.8, 1.4),
            ("call.", 1.4, 1.9), ("Next", 6.0, 6.3), ("item.", 6.3, 6.9))  # fmt: skip
    for text, start, end in said:
        t.add_caption(text, start, end)
    assert to_text(t).splitlines() == [
        "[00:00:00] for joining the weekly call.",
        "[00:00:06] Next item.",
    ]
