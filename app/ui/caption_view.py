"""Captions as a reader sees them: paragraphs, a time per paragraph, copy and search.

One view shows one session, or several as one stream labelled by session (``labelled``).
Final text is solid; the words not yet final are dimmed at the end of their paragraph. The
view follows new text unless the user has scrolled back to read something. Ctrl+F opens
a find bar; Ctrl+C copies the selection and the context menu copies everything.

Only what changed is redrawn: paragraphs that can no longer change stay in the document.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.engine import language_names
from app.engine.events import CaptionEvent
from app.engine.language import AUTO
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.transcripts import formats
from app.transcripts.paragraphs import Paragraph, Paragraphs, RestartMark, continue_text

try:  # Qt 6.8+: announcements a screen reader reads out without moving focus
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    _ANNOUNCEMENTS = True
except ImportError:  # pragma: no cover - the pinned PySide6 range starts at 6.7
    _ANNOUNCEMENTS = False

Block = tuple[str, list[tuple[str, str]]]  # (kind, [(text, style)])
DEFAULT_HINT = QT_TRANSLATE_NOOP(
    "CaptionView", "Press Start to caption this session. Captions appear here as people speak."
)
# Session colours for labels: mid tones on light backgrounds, lighter ones on dark. No
# red: next to a session's name it reads as an error.
_LIGHT = ("#1565c0", "#00796b", "#7b1fa2", "#e65100", "#2e7d32", "#ad1457")
_DARK = ("#64b5f6", "#4db6ac", "#ce93d8", "#ffb74d", "#81c784", "#f48fb1")
_MAX_HIGHLIGHTS = 2000  # beyond this, highlighting every match costs more than it helps


def time_of_day(epoch_s: float) -> str:
    """``14:03:12``, local time, for seconds since the epoch."""
    return datetime.fromtimestamp(epoch_s).strftime("%H:%M:%S")


def _mix(a: QColor, b: QColor) -> QColor:
    return QColor(
        (a.red() + b.red()) // 2, (a.green() + b.green()) // 2, (a.blue() + b.blue()) // 2
    )


def _directed(block: QTextBlockFormat, direction: Qt.LayoutDirection) -> QTextBlockFormat:
    """``block`` laid out in ``direction``: a right-to-left paragraph starts at the right
    edge, and a timestamp's hanging indent moves to that side with it."""
    if direction == Qt.LayoutDirection.LayoutDirectionAuto:
        return block
    directed = QTextBlockFormat(block)
    directed.setLayoutDirection(direction)
    if block.alignment() & Qt.AlignmentFlag.AlignHCenter:
        return directed  # restart marks stay centred
    rtl = direction == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    directed.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    if rtl and block.leftMargin():
        directed.setRightMargin(block.leftMargin())
        directed.setLeftMargin(0)
    return directed


class _CaptionText(QTextBrowser):
    """The text itself, with "Copy all" and "Find…" in its context menu."""

    def __init__(self, view: CaptionView) -> None:
        super().__init__(view)
        self._view = view
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        menu.addAction(self._view.copy_all_action)
        menu.addAction(self._view.find_action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class FindBar(QWidget):
    """Search field with previous/next and a count; Enter goes on, Esc closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(translate("CaptionView", "Find in captions"))
        self.field.setClearButtonEnabled(True)
        self.previous = QToolButton(
            text="▲", toolTip=translate("CaptionView", "Previous match (Shift+Enter, Shift+F3)")
        )
        self.next = QToolButton(
            text="▼", toolTip=translate("CaptionView", "Next match (Enter, F3)")
        )
        self.count = QLabel()
        self.close_button = QToolButton(text="✕", toolTip=translate("CaptionView", "Close (Esc)"))
        self.close_button.setAutoRaise(True)
        # The buttons show symbols: a screen reader needs their words.
        self.field.setAccessibleName(self.tr("Find in captions"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.count.setAccessibleName(self.tr("Matches"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addWidget(self.count)
        row.addWidget(self.close_button)


class CaptionView(QWidget):
    #: A new final caption was announced to screen readers: (the words announced).
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, labelled: bool = False) -> None:
        super().__init__(parent)
        self.labelled = labelled
        self.model = Paragraphs()
        self._labels: dict[str, str] = {}
        self._colours: dict[str, int] = {}
        self._clock: Callable[[float], str] = formats.clock
        # Sessions whose language is known, and whether it runs right to left; the others'
        # paragraphs take their direction from their text (Qt's automatic direction).
        self._rtl: dict[str, bool] = {}
        self._show_timestamps = False
        # Where each drawn entry begins in the document, and last where the partials do.
        self._positions: list[int] = [0]
        self._stable = 0  # entries before this were closed when drawn: they stay as drawn
        self._matches: list[QTextCursor] = []
        self._current = -1

        self.text = _CaptionText(self)
        self.text.setAccessibleName(self.tr("Captions"))
        self.text.setAccessibleDescription(
            self.tr("Each new caption is read out once it is final; earlier ones stay here.")
        )
        self.hint = QLabel(translate("CaptionView", DEFAULT_HINT))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.hint.setAutoFillBackground(True)
        self.hint.setBackgroundRole(QPalette.ColorRole.Base)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setFrameShape(self.text.frameShape())  # the same box the text will fill
        self.hint.setFrameShadow(self.text.frameShadow())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.text)
        self.find_bar = FindBar()
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.find_bar)

        self.copy_all_action = QAction(translate("CaptionView", "Copy &all"), self)
        self.copy_all_action.triggered.connect(self.copy_all)
        # Ctrl+F itself is the window's (Find in captions): the same key here as well
        # would make Qt call it ambiguous and do nothing.
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.open_find)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.FindPrevious, self.find_previous),
        ):
            QShortcut(keys, self, slot, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_bar, self.close_find, context=scope)
        self.find_bar.field.textChanged.connect(lambda _text: self._search(keep=False))
        self.find_bar.field.returnPressed.connect(self._enter_pressed)
        self.find_bar.next.clicked.connect(self.find_next)
        self.find_bar.previous.clicked.connect(self.find_previous)
        self.find_bar.close_button.clicked.connect(self.close_find)

    # -- what the window tells it ---------------------------------------------------
    def add(self, event: CaptionEvent, offset_s: float = 0.0) -> None:
        """Show ``event``; ``offset_s`` moves its times onto this view's clock."""
        if event.is_final:
            self.model.add_final(
                event.session, event.text, event.start_s + offset_s, event.end_s + offset_s
            )
        else:
            self.model.set_partial(event.session, event.text, event.start_s + offset_s)
        self._render()
        if event.is_final and event.text.strip():
            self._announce(event)

    def _announce(self, event: CaptionEvent) -> None:
        """Hand a final caption to screen readers (Orca, NVDA) once. Partials are not
        announced: they are re-drawn several times a second and would be read over each
        other. Only the view on screen speaks, so a caption shown in a session tab and in
        the meeting view is read once."""
        if not self.isVisible():
            return
        words = event.text.strip()
        if self.labelled:
            words = self.tr("{name}: {words}").format(name=self._label(event.session), words=words)
        if _ANNOUNCEMENTS:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.text, words))
        else:  # Qt before 6.8: a name change is what screen readers read for live text
            self.text.setAccessibleDescription(words)
        self.announced.emit(words)

    def mark_restart(self, session: str, at_s: float) -> None:
        """The session started again at ``at_s`` (this view's clock): mark it."""
        self.model.mark_restart(session, at_s)
        self._render()

    def set_label(self, session: str, name: str) -> None:
        """What a labelled view calls ``session``; a new session gets the next colour."""
        self._colours.setdefault(session, len(self._colours))
        if self._labels.get(session) != name:
            self._labels[session] = name
            if self.labelled:
                self._render(full=True)

    def label_colour(self, session: str) -> QColor:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colours = _DARK if dark else _LIGHT
        return QColor(colours[self._colours.get(session, 0) % len(colours)])

    @property
    def clock(self) -> Callable[[float], str]:
        return self._clock

    def set_clock(self, clock: Callable[[float], str]) -> None:
        """How a paragraph's time is written (``formats.clock`` or ``time_of_day``)."""
        self._clock = clock
        self._render(full=True)

    @property
    def show_timestamps(self) -> bool:
        return self._show_timestamps

    @show_timestamps.setter
    def show_timestamps(self, shown: bool) -> None:
        self.set_show_timestamps(shown)

    def set_show_timestamps(self, shown: bool) -> None:
        """A time at the start of each paragraph (not of each fragment), or none."""
        if shown != self._show_timestamps:
            self._show_timestamps = shown
            self._render(full=True)

    def set_language(self, session: str, code: str) -> None:
        """``session`` speaks ``code`` ("" or "auto": not known yet): its paragraphs run
        right to left for Arabic, Hebrew, Persian, Urdu and the like, left to right else."""
        known = code not in ("", AUTO)
        before = self._rtl.get(session)
        if known:
            self._rtl[session] = language_names.is_rtl(code)
        else:
            self._rtl.pop(session, None)
        if self._rtl.get(session) != before:
            self._render(full=True)

    def direction(self, session: str) -> Qt.LayoutDirection:
        """How ``session``'s paragraphs are laid out (``LayoutDirectionAuto``: by its text)."""
        rtl = self._rtl.get(session)
        if rtl is None:
            return Qt.LayoutDirection.LayoutDirectionAuto
        return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight

    def set_font_size(self, points: int) -> None:
        font = QFont(self.text.font())
        font.setPointSize(points)
        self.text.setFont(font)
        self._render(full=True)

    def set_hint(self, text: str) -> None:
        """What the empty view says to do."""
        self.hint.setText(text)

    # -- what it offers ---------------------------------------------------------------
    @property
    def final_text(self) -> str:
        return self.model.final_text()

    @property
    def partial_text(self) -> str:
        return " ".join(text for _session, text, _continues in self.model.partials())

    def plain_text(self) -> str:
        """Everything final as shown (times, labels, restart marks), paragraphs apart."""
        entries = []
        for index in range(len(self.model.entries)):
            blocks = self._blocks(index, with_partials=False)
            entries.append("\n".join("".join(text for text, _ in seg) for _, seg in blocks))
        return "\n\n".join(entries)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()
        self._search(keep=True)

    def close_find(self) -> None:
        self.find_bar.hide()
        self._matches, self._current = [], -1
        self.text.setExtraSelections([])
        self.text.setFocus()

    def find_next(self) -> bool:
        return self._step(1)

    def find_previous(self) -> bool:
        return self._step(-1)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    # -- drawing ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # Dimmed and label colours come from the palette: redraw when light/dark switches.
        if event.type() == QEvent.Type.PaletteChange:
            self._render(full=True)
        super().changeEvent(event)

    def _label(self, session: str) -> str:
        return self._labels.get(session, session)

    def _blocks(self, index: int, with_partials: bool = True) -> list[Block]:
        entry = self.model.entries[index]
        if isinstance(entry, RestartMark):
            at = self._clock(entry.start_s)
            if self.labelled:
                mark = translate("CaptionView", "— {name} restarted at {time} —").format(
                    name=self._label(entry.session), time=at
                )
            else:
                mark = translate("CaptionView", "— Restarted at {time} —").format(time=at)
            return [("mark", [(mark, "dim")])]
        stamp = self._clock(entry.start_s) if self._show_timestamps else ""
        text = entry.text
        body = [(text, "text")]
        is_open = self.model.open_paragraph(entry.session) is entry
        if with_partials and is_open and self.model.partial_continues(entry.session):
            body.append((continue_text(text, self.model.partial(entry.session)), "partial"))
        if not self.labelled:
            return [("stamped", [(stamp + "  ", "dim"), *body])] if stamp else [("para", body)]
        before = self.model.entries[index - 1] if index else None
        same_speaker = isinstance(before, Paragraph) and before.session == entry.session
        if same_speaker and not stamp:
            return [("para", body)]
        head = [(self._label(entry.session), f"label:{entry.session}")]
        return [("head", head + ([("  " + stamp, "dim")] if stamp else [])), ("para", body)]

    def _trailing_partials(self) -> list[tuple[str, list[Block]]]:
        """Partials that begin a paragraph of their own, each with its session."""
        found: list[tuple[str, list[Block]]] = []
        for session, text, continues in self.model.partials():
            if continues:
                continue
            blocks: list[Block] = []
            if self.labelled:
                blocks.append(("head", [(self._label(session), f"label:{session}")]))
            blocks.append(("para", [(text, "partial")]))
            found.append((session, blocks))
        return found

    def _formats(self) -> tuple[dict[str, QTextBlockFormat], QColor]:
        gap = self.text.fontMetrics().height() * 0.6
        para = QTextBlockFormat()
        para.setBottomMargin(gap)
        head = QTextBlockFormat()
        head.setTopMargin(gap / 3)
        mark = QTextBlockFormat(para)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Lines after the first start under the text, not under the time before it.
        stamped = QTextBlockFormat(para)
        indent = self.text.fontMetrics().horizontalAdvance("00:00:00  ")
        stamped.setLeftMargin(indent)
        stamped.setTextIndent(-indent)
        # Half-way between text and background reads as "not final" in light and dark
        # alike; some styles' placeholder colour is as dark as the text.
        palette = self.palette()
        dim = _mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        return {"para": para, "stamped": stamped, "head": head, "mark": mark}, dim

    def _char_format(self, style: str, dim: QColor) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if style in ("dim", "partial"):
            fmt.setForeground(dim)
        elif style.startswith("label:"):
            fmt.setForeground(self.label_colour(style.removeprefix("label:")))
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def _render(self, full: bool = False) -> None:
        bar = self.text.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        document: QTextDocument = self.text.document()
        dirty = self.model.take_dirty()
        start = 0 if full else min(dirty, self._stable, self.model.first_open())
        start = min(start, len(self._positions) - 1)
        if start == 0:
            document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if start:
            cursor.setPosition(self._positions[start])
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        del self._positions[start:]
        blocks_formats, dim = self._formats()
        for index in range(start, len(self.model.entries)):
            self._positions.append(cursor.position())
            session = self.model.entries[index].session
            self._write(cursor, self._blocks(index), blocks_formats, dim, session)
        self._positions.append(cursor.position())
        for session, blocks in self._trailing_partials():
            self._write(cursor, blocks, blocks_formats, dim, session)
        cursor.endEditBlock()
        self._stable = self.model.first_open()
        self.pages.setCurrentWidget(self.hint if self.model.is_empty() else self.text)
        if following:
            bar.setValue(bar.maximum())
        if self.find_bar.isVisible():
            self._search(keep=True)

    def _write(
        self,
        cursor: QTextCursor,
        blocks: list[Block],
        formats: dict[str, QTextBlockFormat],
        dim: QColor,
        session: str,
    ) -> None:
        direction = self.direction(session)
        for kind, segments in blocks:
            block_format = _directed(formats[kind], direction)
            if self.text.document().isEmpty():
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format, QTextCharFormat())
            for text, style in segments:
                cursor.insertText(text, self._char_format(style, dim))

    # -- search -------------------------------------------------------------------------
    def _search(self, keep: bool) -> None:
        """Find every match of the field's text; keep the current one where it was."""
        needle = self.find_bar.field.text()
        document = self.text.document()
        was = self._matches[self._current].selectionStart() if self._current >= 0 else -1
        self._matches = []
        found = document.find(needle, 0) if needle else QTextCursor()
        while not found.isNull() and len(self._matches) < _MAX_HIGHLIGHTS:
            self._matches.append(found)
            found = document.find(needle, found)
        if not self._matches:
            self._current = -1
        elif keep and was >= 0:
            self._current = next(
                (i for i, m in enumerate(self._matches) if m.selectionStart() >= was), 0
            )
        else:
            # As browsers do: the first match from where the reader is.
            at = self.text.cursorForPosition(self.text.viewport().rect().topLeft()).position()
            self._current = next(
                (i for i, m in enumerate(self._matches) if m.selectionStart() >= at), 0
            )
        self._show_matches()

    def _enter_pressed(self) -> None:
        backwards = QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self._step(-1 if backwards else 1)

    def _step(self, direction: int) -> bool:
        if not self.find_bar.isVisible():
            self.open_find()
            return bool(self._matches)
        if not self._matches:
            return False
        self._current = (self._current + direction) % len(self._matches)
        self._show_matches()
        return True

    def _show_matches(self) -> None:
        palette = self.palette()
        every = QTextCharFormat()
        every.setBackground(QColor(255, 213, 79, 150))
        current = QTextCharFormat()
        current.setBackground(palette.color(QPalette.ColorRole.Highlight))
        current.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        selections = []
        for index, match in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format = current if index == self._current else every
            selections.append(selection)
        self.text.setExtraSelections(selections)
        field = self.find_bar.field
        if self._matches:
            self.text.setTextCursor(self._matches[self._current])
            self.text.ensureCursorVisible()
            self.find_bar.count.setText(
                translate("CaptionView", "{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )
            field.setStyleSheet("")
        else:
            self.find_bar.count.setText(
                translate("CaptionView", "No match") if field.text() else ""
            )
            field.setStyleSheet("background: #fdecea" if field.text() else "")
