"""Light and dark: follow the system unless the user chose one.

Qt 6.8+ takes the choice through ``QStyleHints.setColorScheme``; platform themes that do
not honour it (plain X11 without a desktop theme, offscreen) get Fusion's palette for the
scheme, so the choice always shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#202124"), (role.WindowText, "#e8eaed"), (role.Base, "#17181a"),
        (role.AlternateBase, "#2a2b2e"), (role.Text, "#e8eaed"), (role.Button, "#2d2e31"),
        (role.ButtonText, "#e8eaed"), (role.Highlight, "#3b78d8"),
        (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8a8d93"),
        (role.ToolTipBase, "#2d2e31"), (role.ToolTipText, "#e8eaed"), (role.Link, "#8ab4f8"),
    ):  # fmt: skip
        palette.setColor(name, QColor(colour))
    return palette


_overridden = False


def is_high_contrast() -> bool:
    """Whether the system asks for high contrast (Qt 6.10+ reads it from the platform:
    Windows' contrast themes, GNOME's high-contrast setting, macOS' Increase contrast)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def apply(choice: str) -> None:
    global _overridden
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(_SCHEMES.get(choice, Qt.ColorScheme.Unknown))
    if _overridden:
        app.setPalette(QPalette())  # an unresolved palette means: the platform's again
        _overridden = False
    if is_high_contrast():
        return  # the user's contrast theme wins over our light and dark palettes
    if choice == "dark" and not is_dark(app.palette()):
        app.setPalette(dark_palette())
        _overridden = True
    elif choice == "light" and is_dark(app.palette()):
        app.setPalette(QPalette(QColor("#efefef")))
        _overridden = True
