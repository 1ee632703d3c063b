"""The caption text of one session: final text solid, the partial tail dimmed.

It follows new text unless the user has scrolled back to read something.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.engine.events import CaptionEvent


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}:{secs:02d}"


class CaptionView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self._finals: list[CaptionEvent] = []
        self._partial = ""
        self.show_timestamps = False

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)

    @property
    def final_text(self) -> str:
        return " ".join(e.text for e in self._finals)

    @property
    def partial_text(self) -> str:
        return self._partial

    def add(self, event: CaptionEvent) -> None:
        if event.is_final:
            self._finals.append(event)
            self._partial = ""
        else:
            self._partial = event.text
        self._render()

    def clear_captions(self) -> None:
        self._finals.clear()
        self._partial = ""
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        # The dimmed colour comes from the palette: re-draw when light/dark switches.
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        # Half-way between text and background reads as "not final" in light and dark
        # alike; some styles' placeholder colour is as dark as the text.
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        dim = QColor(
            (text_colour.red() + base.red()) // 2,
            (text_colour.green() + base.green()) // 2,
            (text_colour.blue() + base.blue()) // 2,
        ).name()
        parts = []
        for event in self._finals:
            stamp = f'<span style="color:{dim}">[{_clock(event.start_s)}]</span> '
            parts.append((stamp if self.show_timestamps else "") + html.escape(event.text))
        text = " ".join(parts)
        if self._partial:
            text += f' <span style="color:{dim}">{html.escape(self._partial)}</span>'
        self.setHtml(f'<div style="white-space: pre-wrap">{text}</div>')
        if following:
            bar.setValue(bar.maximum())
