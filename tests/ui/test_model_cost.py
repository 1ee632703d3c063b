"""Picking a model in a session tab shows how many live sessions it keeps up with here,
measured once off the GUI thread, or warns when it cannot keep up with one."""

from __future__ import annotations

import time

from app import config
from app.models import cost
from app.ui.main_window import MainWindow


def _pick_model(tab, name: str) -> None:
    """As a user choosing from the drop-down: the index changes, then ``activated``."""
    index = tab.model.findData(name)
    tab.model.setCurrentIndex(index)
    tab.model.activated.emit(index)


def test_picking_a_model_measures_it_once_and_shows_the_sessions(qtbot, model_dir) -> None:
    cost._cache_path().unlink(missing_ok=True)
    window = MainWindow(config.Settings())
    qtbot.addWidget(window)
    tab = window.tab("s1")
    qtbot.wait(300)  # the cache is only read when a tab opens: nothing measured yet
    assert tab.model_cost.text() == "" and not cost._cache_path().exists()

    _pick_model(tab, "base")
    assert "Measuring" in tab.model_cost.text()
    qtbot.waitUntil(lambda: "keeps up with here: about" in tab.model_cost.text(), timeout=120_000)
    measured = cost.cached("base", "cpu", "int8")
    assert measured is not None and f"about {measured.sessions}." in tab.model_cost.text()

    second = window.add_session()  # a new tab reads the cache at once
    qtbot.waitUntil(lambda: second.model_cost.text() == tab.model_cost.text(), timeout=5_000)
    window.close()


def test_a_model_too_slow_for_one_session_is_warned_about_when_picked(qtbot, model_dir) -> None:
    cost._cache_path().unlink(missing_ok=True)
    cost._store(cost.Cost("base", "cpu", "int8", 4.5, time.time()))  # a slow machine's
    try:
        window = MainWindow(config.Settings())
        qtbot.addWidget(window)
        tab = window.tab("s1")
        _pick_model(tab, "base")
        qtbot.waitUntil(lambda: "too slow" in tab.model_cost.text(), timeout=10_000)
        assert "choose a smaller model" in tab.model_cost.text()
        window.close()
    finally:
        cost._cache_path().unlink(missing_ok=True)
