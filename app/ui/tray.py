"""The tray icon: the way back to a click-through overlay, and the app's controls.

It holds no state of its own: its menu shows the main window's actions, so a checkmark
changed in one place shows in the other. Its tooltip names the checked ones, so a
click-through overlay (which ignores the mouse) can be told from a broken one at a glance.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.ui.icon import app_icon


class CaptionistTray(QSystemTrayIcon):
    def __init__(self, actions: Iterable[QAction | None], open_window, parent: QWidget) -> None:
        super().__init__(app_icon(), parent)
        self.setToolTip("Captionist")
        self.menu = QMenu(parent)
        self.menu.addAction("Open Captionist", open_window)
        self.menu.addSeparator()
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
                action.toggled.connect(self._describe)
        self.setContextMenu(self.menu)
        self._describe()
        self.activated.connect(
            lambda reason: (
                open_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )

    def _describe(self, *_checked: bool) -> None:
        on = [
            action.text().replace("&", "")
            for action in self.menu.actions()
            if action.isCheckable() and action.isChecked()
        ]
        self.setToolTip("Captionist" + (f" ({', '.join(on)} on)" if on else ""))
