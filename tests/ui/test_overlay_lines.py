"""The overlay's plain parts: which captions show, in which block, and its preferences."""

from __future__ import annotations

from app.engine.events import CaptionEvent
from app.ui.overlay_lines import LiveLines, is_rtl
from app.ui.overlay_prefs import OverlayPrefs


def event(session: str, kind: str, text: str) -> CaptionEvent:
    return CaptionEvent(session, kind, text, 0.0, 1.0, 1.0)  # type: ignore[arg-type]


def shown(lines: LiveLines) -> list[tuple[str, str, str]]:
    return [(b.label, b.final, b.partial) for b in lines.visible(0.0, 0.0)]


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
    rows = lambda n: [(b.label, k) for b, k in lines.rows(10.0, 0.0, n)]  # noqa: E731
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


def test_silence_hides_only_when_asked() -> None:
    lines = LiveLines()
    lines.add(event("s1", "final", "done"), "Me", now=10.0)
    assert lines.visible(now=20.0, hide_after_s=0) != []
    assert lines.visible(now=14.0, hide_after_s=5) != []
    assert lines.visible(now=16.0, hide_after_s=5) == []
    lines.add(event("s1", "partial", "still talking"), "Me", now=10.0)
    assert lines.visible(now=60.0, hide_after_s=5) != []  # a partial means speech goes on


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
            "session": "Remote", "unknown": True,
        }
    )  # fmt: skip
    assert prefs.font_size == 30 and prefs.session == "Remote"
    assert prefs.geometry == [10, 20, 800, 90]
    assert prefs.text_colour == OverlayPrefs().text_colour  # not a #rrggbb colour
    assert prefs.opacity == 1.0  # clamped
    assert prefs.lines == OverlayPrefs().lines  # not a number
    assert prefs.snap == "bottom" and prefs.click_through is False
    assert OverlayPrefs.from_dict(prefs.to_dict()) == prefs
    assert OverlayPrefs.from_dict("garbage") == OverlayPrefs()  # type: ignore[arg-type]
