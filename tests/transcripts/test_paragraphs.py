"""Live finals grouped into paragraphs at pauses, with restarts marked, one session or several."""

from __future__ import annotations

from app.transcripts.paragraphs import Paragraph, Paragraphs, RestartMark, continue_text


def feed(model: Paragraphs, session: str, *pieces: tuple[str, float, float]) -> list[bool]:
    return [model.add_final(session, text, start, end) for text, start, end in pieces]


def texts(model: Paragraphs) -> list[str]:
    return [
        e.text if isinstance(e, Paragraph) else f"<{e.session} restarted>" for e in model.entries
    ]


def test_fragments_join_with_reading_spacing_until_a_pause() -> None:
    model = Paragraphs()
    began = feed(
        model, "me",
        ("It was a cold", 0.0, 1.2), ("-hearted plan", 1.3, 2.0), (", really.", 2.1, 2.6),
        ("After the break", 4.7, 5.5), ("we", 5.6, 5.8),
    )  # fmt: skip
    assert began == [True, False, False, True, False]
    assert texts(model) == ["It was a cold-hearted plan, really.", "After the break we"]
    first = model.entries[0]
    assert (first.start_s, first.end_s, first.closed) == (0.0, 2.6, True)
    assert model.final_text() == "It was a cold-hearted plan, really.\nAfter the break we"


def test_a_pause_just_under_the_threshold_keeps_the_paragraph() -> None:
    model = Paragraphs(pause_s=2.0)
    feed(model, "me", ("so the", 0.0, 1.0), ("budget", 2.9, 3.2), ("questions", 5.2, 5.6))
    assert texts(model) == ["so the budget", "questions"]


def test_a_long_stretch_breaks_at_a_sentence_end_not_mid_sentence() -> None:
    model = Paragraphs(long_s=10.0, max_s=60.0)
    # Continuous speech, no pause: 0-12 s without a full stop, then one.
    feed(model, "me", ("we looked at", 0.0, 6.0), ("the numbers", 6.1, 12.0))
    feed(model, "me", ("and they hold.", 12.1, 13.0), ("Next", 13.1, 13.5))
    assert texts(model) == ["we looked at the numbers and they hold.", "Next"]


def test_speech_without_sentence_ends_still_breaks_after_max_s() -> None:
    model = Paragraphs(long_s=10.0, max_s=20.0)
    feed(model, "zh", ("我们今天", 0.0, 10.0), ("讨论预算", 10.1, 20.5), ("然后", 20.6, 21.0))
    assert texts(model) == ["我们今天讨论预算", "然后"]


def test_a_restart_is_marked_and_never_appends_to_the_last_line() -> None:
    model = Paragraphs()
    feed(model, "me", ("thanks everyone for coming", 0.0, 2.0))
    model.mark_restart("me", 2.5)
    # The new run starts within the pause threshold of the last words: still a new line.
    feed(model, "me", ("for joining the weekly", 3.0, 4.0))
    assert texts(model) == [
        "thanks everyone for coming",
        "<me restarted>",
        "for joining the weekly",
    ]
    assert isinstance(model.entries[1], RestartMark) and model.entries[1].start_s == 2.5


def test_words_timed_just_before_their_restart_mark_still_follow_it() -> None:
    """A restarted file's first word can be placed a little before the press of Start
    (pre-roll, alignment): it must not sort above the mark (seen in a full window test:
    the new run's text, then the mark)."""
    model = Paragraphs()
    feed(model, "me", ("and so my fellow Americans.", 0.0, 2.0))
    model.mark_restart("me", 10.0)
    feed(model, "remote", ("Guten Morgen.", 9.5, 9.9))
    feed(model, "me", ("and so my fellow Americans.", 9.8, 11.0))
    assert texts(model) == [
        "and so my fellow Americans.",
        "Guten Morgen.",
        "<me restarted>",
        "and so my fellow Americans.",
    ]


def test_a_first_start_is_not_a_restart() -> None:
    model = Paragraphs()
    model.mark_restart("me", 0.0)
    assert model.entries == []


def test_sessions_interleave_by_when_they_spoke() -> None:
    model = Paragraphs()
    feed(model, "me", ("Good morning.", 0.0, 1.0), ("Shall we start?", 1.2, 2.5))
    # The remote session's final comes late (its decode lagged) but was said at 1.5 s.
    feed(model, "remote", ("Guten Morgen.", 1.5, 2.4))
    feed(model, "me", ("First item", 6.0, 7.0))
    assert [(e.session, e.text) for e in model.entries] == [
        ("me", "Good morning. Shall we start?"),
        ("remote", "Guten Morgen."),
        ("me", "First item"),
    ]
    # A session's paragraph keeps growing while another session's starts after it.
    assert model.take_dirty() == 0
    feed(model, "remote", ("Ja.", 3.0, 3.3))
    assert model.entries[1].text == "Guten Morgen. Ja."
    assert model.take_dirty() == 1


def test_partials_continue_their_paragraph_or_start_one() -> None:
    model = Paragraphs()
    feed(model, "me", ("we will", 0.0, 1.0))
    model.set_partial("me", "ship it", 1.2)
    model.set_partial("remote", "ja", 0.5)
    assert sorted(model.partials()) == [("me", "ship it", True), ("remote", "ja", False)]
    model.set_partial("me", "much later", 9.0)
    assert ("me", "much later", False) in model.partials()
    feed(model, "me", ("much later", 9.0, 9.5))
    assert model.partial("me") == "" and model.partial("remote") == "ja"


def test_continue_text_gives_the_joint_spacing_join_would_use() -> None:
    assert continue_text("cold", "-hearted") == "-hearted"
    assert continue_text("It was", "cold") == " cold"
    assert continue_text("我们", "讨论") == "讨论"
    assert continue_text("Done", ".") == "."
