"""Every action of the app declared once: its id, text, shortcut and whether it is checkable,
and where it is listed (the main menus, the overlay's context menu, the tray).

``Actions`` builds each as one ``QAction``, so the menu bar, the overlay's menu and the tray
share the same object: a checkmark set in one place shows in every other, and a shortcut
is written in one place only. Texts that name a shortcut ("click-through · Ctrl+Shift+K",
"Saved transcripts (Ctrl+H)") ask for it here (``shortcut_text``, ``mention``). Whoever
owns the behaviour connects ``triggered``: the overlay its own actions, the window the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.i18n import LANGUAGE_MENU, QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # with its & mnemonic
    shortcut: str = ""  # in QKeySequence's portable form, e.g. "Ctrl+Shift+K"
    checkable: bool = False
    translated: bool = True  # False: shown as written (a language's own name)


SPECS = (
    ActionSpec("new_session", QT_TRANSLATE_NOOP("Actions", "&New session"), "Ctrl+T"),
    ActionSpec("start_stop", QT_TRANSLATE_NOOP("Actions", "&Start or stop"), "Ctrl+R"),
    ActionSpec("start_all", QT_TRANSLATE_NOOP("Actions", "Start a&ll")),
    ActionSpec("stop_all", QT_TRANSLATE_NOOP("Actions", "Stop &all"), "Ctrl+Shift+R"),
    ActionSpec("rename", QT_TRANSLATE_NOOP("Actions", "&Rename…"), "F2"),
    ActionSpec("close_session", QT_TRANSLATE_NOOP("Actions", "&Close session"), "Ctrl+W"),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export transcript…"), "Ctrl+E"),
    ActionSpec("export_meeting", QT_TRANSLATE_NOOP("Actions", "Export &meeting…"), "Ctrl+Shift+E"),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Saved &transcripts…"), "Ctrl+H"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in captions…"), "Ctrl+F"),
    ActionSpec("refresh_sources", QT_TRANSLATE_NOOP("Actions", "Refresh &sources"), "F5"),
    ActionSpec(
        "timestamps", QT_TRANSLATE_NOOP("Actions", "Show &timestamps"),
        "Ctrl+Shift+T", checkable=True
    ),
    ActionSpec("larger", QT_TRANSLATE_NOOP("Actions", "&Larger captions"), "Ctrl++"),
    ActionSpec("smaller", QT_TRANSLATE_NOOP("Actions", "S&maller captions"), "Ctrl+-"),
    ActionSpec("theme_system", QT_TRANSLATE_NOOP("Actions", "Follow the &system"), checkable=True),
    ActionSpec("theme_light", QT_TRANSLATE_NOOP("Actions", "&Light"), checkable=True),
    ActionSpec("theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark"), checkable=True),
    ActionSpec(
        "show_overlay", QT_TRANSLATE_NOOP("Actions", "Show &overlay"),
        "Ctrl+Shift+O", checkable=True
    ),
    ActionSpec(
        "click_through", QT_TRANSLATE_NOOP("Actions", "&Click-through"),
        "Ctrl+Shift+K", checkable=True
    ),
    ActionSpec("snap_top", QT_TRANSLATE_NOOP("Actions", "Snap to the &top")),
    ActionSpec("snap_bottom", QT_TRANSLATE_NOOP("Actions", "Snap to the &bottom")),
    ActionSpec("overlay_appearance", QT_TRANSLATE_NOOP("Actions", "&Appearance…")),
    ActionSpec(
        "overlay_labels", QT_TRANSLATE_NOOP("Actions", "Show session names"), checkable=True
    ),
    ActionSpec("overlay_clear", QT_TRANSLATE_NOOP("Actions", "Clear captions")),
    ActionSpec("hide_overlay", QT_TRANSLATE_NOOP("Actions", "Hide overlay")),
    ActionSpec("open_window", QT_TRANSLATE_NOOP("Actions", "Open Captionist")),
    # The interface language (View ▸ Language): each language by its own name, untranslated.
    ActionSpec(
        "language_system", QT_TRANSLATE_NOOP("Actions", "Follow the &system"), checkable=True
    ),
    *(
        ActionSpec(f"language_{code}", name, checkable=True, translated=False)
        for code, name in LANGUAGE_MENU
    ),
)  # fmt: skip

_CJK_MNEMONIC = re.compile(r"\s*\(&\w\)")

# A layout lists action ids in order; None is a separator, (title, layout) a submenu.
Layout = tuple["str | tuple[str, Layout] | None", ...]

MENUS: tuple[tuple[str, Layout], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&Session"),
        (
            "new_session", "start_stop", "start_all", "stop_all", "rename", "close_session",
            None, "export", "export_meeting", "history", None, "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "find", "refresh_sources", "timestamps", "larger", "smaller",
            (QT_TRANSLATE_NOOP("Actions", "T&heme"), ("theme_system", "theme_light", "theme_dark")),
            (
                QT_TRANSLATE_NOOP("Actions", "Lan&guage"),
                ("language_system", None, *(f"language_{code}" for code, _ in LANGUAGE_MENU)),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Overlay"),
        ("show_overlay", "click_through", "snap_top", "snap_bottom", "overlay_appearance"),
    ),
)  # fmt: skip
OVERLAY_MENU: Layout = (
    "snap_top", "snap_bottom", None, "click_through", "overlay_labels", "overlay_appearance",
    "overlay_clear", None, "hide_overlay",
)  # fmt: skip
TRAY_MENU: Layout = (
    "open_window", None, "show_overlay", "click_through", None, "start_all", "stop_all",
    None, "quit",
)  # fmt: skip
#: The overlay's actions whose shortcuts also work while the overlay itself has focus.
OVERLAY_KEYS = ("show_overlay", "click_through")


def plain(text: str) -> str:
    """A menu text as a sentence shows it: no mnemonic, no trailing ellipsis."""
    # Japanese and Chinese menus put the mnemonic after the text: "名前を変更(&R)…".
    return _CJK_MNEMONIC.sub("", text).replace("&", "").removesuffix("…")


class Actions(QObject):
    """One QAction per ``ActionSpec``, owned here, found by id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            text = translate("Actions", spec.text) if spec.translated else spec.text
            action = QAction(text, self)
            action.setObjectName(spec.id)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(spec.checkable)
            self._actions[spec.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def shortcut_text(self, action_id: str) -> str:
        """The shortcut as this platform writes it ("Ctrl+Shift+K", "⇧⌘K" on macOS)."""
        return self[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def tip(self, action_id: str) -> str:
        """The action named with its shortcut, for a tooltip: "New session (Ctrl+T)"."""
        key = self.shortcut_text(action_id)
        return plain(self[action_id].text()) + (f" ({key})" if key else "")

    def mention(self, action_id: str) -> str:
        """How a sentence points at the action: "Session ▸ Saved transcripts (Ctrl+H)"."""
        return " ▸ ".join([*_menu_path(action_id), self.tip(action_id)])

    def fill(self, menu: QMenu, layout: Layout) -> None:
        for item in layout:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, tuple):
                title, inner = item
                self.fill(menu.addMenu(translate("Actions", title)), inner)
            else:
                menu.addAction(self[item])

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The main menus on ``bar``, by their plain English titles ("Session", "View", ...)."""
        menus = {}
        for title, layout in MENUS:
            menus[plain(title)] = menu = bar.addMenu(translate("Actions", title))
            self.fill(menu, layout)
        return menus


def _menu_path(action_id: str, layout: Layout | None = None) -> list[str]:
    """The titles of the main menus that lead to ``action_id`` ([] when in none)."""
    entries = MENUS if layout is None else layout
    for entry in entries:
        if isinstance(entry, tuple):
            title, inner = entry
            if action_id in inner:
                return [plain(translate("Actions", title))]
            deeper = _menu_path(action_id, inner)
            if deeper:
                return [plain(translate("Actions", title)), *deeper]
    return []
