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


def test_settle_makes_final_the_old_words_the_decode_before_heard_alike() -> None:
    # real_fr: two decodes of a sentence cut off mid-way agree on its first words only.
    tracker = StabilityTracker()
    tracker.insert(words("du tigre dans le sombre pas"))
    tracker.insert(words("le tigre dans il n'y en", start=0.0))
    assert tracker.committed == []
    # "le" differs from "du": nothing after it may settle before it, however alike.
    assert tracker.settle(heard_alike_s=2.0, anyway_s=0.0) == []
    # Once "le" is old enough it is final as the latest decode has it, and "tigre dans",
    # heard alike, with it; "il", only the latest decode's, waits.
    settled = tracker.settle(heard_alike_s=2.0, anyway_s=0.4)
    assert texts(settled) == ["le", "tigre", "dans"]
    assert texts(tracker.tentative) == ["il", "n'y", "en"]


def test_settle_takes_a_word_heard_alike_two_decodes_back() -> None:
    # real_en: "say" / "same" / "say" for "Sie": one decode between that flipped it kept
    # the sentence behind it waiting a decode more (5.1 s undecided).
    tracker = StabilityTracker()
    tracker.insert(words("all nouns say for"))
    tracker.insert(words("all nouns same for"))
    assert texts(tracker.committed) == ["all", "nouns"]
    tracker.insert(words("all nouns say for you"))
    assert texts(tracker.settle(heard_alike_s=1.6, anyway_s=0.0)) == ["say", "for"]
    assert texts(tracker.tentative) == ["you"]


def test_settle_looks_back_no_further_than_two_decodes() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("all nouns say for"))
    tracker.insert(words("all nouns same for"))
    tracker.insert(words("all nouns sane for"))
    tracker.insert(words("all nouns say for you"))
    assert tracker.settle(heard_alike_s=1.6, anyway_s=0.0) == []


def test_settle_does_not_take_a_word_heard_elsewhere_for_the_same() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("we can go", step=0.8))
    tracker.insert(words("so we can", step=0.8))  # each word 0.8 s later than before
    assert tracker.settle(heard_alike_s=3.0, anyway_s=0.0) == []
    assert texts(tracker.settle(heard_alike_s=3.0, anyway_s=0.8)) == ["so"]
    assert texts(tracker.tentative) == ["we", "can"]


def test_settle_takes_a_word_the_latest_decode_alone_heard_only_when_old() -> None:
    tracker = StabilityTracker()
    tracker.insert(words("one two three four"))
    tracker.insert(words("one too three four"))  # agreement stops at "too"
    assert texts(tracker.committed) == ["one"]
    assert texts(tracker.settle(heard_alike_s=1.6, anyway_s=0.4)) == []
    assert texts(tracker.settle(heard_alike_s=1.6, anyway_s=0.8)) == ["too", "three", "four"]
    # A new utterance compares with nothing of the last one.
    tracker.finish([])
    tracker.insert(words("three four", start=0.8))
    assert tracker.settle(heard_alike_s=5.0, anyway_s=0.0) == []


# real_de translated live: the end of the utterance before is decoded again in front of
# the next one (the lead-in), and told again in other words, placed after it.
_TOLD = (
    "students start their blog with poor grammar, but it turns out normal when there is a public."
)
_RETOLD = "it is normal, if there is a public. The applied use of blogs"


def test_a_translation_telling_the_last_sentence_again_adds_only_what_is_new() -> None:
    tracker = StabilityTracker(translated=True)
    tracker.finish(words(_TOLD, start=17.0))
    end = tracker.committed_end_s
    committed = tracker.finish(words(_RETOLD, start=end + 0.2))
    assert texts(committed) == ["The", "applied", "use", "of", "blogs"]


def test_a_new_translated_sentence_after_the_last_one_is_kept_whole() -> None:
    tracker = StabilityTracker(translated=True)
    tracker.finish(words(_TOLD, start=17.0))
    end = tracker.committed_end_s
    new = "The applied use of blogs can make students more critical."
    assert " ".join(texts(tracker.finish(words(new, start=end + 0.2)))) == new


def test_a_retelling_is_caught_after_the_words_before_it_are_forgotten() -> None:
    tracker = StabilityTracker(translated=True)
    tracker.finish(words(_TOLD, start=17.0))
    # What the stream does at every utterance's end: keep a few seconds of words.
    tracker.forget_before(tracker.committed_end_s - 3.0)
    end = tracker.committed_end_s
    assert texts(tracker.finish(words(_RETOLD, start=end + 0.2)))[0] == "The"


def test_transcribing_a_sentence_said_twice_keeps_both() -> None:
    # Only translations are judged by their words: a speaker may say a thing twice.
    tracker = StabilityTracker()
    tracker.finish(words("there is a public.", start=10.0))
    end = tracker.committed_end_s
    again = tracker.finish(words("if there is a public.", start=end + 0.5))
    assert texts(again) == ["if", "there", "is", "a", "public."]


def test_a_translation_telling_its_own_sentence_again_keeps_it_once() -> None:
    # real_de's final decode of an utterance, with the session's text as prompt.
    said = "Blocks can also be used to improve the writing skills of students."
    again = "Blocks can also improve the writing skills of students of students improve."
    tracker = StabilityTracker(translated=True)
    committed = tracker.finish(words(f"{said} {again} Students begin with poor grammar."))
    assert " ".join(texts(committed)) == f"{said} Students begin with poor grammar."


def test_the_rest_of_a_sentence_already_heard_is_not_said_again() -> None:
    # The next utterance's decode heard the end of the last sentence again, and its words
    # in committed time were skipped: what is left of that sentence is a retelling too.
    tracker = StabilityTracker(translated=True)
    tracker.finish(words("writing skills of students improve.", start=10.0))
    end = tracker.committed_end_s
    hypothesis = words("of students to", start=end - 1.2) + words(
        "improve. At the beginning", start=end + 0.1
    )
    assert texts(tracker.finish(hypothesis)) == ["At", "the", "beginning"]


def doubted(spec: str, unsure: set[str], probability: float = 0.3) -> list[Word]:
    """``words(spec)`` with the model's doubt on the words in ``unsure``."""
    return [
        Word(w.text, w.start_s, w.end_s, probability if w.text.strip() in unsure else 0.9)
        for w in words(spec)
    ]


def test_a_word_the_model_doubts_needs_a_third_decode() -> None:
    tracker = StabilityTracker(unsure_below=0.5)
    tracker.insert(doubted("der Unabhängigkeit zur", {"zur"}))
    # Two decodes agree on "zur", which the model doubts: it waits, and so does what follows.
    committed = tracker.insert(doubted("der Unabhängigkeit zur Klärung eine", {"zur"}))
    assert texts(committed) == ["der", "Unabhängigkeit"]
    assert texts(tracker.tentative) == ["zur", "Klärung", "eine"]
    # A third decode that reads it again makes it final with the words agreed after it.
    committed = tracker.insert(doubted("der Unabhängigkeit zur Klärung eine Karte", {"zur"}))
    assert texts(committed) == ["zur", "Klärung", "eine"]


def test_a_doubted_word_read_differently_by_the_third_decode_is_not_final() -> None:
    tracker = StabilityTracker(unsure_below=0.5)
    tracker.insert(doubted("der Unabhängigkeit zur", {"zur"}))
    tracker.insert(doubted("der Unabhängigkeit zur Klärung", {"zur"}))
    assert tracker.insert(words("der Unabhängigkeit zu Klärung eine")) == []
    assert texts(tracker.tentative) == ["zu", "Klärung", "eine"]
    # The decode that ends the utterance decides.
    final = tracker.finish(words("der Unabhängigkeit zu Klärung eine Karte."))
    assert texts(tracker.committed) == ["der", "Unabhängigkeit", *texts(final)]
    assert texts(final) == ["zu", "Klärung", "eine", "Karte."]


def test_words_the_model_is_sure_of_still_need_only_two_decodes() -> None:
    tracker = StabilityTracker(unsure_below=0.5)
    tracker.insert(doubted("good morning every", set()))
    assert texts(tracker.insert(doubted("good morning everyone", set()))) == ["good", "morning"]
