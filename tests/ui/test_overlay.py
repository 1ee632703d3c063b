"""The real overlay, offscreen: flags, labelled rows per session, fading, click-through and
its marker, persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

from app import config
from app.engine.events import CaptionEvent
from app.ui.main_window import MainWindow
from app.ui.overlay import CaptionOverlay
from app.ui.overlay_lines import STOPPED_LINGER_S
from app.ui.overlay_prefs import OverlayPrefs
from app.ui.overlay_settings import OverlayAppearanceDialog

Flag = Qt.WindowType


def make_window(qtbot, settings: config.Settings | None = None) -> MainWindow:
    """A window with fresh settings unless ``settings`` (saved ones) are given."""
    window = MainWindow(settings or config.Settings())
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
    window.actions["show_overlay"].trigger()
    assert window.overlay.isVisible() and window.actions["show_overlay"].isChecked()
    emit = window.pipeline.caption.emit
    emit(CaptionEvent("s1", "final", " And so my fellow Americans", 0.0, 2.0, 2.5))
    emit(CaptionEvent("s1", "partial", "ask not", 2.0, 2.6, 3.0))
    emit(CaptionEvent("s2", "final", "大家好，今天我们讨论新的项目计划。", 0.5, 3.0, 3.4))
    emit(CaptionEvent("s3", "final", "مرحبا بالجميع", 3.0, 4.0, 4.4))
    overlay = window.overlay
    blocks = overlay.visible_blocks()
    assert [(b.label, b.final, b.partial) for b in blocks] == [
        ("Me", "And so my fellow Americans", "ask not"),
        ("中文", "大家好，今天我们讨论新的项目计划。", ""),
        ("Remote", "مرحبا بالجميع", ""),
    ]
    # The three lines of the strip are shared: one row for each talking session.
    assert [(b.label, n) for b, n in overlay.rows()] == [("Me", 1), ("中文", 1), ("Remote", 1)]
    assert overlay.drawn_rows() == [
        ["Me: And so my fellow Americans ask not"],
        ["中文: 大家好，今天我们讨论新的项目计划。"],
        ["Remote: مرحبا بالجميع"],
    ]
    me, _zh, remote = (overlay.row_document(b, 1, True) for b in blocks)
    assert remote.firstBlock().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Labels in the session's colour, final text solid, partial text dimmer.
    colours = fragment_colours(me)
    final, partial = colours["And so my fellow Americans"], colours["ask not"]
    assert final == QColor("#ffffff") and partial.lightness() < final.lightness()
    assert colours["Me:"] != fragment_colours(remote)["Remote:"]  # told apart at a glance
    picture = pixels(overlay)
    white = (picture[..., :3] > 200).all(axis=-1).sum()
    assert white > 500, "no caption text was painted"
    for label in ("Me", "Remote"):
        assert count_colour(picture, overlay.label_colour(label_session(window, label))) > 20
    window.close()


def label_session(window: MainWindow, label: str) -> str:
    return next(b.session for b in window.overlay.lines.blocks.values() if b.label == label)


def fragment_colours(document) -> dict[str, QColor]:
    colours = {}
    iterator = document.firstBlock().begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        colours[fragment.text().strip()] = fragment.charFormat().foreground().color()
        iterator += 1
    return colours


def pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4).copy()


def count_colour(picture: np.ndarray, colour: str, tolerance: int = 40) -> int:
    wanted = np.array(QColor(colour).getRgb()[:3])
    return int((np.abs(picture[..., :3].astype(int) - wanted).max(axis=-1) < tolerance).sum())


LONG = (
    "Thanks everyone for joining the weekly sync. Before we start, the release moved to "
    "Thursday because the installer still fails on older laptops, and the fix needs one more "
    "review. After that we look at the budget, the hiring plan and the office move, so we "
    "should keep each topic short and take the rights questions offline."
)


def test_a_long_caption_keeps_its_label_and_never_pushes_the_other_row_out(
    qtbot, model_dir
) -> None:
    window = make_window(qtbot)
    window.rename_session("s1", "Me")
    window.add_session(config.SessionSettings(name="Remote"))
    overlay = window.overlay
    overlay.set_overlay_visible(True)
    overlay.resize(640, overlay.height())
    emit = window.pipeline.caption.emit
    words = LONG.split()
    emit(CaptionEvent("s1", "final", " ".join(words[:5]), 0.0, 1.0, 1.0))
    emit(CaptionEvent("s2", "final", "Sounds good to me.", 0.0, 1.0, 1.0))
    for start in range(5, len(words), 6):  # a long speech, final piece after final piece
        emit(CaptionEvent("s1", "final", " " + " ".join(words[start : start + 6]), 1, 2, 2))
    me, _remote = overlay.visible_blocks()
    assert me.text == LONG
    rows = overlay.drawn_rows()
    assert [(b.label, n) for b, n in overlay.rows()] == [("Me", 2), ("Remote", 1)]
    assert rows[1] == ["Remote: Sounds good to me."]  # still there, whole
    assert len(rows[0]) == 2 and rows[0][0].startswith("Me: …")
    assert " ".join(rows[0]).endswith("take the rights questions offline.")
    # The newest words fill the session's lines: no line is a scrap of a wrapped tail.
    document = overlay.row_document(me, 2, True)
    layout = document.firstBlock().layout()
    available = overlay.width() - 24
    assert layout.lineCount() == 2
    for index in range(layout.lineCount()):
        assert layout.lineAt(index).naturalTextWidth() > available / 2, rows[0]
    # One line each when the strip has two: still both sessions, each labelled.
    prefs = OverlayPrefs.from_dict(overlay.prefs.to_dict())
    prefs.lines = 2
    overlay.apply_prefs(prefs)
    rows = overlay.drawn_rows()
    assert [row[0].split(":")[0] for row in rows] == ["Me", "Remote"]
    assert rows[0][0].endswith("questions offline.")
    window.close()


def test_labels_hidden_with_one_session_and_when_turned_off(qtbot, model_dir) -> None:
    window = make_window(qtbot)
    overlay = window.overlay
    overlay.set_overlay_visible(True)
    window.tab("s1").name = "Me"
    window.pipeline.caption.emit(CaptionEvent("s1", "final", "Just me here.", 0.0, 1.0, 1.0))
    assert overlay.drawn_rows() == [["Just me here."]]  # one session: no name needed
    window.add_session(config.SessionSettings(name="Remote"))
    window.pipeline.caption.emit(CaptionEvent("s2", "final", "And me.", 0.0, 1.0, 1.0))
    assert overlay.drawn_rows() == [["Me: Just me here."], ["Remote: And me."]]
    # Off in the appearance dialog: saved with the overlay's settings.
    dialog = OverlayAppearanceDialog(overlay, ["Me", "Remote"])
    qtbot.addWidget(dialog)
    assert dialog.show_labels.isChecked()
    dialog.show_labels.click()
    assert overlay.drawn_rows() == [["Just me here."], ["And me."]]  # previewed at once
    dialog.accept()
    window.close()
    assert config.load().overlay["show_labels"] is False
    again = make_window(qtbot, config.load())
    assert again.overlay.prefs.show_labels is False
    again.close()


def test_the_overlay_menu_hides_names_and_colours_stay_distinct(qtbot) -> None:
    overlay = CaptionOverlay(OverlayPrefs())
    qtbot.addWidget(overlay)
    overlay.set_overlay_visible(True)
    for session, label in (("s1", "Me"), ("s2", "Remote"), ("s3", "Ana")):
        overlay.show_caption(CaptionEvent(session, "final", f"hi from {label}", 0, 1, 1), label)
    overlay.forget_session("s2")  # a closed tab's colour goes to the next newcomer
    overlay.show_caption(CaptionEvent("s4", "final", "hello", 0, 1, 1), "Zhang")
    colours = [overlay.label_colour(s) for s in ("s1", "s3", "s4")]
    assert len(set(colours)) == 3
    chosen = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:  # not open yet
            QTimer.singleShot(50, choose)
            return
        menu.close()  # first: a missing item must fail the test, not hang it
        for action in menu.actions():
            if action.text() == "Show session names":
                chosen.append(action.isChecked())
                action.trigger()

    QTimer.singleShot(100, choose)
    overlay.contextMenuEvent(
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(20, 20), overlay.mapToGlobal(QPoint(20, 20))
        )
    )
    assert chosen == [True] and overlay.prefs.show_labels is False
    assert overlay.drawn_rows() == [["hi from Me"], ["hi from Ana"], ["hello"]]


def test_captions_fade_after_the_chosen_silence(qtbot) -> None:
    prefs = OverlayPrefs(visible=True, hide_after_s=0.4)
    overlay = CaptionOverlay(prefs)
    qtbot.addWidget(overlay)
    overlay.set_overlay_visible(True)
    overlay.show_caption(CaptionEvent("s1", "final", "See you next week.", 0, 1, 1), "Me")
    assert overlay.drawn_rows() == [["See you next week."]]
    qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=3000)  # faded, then hidden
    assert overlay.visible_blocks() == [] and not overlay.lines.blocks
    overlay.show_caption(CaptionEvent("s1", "partial", "Oh, one more", 0, 1, 1), "Me")
    assert overlay.isVisible() and overlay.drawn_rows() == [["Oh, one more"]]


def test_captions_fade_after_every_session_stops(qtbot, model_dir, speech: Path) -> None:
    window = make_window(qtbot)
    overlay = window.overlay
    overlay.set_overlay_visible(True)
    tab = window.tab("s1")
    source = str(speech)
    tab.source.insertItem(0, f"File: {source}", source)
    tab.source.setCurrentIndex(0)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    blank = pixels(overlay)  # the idle hint only
    with qtbot.waitSignal(window.pipeline.session_stopped, timeout=120_000):
        tab.start_stop.click()
    assert "questions" in " ".join(block.text for block in overlay.visible_blocks())
    assert overlay.lines.running == set()
    # Left up a moment to be read, then gone without anyone touching it.
    qtbot.waitUntil(lambda: not overlay.visible_blocks(), timeout=STOPPED_LINGER_S * 1000 + 5000)
    assert overlay.isVisible() and overlay.drawn_rows() == []
    qtbot.waitUntil(lambda: np.array_equal(pixels(overlay), blank), timeout=2000)
    window.close()


def test_click_through_toggles_and_the_tray_brings_it_back(qtbot, model_dir) -> None:
    window = make_window(qtbot)
    window.overlay.set_overlay_visible(True)
    tray = window.make_tray()
    assert "Click-through" not in tray.toolTip()
    plain = pixels(window.overlay)
    assert count_colour(plain, "#fdd663") == 0
    window.actions["click_through"].trigger()
    assert window.overlay.windowFlags() & Flag.WindowTransparentForInput
    assert window.overlay.isVisible()  # re-shown after its flags changed
    # Shown on the strip itself: an amber dashed border and a crossed-out pointer.
    marked = pixels(window.overlay)
    assert count_colour(marked, "#fdd663") > 200
    assert count_colour(marked[:12, -40:], "#fdd663") > 30  # the pointer, top right
    assert window.overlay.accessibleDescription() == "Click-through is on"
    assert "Click-through" in tray.toolTip()
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
    assert not window.actions["click_through"].isChecked()
    assert np.array_equal(pixels(window.overlay), plain)  # the marker is gone
    assert "Click-through" not in tray.toolTip()
    window.overlay.set_click_through(True)  # from the overlay's own menu
    assert window.actions["click_through"].isChecked()
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
    second = make_window(qtbot, config.load())
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
