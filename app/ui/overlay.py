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
import itertools
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
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QSizeGrip, QWidget

from app.engine.events import CaptionEvent
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.settings_schema import spec
from app.ui.actions import OVERLAY_KEYS, OVERLAY_MENU, Actions
from app.ui.overlay_lines import Block, LiveLines, fit_tail
from app.ui.overlay_prefs import OverlayPrefs

_PAD = 12
_MARGIN = 48  # from the screen edge when snapped
_PLACEHOLDER = QT_TRANSLATE_NOOP("CaptionOverlay", "Captions appear here")
_PLACEHOLDER_IDLE = QT_TRANSLATE_NOOP("CaptionOverlay", "Captions appear here when a session runs")
_FRAME_MS = 40  # while a caption fades
# Session names in colours told apart at a glance: light ones on a dark strip, dark on light.
_LABELS_ON_DARK = ("#8ab4f8", "#81c995", "#fdd663", "#f28b82", "#c58af9", "#78d9ec")
_LABELS_ON_LIGHT = ("#1a56c4", "#137333", "#9a5b00", "#c5221f", "#7b2fc9", "#00727a")
_CLICK_THROUGH = "#fdd663"  # amber: a state the user must be able to spot and undo
_Line = tuple[float, float, str]  # a laid-out line: top, bottom, text


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

    def __init__(self, prefs: OverlayPrefs | None = None, actions: Actions | None = None) -> None:
        super().__init__(None)
        self.prefs = prefs or OverlayPrefs()
        # The window's actions, shared with its menus and the tray; a lone overlay has its own.
        self.actions = actions or Actions(self)
        self.lines = LiveLines(only=self.prefs.session, hide_after_s=self.prefs.hide_after_s)
        self.wayland_fallback = QGuiApplication.platformName().startswith("wayland")
        self._silenced = False  # hidden by hide_after_s, not by the user
        self._drag_from: QPoint | None = None
        self._colour_of: dict[str, int] = {}  # session -> palette index, kept while it lives
        self._documents: dict[tuple, QTextDocument] = {}  # laid-out rows, by what they show
        self.setWindowTitle(translate("CaptionOverlay", "Captionist captions"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, not self.wayland_fallback)
        self.setWindowFlags(self.window_flags())
        self.setAccessibleName(self.tr("Captions overlay"))
        self.setAccessibleDescription(self.tr("The latest captions of every session"))
        self.grip = QSizeGrip(self)
        self.grip.resize(16, 16)
        # Wakes only when a caption is due to fade, and every frame while one fades.
        self._clock = QTimer(self, singleShot=True)
        self._clock.timeout.connect(self._tick)
        stored = list(self.prefs.geometry) if self.prefs.geometry else None
        self.apply_prefs(self.prefs, save=False)
        if stored:
            x, y, width, _height = stored
            self.setGeometry(x, y, width, self.height())
        else:
            self.resize(min(self.prefs.max_width, 900), self.height())
        self._place_if_snapped()
        self._connect_actions()

    def _connect_actions(self) -> None:
        """The overlay owns what its actions do, wherever they are listed."""
        act = self.actions
        act["show_overlay"].triggered.connect(self.set_overlay_visible)
        act["hide_overlay"].triggered.connect(lambda: self.set_overlay_visible(False))
        act["click_through"].triggered.connect(self.set_click_through)
        act["click_through"].setChecked(self.click_through)
        act["overlay_labels"].triggered.connect(self.set_show_labels)
        act["overlay_labels"].setChecked(self.prefs.show_labels)
        act["snap_top"].triggered.connect(lambda: self.snap_to("top"))
        act["snap_bottom"].triggered.connect(lambda: self.snap_to("bottom"))
        act["overlay_appearance"].triggered.connect(lambda: self.appearance_requested.emit())
        act["overlay_clear"].triggered.connect(self._clear)
        self.click_through_changed.connect(act["click_through"].setChecked)
        self.visibility_changed.connect(act["show_overlay"].setChecked)
        # Their shortcuts also work while the overlay has focus (when not click-through).
        self.addActions([act[name] for name in OVERLAY_KEYS])

    def click_through_tab(self) -> str:
        """What the tab on a click-through strip says: how to undo it."""
        return translate("CaptionOverlay", "click-through · {key}").format(
            key=self.actions.shortcut_text("click_through")
        )

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
        self.setAccessibleDescription(
            translate("CaptionOverlay", "Click-through is on") if enabled else ""
        )
        self.update()  # the marker
        self.click_through_changed.emit(enabled)
        self.prefs_changed.emit()

    def set_show_labels(self, enabled: bool) -> None:
        """Name each line's session (while several sessions run) or never."""
        if enabled == self.prefs.show_labels:
            return
        self.prefs.show_labels = enabled
        self.actions["overlay_labels"].setChecked(enabled)
        self.update()
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
        if event.session not in self._colour_of:  # the first colour no live session has
            taken = set(self._colour_of.values())
            self._colour_of[event.session] = next(i for i in itertools.count() if i not in taken)
        if self._silenced and self.prefs.visible:
            self._silenced = False
            self.show()
        self._schedule()
        self.update()

    def session_started(self, session: str) -> None:
        self.lines.started(session, time.monotonic())
        self._schedule()
        self.update()

    def session_stopped(self, session: str) -> None:
        """Its captions stay a moment to be read, then fade (see ``STOPPED_LINGER_S``)."""
        self.lines.stopped(session, time.monotonic())
        self._schedule()
        self.update()

    def rename_session(self, session: str, label: str) -> None:
        self.lines.rename(session, label)
        self.update()

    def set_language(self, session: str, code: str) -> None:
        """``session`` speaks ``code``: its row runs right to left for Arabic, Hebrew, ..."""
        self.lines.set_language(session, code)
        self.update()

    def forget_session(self, session: str) -> None:
        self.lines.forget(session)
        self._colour_of.pop(session, None)
        self.update()

    def visible_blocks(self) -> list[Block]:
        return self.lines.visible(time.monotonic())

    def _schedule(self) -> None:
        now = time.monotonic()
        due = self.lines.next_change(now)
        if due is None:
            self._clock.stop()
            return
        wait_ms = round((due - now) * 1000)
        self._clock.start(_FRAME_MS if wait_ms <= 0 else wait_ms + 1)

    def _tick(self) -> None:
        now = time.monotonic()
        if self.lines.expire(now) and not self.lines.visible(now):
            self._documents.clear()
            if self.prefs.hide_after_s > 0 and self.prefs.visible and self.isVisible():
                self._silenced = True
                self.hide()
        self._schedule()
        self.update()

    # -- appearance -----------------------------------------------------------------
    def apply_prefs(self, prefs: OverlayPrefs, save: bool = True) -> None:
        """Use ``prefs`` (the appearance dialog calls this for a live preview)."""
        click_through = prefs.click_through
        prefs.click_through = self.prefs.click_through
        self.prefs = prefs
        self.lines.only = prefs.session
        self.lines.hide_after_s = prefs.hide_after_s
        self.setFont(self.caption_font())
        height = 2 * _PAD + prefs.lines * QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(height)  # the number of lines sets the height; the grip sets width
        self.setMinimumWidth(200)
        self.setMaximumWidth(prefs.max_width)
        self.set_click_through(click_through)
        self._schedule()
        if prefs.hide_after_s <= 0 and self._silenced and prefs.visible:
            self._silenced = False
            self.show()
        self._place_if_snapped()
        self.update()
        if save:
            self.prefs_changed.emit()

    def step_font_size(self, step: int) -> None:
        """Captions ``step`` points larger (or smaller), within the size setting's range;
        saved with the other preferences."""
        size = int(spec(OverlayPrefs, "font_size").clamp(self.prefs.font_size + step))
        if size != self.prefs.font_size:
            self.prefs.font_size = size
            self.apply_prefs(self.prefs)

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
    def label_colour(self, session: str) -> str:
        dark = QColor(self.prefs.background_colour).lightnessF() < 0.5
        palette = _LABELS_ON_DARK if dark else _LABELS_ON_LIGHT
        return palette[self._colour_of.get(session, 0) % len(palette)]

    def _row_html(self, block: Block, offset: int, labelled: bool) -> str:
        """``block``'s text from ``offset`` as rich text: label bold in the session's
        colour, final text solid, partial text dimmed, "…" where older words were cut."""
        text = QColor(self.prefs.text_colour)
        dim = _mix(text, QColor(self.prefs.background_colour), 0.55)
        whole, split = block.text, block.partial_from
        # The space between final and partial text ends the final slice, so it survives.
        final, partial = whole[offset:split], whole[max(offset, split) :]
        parts = []
        if labelled:
            colour = self.label_colour(block.session)
            parts.append(f'<b style="color:{colour}">{html.escape(block.label)}:</b> ')
        if offset > 0:
            parts.append(f'<span style="color:{dim}">…</span>')
        if final:
            parts.append(f'<span style="color:{text.name()}">{html.escape(final)}</span>')
        if partial:
            parts.append(f'<span style="color:{dim}">{html.escape(partial)}</span>')
        return "".join(parts)

    def _layout(self, rich_text: str, rtl: bool = False) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font())
        direction = ' dir="rtl" align="right"' if rtl else ""
        document.setHtml(f"<p{direction}>{rich_text}</p>")
        document.setTextWidth(self.width() - 2 * _PAD)
        return document

    def row_document(self, block: Block, count: int, labelled: bool) -> QTextDocument:
        """``block`` laid out in ``count`` lines: its label, then the newest words that fit."""
        key = (
            block.session, block.label, block.final, block.partial, block.rtl, count, labelled,
            self.width(), self.font().key(), self.prefs.text_colour,
            self.prefs.background_colour, self._colour_of.get(block.session),
        )  # fmt: skip
        document = self._documents.get(key)
        if document is None:

            def fits(offset: int) -> bool:
                html_ = self._row_html(block, offset, labelled)
                return len(_lines(self._layout(html_, block.rtl))) <= count

            offset = fit_tail(block.text, fits)
            document = self._layout(self._row_html(block, offset, labelled), block.rtl)
            if len(self._documents) > 64:  # old texts are never asked for again
                self._documents.clear()
            self._documents[key] = document
        return document

    def rows(self) -> list[tuple[Block, int]]:
        return self.lines.rows(time.monotonic(), self.prefs.lines)

    def _laid_out(self, now: float) -> list[tuple[Block, QTextDocument, list[_Line]]]:
        """Each row to draw from the top: its block, its document, and the document's
        last lines that the row shows (top, bottom in document pixels, and text)."""
        labelled = self.lines.labelled(self.prefs.show_labels, now)
        laid_out = []
        for block, count in self.lines.rows(now, self.prefs.lines):
            document = self.row_document(block, count, labelled)
            laid_out.append((block, document, _lines(document)[-count:]))
        return laid_out

    def drawn_rows(self) -> list[list[str]]:
        """The lines each session's row draws, as plain text, in order from the top."""
        laid_out = self._laid_out(time.monotonic())
        return [[text for _top, _bottom, text in lines] for _block, _doc, lines in laid_out]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(self.prefs.background_colour)
        background.setAlphaF(1.0 if self.wayland_fallback else self.prefs.opacity)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), 10, 10)
        painter.fillPath(outline, background)
        now = time.monotonic()
        width = self.width() - 2 * _PAD
        y = float(_PAD)
        # Each session keeps its own rows; within them, its newest words.
        rows = self._laid_out(now)
        for block, document, lines in rows:
            top, bottom = (lines[0][0], lines[-1][1]) if lines else (0.0, 0.0)
            painter.save()
            painter.setOpacity(self.lines.opacity(block, now))
            painter.translate(_PAD, y - top)
            document.drawContents(painter, QRectF(0, top, width, bottom - top))
            painter.restore()
            y += bottom - top
        if not rows:
            dim = _mix(QColor(self.prefs.text_colour), QColor(self.prefs.background_colour), 0.55)
            hint = translate(
                "CaptionOverlay", _PLACEHOLDER if self.lines.running else _PLACEHOLDER_IDLE
            )
            painter.translate(_PAD, y)
            self._layout(f'<span style="color:{dim}">{hint}</span>').drawContents(painter)
            painter.resetTransform()
        if self.prefs.click_through:
            self._draw_click_through_marker(painter)
        painter.end()

    def _draw_click_through_marker(self, painter: QPainter) -> None:
        """A dashed amber border and a tab hanging from the top edge that says so: the
        strip ignores the mouse now, and the user should see why their clicks go through."""
        colour = QColor(_CLICK_THROUGH)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 9, 9)
        font = QFont(self.font())
        font.setPointSizeF(7.5)
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = self.click_through_tab()
        width = metrics.horizontalAdvance(text) + 12
        # Within the top padding, right-aligned where caption lines rarely have ink.
        tab = QRectF(self.width() - width - 18, -6, width, 6 + _PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(tab, 5, 5)
        painter.setPen(QColor("#101010"))
        painter.setFont(font)
        painter.drawText(tab.adjusted(0, 6, 0, 0), Qt.AlignmentFlag.AlignCenter, text)

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
        self.actions.fill(menu, OVERLAY_MENU)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _clear(self) -> None:
        self.lines.clear()
        self.update()


def _lines(document: QTextDocument) -> list[_Line]:
    """Every laid-out line of ``document``: its top, bottom and text."""
    document.documentLayout().documentSize()  # layout is lazy; lines exist only after it
    found = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        origin = layout.position().y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            piece = text[line.textStart() : line.textStart() + line.textLength()]
            found.append((origin + line.y(), origin + line.y() + line.height(), piece.strip()))
        block = block.next()
    return found
