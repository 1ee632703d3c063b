"""Devices that appear while the window is open show up when the source list is opened."""

from __future__ import annotations

from app import config
from app.ui.main_window import MainWindow


def test_a_new_sink_appears_in_the_source_picker(qtbot, private_pulse, model_dir) -> None:
    window = MainWindow(config.Settings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.is_listing, timeout=20_000)  # listed off the GUI thread
    picker = window.tab("s1").source
    names = lambda: [picker.itemText(i) for i in range(picker.count())]  # noqa: E731
    assert "System audio: Meeting" in names()
    assert "System audio: Headset" not in names()
    private_pulse.pactl(
        "load-module", "module-null-sink", "sink_name=headset",
        "sink_properties=device.description=Headset",
    )  # fmt: skip
    picker.showPopup()  # what a click on the list does
    picker.hidePopup()
    # Listed off the GUI thread: it arrives a moment later.
    qtbot.waitUntil(lambda: "System audio: Headset" in names(), timeout=20_000)
    assert "Looking for sources…" not in names()
    window.close()
