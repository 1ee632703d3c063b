"""The tray icon: the way back to a click-through overlay, and the app's controls.

It holds no state of its own: its menu shows the main window's actions (``TRAY_MENU`` in
the action registry), so a checkmark changed in one place shows in the other. Its tooltip
names the checked ones, so a click-through overlay (which ignores the mouse) can be told
from a broken one at a glance.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.i18n import translate
from app.ui.actions import TRAY_MENU, Actions
from app.ui.icon import app_icon


class CaptionistTray(QSystemTrayIcon):
    def __init__(self, actions: Actions, parent: QWidget) -> None:
        super().__init__(app_icon(), parent)
        self.setToolTip("Captionist")
        self.menu = QMenu(parent)
        actions.fill(self.menu, TRAY_MENU)
        for action in self.menu.actions():
            if action.isCheckable():
                action.toggled.connect(self._describe)
        self.setContextMenu(self.menu)
        self._describe()
        self.activated.connect(
            lambda reason: (
                actions["open_window"].trigger()
                if reason == QSystemTrayIcon.ActivationReason.Trigger
                else None
            )
        )

    def _describe(self, *_checked: bool) -> None:
        on = [
            action.text().replace("&", "")
            for action in self.menu.actions()
            if action.isCheckable() and action.isChecked()
        ]
        if on:
            tip = translate("Tray", "Captionist ({settings} on)").format(settings=", ".join(on))
        else:
            tip = "Captionist"
        self.setToolTip(tip)
