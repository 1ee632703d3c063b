"""One capture session's tab: its choices, Start/Stop, meter, status and captions.

The tab never starts threads or loads models: it asks the main window to start or stop
its session (``start_requested`` / ``stop_requested``) and shows what it is told.
"""

from __future__ import annotations

import itertools
import sys

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.audio.devices import SYSTEM_AUDIO_HINT, SourceInfo, find_source
from app.config import SessionSettings
from app.engine import language_names
from app.engine.language import AUTO, LANGUAGE_NAMES
from app.i18n import QT_TRANSLATE_NOOP, message, translate
from app.models.catalog import ModelEntry, canonical_name
from app.states import SessionState
from app.ui.caption_view import CaptionView
from app.ui.level_meter import LevelMeter

FILE_ITEM = "__file__"
MAC_LOOPBACK_HINT = QT_TRANSLATE_NOOP(
    "SessionTab", "System audio: install BlackHole (brew install blackhole-2ch), see README"
)


LOOKING_FOR_SOURCES = QT_TRANSLATE_NOOP("SessionTab", "Looking for sources…")


def file_label(path: str) -> str:
    """How the source list shows a file: "File: /path/talk.flac"."""
    return translate("SessionTab", "File: {path}").format(path=path)


def _is_file_row(text: str) -> bool:
    return text.startswith(file_label(""))


class SourcePicker(QComboBox):
    #: The list is about to open, a good moment to look for new devices: ().
    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()

    def set_looking(self, looking: bool) -> None:
        """Say in the list itself that devices are being looked for (``pactl`` can take
        seconds): an unselectable last row, gone when the new list arrives."""
        row = self.findText(translate("SessionTab", LOOKING_FOR_SOURCES))
        if looking and row < 0:
            self.add_note(translate("SessionTab", LOOKING_FOR_SOURCES))
        elif not looking and row >= 0:
            self.removeItem(row)

    def add_note(self, text: str, data: object = None) -> None:
        """A last row that tells the user something and cannot be picked."""
        self.addItem(text, data)
        self.model().item(self.count() - 1).setEnabled(False)


class _RoomyRows(QStyledItemDelegate):
    """Rows as tall as a plain drop-down's: an editable QComboBox lists its items in
    bare text rows, which looked cramped and smaller than the rest of the tab."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 8))


#: Where each language row keeps what typing searches (``LanguageChoice.search_text``).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _language_box(with_auto: bool) -> QComboBox:
    """A language picker that finds a language by any part of its name as one types."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if with_auto:
        box.addItem(translate("SessionTab", "Detect automatically"), AUTO)
    # Each by its own name and the interface language's ("Deutsch — German"), in the
    # interface language's alphabetical order; typing finds either name or the code.
    collator = QCollator(QLocale())
    rows = language_names.choices(QLocale().name())
    for choice in sorted(rows, key=lambda row: collator.sortKey(row.translated)):
        box.addItem(choice.label, choice.code)
        box.setItemData(box.count() - 1, choice.search_text, SEARCH_ROLE)
    # About 100 languages: a long list scrolls less (Qt shows 10 rows unless told).
    box.setMaxVisibleItems(20)
    box.setItemDelegate(_RoomyRows(box))
    box.lineEdit().setAccessibleName(
        QCoreApplication.translate("SessionTab", "Search the languages")
    )
    completer = box.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    completer.popup().setItemDelegate(_RoomyRows(completer.popup()))
    completer.popup().setFont(box.font())
    return box


class SessionTab(QWidget):
    #: The user pressed Start (or Retry): (session id).
    start_requested = Signal(str)
    #: The user pressed Stop: (session id).
    stop_requested = Signal(str)
    #: The user corrected the running session's language: (session id, language code).
    language_corrected = Signal(str, str)
    #: The user picked a model: (session id, model name).
    model_chosen = Signal(str, str)
    #: The user turned the echo guard on or off, or picked another source (the window
    #: pairs microphones with system audio again): (session id).
    echo_changed = Signal(str)

    def __init__(
        self,
        session_id: str,
        settings: SessionSettings,
        sources: list[SourceInfo] | None,
        models: list[ModelEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_id = session_id
        self.name = settings.name
        self._running = False
        #: What the session is doing, as the status line says it.
        self.state = SessionState.IDLE
        self._chosen_language = ""  # the user's correction of this run's language

        self.source = SourcePicker()
        self.set_sources(sources, settings.source)
        self._previous_source = str(self.source.currentData() or "")
        self.source.currentIndexChanged.connect(self._remember_source)
        self.source.activated.connect(self._maybe_pick_file)
        self.language = _language_box(with_auto=True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.model = QComboBox()
        for entry in models:
            self.model.addItem(entry.label, entry.name)
        # A saved "turbo" is listed under the name it is an alias of.
        model = canonical_name(settings.model)
        self.model.setCurrentIndex(max(0, self.model.findData(model)))
        self.model.activated.connect(
            lambda: self.model_chosen.emit(self.session_id, str(self.model.currentData()))
        )
        # What the chosen model costs here (the window measures it): sessions, or a warning.
        self.model_cost = QLabel("")
        self.model_cost.setWordWrap(True)
        self.model_cost.hide()
        self.translate_box = QCheckBox(translate("SessionTab", "Translate into English"))
        self.translate_box.setChecked(settings.translate)
        self.real_time = QCheckBox(translate("SessionTab", "Play the file in real time"))
        self.real_time.setToolTip(
            translate(
                "SessionTab",
                "Off: the file is transcribed as fast as it can be, at its best quality.\n"
                "On: it is captioned as it plays, the way a live speaker would be.",
            )
        )
        self.real_time.setChecked(settings.play_in_real_time)
        self.real_time.setVisible(_is_file_row(self.source.currentText()))
        # Without headphones a microphone also hears the call from the speakers: the
        # guard removes what the system-audio session plays (shown for microphones only).
        self.echo = QCheckBox(translate("SessionTab", "Ignore what the speakers play"))
        self.echo.setToolTip(
            translate(
                "SessionTab",
                "On: the voices of a call that this microphone hears from the speakers are "
                "removed, so they are captioned once, under the system-audio session.",
            )
        )
        self.echo.setChecked(settings.echo_guard)
        self.echo.toggled.connect(lambda: self.echo_changed.emit(self.session_id))
        self.echo_line = QLabel("")
        self.echo_line.setWordWrap(True)
        self.echo_line.hide()
        self._echo_reference = ""
        self.start_stop = QPushButton(translate("SessionTab", "Start"))
        self.start_stop.clicked.connect(self._toggle)

        form = QFormLayout()
        form.addRow(translate("SessionTab", "Source"), self.source)
        form.addRow(translate("SessionTab", "Language"), self.language)
        form.addRow(translate("SessionTab", "Model"), self.model)
        form.addRow("", self.model_cost)
        form.addRow("", self.translate_box)
        form.addRow("", self.real_time)
        form.addRow("", self.echo)
        form.addRow("", self.echo_line)
        self.meter = LevelMeter()
        self.status = QLabel(self.state.message())
        self.status.setWordWrap(True)
        self.detected = QLabel("")
        # A wrong detection is put right while the session runs, keeping its captions.
        self.not_right = QPushButton(translate("SessionTab", "not right?"))
        self.not_right.setFlat(True)
        self.not_right.setToolTip(translate("SessionTab", "Pick the language this session speaks"))
        self.not_right.hide()
        self.not_right.clicked.connect(self._start_correction)
        self.correction = _language_box(with_auto=False)
        self.correction.hide()
        self.correction.activated.connect(self._corrected)
        self.retry = QPushButton(translate("SessionTab", "Retry"))
        self.retry.hide()
        self.retry.clicked.connect(lambda: self.start_requested.emit(self.session_id))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.detected)
        status_row.addWidget(self.not_right)
        status_row.addWidget(self.correction)
        status_row.addWidget(self.retry)
        status_row.addWidget(self.start_stop)
        self.captions = CaptionView()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addLayout(status_row)
        layout.addWidget(self.captions, 1)
        self._describe_controls()

    def _describe_controls(self) -> None:
        """Names and descriptions a screen reader gives each control (a combo box's own
        name is its current item, which says nothing about what it chooses), and the
        keyboard's order through them: choices, then Start, then the captions."""
        for widget, name, description in (
            (self.source, self.tr("Source"), self.tr("Where this session's sound comes from")),
            (
                self.language,
                self.tr("Language"),
                self.tr("The language spoken; type a name in any language, or a code"),
            ),
            (self.model, self.tr("Model"), self.tr("The speech model that writes the captions")),
            (self.translate_box, "", self.tr("Captions in English, whatever is spoken")),
            (self.start_stop, "", self.tr("Start or stop captioning this session")),
            (self.not_right, self.tr("Correct the language"), self.not_right.toolTip()),
            (self.correction, self.tr("Correct the language"), ""),
            (self.retry, "", self.tr("Start this session again")),
        ):
            if name:
                widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
        order = (
            self.source, self.language, self.model, self.translate_box, self.real_time, self.echo,
            self.start_stop, self.not_right, self.correction, self.retry, self.captions.text,
        )  # fmt: skip
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- what the main window reads -----------------------------------------------
    def session_settings(self) -> SessionSettings:
        return SessionSettings(
            name=self.name,
            source=str(self.source.currentData() or ""),
            language=str(self.language.currentData() or AUTO),
            model=str(self.model.currentData() or "base"),
            translate=self.translate_box.isChecked(),
            play_in_real_time=self.real_time.isChecked(),
            echo_guard=self.echo.isChecked(),
        )

    def source_kind(self) -> str:
        """What the chosen source is: "microphone", "system" or "file"."""
        info = find_source(self._sources, str(self.source.currentData() or ""))
        return info.kind if info is not None else "file"

    def set_sources(self, sources: list[SourceInfo] | None, current: str = "") -> None:
        """List ``sources``, keeping ``current`` (or what is chosen now) chosen; ``None``
        while the devices are still being looked for."""
        current = current or str(self.source.currentData() or "")
        self._sources = sources or []
        if sources is None:
            # The saved choice rides on the note, so it is still the session's source
            # (saved again, started once the list is in) until the list replaces it.
            self.source.clear()
            self.source.add_note(translate("SessionTab", LOOKING_FOR_SOURCES), current)
            self.source.addItem(translate("SessionTab", "Audio file…"), FILE_ITEM)
            self.source.setCurrentIndex(0)
            return
        named = find_source(sources, current) if current else None
        current = named.id if named else current
        self.source.clear()
        # A hidden duplicate is listed only when a saved session chose it.
        shown = [info for info in sources if not info.is_hidden or info.id == current]
        for info in (info for info in shown if info.kind != "system"):
            self.source.addItem(info.name, info.id)
        system = [info for info in shown if info.kind == "system"]
        if system:
            # Said in the list itself: a new user does not know that this is how the other
            # people in a call get captioned.
            self.source.add_note(message(SYSTEM_AUDIO_HINT))
        for info in system:
            self.source.addItem(info.name, info.id)
            self.source.setItemData(
                self.source.count() - 1, message(SYSTEM_AUDIO_HINT), Qt.ItemDataRole.ToolTipRole
            )
        if current and self.source.findData(current) < 0:
            self.source.addItem(file_label(current), current)
        if sys.platform == "darwin" and not any(s.kind == "system" for s in sources):
            # macOS has no loopback of its own: say what to install instead of hiding it.
            self.source.add_note(translate("SessionTab", MAC_LOOPBACK_HINT), "")
        self.source.addItem(translate("SessionTab", "Audio file…"), FILE_ITEM)
        index = self.source.findData(current) if current else -1
        if index < 0:
            first = shown[0].id if shown else None
            default = next((info.id for info in shown if info.is_default), first)
            index = max(0, self.source.findData(default)) if default else 0
        self.source.setCurrentIndex(index)

    # -- what the main window tells it ---------------------------------------------
    def set_echo_reference(self, name: str) -> None:
        """Name the system-audio session this microphone ignores ("" when there is none)."""
        self._echo_reference = name
        self.echo.setText(
            translate("SessionTab", "Ignore what {name} plays").format(name=name)
            if name
            else translate("SessionTab", "Ignore what the speakers play")
        )
        self._show_echo_controls()

    def show_echo(self, text: str) -> None:
        """The guard's state in a sentence, while the session runs."""
        self.echo_line.setText(text)
        self._show_echo_controls()

    def _show_echo_controls(self) -> None:
        is_microphone = self.source_kind() == "microphone"
        self.echo.setVisible(is_microphone)
        self.echo_line.setVisible(is_microphone and self._running and bool(self.echo_line.text()))

    def set_model_cost(self, text: str) -> None:
        """What the chosen model costs here, in a sentence; empty while not known."""
        self.model_cost.setText(text)
        self.model_cost.setVisible(bool(text))

    def set_running(self, running: bool) -> None:
        self._running = running
        self.start_stop.setText(
            translate("SessionTab", "Stop") if running else translate("SessionTab", "Start")
        )
        for widget in (self.source, self.language, self.model, self.translate_box, self.real_time):
            widget.setEnabled(not running)
        if running:
            self._chosen_language = ""
            detecting = self.language.currentData() == AUTO
            self.detected.setText(
                translate("SessionTab", "Detecting language…") if detecting else ""
            )
            self.not_right.setText(translate("SessionTab", "pick it"))
            self.not_right.setVisible(detecting)
        else:
            self.meter.reset()
            self.not_right.hide()
            self.echo_line.setText("")
        self.correction.hide()
        self._show_echo_controls()

    def set_state(self, state: SessionState, detail: str = "") -> None:
        """Show ``state``; ``detail`` as ``SessionState.message`` takes it."""
        self.state = state
        self.status.setText(state.message(detail))
        self.status.setStyleSheet("color: #c62828" if state is SessionState.ERROR else "")
        self.retry.setVisible(state.offers_retry and not self._running)

    def set_detected_language(self, code: str, probability: float) -> None:
        if self._chosen_language:
            return  # the lock was on its way when the user picked; the pick holds
        name = LANGUAGE_NAMES.get(code, code)
        self.detected.setText(
            translate("SessionTab", "Detected {language} —").format(language=name)
        )
        self.detected.setToolTip(
            translate("SessionTab", "{percent} sure, from the first speech").format(
                percent=f"{probability:.0%}"
            )
        )
        self.not_right.setText(translate("SessionTab", "not right?"))
        self.not_right.setVisible(self._running and not self.correction.isVisible())

    # -- internals -----------------------------------------------------------------
    def _toggle(self) -> None:
        if self._running:
            self.stop_requested.emit(self.session_id)
        else:
            self.start_requested.emit(self.session_id)

    def _start_correction(self) -> None:
        self.not_right.hide()
        self.correction.show()
        self.correction.setFocus()
        self.correction.showPopup()

    def _corrected(self, index: int) -> None:
        code = str(self.correction.itemData(index) or "")
        if not code or not self._running:
            return
        self._chosen_language = code
        self.correction.hide()
        self.detected.setText(
            translate("SessionTab", "{language} (your choice) —").format(
                language=LANGUAGE_NAMES.get(code, code)
            )
        )
        self.detected.setToolTip("")
        self.not_right.setText(translate("SessionTab", "not right?"))
        self.not_right.show()
        # The session now speaks this: a restart keeps it.
        self.language.setCurrentIndex(self.language.findData(code))
        self.language_corrected.emit(self.session_id, code)

    def _maybe_pick_file(self, index: int) -> None:
        if self.source.itemData(index) != FILE_ITEM:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("SessionTab", "Caption an audio file"),
            "",
            translate("SessionTab", "Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)"),
        )
        if path:
            self.source.insertItem(index, file_label(path), path)
            self.source.setCurrentIndex(index)
        else:  # cancelled: back to what was chosen before
            self.source.setCurrentIndex(max(0, self.source.findData(self._previous_source)))

    def _remember_source(self, index: int) -> None:
        data = self.source.itemData(index)
        self.real_time.setVisible(_is_file_row(self.source.itemText(index)))
        self._show_echo_controls()
        self.echo_changed.emit(self.session_id)
        if data != FILE_ITEM:
            self._previous_source = str(data or "")
