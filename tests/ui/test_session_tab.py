"""A session tab's pickers as a new user meets them: sources named for what they are, with
a word on what system audio is for, and a language list to search and read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.audio.devices import SYSTEM_AUDIO_HINT, list_sources
from app.config import SessionSettings
from app.models.catalog import list_models
from app.ui.session_tab import SessionTab
from tests.audio import conftest as audio_fixtures
from tests.audio.helpers import PulseServer
from tests.audio.test_pulse_capture import portaudio_sees  # noqa: F401  (a fixture)

private_pulse = audio_fixtures.private_pulse  # a PulseAudio server for one test
no_pulse_server = audio_fixtures.no_pulse_server  # none: the list is quick and fixed


def make_tab(qtbot, source: str = "", model: str = "base") -> SessionTab:
    settings = SessionSettings(name="Me", source=source, model=model)
    tab = SessionTab("s1", settings, list_sources(), list_models())
    qtbot.addWidget(tab)
    tab.resize(700, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def items(tab: SessionTab) -> list[tuple[str, bool]]:
    """The source list's rows: (text, can be picked)."""
    model = tab.source.model()
    return [
        (model.item(row).text(), model.item(row).isEnabled()) for row in range(model.rowCount())
    ]


def test_sources_have_friendly_names_and_system_audio_is_explained(
    qtbot,
    portaudio_sees: PulseServer,  # noqa: F811
) -> None:
    tab = make_tab(qtbot)
    assert items(tab) == [
        ("Default microphone", True),
        (SYSTEM_AUDIO_HINT, False),  # a header, not a choice
        ("System audio: Meeting", True),
        ("System audio: Other", True),
        ("Audio file…", True),
    ]
    assert tab.source.currentText() == "Default microphone"  # the system's default input
    meeting = tab.source.findText("System audio: Meeting")
    assert tab.source.itemData(meeting, Qt.ItemDataRole.ToolTipRole) == SYSTEM_AUDIO_HINT


def test_a_session_saved_with_an_old_device_name_keeps_its_device(
    qtbot,
    portaudio_sees: PulseServer,  # noqa: F811
) -> None:
    for saved in ("portaudio:ALSA:pulse", "pulse"):
        tab = make_tab(qtbot, source=saved)
        assert tab.source.currentText() == "Default microphone (through PulseAudio)", saved
        assert tab.session_settings().source == "portaudio:ALSA:pulse"
        assert not any(text.startswith("File: ") for text, _ in items(tab))


@pytest.fixture
def interface(request: pytest.FixtureRequest) -> Iterator[None]:
    """The interface locale a test names (``QLocale.setDefault``), put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(before)


def language_rows(box) -> list[tuple[str, str]]:
    return [(box.itemText(i), str(box.itemData(i))) for i in range(box.count())]


@pytest.mark.parametrize("interface", ["de_DE"], indirect=True)
def test_language_list_names_each_language_twice_in_german_order(
    qtbot, no_pulse_server: None, interface: None
) -> None:
    rows = language_rows(make_tab(qtbot).language)
    assert rows[0][1] == "auto"
    labels = dict((code, text) for text, code in rows)
    assert labels["ja"] == "日本語 — Japanisch"
    assert labels["de"] == "Deutsch"
    assert labels["fr"] == "Français — Französisch"
    order = [code for _text, code in rows[1:]]
    # German order by the German names: Ä sorts with A (Ägyptisch-free list: Albanisch,
    # Amharisch, Arabisch), and Dänisch before Deutsch, not after Z as a byte sort has it.
    assert order.index("sq") < order.index("am") < order.index("ar")
    assert order.index("da") < order.index("de") < order.index("en")
    assert order.index("nl") < order.index("no") < order.index("oc")  # Niederländisch ...


@pytest.mark.parametrize("interface", ["de_DE"], indirect=True)
@pytest.mark.parametrize(("typed", "code"), [("日本", "ja"), ("japanisch", "ja"), ("Welsh", "cy")])
def test_language_list_finds_either_name(
    qtbot, no_pulse_server: None, interface: None, typed: str, code: str
) -> None:
    box = make_tab(qtbot).language
    box.setFocus()
    box.lineEdit().selectAll()
    # Typed as an input method commits it: QTest's key clicks know only ASCII.
    typing = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, typed
    )
    QApplication.sendEvent(box.lineEdit(), typing)
    completer = box.completer()
    qtbot.waitUntil(completer.popup().isVisible, timeout=5_000)
    assert completer.completionCount() == 1
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.currentData() == code, timeout=5_000)
    assert box.currentText() == box.itemText(box.findData(code))  # the label, not the search


@pytest.mark.parametrize("interface", ["en_US"], indirect=True)
def test_language_list_filters_as_one_types(qtbot, no_pulse_server: None, interface: None) -> None:
    tab = make_tab(qtbot)
    box = tab.language
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "erman")  # inside the name, not its start
    completer = box.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    shown = [
        completer.completionModel().index(row, 0).data() for row in range(popup.model().rowCount())
    ]
    assert shown == ["Deutsch — German"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.currentData() == "de", timeout=5_000)
    assert tab.session_settings().language == "de"


def test_language_list_is_tall_and_in_the_tabs_font(qtbot, no_pulse_server: None) -> None:
    tab = make_tab(qtbot)
    box = tab.language
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    first = box.model().index(0, 0)
    row_height = view.visualRect(first).height()
    visible_rows = view.viewport().height() // row_height
    box.hidePopup()
    assert visible_rows >= 18, visible_rows
    # Rows as tall as the (non-editable) model list's, not squeezed to the text.
    tab.model.showPopup()
    qtbot.waitUntil(tab.model.view().isVisible, timeout=5_000)
    model_row = tab.model.view().visualRect(tab.model.model().index(0, 0)).height()
    tab.model.hidePopup()
    assert row_height >= model_row, (row_height, model_row)
    for font in (view.font(), box.completer().popup().font()):
        assert font == tab.font() == QApplication.font(tab)


def test_a_saved_alias_selects_its_model(qtbot, no_pulse_server: None) -> None:
    tab = make_tab(qtbot, model="turbo")
    assert tab.model.currentData() == "large-v3-turbo"
    assert "1.6 GB" in tab.model.currentText()
