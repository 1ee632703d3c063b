"""A session's language: validated, detected once, never changed while running."""

from __future__ import annotations

import pytest

from app.engine.language import LanguageLock, validate
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


def test_auto_is_resolved_once_and_held(caplog: pytest.LogCaptureFixture) -> None:
    lock = LanguageLock("auto")
    assert lock.code is None
    lock.detected("de", 0.93)
    assert (lock.code, lock.probability, lock.is_detected) == ("de", 0.93, True)
    lock.detected("en", 0.99)
    assert lock.code == "de"
    assert "keeping de" in caplog.text


def test_running_session_refuses_a_language_change() -> None:
    lock = LanguageLock("en")
    with pytest.raises(LanguageError, match="stop the session"):
        lock.change("de", running=True)
    assert lock.code == "en"
    lock.change("de", running=False)
    assert lock.code == "de"
