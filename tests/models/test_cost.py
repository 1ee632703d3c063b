"""What a model costs here: the measurement with the real model, its cache, the estimate
of sessions and its warning, and the models table's column."""

from __future__ import annotations

import pytest

from app import cli
from app.models import cost
from app.session import ModelChoice

CHOICE = ModelChoice("base", "cpu", "int8")


@pytest.mark.parametrize(
    ("live_rtf", "sessions"),
    [(0.1, 30), (0.45, 6), (1.0, 3), (2.9, 1), (3.0, 1), (3.2, 0), (12.0, 0), (0.0, 0)],
)
def test_sessions_from_the_live_real_time_factor(live_rtf: float, sessions: int) -> None:
    assert cost.sessions_kept_up(live_rtf) == sessions


def test_a_model_that_cannot_keep_up_one_session_is_warned_about() -> None:
    slow = cost.Cost("large-v3", "cpu", "int8", 4.2, 0.0)
    fine = cost.Cost("base", "cpu", "int8", 0.5, 0.0)
    assert slow.sessions == 0 and fine.sessions == 6
    assert "large-v3" in cost.warning(slow) and "too slow" in cost.warning(slow)
    assert "\n" not in cost.warning(slow)
    assert cost.warning(fine) == ""
    assert cost.summary(slow) == "too slow for live"
    assert cost.summary(fine) == "6 sessions"
    assert cost.summary(None) == "not measured yet"


def test_the_bundled_speech_is_there() -> None:
    assert cost.sample_speech().stat().st_size > 10_000


def test_measured_once_with_the_real_model_then_read_from_the_cache(decoder, capsys) -> None:
    cost._cache_path().unlink(missing_ok=True)
    loads: list[ModelChoice] = []

    def load(choice: ModelChoice):
        loads.append(choice)
        return decoder

    assert cli.main(["models"]) == 0
    assert "not measured yet" in _base_row(capsys.readouterr().out)

    measured = cost.cost_of(CHOICE, load)
    assert loads == [CHOICE]
    assert (measured.model, measured.device, measured.compute_type) == ("base", "cpu", "int8")
    # A real decode of 7 s of speech: neither free nor absurdly slow, even on a busy machine.
    assert 0.01 < measured.live_rtf < 10

    again = cost.cost_of(CHOICE, load)
    assert loads == [CHOICE]  # not loaded, not measured again
    assert again == measured
    assert cost.cached("base", "cpu", "float32") is None  # another precision is its own

    # The table reads the same measurement (``models`` picks auto: the CPU, int8, here).
    assert cli.main(["models"]) == 0
    assert cost.summary(measured) in _base_row(capsys.readouterr().out)


def test_a_damaged_cache_is_measured_again(decoder) -> None:
    cost._cache_path().write_text("{not json", encoding="utf-8")
    assert cost.cached("base", "cpu", "int8") is None
    loads = []
    measured = cost.cost_of(CHOICE, lambda choice: loads.append(choice) or decoder)
    assert loads == [CHOICE] and cost.cached("base", "cpu", "int8") == measured


def _base_row(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("base "))
