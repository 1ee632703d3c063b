"""The caption overlay: a frameless, always-on-top, translucent strip over the meeting app.

It only draws what :class:`~app.ui.overlay_lines.LiveLines` holds and keeps its own
preferences (:class:`~app.ui.overlay_prefs.OverlayPrefs`); the main window feeds it
captions and saves the preferences when ``prefs_changed`` fires.

Platforms: on X11 and Windows it is a frameless tool window kept on top by the window
manager, and click-through makes it transparent to the mouse (an empty X input shape, or
WS_EX_TRANSPARENT on Windows). Wayland does not let a window place itself above others, so
there it falls back to an ordinary window (``wayland_fallback``) that the user can pin with
the compositor's own "Always on top". macOS keeps it on top as a tool window that stays
visible when Captionist is not the active app.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QSizeGrip, QWidget

from app.engine.events import CaptionEvent
from app.ui.overlay_lines import Block, LiveLines
from app.ui.overlay_prefs import OverlayPrefs

_PAD = 12
_MARGIN = 48  # from the screen edge when snapped
_PLACEHOLDER = "Captions appear here"


def _mix(colour: QColor, other: QColor, share: float) -> str:
    """``colour`` blended into ``other``; a solid colour renders the same everywhere."""
    red = colour.red() * share + other.red() * (1 - share)
    green = colour.green() * share + other.green() * (1 - share)
    blue = colour.blue() * share + other.blue() * (1 - share)
    return QColor(int(red), int(green), int(blue)).name()


class CaptionOverlay(QWidget):
    #: Position, size or appearance changed and should be saved: ().
    prefs_changed = Signal()
    #: Click-through was switched on or off, from any place: (bool).
    click_through_changed = Signal(bool)
    #: The overlay was shown or hidden by the user: (bool).
    visibility_changed = Signal(bool)
    #: The user asked for the appearance dialog from the overlay's menu: ().
    appearance_requested = Signal()

    def __init__(self, prefs: OverlayPrefs | None = None) -> None:
        super().__init__(None)
        self.prefs = prefs or OverlayPrefs()
        self.lines = LiveLines(only=self.prefs.session)
        self.wayland_fallback = QGuiApplication.platformName().startswith("wayland")
        self._silenced = False  # hidden by hide_after_s, not by the user
        self._drag_from: QPoint | None = None
        self.setWindowTitle("Captionist captions")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, not self.wayland_fallback)
        self.setWindowFlags(self.window_flags())
        self.grip = QSizeGrip(self)
        self.grip.resize(16, 16)
        self._silence_timer = QTimer(self)
        self._silence_timer.setInterval(500)
        self._silence_timer.timeout.connect(self._check_silence)
        stored = list(self.prefs.geometry) if self.prefs.geometry else None
        self.apply_prefs(self.prefs, save=False)
        if stored:
            x, y, width, _height = stored
            self.setGeometry(x, y, width, self.height())
        else:
            self.resize(min(self.prefs.max_width, 900), self.height())
        self._place_if_snapped()

    # -- flags and visibility -----------------------------------------------------
    def window_flags(self) -> Qt.WindowType:
        if self.wayland_fallback:
            return Qt.WindowType.Window
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.NoDropShadowWindowHint
        )
        if self.prefs.click_through:
            flags |= Qt.WindowType.WindowTransparentForInput
        return flags

    @property
    def click_through(self) -> bool:
        return self.prefs.click_through

    def set_click_through(self, enabled: bool) -> None:
        if enabled == self.prefs.click_through:
            return
        self.prefs.click_through = enabled
        shown = self.isVisible()
        # Changing window flags re-creates the native window, which hides it.
        self.setWindowFlags(self.window_flags())
        if shown:
            self.show()
        self.click_through_changed.emit(enabled)
        self.prefs_changed.emit()

    def set_overlay_visible(self, visible: bool) -> None:
        """The user's choice; silence may still hide it for a while."""
        self.prefs.visible = visible
        self._silenced = False
        if visible:
            self.show()
            self._place_if_snapped()
        else:
            self.hide()
        self.visibility_changed.emit(visible)
        self.prefs_changed.emit()

    # -- captions ---------------------------------------------------------------------
    def show_caption(self, event: CaptionEvent, label: str) -> None:
        if not self.lines.add(event, label, time.monotonic()):
            return
        if self._silenced and self.prefs.visible:
            self._silenced = False
            self.show()
        self.update()

    def rename_session(self, session: str, label: str) -> None:
        self.lines.rename(session, label)
        self.update()

    def forget_session(self, session: str) -> None:
        self.lines.forget(session)
        self.update()

    def visible_blocks(self) -> list[Block]:
        return self.lines.visible(time.monotonic(), self.prefs.hide_after_s)

    def _check_silence(self) -> None:
        silent = self.lines.blocks and not self.visible_blocks()
        if self.prefs.visible and silent and self.isVisible():
            self._silenced = True
            self.hide()

    # -- appearance -----------------------------------------------------------------
    def apply_prefs(self, prefs: OverlayPrefs, save: bool = True) -> None:
        """Use ``prefs`` (the appearance dialog calls this for a live preview)."""
        click_through = prefs.click_through
        prefs.click_through = self.prefs.click_through
        self.prefs = prefs
        self.lines.only = prefs.session
        self.setFont(self.caption_font())
        height = 2 * _PAD + prefs.lines * QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(height)  # the number of lines sets the height; the grip sets width
        self.setMinimumWidth(200)
        self.setMaximumWidth(prefs.max_width)
        self.set_click_through(click_through)
        if prefs.hide_after_s > 0:
            self._silence_timer.start()
        else:
            self._silence_timer.stop()
            if self._silenced and prefs.visible:
                self._silenced = False
                self.show()
        self._place_if_snapped()
        self.update()
        if save:
            self.prefs_changed.emit()

    def caption_font(self) -> QFont:
        font = QFont(self.prefs.font_family) if self.prefs.font_family else QFont()
        font.setPointSize(self.prefs.font_size)
        return font

    def snap_to(self, edge: str) -> None:
        self.prefs.snap = edge
        self._place_if_snapped()
        self.prefs_changed.emit()

    def _place_if_snapped(self) -> None:
        if self.prefs.snap not in ("top", "bottom"):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(self.width(), area.width() - 2 * _MARGIN)
        x = area.x() + (area.width() - width) // 2
        if self.prefs.snap == "top":
            y = area.y() + _MARGIN
        else:
            y = area.y() + area.height() - _MARGIN - self.height()
        self.setGeometry(x, y, width, self.height())
        self._remember_geometry()

    def _remember_geometry(self) -> None:
        rect = self.geometry()
        self.prefs.geometry = [rect.x(), rect.y(), rect.width(), rect.height()]

    # -- painting ----------------------------------------------------------------------
    def document(self, blocks: list[Block]) -> QTextDocument:
        """Blocks as rich text: labels bold, final text solid, partial text dimmed."""
        text = QColor(self.prefs.text_colour)
        background = QColor(self.prefs.background_colour)
        dim = _mix(text, background, 0.55)
        label_colour = _mix(text, background, 0.8)
        paragraphs = []
        for block in blocks:
            direction = ' dir="rtl" align="right"' if block.rtl else ""
            label = f'<b style="color:{label_colour}">{html.escape(block.label)}:</b> '
            final = f'<span style="color:{text.name()}">{html.escape(block.final)}</span>'
            partial = (
                f' <span style="color:{dim}">{html.escape(block.partial)}</span>'
                if block.partial
                else ""
            )
            paragraphs.append(f"<p{direction}>{label}{final}{partial}</p>")
        if not paragraphs:
            paragraphs.append(f'<p style="color:{dim}">{_PLACEHOLDER}</p>')
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font())
        document.setHtml("".join(paragraphs))
        document.setTextWidth(self.width() - 2 * _PAD)
        return document

    @staticmethod
    def shown_lines(document: QTextDocument, count: int) -> tuple[float, float, int]:
        """Top and bottom (document pixels) of the last ``count`` lines, and how many."""
        document.documentLayout().documentSize()  # layout is lazy; lines exist only after it
        spans: list[tuple[float, float]] = []
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position().y()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                spans.append((origin + line.y(), origin + line.y() + line.height()))
            block = block.next()
        if not spans or count <= 0:
            return 0.0, 0.0, 0
        last = spans[-count:]
        return last[0][0], last[-1][1], len(last)

    def rows(self) -> list[tuple[Block, int]]:
        return self.lines.rows(time.monotonic(), self.prefs.hide_after_s, self.prefs.lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(self.prefs.background_colour)
        background.setAlphaF(1.0 if self.wayland_fallback else self.prefs.opacity)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), 10, 10)
        painter.fillPath(outline, background)
        # Each session keeps its own rows; within them, its newest lines.
        rows = self.rows() or [(None, 1)]
        y = float(_PAD)
        for block, count in rows:
            document = self.document([block] if block is not None else [])
            top, bottom, _shown = self.shown_lines(document, count)
            painter.save()
            painter.translate(_PAD, y - top)
            document.drawContents(painter, QRectF(0, top, self.width() - 2 * _PAD, bottom - top))
            painter.restore()
            y += bottom - top
        painter.end()

    def resizeEvent(self, event) -> None:
        self.grip.move(self.width() - self.grip.width(), self.height() - self.grip.height())
        self._moved()
        super().resizeEvent(event)

    # -- moving --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        handle = self.windowHandle()
        # The window manager moves it where it can (Wayland, most X11 desktops).
        if handle is not None and handle.startSystemMove():
            self._drag_from = None
            self._dragged()
        else:
            self._drag_from = event.globalPosition().toPoint() - self.pos()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self._dragged()

    def _dragged(self) -> None:
        self.prefs.snap = "none"
        self._remember_geometry()
        self.prefs_changed.emit()

    def moveEvent(self, event) -> None:
        self._moved()
        super().moveEvent(event)

    def _moved(self) -> None:
        # The window manager may move or resize it after a drag ends; saving is debounced.
        if self.isVisible():
            self._remember_geometry()
            self.prefs_changed.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Snap to the top", lambda: self.snap_to("top"))
        menu.addAction("Snap to the bottom", lambda: self.snap_to("bottom"))
        menu.addSeparator()
        through = menu.addAction("Click-through (Ctrl+Shift+K to undo)")
        through.triggered.connect(lambda: self.set_click_through(True))
        menu.addAction("Appearance…", self.appearance_requested.emit)
        menu.addAction("Clear captions", self._clear)
        menu.addSeparator()
        menu.addAction("Hide overlay", lambda: self.set_overlay_visible(False))
        menu.exec(event.globalPos())

    def _clear(self) -> None:
        self.lines.clear()
        self.update()
