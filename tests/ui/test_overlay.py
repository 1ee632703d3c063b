"""The real overlay, offscreen: flags, captions with labels, click-through, persistence."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app import config
from app.engine.events import CaptionEvent
from app.ui.main_window import MainWindow
from app.ui.overlay import CaptionOverlay
from app.ui.overlay_prefs import OverlayPrefs
from app.ui.overlay_settings import OverlayAppearanceDialog

Flag = Qt.WindowType


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_it_floats_frameless_on_top_without_taking_focus(qtbot) -> None:
    overlay = CaptionOverlay(OverlayPrefs())
    qtbot.addWidget(overlay)
    flags = overlay.windowFlags()
    for flag in (Flag.FramelessWindowHint, Flag.WindowStaysOnTopHint, Flag.Tool):
        assert flags & flag, flag
    assert not flags & Flag.WindowTransparentForInput
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not overlay.wayland_fallback  # offscreen is not Wayland


def test_captions_of_two_sessions_arrive_labelled(qtbot, model_dir) -> None:
    window = make_window(qtbot)
    window.rename_session("s1", "Me")
    window.add_session(config.SessionSettings(name="中文"))
    window.add_session(config.SessionSettings(name="Remote"))
    window.overlay_action.trigger()
    assert window.overlay.isVisible() and window.overlay_action.isChecked()
    emit = window.pipeline.caption.emit
    emit(CaptionEvent("s1", "final", " And so my fellow Americans", 0.0, 2.0, 2.5))
    emit(CaptionEvent("s1", "partial", "ask not", 2.0, 2.6, 3.0))
    emit(CaptionEvent("s2", "final", "大家好，今天我们讨论新的项目计划。", 0.5, 3.0, 3.4))
    emit(CaptionEvent("s3", "final", "مرحبا بالجميع", 3.0, 4.0, 4.4))
    blocks = window.overlay.visible_blocks()
    assert [(b.label, b.final, b.partial) for b in blocks] == [
        ("Me", "And so my fellow Americans", "ask not"),
        ("中文", "大家好，今天我们讨论新的项目计划。", ""),
        ("Remote", "مرحبا بالجميع", ""),
    ]
    document = window.overlay.document(blocks)
    text = document.toPlainText()
    assert "Me: And so my fellow Americans ask not" in text and "中文: 大家好" in text
    rtl = document.lastBlock()
    assert rtl.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Partial text is drawn dimmer than final text.
    colours = {}
    block = document.firstBlock()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        colours[fragment.text().strip()] = fragment.charFormat().foreground().color()
        iterator += 1
    final, partial = colours["And so my fellow Americans"], colours["ask not"]
    assert final == QColor("#ffffff") and partial.lightness() < final.lightness()
    # The three lines of the strip are shared: one row for each talking session.
    assert [(b.label, n) for b, n in window.overlay.rows()] == [
        ("Me", 1),
        ("中文", 1),
        ("Remote", 1),
    ]
    _top, _bottom, count = window.overlay.shown_lines(document, window.overlay.prefs.lines)
    assert count == window.overlay.prefs.lines
    image = window.overlay.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)
    white = (pixels[..., :3] > 200).all(axis=-1).sum()
    assert white > 500, "no caption text was painted"
    window.close()


def test_click_through_toggles_and_the_tray_brings_it_back(qtbot, model_dir) -> None:
    window = make_window(qtbot)
    window.overlay.set_overlay_visible(True)
    window.click_through_action.trigger()
    assert window.overlay.windowFlags() & Flag.WindowTransparentForInput
    assert window.overlay.isVisible()  # re-shown after its flags changed
    tray = window.make_tray()
    labels = {action.text().replace("&", ""): action for action in tray.menu.actions()}
    assert labels.keys() >= {
        "Open Captionist",
        "Show overlay",
        "Click-through",
        "Start all",
        "Stop all",
        "Quit",
    }
    assert labels["Click-through"].isChecked()
    labels["Click-through"].trigger()
    assert not window.overlay.windowFlags() & Flag.WindowTransparentForInput
    assert not window.click_through_action.isChecked()
    window.overlay.set_click_through(True)  # from the overlay's own menu
    assert window.click_through_action.isChecked()
    labels["Show overlay"].trigger()
    assert not window.overlay.isVisible()
    window.close()


def test_position_and_style_survive_a_restart(qtbot, model_dir) -> None:
    first = make_window(qtbot)
    overlay = first.overlay
    overlay.set_overlay_visible(True)
    prefs = OverlayPrefs.from_dict(overlay.prefs.to_dict())
    prefs.font_size, prefs.text_colour, prefs.lines, prefs.session = 30, "#ffee00", 2, "Me"
    overlay.apply_prefs(prefs)
    overlay.resize(700, overlay.height())
    # Drag it by hand: it leaves its snapped place and remembers where it was put.
    start = overlay.pos()
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(40, 20))
    qtbot.mouseMove(overlay, QPoint(140, 60))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(140, 60))
    assert overlay.pos() == start + QPoint(100, 40)
    assert overlay.prefs.snap == "none"
    expected = [overlay.x(), overlay.y(), 700, overlay.height()]
    first.close()

    saved = config.load().overlay
    assert saved["geometry"] == expected and saved["font_size"] == 30
    second = make_window(qtbot)
    qtbot.waitUntil(second.overlay.isVisible, timeout=5000)
    restored = second.overlay
    assert restored.prefs.text_colour == "#ffee00" and restored.prefs.session == "Me"
    assert restored.font().pointSize() == 30 and restored.prefs.lines == 2
    assert [restored.x(), restored.y(), restored.width(), restored.height()] == expected
    second.close()


def test_the_appearance_dialog_previews_and_cancel_restores(qtbot) -> None:
    overlay = CaptionOverlay(OverlayPrefs())
    qtbot.addWidget(overlay)
    dialog = OverlayAppearanceDialog(overlay, ["Me", "Remote"])
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(40)
    dialog.set_colour(dialog.background_colour, "#003366")
    dialog.session.setCurrentIndex(dialog.session.findData("Remote"))
    assert overlay.font().pointSize() == 40 and overlay.prefs.background_colour == "#003366"
    assert overlay.lines.only == "Remote"
    dialog.reject()
    assert overlay.font().pointSize() == OverlayPrefs().font_size
    assert overlay.prefs.background_colour == OverlayPrefs().background_colour
    assert overlay.lines.only == ""
