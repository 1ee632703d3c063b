"""The application icon, with a drawn stand-in where ``resources/`` is not installed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.resources import resource_path


def _drawn() -> QIcon:
    # A pip install without resources/ still gets a recognisable tray icon.
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1e63c6"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(4, 8, 56, 40), 10, 10)
    painter.setBrush(QColor("#ffffff"))
    for y, width in ((18, 40), (30, 28)):
        painter.drawRoundedRect(QRectF(12, y, width, 6), 3, 3)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    for name in ("captionist.svg", "icons/captionist-256.png", "captionist-256.png"):
        path = resource_path(name)
        if path is not None:
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return _drawn()
