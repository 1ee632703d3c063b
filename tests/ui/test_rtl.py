"""Right to left: an Arabic or Hebrew session's captions start at the right edge in the
window and in the overlay, whatever word a caption begins with; an English session's stay
left; and a right-to-left interface mirrors the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QApplication, QLabel

from app import config
from app.engine.events import CaptionEvent
from app.ui.caption_view import CaptionView
from app.ui.main_window import MainWindow
from app.ui.overlay import CaptionOverlay

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
# Starts with a Latin word, as meeting speech often does ("Zoom", a name): judged by its
# first strong character it would be laid out left to right.
ARABIC = "Zoom اجتماع اليوم يبدأ الساعة العاشرة صباحا"
HEBREW = "הפגישה מתחילה בעשר"


def final(session: str, text: str, start_s: float = 0.0) -> CaptionEvent:
    return CaptionEvent(session, "final", text, start_s, start_s + 2, start_s + 2.5)


def partial(session: str, text: str, start_s: float) -> CaptionEvent:
    return CaptionEvent(session, "partial", text, start_s, start_s + 1, start_s + 1.5)


def blocks(view: CaptionView) -> list[QTextBlock]:
    found, block = [], view.text.document().begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def starts_at_right(block: QTextBlock, width: float) -> bool:
    """Whether the block's first character is drawn in the right half of the page."""
    view_layout = block.layout()
    line = view_layout.lineAt(0)
    x, _ = line.cursorToX(0)
    return x > width / 2


def make_view(qtbot, labelled: bool = False) -> CaptionView:
    view = CaptionView(labelled=labelled)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_an_arabic_sessions_paragraphs_run_right_to_left(qtbot) -> None:
    view = make_view(qtbot)
    view.set_language("s1", "ar")
    view.add(final("s1", ARABIC))
    view.add(partial("s1", "سنتحدث عن", 3.0))
    width = view.text.document().textWidth()
    for block in blocks(view):
        assert block.blockFormat().layoutDirection() == RTL
        assert block.textDirection() == RTL
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
        assert starts_at_right(block, width), block.text()


def test_a_timestamped_hebrew_paragraph_keeps_its_hanging_indent_on_the_right(qtbot) -> None:
    view = make_view(qtbot)
    view.set_show_timestamps(True)
    view.set_language("s1", "he")
    view.add(final("s1", HEBREW))
    block_format = blocks(view)[0].blockFormat()
    assert block_format.layoutDirection() == RTL
    assert block_format.rightMargin() > 0 and block_format.leftMargin() == 0


def test_one_stream_lays_out_each_paragraph_for_its_own_session(qtbot) -> None:
    view = make_view(qtbot, labelled=True)
    view.set_label("s1", "Amira")
    view.set_label("s2", "Ben")
    view.set_language("s1", "ar")
    view.set_language("s2", "en")
    view.add(final("s1", ARABIC, 0.0))
    view.add(final("s2", "Good morning, everyone.", 3.0))
    directions = {b.text(): b.blockFormat().layoutDirection() for b in blocks(view)}
    assert directions[ARABIC] == RTL and directions["Amira"] == RTL
    assert directions["Good morning, everyone."] == LTR and directions["Ben"] == LTR


def test_a_session_still_detecting_follows_its_text(qtbot) -> None:
    view = make_view(qtbot)
    view.add(final("s1", HEBREW))
    (block,) = blocks(view)
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    assert block.textDirection() == RTL
    view.set_language("s1", "he")  # detected: the paragraphs drawn so far follow
    assert blocks(view)[0].blockFormat().layoutDirection() == RTL


def test_the_overlay_row_of_an_arabic_session_runs_right_to_left(qtbot) -> None:
    overlay = CaptionOverlay()
    qtbot.addWidget(overlay)
    overlay.resize(800, overlay.height())
    overlay.set_language("s1", "ar")
    overlay.show_caption(final("s1", ARABIC), "Amira")
    overlay.show_caption(final("s2", "Good morning, everyone."), "Ben")
    by_session = {block.session: block for block, _count in overlay.rows()}
    arabic = overlay.row_document(by_session["s1"], 1, labelled=False).begin()
    english = overlay.row_document(by_session["s2"], 1, labelled=False).begin()
    assert arabic.textDirection() == RTL
    assert arabic.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert english.textDirection() == LTR


def test_the_window_lays_out_a_detected_arabic_sessions_captions_right_to_left(qtbot) -> None:
    window = MainWindow(config.Settings(sessions=[config.SessionSettings(name="Amira")]))
    qtbot.addWidget(window)
    tab = window.tab("s1")
    window.controller.language_changed.emit("s1", "ar")  # as a detection reports it
    window.caption_received.emit(final("s1", ARABIC), "Amira")  # the overlay's feed
    tab.captions.add(final("s1", ARABIC))
    assert blocks(tab.captions)[0].blockFormat().layoutDirection() == RTL
    (block, _count) = window.overlay.rows()[0]
    assert block.rtl


@pytest.fixture
def rtl_interface() -> Iterator[None]:
    app = QApplication.instance()
    app.setLayoutDirection(RTL)
    yield
    app.setLayoutDirection(LTR)


def test_a_right_to_left_interface_mirrors_the_window(qtbot, rtl_interface: None) -> None:
    window = MainWindow(config.Settings(sessions=[config.SessionSettings(name="Me")]))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == RTL
    tab = window.tab("s1")

    def x(widget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).x()

    form_label = next(w for w in tab.findChildren(QLabel) if w.buddy() is tab.source)
    # The form's labels stand right of their fields, Start sits at the left end of the
    # status row, and the first tab is at the right of the tab bar.
    assert x(form_label) > x(tab.source)
    assert x(tab.start_stop) < x(tab.status)
    bar = window.tabs.tabBar()
    window.add_session()
    assert bar.tabRect(0).x() > bar.tabRect(bar.count() - 1).x()
