from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.transcripts.formats import to_srt, to_vtt
from app.transcripts.layout import Cue, LayoutRules, layout, text_width
from app.transcripts.spacing import join, join_all
from app.transcripts.transcript import Caption

RULES = LayoutRules()


def cap(text: str, start: float, end: float, session: str = "Me") -> Caption:
    return Caption(text, start, end, session)


def squash(text: str) -> str:
    return "".join(text.split())


def assert_readable(cues: list[Cue], rules: LayoutRules = RULES) -> None:
    for cue in cues:
        assert 1 <= len(cue.lines) <= rules.max_lines, cue
        for line in cue.lines:
            assert text_width(line) <= rules.max_line_width, line
            assert line == line.strip() and line


def test_text_width_counts_east_asian_wide_characters_twice() -> None:
    assert text_width("abc") == 3
    assert text_width("日本語") == 6
    assert text_width("한국어") == 6
    assert text_width("Ａ") == 2  # fullwidth Latin
    assert text_width("ｱ") == 1  # halfwidth katakana
    assert text_width("e\u0301") == 1  # combining accent takes no column


def test_a_short_caption_is_one_cue_with_its_own_times() -> None:
    assert layout([cap("Good morning everyone.", 1.0, 2.5)]) == [
        Cue(1.0, 2.5, ("Good morning everyone.",))
    ]


def test_two_lines_are_balanced() -> None:
    text = "We will look at the quarterly numbers and then take questions"
    [cue] = layout([cap(text, 0.0, 4.0)])
    assert len(cue.lines) == 2
    assert " ".join(cue.lines) == text
    widths = [text_width(line) for line in cue.lines]
    assert abs(widths[0] - widths[1]) <= 12


def test_long_caption_splits_at_the_sentence_end_into_readable_cues() -> None:
    first = "The committee met on Tuesday to discuss the budget for next year."
    second = "Everyone agreed that the new plan was better than the old one."
    cues = layout([cap(f"{first} {second}", 10.0, 20.0)])
    assert_readable(cues)
    assert [" ".join(c.lines) for c in cues] == [first, second]
    assert cues[0].start_s == 10.0 and cues[-1].end_s == 20.0


def test_words_are_never_cut_in_long_english_text() -> None:
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda " * 6).split()
    cues = layout([cap(" ".join(words), 0.0, 30.0)])
    assert_readable(cues)
    assert len(cues) >= 3
    assert [w for c in cues for line in c.lines for w in line.split()] == words


def test_time_is_shared_in_proportion_to_text_width() -> None:
    first = "This first sentence is quite a lot longer than the second one here."
    second = "Then a short one and another."
    # The long first sentence cannot share a cue with the second at 2x42.
    text = f"{first} {second}"
    cues = layout([cap(text, 0.0, 9.0)])  # the first sentence stays under 7 s
    assert len(cues) == 2
    widths = [text_width(" ".join(c.lines)) for c in cues]
    durations = [c.end_s - c.start_s for c in cues]
    assert sum(durations) == pytest.approx(9.0)
    # The space between the cues' words is spoken time too: it goes to the second cue.
    assert durations[0] / durations[1] == pytest.approx(widths[0] / widths[1], rel=0.05)
    assert cues[0].end_s == cues[1].start_s


def test_cjk_splits_between_characters_and_prefers_cjk_punctuation() -> None:
    first = "今日は会議の最初に来年度の予算について皆さんと一緒に話し合いました。"
    second = "新しい計画は古い計画よりも良いと全員が賛成しましたので進めます"
    cues = layout([cap(first + second, 0.0, 12.0)])  # each sentence under 7 s
    assert_readable(cues)
    assert "".join("".join(c.lines) for c in cues) == first + second
    assert "".join(cues[0].lines) == first
    for cue in cues:
        assert all(" " not in line for line in cue.lines)
        assert not any(line[0] in "。、，！？" for line in cue.lines)  # no line opens with them


def test_cjk_line_holds_at_most_21_wide_characters() -> None:
    text = "あ" * 50
    cues = layout([cap(text, 0.0, 10.0)])
    assert_readable(cues)
    assert max(len(line) for c in cues for line in c.lines) <= 21
    assert sum(len(line) for c in cues for line in c.lines) == 50


def test_short_finals_close_in_time_become_one_cue() -> None:
    cues = layout(
        [cap("so I think", 0.0, 0.8), cap("we should go", 1.0, 1.8), cap("to the park", 2.0, 2.6)]
    )
    assert cues == [Cue(0.0, 2.6, ("so I think we should go to the park",))]


def test_cjk_finals_merge_without_a_space() -> None:
    [cue] = layout([cap("你好", 0.0, 0.5), cap("世界", 0.6, 1.0)])
    assert cue.lines == ("你好世界",)


@pytest.mark.parametrize(
    ("second", "why"),
    [
        (cap("later", 2.6, 3.0), "gap of 0.6 s or more"),
        (cap("and so on", 6.9, 7.2), "merged cue would last over 7 s"),
        (cap("x" * 30 + " " + "y" * 30, 2.05, 3.0), "merged text would not fit 2x42"),
        (cap("hello", 2.1, 2.5, session="Guest"), "another speaker"),
    ],
)
def test_finals_stay_apart(second: Caption, why: str) -> None:
    cues = layout([cap("we can start now", 0.5, 2.0), second])
    assert len(cues) == 2, why


def test_a_long_enough_sentence_ends_its_cue() -> None:
    cues = layout([cap("We agreed on the new plan today.", 0.0, 2.0), cap("Next", 2.1, 2.4)])
    assert [c.lines for c in cues] == [("We agreed on the new plan today.",), ("Next",)]
    short = layout([cap("Yes.", 0.0, 0.4), cap("I agree.", 0.5, 1.2)])
    assert [c.lines for c in short] == [("Yes. I agree.",)]


def test_a_cue_shows_at_least_a_second_and_the_next_waits_rather_than_overlap() -> None:
    first = "A sentence long enough to stand alone."
    second = "And a second sentence that is long enough too."  # the two cannot share a cue
    cues = layout([cap(first, 0.0, 0.3), cap(second, 0.5, 2.5)])
    assert [" ".join(c.lines) for c in cues] == [first, second]
    reading_s = sum(len(line) for line in cues[1].lines) / 20  # read at 20 chars/s
    assert [(c.start_s, c.end_s) for c in cues] == [
        (0.0, pytest.approx(1.0)),
        (pytest.approx(1.0), pytest.approx(1.0 + reading_s)),
    ]


def test_reading_speed_extends_a_cue_into_the_gap_but_not_over_the_next() -> None:
    quick = "This sentence has quite a lot of words in it."  # 45 characters, said in 1.2 s
    later = "Then somebody else says something much longer."
    [alone, _] = layout([cap(quick, 0.0, 1.2), cap(later, 5.0, 7.0)])
    shown = sum(len(line) for line in alone.lines)  # the line break is no character
    assert (alone.start_s, alone.end_s) == (0.0, pytest.approx(shown / 20))
    assert alone.end_s > 2.0
    [squeezed, _] = layout([cap(quick, 0.0, 1.2), cap(later, 1.8, 4.0)])
    assert squeezed.end_s == pytest.approx(1.8)


def test_label_starts_every_cue_and_counts_in_the_width() -> None:
    text = "This is a long remark that will need more than one cue to show it all on screen"
    cues = layout([cap(text, 0.0, 6.0, session="Guest")], label="Guest")
    assert len(cues) >= 2
    assert_readable(cues)
    assert all(c.lines[0].startswith("Guest: ") for c in cues)
    assert " ".join(" ".join(c.lines).removeprefix("Guest: ") for c in cues) == text


def test_a_word_longer_than_a_line_is_cut_rather_than_overflowing() -> None:
    url = "https://example.com/" + "a" * 90
    cues = layout([cap(f"see {url} please", 0.0, 3.0)])
    assert_readable(cues)
    assert squash("".join("".join(c.lines) for c in cues)) == squash(f"see {url} please")


ALPHABET = st.sampled_from(
    list("abcdefghij ABC .,?!-<>&0123") + list("日本語中文。、，！？한국") + ["\t", "\n"]
)
caption_lists = st.lists(
    st.tuples(
        st.text(ALPHABET, max_size=150),
        st.floats(0, 3600, allow_nan=False),
        st.floats(0, 12, allow_nan=False),
        st.sampled_from(["Me", "Guest"]),
    ),
    max_size=25,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=caption_lists)
def test_cues_are_monotonic_non_overlapping_and_readable(
    items: list[tuple[str, float, float, str]],
    parse_srt: Callable,
    parse_vtt: Callable,
    playable: Callable,
) -> None:
    captions = [cap(text, start, start + dur, who) for text, start, dur, who in items]
    cues = layout(captions)
    assert_readable(cues)
    for a, b in pairwise(cues):
        assert a.start_s <= a.end_s <= b.start_s
    for i, cue in enumerate(cues):
        assert cue.end_s >= cue.start_s
        if i + 1 == len(cues) or cue.end_s < cues[i + 1].start_s:
            assert cue.end_s - cue.start_s >= RULES.min_duration_s - 1e-9
    # Nothing said is lost; two speakers' cues may interleave in time.
    assert sorted(squash("".join(c.text for c in captions))) == sorted(
        squash("".join(c.text for c in cues))
    )
    # Nor is one speaker's text reordered.
    for who in ("Me", "Guest"):
        own = sorted((c for c in captions if c.session == who), key=lambda c: c.start_s)
        assert squash("".join(c.text for c in own)) == squash("".join(c.text for c in layout(own)))
    for parsed in (parse_srt(to_srt(cues)), parse_vtt(to_vtt(cues))):
        assert len(parsed) == len(cues)
        playable(parsed)


def starts_inside_a_word(cues: list[Cue], captions: list[Caption]) -> list[Cue]:
    """Cues whose first character does not follow a space in the joined transcript."""
    full = join_all(c.text for c in captions)
    bad, said = [], ""
    for cue in cues:
        if said and not full.startswith(said + " "):
            bad.append(cue)
        said = join(said, " ".join(cue.lines))
    assert said == full
    return bad


def test_a_lone_article_joins_the_words_after_it_rather_than_flash_by() -> None:
    said = [
        cap("Thanks for joining the weekly call today.", 0.0, 1.2),
        cap("The", 1.9, 2.4),  # the next caption is too long to share a cue with it
        cap("budget for the next quarter was approved by the whole board on Monday morning.",
            2.4, 7.0),
    ]  # fmt: skip
    cues = layout(said)
    assert_readable(cues)
    assert all(c.end_s - c.start_s >= 1.0 for c in cues)
    assert all(" ".join(c.lines) != "The" for c in cues)
    assert any(" ".join(c.lines).startswith("The budget") for c in cues)


def test_a_hyphenated_word_split_across_finals_is_never_split_across_cues() -> None:
    said = [cap("Here is a quick tag", 0.0, 1.5), cap(" -a-sub update on the budget.", 2.2, 3.5)]
    cues = layout(said)
    assert not any(c.lines[0].startswith("-") for c in cues)
    assert "tag-a-sub" in " ".join(" ".join(c.lines) for c in cues)
    assert not starts_inside_a_word(cues, said)


def test_cues_break_at_sentence_ends_instead_of_running_into_the_next() -> None:
    said = [
        cap("so the plan is fine. The", 0.0, 1.6),
        cap("budget for the next quarter was approved by the whole board on Monday.", 2.2, 5.0),
    ]
    cues = layout(said)
    assert_readable(cues)
    texts = [" ".join(c.lines) for c in cues]
    assert texts[0] == "so the plan is fine."
    for text in texts:
        # A cue holding a sentence end ends a sentence too: none starts the next and cuts it.
        inner = [w for w in text.split()[:-1] if w.endswith(".")]
        assert not inner or text.endswith("."), text


def test_long_speech_gives_cues_of_one_to_seven_seconds() -> None:
    words = "so we looked at the numbers again and again and they still did not add up " * 12
    cues = layout([cap(words, 0.0, 40.0), cap("Right.", 40.2, 40.5)])
    assert_readable(cues)
    assert len(cues) >= 8
    for cue in cues:
        assert 1.0 - 1e-9 <= cue.end_s - cue.start_s <= 7.0 + 1e-9, cue
    assert not starts_inside_a_word(cues, [cap(words, 0, 1), cap("Right.", 1, 2)])


def test_a_title_does_not_end_a_cue_like_a_sentence() -> None:
    said = (
        "After the long meeting we finally had lunch together with Mr. John Dashwood of the bank."
    )
    cues = layout([cap(said, 0.0, 6.0)])
    assert len(cues) == 2
    assert not any(" ".join(c.lines).endswith("Mr.") for c in cues)
