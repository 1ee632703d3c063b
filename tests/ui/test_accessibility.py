"""What a screen reader meets: every control in the window's accessibility tree has a
name, a new final caption is announced once (a partial never), and the caption text
grows and shrinks from the keyboard in the window and the overlay alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface

from app import config
from app.engine.events import CaptionEvent
from app.ui.main_window import MainWindow

Role = QAccessible.Role
# Roles a user operates or reads as a control: each must say what it is.
CONTROLS = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.Slider, Role.SpinBox, Role.PageTabList, Role.PageTab, Role.ProgressBar,
    Role.ButtonMenu, Role.ButtonDropDown, Role.ToolBar, Role.MenuBar, Role.MenuItem,
    Role.Document, Role.Indicator, Role.Dial, Role.ScrollBar,
}  # fmt: skip


def walk(node: QAccessibleInterface, path: str = "") -> list[tuple[str, QAccessibleInterface]]:
    found = [(path, node)]
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None and child.isValid():
            found += walk(child, f"{path}/{child.role().name}[{index}]")
    return found


def unnamed_controls(root: QAccessibleInterface) -> list[str]:
    missing = []
    for path, node in walk(root):
        if node.role() not in CONTROLS or node.state().invisible:
            continue
        if node.role() == Role.ScrollBar:
            continue  # Qt names these itself by orientation when they show
        if not node.text(QAccessible.Text.Name).strip():
            owner = node.object()
            missing.append(f"{path} {type(owner).__name__} {owner.objectName() if owner else ''}")
    return missing


def test_every_control_in_the_window_has_a_name(qtbot) -> None:
    sessions = [config.SessionSettings(name="Me"), config.SessionSettings(name="Room")]
    window = MainWindow(config.Settings(sessions=sessions))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):  # the meeting view and each session
        window.tabs.setCurrentIndex(index)
        root = QAccessible.queryAccessibleInterface(window)
        assert root is not None
        assert unnamed_controls(root) == [], window.tabs.tabText(index)


def open_window(qtbot, *names: str) -> MainWindow:
    sessions = [config.SessionSettings(name=name) for name in names]
    window = MainWindow(config.Settings(sessions=sessions))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_one_final_caption_is_announced_once_and_a_partial_never(qtbot) -> None:
    window = open_window(qtbot, "Me", "Room")
    window.tabs.setCurrentWidget(window.tab("s1"))
    heard: list[str] = []
    for view in window._caption_views():
        view.announced.connect(heard.append)
    window.pipeline.caption.emit(CaptionEvent("s1", "partial", "good mor", 0.0, 1.0, 1.2))
    window.pipeline.caption.emit(CaptionEvent("s1", "partial", "good morning", 0.0, 1.4, 1.6))
    assert heard == []
    # Shown in the tab, the meeting stream and its column: read out once all the same.
    window.pipeline.caption.emit(CaptionEvent("s1", "final", "Good morning.", 0.0, 1.5, 2.0))
    assert heard == ["Good morning."]
    window.tabs.setCurrentWidget(window.meeting)  # the meeting view names the speaker
    window.meeting.set_layout("stream")
    window.pipeline.caption.emit(CaptionEvent("s2", "final", "Hello.", 2.0, 3.0, 3.5))
    assert heard == ["Good morning.", "Room: Hello."]


def test_larger_and_smaller_captions_from_the_keyboard(qtbot) -> None:
    window = open_window(qtbot, "Me")
    view = window.tab("s1").captions
    before = (view.text.font().pointSize(), window.overlay.font().pointSize())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.tab("s1").captions.text.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    grown = (view.text.font().pointSize(), window.overlay.font().pointSize())
    assert grown == (before[0] + 1, before[1] + 1)
    assert window.settings.caption_font_size == grown[0]
    assert window.overlay.prefs.font_size == grown[1]  # saved with the overlay's prefs
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert (view.text.font().pointSize(), window.overlay.font().pointSize()) == before
