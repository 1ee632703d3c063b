"""LocalAgreement-2 on hand-made hypotheses: what becomes final, and when."""

from __future__ import annotations

from app.engine.agreement import StabilityTracker
from app.engine.events import Word


def words(spec: str, start: float = 0.0, step: float = 0.4) -> list[Word]:
    return [
        Word(" " + text, round(start + i * step, 2), round(start + (i + 1) * step, 2))
        for i, text in enumerate(spec.split())
    ]


def texts(ws: list[Word]) -> list[str]:
    return [w.text.strip() for w in ws]


def test_nothing_is_final_after_one_decode() -> None:
    tracker = StabilityTracker()
    assert tracker.insert(words("hello there")) == []
    assert texts(tracker.tentative) == ["hello", "there"]


def test_common_prefix_of_two_decodes_becomes_final() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("good morning every"))
    committed = tracker.insert(words("good morning everyone thanks"))
    assert texts(committed) == ["good", "morning"]
    assert texts(tracker.tentative) == ["everyone", "thanks"]


def test_agreement_ignores_case_and_punctuation() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("Good morning, everyone"))
    committed = tracker.insert(words("good morning everyone."))
    assert texts(committed) == ["good", "morning", "everyone."]


def test_final_words_are_never_repeated_when_decoder_hears_them_again() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("ask not what"))
    first = tracker.insert(words("ask not what your"))
    assert texts(first) == ["ask", "not", "what"]
    # The next decode starts again at the buffer start and re-hears the committed words,
    # one of them spelled differently.
    second = tracker.insert(words("asked not what your country"))
    third = tracker.insert(words("ask not what your country can"))
    final = texts(first + second + third)
    assert final == ["ask", "not", "what", "your", "country"]


def test_committed_time_never_goes_backwards() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("one two three", start=1.0))
    tracker.insert(words("one two three four", start=1.0))
    # Alignment jitter places the next words slightly earlier than the committed end.
    tracker.insert(words("four five six", start=2.1))
    tracker.insert(words("four five six seven", start=2.1))
    starts = [w.start_s for w in tracker.committed]
    ends = [w.end_s for w in tracker.committed]
    assert starts == sorted(starts)
    assert all(s >= e_prev for s, e_prev in zip(starts[1:], ends, strict=False))


def test_finish_commits_the_rest_once() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("the contract is"))
    committed = tracker.insert(words("the contract is signed"))
    rest = tracker.finish(words("the contract is signed but"))
    assert texts(committed + rest) == ["the", "contract", "is", "signed", "but"]
    assert tracker.tentative == []


def test_holdback_keeps_words_at_the_buffer_end_tentative() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("planning meet"))
    committed = tracker.insert(words("planning meet"), commit_until_s=0.5)
    assert texts(committed) == ["planning"]
    assert texts(tracker.tentative) == ["meet"]


def test_commit_through_forces_only_old_words() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("a b c d e"))
    forced = tracker.commit_through(0.8)
    assert texts(forced) == ["a", "b"]
    assert texts(tracker.tentative) == ["c", "d", "e"]
