"""The caption view as a reader uses it: paragraphs, times per paragraph, restarts, copy,
search and the empty-state hint, on the real widget."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.engine.events import CaptionEvent
from app.ui.caption_view import CaptionView, time_of_day

T0 = datetime(2026, 3, 2, 10, 15, 0).timestamp()  # local time: the view shows 10:15:00


def final(text: str, start_s: float, end_s: float, session: str = "s1") -> CaptionEvent:
    return CaptionEvent(session, "final", text, start_s, end_s, end_s + 0.5)


def partial(text: str, start_s: float, session: str = "s1") -> CaptionEvent:
    return CaptionEvent(session, "partial", text, start_s, start_s + 1, start_s + 1.5)


@pytest.fixture
def view(qtbot) -> CaptionView:
    widget = CaptionView()
    widget.set_clock(time_of_day)
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    return widget


def shown(view: CaptionView) -> list[str]:
    """The document's paragraphs as drawn (blank lines of block margins do not count)."""
    return [line for line in view.text.toPlainText().split("\n") if line]


def speak(view: CaptionView) -> None:
    for event in (
        final("Good morning", 0.0, 0.8), final(", everyone.", 0.8, 1.4),
        final("The budget is a cold", 1.6, 3.0), final("-hearted read.", 3.1, 4.0),
        # 3 s of silence: the speaker moved on.
        final("Questions", 7.0, 7.6), final("first?", 7.7, 8.2),
    ):  # fmt: skip
        view.add(event, T0)


def test_finals_read_as_paragraphs_split_at_pauses(view) -> None:
    speak(view)
    assert shown(view) == [
        "Good morning, everyone. The budget is a cold-hearted read.",
        "Questions first?",
    ]
    view.add(partial("Let me", 8.5), T0)  # not final yet: dimmed, on the same line
    assert shown(view)[-1] == "Questions first? Let me"
    assert view.partial_text == "Let me"
    view.add(final("Let me see.", 8.5, 9.2), T0)
    assert shown(view)[-1] == "Questions first? Let me see."


def test_timestamps_stamp_each_paragraph_not_each_fragment(view) -> None:
    speak(view)
    view.show_timestamps = True
    assert shown(view) == [
        "10:15:00  Good morning, everyone. The budget is a cold-hearted read.",
        "10:15:07  Questions first?",
    ]
    assert view.text.toPlainText().count(":") == 4  # two times, none on the fragments
    view.show_timestamps = False
    assert shown(view)[1] == "Questions first?"


def test_a_restart_is_marked_and_starts_a_new_line(view) -> None:
    view.add(final("thanks for", 0.0, 0.5), T0)
    view.mark_restart("s1", T0 + 1.0)
    view.add(final("joining the weekly", 1.2, 2.0), T0)
    assert shown(view) == ["thanks for", "— Restarted at 10:15:01 —", "joining the weekly"]


def test_several_sessions_read_as_one_labelled_stream(qtbot) -> None:
    stream = CaptionView(labelled=True)
    qtbot.addWidget(stream)
    stream.set_clock(time_of_day)
    stream.set_label("s1", "Me")
    stream.set_label("s2", "Remote")
    stream.add(final("Good morning.", 0.0, 1.0, "s1"), T0)
    stream.add(final("Guten Morgen.", 1.2, 2.0, "s2"), T0)
    stream.add(final("Shall we start?", 4.0, 5.0, "s1"), T0)
    assert shown(stream) == [
        "Me", "Good morning.", "Remote", "Guten Morgen.", "Me", "Shall we start?",
    ]  # fmt: skip
    stream.set_label("s2", "Anna")  # a rename relabels what was said before
    assert shown(stream)[2] == "Anna"
    assert stream.label_colour("s1") != stream.label_colour("s2")


def test_search_finds_highlights_and_steps_through_matches(qtbot, view) -> None:
    speak(view)
    view.open_find()
    assert view.find_bar.isVisible()
    view.find_bar.field.setText("e")  # typed: matches as one types
    total = view.match_count
    assert total > 3 and view.find_bar.count.text() == f"1 of {total}"
    view.find_bar.field.setText("QUESTIONS")  # not case-sensitive
    assert view.match_count == 1
    assert view.text.textCursor().selectedText() == "Questions"
    assert len(view.text.extraSelections()) == 1  # highlighted
    view.find_bar.field.setText("budget")
    view.find_bar.field.setText("morning")
    view.add(final("Morning again", 12.0, 13.0), T0)  # a new paragraph is searched too
    assert view.match_count == 2
    assert view.find_bar.count.text() == "1 of 2"
    assert view.find_next() and view.find_bar.count.text() == "2 of 2"
    assert view.find_next() and view.find_bar.count.text() == "1 of 2"  # wraps
    assert view.find_previous() and view.find_bar.count.text() == "2 of 2"
    view.find_bar.field.setText("nowhere")
    assert view.match_count == 0 and view.find_bar.count.text() == "No match"
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible() and view.text.extraSelections() == []


def test_copy_selection_and_copy_all(qtbot, view) -> None:
    speak(view)
    view.show_timestamps = True
    clipboard = QGuiApplication.clipboard()
    view.text.setFocus()
    view.text.selectAll()
    qtbot.keyClick(view.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "cold-hearted read.\n10:15:07  Questions first?" in clipboard.text()
    clipboard.clear()
    view.add(partial("not yet final", 9.0), T0)
    view.copy_all_action.trigger()
    assert clipboard.text() == (
        "10:15:00  Good morning, everyone. The budget is a cold-hearted read.\n\n"
        "10:15:07  Questions first?"
    )


def test_the_hint_shows_until_something_is_said(view) -> None:
    view.set_hint("Press Start to caption this session.")
    assert view.hint.isVisible() and not view.text.isVisible()
    assert "Press Start" in view.hint.text()
    view.add(partial("Hello", 0.0), T0)
    assert view.text.isVisible() and not view.hint.isVisible()


def test_long_transcripts_redraw_only_what_changed(view) -> None:
    for i in range(200):
        view.add(final(f"Sentence number {i}.", i * 3.0, i * 3.0 + 1.0), T0)
    document = view.text.document()
    changed_at: list[int] = []
    document.contentsChange.connect(lambda position, _removed, _added: changed_at.append(position))
    view.add(partial("and more", 598.5), T0)
    view.add(final("and more", 598.5, 599.0), T0)
    # Only the last paragraph was drawn again, not the 199 before it.
    last = document.lastBlock().position()
    assert changed_at and min(changed_at) >= last - 1
    assert shown(view)[-1] == "Sentence number 199. and more" and len(shown(view)) == 200
