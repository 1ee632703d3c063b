"""The overlay's plain parts: which captions show, in which block, for how long, with
which labels, how much of a long caption fits, and the overlay's preferences."""

from __future__ import annotations

import pytest

from app.engine.events import CaptionEvent
from app.ui.overlay_lines import FADE_S, STOPPED_LINGER_S, LiveLines, cut_points, fit_tail, is_rtl
from app.ui.overlay_prefs import OverlayPrefs


def event(session: str, kind: str, text: str) -> CaptionEvent:
    return CaptionEvent(session, kind, text, 0.0, 1.0, 1.0)  # type: ignore[arg-type]


def shown(lines: LiveLines) -> list[tuple[str, str, str]]:
    return [(b.label, b.final, b.partial) for b in lines.visible(0.0)]


def feed(script: str) -> LiveLines:
    """One caption a line: ``session kind label text``."""
    lines = LiveLines()
    for row in script.strip().splitlines():
        session, kind, label, text = row.split(maxsplit=3)
        lines.add(event(session, kind, text), label, 0)
    return lines


def test_a_session_fills_its_block_and_the_partial_is_replaced() -> None:
    lines = feed("""
        s1 partial Me hello
        s1 partial Me hello there
        s1 final Me hello there
        s1 partial Me general
    """)
    assert shown(lines) == [("Me", "hello there", "general")]


def test_overlapping_speakers_keep_their_own_rows() -> None:
    lines = feed("""
        s1 partial Me so the plan
        s2 partial 中文 我们
        s1 final Me so the plan is
        s2 final 中文 我们今天
        s2 final 中文 讨论
        s1 partial Me ready
    """)
    assert shown(lines) == [("Me", "so the plan is", "ready"), ("中文", "我们今天讨论", "")]


def test_lines_are_shared_most_recent_first() -> None:
    lines = LiveLines()
    for now, (session, label) in enumerate((("s1", "Me"), ("s2", "Remote"), ("s3", "Zhang"))):
        lines.add(event(session, "final", f"hello from {label}"), label, float(now))
    rows = lambda n: [(b.label, k) for b, k in lines.rows(10.0, n)]  # noqa: E731
    assert rows(3) == [("Me", 1), ("Remote", 1), ("Zhang", 1)]
    assert rows(4) == [("Me", 1), ("Remote", 1), ("Zhang", 2)]  # the latest gets the spare
    assert rows(2) == [("Remote", 1), ("Zhang", 1)]  # more talkers than lines: the latest
    assert rows(1) == [("Zhang", 1)]


def test_one_chosen_session_only_and_renames_follow() -> None:
    lines = LiveLines(only="Remote")
    assert not lines.add(event("s1", "final", "mine"), "Me", 0)
    assert lines.add(event("s2", "final", "theirs"), "Remote", 0)
    lines.rename("s2", "Zhang")
    assert shown(lines) == [("Zhang", "theirs", "")]
    lines.forget("s2")
    assert shown(lines) == []


def test_text_is_bounded() -> None:
    lines = LiveLines(keep_chars=100)
    for index in range(500):
        lines.add(event("s1", "final", f"word{index}"), "Me", 0)
    final = lines.blocks["s1"].final
    assert len(final) <= 100 and final.endswith("word499")
    assert final.startswith("word")  # cut at a space, not inside a word


def test_silence_hides_only_when_asked_and_fades_first() -> None:
    lines = LiveLines()
    lines.add(event("s1", "final", "done"), "Me", now=10.0)
    assert lines.visible(now=20.0) != [] and lines.next_change(20.0) is None
    lines.hide_after_s = 5
    block = lines.blocks["s1"]
    assert lines.visible(now=14.0) != [] and lines.opacity(block, 14.0) == 1.0
    assert lines.next_change(14.0) == 15.0  # the overlay sleeps until then
    assert 0 < lines.opacity(block, 15.0 + FADE_S / 2) < 1  # fading, still drawn
    assert lines.visible(now=15.0 + FADE_S / 2) != []
    assert lines.visible(now=15.0 + FADE_S) == []
    lines.add(event("s1", "partial", "still talking"), "Me", now=10.0)
    assert lines.visible(now=60.0) != []  # a partial means speech goes on


def test_a_stopped_session_lingers_then_fades_whatever_the_silence_setting() -> None:
    lines = LiveLines()  # hide_after_s 0: captions of running sessions stay
    for session in ("s1", "s2"):
        lines.started(session, now=0.0)
        lines.add(event(session, "final", f"last words of {session}"), session, now=1.0)
    lines.stopped("s1", now=2.0)
    assert [b.session for b in lines.visible(2.0 + STOPPED_LINGER_S)] == ["s1", "s2"]
    gone = 2.0 + STOPPED_LINGER_S + FADE_S
    assert [b.session for b in lines.visible(gone)] == ["s2"]  # s2 still runs
    assert lines.expire(gone) and list(lines.blocks) == ["s2"]
    lines.stopped("s2", now=gone)
    assert lines.next_change(gone) == gone + STOPPED_LINGER_S
    assert lines.visible(gone + STOPPED_LINGER_S + FADE_S) == []


def test_a_restarted_session_starts_a_fresh_line() -> None:
    lines = LiveLines()
    lines.started("s1", now=0.0)
    lines.add(event("s1", "final", "thanks for coming."), "Me", now=1.0)
    lines.stopped("s1", now=1.0)
    lines.started("s1", now=1.5)  # restarted at once: the old words are still shown, and go on
    lines.add(event("s1", "final", "One more thing."), "Me", now=2.0)
    assert lines.blocks["s1"].final == "thanks for coming. One more thing."
    lines.stopped("s1", now=2.0)
    later = 2.0 + STOPPED_LINGER_S + FADE_S + 60
    lines.started("s1", now=later)
    lines.add(event("s1", "final", "Welcome back."), "Me", now=later)
    assert shown(lines) == [("Me", "Welcome back.", "")]


def test_pieces_join_with_the_spacing_a_reader_expects() -> None:
    lines = feed("""
        s1 final Me a cold
        s1 final Me -hearted plan
        s1 final Me , really
        s1 partial Me ...
    """)
    assert lines.blocks["s1"].text == "a cold-hearted plan, really..."


def test_labels_name_sessions_only_while_several_run() -> None:
    lines = LiveLines()
    lines.started("s1", now=0.0)
    lines.add(event("s1", "final", "hello"), "Me", now=0.0)
    assert not lines.labelled(True, now=0.0)  # one session: a name says nothing
    lines.started("s2", now=0.0)  # running, silent so far: the reader should know whose line it is
    assert lines.labelled(True, now=0.0)
    assert not lines.labelled(False, now=0.0)  # the user turned names off
    lines.stopped("s2", now=0.0)
    assert not lines.labelled(True, now=0.0)
    lines.add(event("s3", "final", "hi"), "Remote", now=0.0)  # two captions on screen
    assert lines.labelled(True, now=0.0)
    assert not LiveLines(only="Me", running={"s1", "s2"}).labelled(True, now=0.0)


def test_cut_points_are_word_starts_or_between_unspaced_characters() -> None:
    assert cut_points("so the plan") == [0, 3, 7]
    assert cut_points("我们今天 ok") == [0, 1, 2, 3, 5]
    assert cut_points("") == []


@pytest.mark.parametrize("room", [1, 5, 12, 20, 100])
def test_the_newest_words_that_fit_are_kept_whole(room: int) -> None:
    text = "and then rights. We reviewed the budget together"
    calls = []

    def fits(offset: int) -> bool:
        calls.append(offset)
        return len(text) - offset <= room

    start = fit_tail(text, fits)
    tail = text[start:]
    assert start in cut_points(text)
    if room >= len(text):
        assert start == 0 and calls == [0]  # fits whole: no search
    elif room >= len("together"):
        # The longest tail that fits: one word more would not.
        assert len(tail) <= room and text.endswith(tail)
        earlier = [p for p in cut_points(text) if p < start]
        assert len(text) - earlier[-1] > room
    else:
        assert tail == "together"  # too narrow even for the last word: show it anyway
    assert len(calls) <= 8  # a binary search, not a layout per word


def test_right_to_left_is_detected_from_the_text() -> None:
    assert is_rtl("مرحبا بالعالم")
    assert is_rtl("  שלום")
    assert not is_rtl("hello مرحبا")
    assert not is_rtl("123")
    lines = LiveLines()
    lines.add(event("s1", "final", "مرحبا بالعالم"), "Remote", 0)
    assert lines.blocks["s1"].rtl


def test_prefs_keep_good_values_and_drop_bad_ones() -> None:
    prefs = OverlayPrefs.from_dict(
        {
            "font_size": 30, "text_colour": "red", "opacity": 7, "lines": "3",
            "geometry": [10, 20, 800, 90], "snap": "left", "click_through": 1,
            "session": "Remote", "unknown": True, "show_labels": "no",
        }
    )  # fmt: skip
    assert prefs.font_size == 30 and prefs.session == "Remote"
    assert prefs.geometry == [10, 20, 800, 90]
    assert prefs.text_colour == OverlayPrefs().text_colour  # not a #rrggbb colour
    assert prefs.opacity == 1.0  # clamped
    assert prefs.lines == OverlayPrefs().lines  # not a number
    assert prefs.snap == "bottom" and prefs.click_through is False
    assert prefs.show_labels is True  # not a bool
    assert OverlayPrefs.from_dict({"show_labels": False}).show_labels is False
    assert OverlayPrefs.from_dict(prefs.to_dict()) == prefs
    assert OverlayPrefs.from_dict("garbage") == OverlayPrefs()  # type: ignore[arg-type]
