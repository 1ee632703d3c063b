"""One action registry: the main menus, the overlay's context menu and the tray show the
same QAction objects, and every text that names a shortcut names the one that works."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from app.ui.actions import SPECS
from app.ui.main_window import MainWindow
from tests.ui import test_meeting_view

window = test_meeting_view.window  # one session, "Me"


def menu_actions(menu: QMenu) -> list[QAction]:
    """Every action in ``menu`` and its submenus, separators left out."""
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def overlay_menu_actions(window: MainWindow) -> list[QAction]:
    """The actions of the overlay's context menu, opened as a right click opens it."""
    seen: list[QAction] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:  # not open yet
            QTimer.singleShot(50, read)
            return
        seen.extend(menu_actions(menu))
        menu.close()

    QTimer.singleShot(100, read)
    overlay = window.overlay
    at = QPoint(20, 20)
    overlay.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, overlay.mapToGlobal(at))
    )
    return seen


def test_menus_tray_and_overlay_menu_share_the_registry_actions(window: MainWindow) -> None:
    window.overlay.set_overlay_visible(True)
    main = [a for m in window.menuBar().findChildren(QMenu) for a in menu_actions(m)]
    tray = [a for a in window.make_tray().menu.actions() if not a.isSeparator()]
    overlay = overlay_menu_actions(window)
    for where in (main, tray, overlay):
        assert where
        for action in where:  # each one is the registry's own object, not a copy
            assert action is window.actions[action.objectName()], action.text()
    click_through = window.actions["click_through"]
    assert click_through in main and click_through in tray and click_through in overlay
    assert window.actions["show_overlay"] in main and window.actions["show_overlay"] in tray
    assert window.actions["quit"] in main and window.actions["quit"] in tray


def test_no_two_actions_share_a_shortcut() -> None:
    keys = [QKeySequence(spec.shortcut) for spec in SPECS if spec.shortcut]
    assert len(keys) == len(set(key.toString() for key in keys))


def test_the_click_through_tab_names_the_shortcut_that_undoes_it(qtbot, window) -> None:
    overlay = window.overlay
    overlay.set_overlay_visible(True)
    overlay.set_click_through(True)
    named = overlay.click_through_tab().split(" · ")[1]
    shortcut = window.actions["click_through"].shortcut()
    assert named == shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    # ... and that key really undoes it, from the main window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    combination = QKeySequence(named, QKeySequence.SequenceFormat.NativeText)[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    assert not overlay.click_through


def test_window_texts_name_the_registry_shortcuts(qtbot, window: MainWindow) -> None:
    plus = window.tabs.cornerWidget()
    assert plus.toolTip() == f"New session ({window.actions.shortcut_text('new_session')})"
    assert window.actions.mention("history") == (
        f"Session ▸ Saved transcripts ({window.actions.shortcut_text('history')})"
    )
