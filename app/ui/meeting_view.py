"""Every session in view: the meeting side by side (a column each) or as one stream.

The window routes every caption here as well as to its session's tab; the tabs keep
each session's settings. ``ActivityMarks`` puts each session's state on its tab (running,
error, new captions since the tab was last looked at), so a background tab is never
silent about what it does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.engine.events import CaptionEvent
from app.i18n import translate
from app.states import SessionState
from app.ui.caption_view import CaptionView

LAYOUTS = ("columns", "stream")
_DOT = {
    SessionState.LOADING: "#f9a825",
    SessionState.BEHIND: "#f9a825",
    SessionState.LISTENING: "#2e7d32",
    SessionState.FINISHING: "#2e7d32",
    SessionState.ERROR: "#c62828",
}
_UNSEEN = "#1e88e5"


def hint_for(state: SessionState, tab_name: str = "") -> str:
    """What an empty caption area says to do, for a session in ``state``; ``tab_name``
    names the tab whose Start to press (from the meeting view)."""
    if state is SessionState.LOADING:
        return translate(
            "MeetingView",
            "Loading the speech model… Captions appear here as soon as someone speaks.",
        )
    if state in (SessionState.LISTENING, SessionState.BEHIND):
        return translate(
            "MeetingView", "Listening. Captions appear here as soon as someone speaks."
        )
    if state is SessionState.ERROR:
        return translate(
            "MeetingView",
            "Captioning stopped with an error: its message is in the session's tab, with Retry.",
        )
    if tab_name:
        return translate(
            "MeetingView",
            "Press Start in the {name} tab to caption this session.\n\nPick your microphone to "
            "caption yourself, or System audio to caption the other people in a call.",
        ).format(name=tab_name)
    return translate(
        "MeetingView",
        "Press Start to caption this session.\n\nPick your microphone to caption yourself, "
        "or System audio to caption the other people in a call.",
    )


def activity_icon(state: SessionState, unseen: bool = False) -> QIcon:
    """A dot for the state (green running, amber loading, red error, a ring when idle),
    with a blue corner dot while there are captions nobody has looked at."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = _DOT.get(state)
    if colour is None:
        painter.setPen(QPen(QColor("#9e9e9e"), 1.5))
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(3, 3, 10, 10))
        if state is SessionState.ERROR:
            painter.setPen(QPen(QColor("white"), 1.6))
            painter.drawLine(QPointF(8, 5.2), QPointF(8, 8.8))
            painter.drawPoint(QPointF(8, 10.8))
    if unseen:
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(_UNSEEN))
        painter.drawEllipse(QRectF(10, 0.5, 5.5, 5.5))
    painter.end()
    return QIcon(pixmap)


class _Column(QWidget):
    """One session in the side-by-side layout: its name, language and state, its captions."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.dot = QLabel()
        self.name = QLabel(name)
        font = QFont(self.name.font())
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel()
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.captions = CaptionView()
        head = QHBoxLayout()
        head.setContentsMargins(4, 0, 4, 0)
        head.addWidget(self.dot)
        head.addWidget(self.name)
        head.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.captions, 1)
        self.language = ""
        self.state = SessionState.IDLE

    def refresh(self, colour: QColor) -> None:
        self.dot.setPixmap(activity_icon(self.state).pixmap(16, 16))
        self.name.setStyleSheet(f"color: {colour.name()}")
        words = (self.language, self.state.label)
        self.details.setText(" · ".join(part for part in words if part))
        self.captions.set_hint(hint_for(self.state, self.name.text()))


class MeetingView(QWidget):
    #: The user chose how sessions are laid out: (``"columns"`` or ``"stream"``).
    layout_changed = Signal(str)
    #: The user pressed Start all: ().
    start_all_requested = Signal()
    #: The user pressed Stop all: ().
    stop_all_requested = Signal()

    def __init__(self, layout: str = "columns", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: dict[str, _Column] = {}
        self.stream = CaptionView(labelled=True)
        self.stream.set_hint(
            translate(
                "MeetingView",
                "Every session's captions appear here in the order they were said, each "
                "labelled with its session.\n\nPress Start all to begin.",
            )
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.stream)

        self.side_by_side = QToolButton(
            text=translate("MeetingView", "Side by side"), checkable=True
        )
        self.side_by_side.setToolTip(translate("MeetingView", "A column for each session"))
        self.one_stream = QToolButton(text=translate("MeetingView", "One stream"), checkable=True)
        self.one_stream.setToolTip(
            translate("MeetingView", "All sessions in one transcript, in the order they spoke")
        )
        group = QButtonGroup(self)
        group.addButton(self.side_by_side)
        group.addButton(self.one_stream)
        self.side_by_side.clicked.connect(lambda: self._choose("columns"))
        self.one_stream.clicked.connect(lambda: self._choose("stream"))
        self.start_stop = QPushButton(translate("MeetingView", "Start all"))
        self.start_stop.clicked.connect(self._start_stop)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.side_by_side)
        bar.addWidget(self.one_stream)
        bar.addStretch(1)
        bar.addWidget(self.start_stop)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.pages, 1)
        self.set_layout(layout)

    # -- layout ---------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        return "stream" if self.pages.currentWidget() is self.stream else "columns"

    def set_layout(self, name: str) -> None:
        name = name if name in LAYOUTS else "columns"
        self.pages.setCurrentWidget(self.stream if name == "stream" else self.splitter)
        self.side_by_side.setChecked(name == "columns")
        self.one_stream.setChecked(name == "stream")

    def _choose(self, name: str) -> None:
        if name != self.layout_name:
            self.set_layout(name)
            self.layout_changed.emit(name)

    # -- sessions -------------------------------------------------------------------
    def add_session(self, session: str, name: str) -> None:
        column = _Column(name)
        self._columns[session] = column
        self.stream.set_label(session, name)
        column.captions.set_label(session, name)
        column.captions.set_clock(self.stream.clock)
        column.captions.show_timestamps = self.stream.show_timestamps
        column.captions.set_font_size(self.stream.text.font().pointSize())
        self.splitter.addWidget(column)
        self.splitter.setSizes([1000] * self.splitter.count())  # equal widths
        column.refresh(self.stream.label_colour(session))

    def remove_session(self, session: str) -> None:
        column = self._columns.pop(session, None)
        if column is not None:
            column.hide()
            column.setParent(None)
            column.deleteLater()
        self._update_button()

    def rename_session(self, session: str, name: str) -> None:
        self.stream.set_label(session, name)
        column = self._columns.get(session)
        if column is not None:
            column.name.setText(name)
            column.refresh(self.stream.label_colour(session))

    def set_state(self, session: str, state: SessionState) -> None:
        column = self._columns.get(session)
        if column is not None:
            column.state = state
            column.refresh(self.stream.label_colour(session))
        self._update_button()

    def set_language(self, session: str, language: str) -> None:
        """The language the session speaks, as its header shows it ("" when unknown)."""
        column = self._columns.get(session)
        if column is not None:
            column.language = language
            column.refresh(self.stream.label_colour(session))

    def column(self, session: str) -> CaptionView:
        return self._columns[session].captions

    def views(self) -> list[CaptionView]:
        return [self.stream, *(c.captions for c in self._columns.values())]

    def current_view(self) -> CaptionView:
        """The view Find searches: the stream, or the column last clicked (else the first)."""
        if self.layout_name == "stream" or not self._columns:
            return self.stream
        focus = self.focusWidget()
        for column in self._columns.values():
            if focus is not None and column.isAncestorOf(focus):
                return column.captions
        return next(iter(self._columns.values())).captions

    # -- captions -------------------------------------------------------------------
    def add_caption(self, event: CaptionEvent, offset_s: float) -> None:
        self.stream.add(event, offset_s)
        column = self._columns.get(event.session)
        if column is not None:
            column.captions.add(event, offset_s)

    def mark_restart(self, session: str, at_s: float) -> None:
        self.stream.mark_restart(session, at_s)
        if session in self._columns:
            self._columns[session].captions.mark_restart(session, at_s)

    def apply(self, each: Callable[[CaptionView], None]) -> None:
        """Apply a view setting (font size, timestamps, clock) to every view here."""
        for view in self.views():
            each(view)

    # -- internals ------------------------------------------------------------------
    def _any_running(self) -> bool:
        return any(c.state.is_running for c in self._columns.values())

    def _update_button(self) -> None:
        if self._any_running():
            self.start_stop.setText(translate("MeetingView", "Stop all"))
        else:
            self.start_stop.setText(translate("MeetingView", "Start all"))

    def _start_stop(self) -> None:
        if self._any_running():
            self.stop_all_requested.emit()
        else:
            self.start_all_requested.emit()


class ActivityMarks:
    """Each session's state and unseen captions on its tab: icon and tooltip."""

    def __init__(self, tabs: QTabWidget, meeting: QWidget) -> None:
        self._tabs = tabs
        self._meeting = meeting
        self._widgets: dict[str, QWidget] = {}
        self._names: dict[str, str] = {}
        self._states: dict[str, SessionState] = {}
        self.unseen: set[str] = set()
        tabs.currentChanged.connect(lambda _index: self._viewed())

    def add(self, session: str, widget: QWidget, name: str) -> None:
        self._widgets[session] = widget
        self._names[session] = name
        self._states[session] = SessionState.IDLE
        self._show(session)

    def forget(self, session: str) -> None:
        for table in (self._widgets, self._names, self._states):
            table.pop(session, None)
        self.unseen.discard(session)

    def rename(self, session: str, name: str) -> None:
        self._names[session] = name
        self._show(session)

    def set_state(self, session: str, state: SessionState) -> None:
        if session in self._states and self._states[session] != state:
            self._states[session] = state
            self._show(session)

    def state(self, session: str) -> SessionState:
        return self._states.get(session, SessionState.IDLE)

    def caption(self, session: str) -> None:
        """New captions came for ``session``: marked unless its tab or the meeting shows."""
        if session in self.unseen or session not in self._widgets:
            return
        if self._tabs.currentWidget() in (self._widgets[session], self._meeting):
            return
        self.unseen.add(session)
        self._show(session)

    def _viewed(self) -> None:
        current = self._tabs.currentWidget()
        seen = [s for s in self.unseen if current in (self._widgets[s], self._meeting)]
        for session in seen:
            self.unseen.discard(session)
            self._show(session)

    def _show(self, session: str) -> None:
        index = self._tabs.indexOf(self._widgets[session])
        if index < 0:
            return
        state = self._states[session]
        self._tabs.setTabIcon(index, activity_icon(state, session in self.unseen))
        words = state.label
        if session in self.unseen:
            tip = translate("MeetingView", "{name}: {state} · new captions")
        else:
            tip = translate("MeetingView", "{name}: {state}")
        self._tabs.setTabToolTip(index, tip.format(name=self._names[session], state=words))
