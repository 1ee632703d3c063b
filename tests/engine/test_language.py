"""A session's language: validated, detected once, never changed while running."""

from __future__ import annotations

import pytest

from app.engine.language import LanguageLock, LockRule, validate
from app.errors import LanguageError
from app.session import SessionConfig


def test_codes_and_names_are_accepted() -> None:
    assert validate("EN") == "en"
    assert validate("German") == "de"
    assert validate("auto") == "auto"


def test_unknown_code_is_refused_with_a_readable_message() -> None:
    with pytest.raises(LanguageError, match="Unknown language 'xx'"):
        validate("xx")
    with pytest.raises(LanguageError):
        SessionConfig("s", "s", language="klingon")


RULE = LockRule(
    min_speech_s=4.0, min_probability=0.75, min_margin=0.5, min_decodes=2, one_decode_s=8.0
)


def test_one_unsure_decode_is_not_a_detection() -> None:
    # meeting_de.flac's first decode said English at 46 %: the old lock took it.
    lock = LanguageLock("auto", RULE)
    assert not lock.observe([("en", 0.46), ("de", 0.40)], audio_s=2.0, new_speech_s=2.0)
    assert lock.is_detecting and lock.code is None
    assert lock.decode_language == "en"  # decoded with the best guess meanwhile


def test_a_clear_language_locks_only_after_enough_speech() -> None:
    lock = LanguageLock("auto", RULE)
    assert not lock.observe([("fr", 0.99)], audio_s=2.0, new_speech_s=2.0)  # too little
    assert not lock.observe([("fr", 0.99)], audio_s=3.0, new_speech_s=1.0)  # 3 s
    assert lock.observe([("fr", 0.98)], audio_s=4.0, new_speech_s=1.0)
    assert (lock.code, lock.is_detected, lock.is_detecting) == ("fr", True, False)
    assert lock.probability == pytest.approx((2 * 0.99 + 3 * 0.99 + 4 * 0.98) / 9)
    assert lock.speech_s == 4.0


def test_evidence_is_weighed_by_the_audio_each_decode_heard() -> None:
    # A short first decode says Breton; longer ones say French: French wins, and the
    # lock waits until its lead is clear.
    lock = LanguageLock("auto", RULE)
    lock.observe([("br", 0.53), ("fr", 0.40)], audio_s=2.0, new_speech_s=2.0)
    assert lock.decode_language == "br"
    assert not lock.observe([("fr", 0.90), ("br", 0.05)], audio_s=3.0, new_speech_s=1.0)
    assert lock.decode_language == "fr"
    # Averaged: fr (0.8 + 2.7 + 3.8) / 9 = 0.81, br (1.06 + 0.15 + 0.12) / 9 = 0.15.
    assert lock.observe([("fr", 0.95), ("br", 0.03)], audio_s=4.0, new_speech_s=1.0)
    assert lock.code == "fr"
    ranking = dict(lock.ranking())
    assert ranking["fr"] == pytest.approx((2 * 0.40 + 3 * 0.90 + 4 * 0.95) / 9)
    assert ranking["br"] == pytest.approx((2 * 0.53 + 3 * 0.05 + 4 * 0.03) / 9)


def test_a_close_race_does_not_lock_however_long_it_lasts() -> None:
    lock = LanguageLock("auto", RULE)
    for _ in range(20):
        assert not lock.observe([("es", 0.6), ("pt", 0.35)], audio_s=5.0, new_speech_s=1.0)
    assert lock.is_detecting and lock.speech_s == 20.0
    assert lock.ranking()[:2] == [("es", pytest.approx(0.6)), ("pt", pytest.approx(0.35))]


def test_one_decode_is_not_enough_however_sure_unless_it_heard_a_lot() -> None:
    # In the window, one mid-sentence decode said Hungarian at 77 % on English speech.
    lock = LanguageLock("auto", RULE)
    assert not lock.observe([("hu", 0.99)], audio_s=5.0, new_speech_s=5.0)
    assert lock.is_detecting
    # A file's first window: 16 s of speech in one padded decode.
    lock = LanguageLock("auto", RULE)
    assert lock.observe([("de", 0.97)], audio_s=17.0, new_speech_s=16.0)


def test_once_locked_it_stays_locked() -> None:
    lock = LanguageLock("auto", RULE)
    assert not lock.observe([("de", 0.97)], audio_s=5.0, new_speech_s=5.0)
    assert lock.observe([("de", 0.97)], audio_s=6.0, new_speech_s=1.0)
    assert not lock.observe([("en", 1.0)], audio_s=30.0, new_speech_s=30.0)
    assert lock.code == "de" and not lock.is_detecting
    assert lock.decode_language == "de"


def test_a_given_language_is_never_detected() -> None:
    lock = LanguageLock("es", RULE)
    assert not lock.is_detecting and lock.decode_language == "es"
    assert not lock.observe([("en", 1.0)], audio_s=10.0, new_speech_s=10.0)
    assert lock.code == "es"


def test_the_user_corrects_a_wrong_lock() -> None:
    lock = LanguageLock("auto", RULE)
    lock.observe([("hu", 0.95)], audio_s=5.0, new_speech_s=5.0)
    assert lock.observe([("hu", 0.95)], audio_s=6.0, new_speech_s=1.0)
    lock.correct("English")
    assert (lock.code, lock.probability, lock.is_corrected) == ("en", 1.0, True)
    assert not lock.observe([("hu", 1.0)], audio_s=5.0, new_speech_s=5.0)
    assert lock.code == "en"
    with pytest.raises(LanguageError):
        lock.correct("auto")
    with pytest.raises(LanguageError, match="Unknown language"):
        lock.correct("xx")
    assert lock.code == "en"


def test_the_user_may_pick_before_the_detection_is_clear() -> None:
    lock = LanguageLock("auto", RULE)
    lock.observe([("nl", 0.5), ("de", 0.45)], audio_s=3.0, new_speech_s=3.0)
    lock.correct("de")
    assert lock.code == "de" and not lock.is_detecting


def test_running_session_refuses_a_language_change() -> None:
    lock = LanguageLock("en")
    with pytest.raises(LanguageError, match="stop the session"):
        lock.change("de", running=True)
    assert lock.code == "en"
    lock.change("de", running=False)
    assert lock.code == "de"
