"""The main window: one tab per capture session, and the one pipeline they share.

It owns the CaptionPipeline (threads), the SessionController that keeps each session's
transcript and journal, and the settings; tabs and other views only show what it routes
to them.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabBar,
    QTabWidget,
    QToolButton,
)

from app import config
from app.audio.devices import SourceInfo, list_sources, open_source
from app.audio.echo_link import EchoState
from app.engine.events import CaptionEvent
from app.engine.language import AUTO, LANGUAGE_NAMES
from app.errors import AutosaveFailed, CaptionistError
from app.i18n import LANGUAGE_MENU, N_, QT_TRANSLATE_NOOP, translate
from app.models.catalog import list_models
from app.models.device import cpu_fallback_line
from app.models.loader import load_decoder
from app.session import ModelChoice, SessionConfig
from app.states import SessionState
from app.transcripts.journal import Journal, JournalInfo, recover_and_mark
from app.transcripts.transcript import Transcript
from app.ui import theme
from app.ui.actions import Actions
from app.ui.asking import confirm
from app.ui.caption_view import CaptionView, time_of_day
from app.ui.exporting import export_with_dialog
from app.ui.history import HistoryDialog
from app.ui.icon import app_icon
from app.ui.meeting_view import ActivityMarks, MeetingView, hint_for
from app.ui.overlay import CaptionOverlay
from app.ui.overlay_prefs import OverlayPrefs
from app.ui.overlay_settings import OverlayAppearanceDialog
from app.ui.session_tab import SessionTab
from app.ui.tray import CaptionistTray
from app.workers.background import BackgroundTask, Breather, run_in_background, wait_for
from app.workers.controller import SessionController
from app.workers.pipeline import CaptionPipeline

log = logging.getLogger(__name__)

# The status bar's busy note while saved transcripts are checked for a crash's.
CHECKING_JOURNALS = QT_TRANSLATE_NOOP("MainWindow", "Checking for transcripts a crash left…")


class MainWindow(QMainWindow):
    #: Every caption, for other views such as the overlay: (CaptionEvent, session name).
    caption_received = Signal(object, str)
    #: The start-up scan for what a crash left is done: (the HistoryDialog offering it,
    #: or None when there was nothing).
    recovery_checked = Signal(object)

    def __init__(self, settings: config.Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Captionist")
        self.setWindowIcon(app_icon())
        self.settings = settings or config.load()
        theme.apply(self.settings.theme)
        self.pipeline = CaptionPipeline(load_decoder, parent=self)
        self._ids = (f"s{i}" for i in itertools.count(1))
        self._tabs: dict[str, SessionTab] = {}
        # Each session's transcript, journal, language and clock. Connected to the pipeline
        # before the window's slots, so they find a caption kept and a restart's clock set.
        self.controller = SessionController(self.pipeline, parent=self)
        self.controller.language_changed.connect(self._language_is)
        self.controller.autosave_failed.connect(self._autosave_failed)
        self.controller.autosave_restored.connect(self._autosave_restored)
        self._closing = False
        self._force_closing = False
        self._unattended = False  # closing on a signal: nobody may be there to answer

        # Every action, built once: the menus, the overlay's menu and the tray share them.
        self.actions = Actions(self)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(lambda i: self.close_tab(self.tabs.widget(i)))
        self.tabs.tabBarDoubleClicked.connect(self._rename)
        plus = QToolButton()
        plus.setText("+")
        plus.setToolTip(self.actions.tip("new_session"))
        plus.setAccessibleName(self.tr("New session"))
        plus.clicked.connect(lambda: self.add_session())
        self.tabs.setCornerWidget(plus)
        self.setCentralWidget(self.tabs)
        # Every session at once; a tab of its own, first, once there are two sessions.
        self.meeting = MeetingView(self.settings.meeting_layout)
        self.meeting.layout_changed.connect(self._meeting_layout_chosen)
        self.meeting.start_all_requested.connect(self.start_all)
        self.meeting.stop_all_requested.connect(self.pipeline.stop_all)
        self.meeting.apply(lambda view: view.set_clock(time_of_day))
        self.meeting.apply(lambda view: view.set_font_size(self.settings.caption_font_size))
        self.meeting.apply(lambda view: view.set_show_timestamps(self.settings.show_timestamps))
        self.activity = ActivityMarks(self.tabs, self.meeting)
        self.tabs.tabBar().tabMoved.connect(self._keep_meeting_first)
        self.autosave_warning = QLabel()
        self.autosave_warning.setStyleSheet("color: #b3261e; font-weight: bold")
        self.autosave_warning.hide()
        self.statusBar().addPermanentWidget(self.autosave_warning)
        self.overlay = CaptionOverlay(OverlayPrefs.from_dict(self.settings.overlay), self.actions)
        self._save_timer = QTimer(self, singleShot=True, interval=1000)
        self._save_timer.timeout.connect(self.save_settings)
        self._build_menus()
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self._connect_overlay()
        self.tray: CaptionistTray | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self.make_tray()
            self.tray.show()

        self.pipeline.caption.connect(self._on_caption)
        self.pipeline.session_state.connect(self._on_state)
        self.pipeline.language_detected.connect(self._on_language)
        self.pipeline.level.connect(self._on_level)
        self.pipeline.session_stopped.connect(self._on_stopped)
        self.pipeline.echo_state.connect(self._on_echo_state)
        self.pipeline.session_failed.connect(self._on_failed)

        # None until the first listing (started below, off the GUI thread) reports.
        self._sources: list[SourceInfo] | None = None
        self._listing: BackgroundTask | None = None  # the device listing under way
        self._models = list_models([Path(p) for p in self.settings.model_folders])
        first = config.SessionSettings(name=translate("MainWindow", "Me"))
        for session in self.settings.sessions or [first]:
            self.add_session(session)
        self._list_sources(rescan=False)  # PortAudio's own list is fresh at start-up
        if self.tabs.indexOf(self.meeting) == 0:  # a meeting: open on all of it
            self.tabs.setCurrentIndex(0)
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromHex(self.settings.geometry.encode()))
        else:
            self.resize(900, 600)
        if self.settings.notice:
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(self.settings.notice, 15000))
        if self.overlay.prefs.visible:
            QTimer.singleShot(0, lambda: self.overlay.set_overlay_visible(True))

    # -- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The main menus from the action registry (``ui/actions.py``); the overlay's own
        actions are connected by the overlay, these by the window."""
        act = self.actions
        self.view_menu = act.build_menus(self.menuBar())["View"]
        for name, slot in (
            ("new_session", lambda: self.add_session()),
            ("start_stop", self._toggle_current),
            ("start_all", self.start_all),
            ("stop_all", self.pipeline.stop_all),
            ("rename", lambda: self._rename(self.tabs.currentIndex())),
            ("close_session", lambda: self.close_tab(self.tabs.currentWidget())),
            ("export", lambda: self.export_current()),
            ("export_meeting", lambda: self.export_meeting()),
            ("history", lambda: self.show_history()),
            ("quit", self.close),
            ("find", self.find_in_captions),
            ("refresh_sources", self.refresh_sources),
            ("timestamps", self._toggle_timestamps),
            ("larger", lambda: self._font_step(1)),
            ("smaller", lambda: self._font_step(-1)),
            ("open_window", self.show_window),
        ):
            act[name].triggered.connect(slot)
        act["timestamps"].setChecked(self.settings.show_timestamps)
        group = QActionGroup(self)
        for key in ("system", "light", "dark"):
            choice = act[f"theme_{key}"]
            choice.setChecked(self.settings.theme == key)
            choice.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            group.addAction(choice)
        languages = QActionGroup(self)
        for code in ("", *(code for code, _ in LANGUAGE_MENU)):
            choice = act[f"language_{code or 'system'}"]
            choice.setChecked(self.settings.interface_language == code)
            choice.triggered.connect(lambda _c=False, c=code: self.set_interface_language(c))
            languages.addAction(choice)

    def _connect_overlay(self) -> None:
        self.caption_received.connect(lambda event, label: self.overlay.show_caption(event, label))
        self.overlay.prefs_changed.connect(self._save_timer.start)
        self.overlay.visibility_changed.connect(self._overlay_shown)
        self.overlay.appearance_requested.connect(self.overlay_appearance)
        self.pipeline.session_stopped.connect(self.overlay.session_stopped)

    def _overlay_shown(self, visible: bool) -> None:
        if visible and self.overlay.wayland_fallback:
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Wayland does not let apps keep a window on top: the overlay is a normal "
                    'window here. Use your desktop\'s "Always on top" window menu to pin it.',
                ),
                15000,
            )

    def make_tray(self) -> CaptionistTray:
        return CaptionistTray(self.actions, self)

    def show_window(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def overlay_appearance(self) -> None:
        names = [tab.name for tab in self._tabs.values()]
        OverlayAppearanceDialog(self.overlay, names, self).exec()

    def set_interface_language(self, code: str) -> None:
        """Speak ``code`` (empty: the system's language) from the next start on.

        Not live: every text here was set when its widget was made, and much of it was
        composed from state (status lines, errors, hints), so re-translating in place would
        need each widget to rebuild its words; a window half in the old language is worse
        than a note. Qt Creator and KDE's language switch do the same. Nothing is rebuilt,
        so running sessions go on untouched.
        """
        self.settings.interface_language = code
        self._save_timer.start()
        self.statusBar().showMessage(
            translate(
                "MainWindow",
                "The new language applies the next time Captionist starts; running sessions "
                "go on undisturbed.",
            ),
            15000,
        )

    def set_theme(self, choice: str) -> None:
        self.settings.theme = choice
        theme.apply(choice)
        self._save_timer.start()

    # -- sessions --------------------------------------------------------------------
    def add_session(self, settings: config.SessionSettings | None = None) -> SessionTab:
        default_name = translate("MainWindow", "Session {number}").format(
            number=len(self._tabs) + 1
        )
        settings = settings or config.SessionSettings(name=default_name)
        session_id = next(self._ids)
        tab = SessionTab(session_id, settings, self._sources, self._models)
        tab.captions.set_font_size(self.settings.caption_font_size)
        tab.captions.show_timestamps = self.settings.show_timestamps
        tab.captions.set_clock(time_of_day)
        tab.captions.set_hint(hint_for(SessionState.IDLE))
        tab.start_requested.connect(self.start_session)
        tab.stop_requested.connect(self.pipeline.stop_session)
        tab.language_corrected.connect(self.controller.choose_language)
        tab.model_chosen.connect(self._show_model_cost)
        tab.echo_changed.connect(self._pair_echo)
        tab.source.about_to_open.connect(self.refresh_sources)
        self._tabs[session_id] = tab
        self.meeting.add_session(session_id, settings.name)
        self.tabs.setCurrentIndex(self.tabs.addTab(tab, settings.name))
        self.activity.add(session_id, tab, settings.name)
        self._update_meeting_tab()
        self._show_model_cost(session_id, str(tab.model.currentData()), measure=False)
        return tab

    def _show_model_cost(self, session_id: str, name: str, measure: bool = True) -> None:
        """The tab's line on what model ``name`` costs here: cached, or (when the user
        picked it) measured once on the thread pool, a few seconds of decoding."""
        from app.models import cost

        tab = self._tabs[session_id]
        if measure:
            tab.set_model_cost(
                translate(
                    "MainWindow", "Measuring how many live sessions this model keeps up with…"
                )
            )
        task = run_in_background(
            self, lambda: cost.cost_of(ModelChoice(name), load_decoder, measure=measure)
        )

        def show(measured: cost.Cost | None) -> None:
            if session_id in self._tabs and str(tab.model.currentData()) == name:
                tab.set_model_cost(cost.described(measured) if measured else "")

        task.finished.connect(show)
        task.failed.connect(lambda _error: show(None))

    def _update_meeting_tab(self) -> None:
        index = self.tabs.indexOf(self.meeting)
        if len(self._tabs) >= 2 and index < 0:
            current = self.tabs.currentWidget()
            self.tabs.insertTab(0, self.meeting, translate("MainWindow", "Meeting"))
            self.tabs.setTabToolTip(0, translate("MainWindow", "Every session at once"))
            self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.setCurrentWidget(current)
        elif len(self._tabs) < 2 and index >= 0:
            self.tabs.removeTab(index)

    def _keep_meeting_first(self, _from: int, _to: int) -> None:
        index = self.tabs.indexOf(self.meeting)
        if index > 0:
            self.tabs.tabBar().moveTab(index, 0)

    def _meeting_layout_chosen(self, name: str) -> None:
        self.settings.meeting_layout = name
        self._save_timer.start()

    def _caption_views(self) -> list[CaptionView]:
        return [tab.captions for tab in self._tabs.values()] + self.meeting.views()

    def find_in_captions(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, SessionTab):
            tab.captions.open_find()
        elif tab is self.meeting:
            self.meeting.current_view().open_find()

    def start_all(self) -> None:
        for session_id in list(self._tabs):
            if not self.pipeline.is_running(session_id):
                self.start_session(session_id)

    def start_session(self, session_id: str) -> None:
        if self._listing is not None:
            # A listing may be restarting PortAudio: a stream opened meanwhile would race it.
            wait_for(self._listing)
        # Taken at the press: a meeting export places this run's captions from here.
        started_at = datetime.now().astimezone()
        tab = self._tabs[session_id]
        if self.pipeline.is_running(session_id):
            # Retry pressed while the failed run still finalises its last words.
            tab.setProperty("start_when_stopped", True)
            return
        choice = tab.session_settings()
        try:
            config_ = SessionConfig(
                session_id, tab.name, choice.language,
                "translate" if choice.translate else "transcribe", ModelChoice(choice.model),
            )  # fmt: skip
            if not choice.source:
                raise CaptionistError(N_("Choose a source: a microphone, system audio or a file."))
            source = open_source(
                choice.source, files_in_real_time=choice.play_in_real_time, sources=self._sources
            )
        except CaptionistError as exc:
            self._set_state(session_id, SessionState.ERROR, str(exc))
            return
        if self.transcript(session_id) is not None:  # a restart: its words start a new line
            for view in (tab.captions, self.meeting):
                view.mark_restart(session_id, started_at.timestamp())
        tab.set_running(True)
        language = "" if choice.language == AUTO else LANGUAGE_NAMES.get(choice.language, "")
        self.meeting.set_language(session_id, language)
        self._set_caption_language(session_id, choice.language)
        self.controller.start(config_, source, started_at)
        self._pair_echo()
        self.overlay.session_started(session_id)

    def close_tab(self, tab: SessionTab | None) -> None:
        if not isinstance(tab, SessionTab):  # nothing, or the meeting view
            return
        journal = self.controller.records.journal(tab.session_id)
        if journal is not None and not self._confirm_unsaved([journal]):
            return
        if self.pipeline.is_running(tab.session_id):
            question = translate(
                "MainWindow",
                "Stop and close “{name}”? Its captions are saved in Saved transcripts.",
            ).format(name=tab.name)
            title = translate("MainWindow", "Close session")
            if not confirm(self, title, question, QMessageBox.StandardButton.Close):
                return
            tab.setProperty("close_when_stopped", True)
            self.pipeline.stop_session(tab.session_id)
            self._set_state(tab.session_id, SessionState.FINISHING)
            return
        self._forget(tab)

    def _forget(self, tab: SessionTab) -> None:
        self.controller.records.forget(tab.session_id)  # its journal closed, its warning gone
        self._tabs.pop(tab.session_id, None)
        self.overlay.forget_session(tab.session_id)
        self.meeting.remove_session(tab.session_id)
        self.activity.forget(tab.session_id)
        self.tabs.removeTab(self.tabs.indexOf(tab))
        self._update_meeting_tab()
        tab.deleteLater()

    def transcript(self, session_id: str) -> Transcript | None:
        return self.controller.records.transcript(session_id)

    def tab(self, session_id: str) -> SessionTab:
        return self._tabs[session_id]

    # -- pipeline signals -------------------------------------------------------------
    def _on_caption(self, event: CaptionEvent) -> None:
        tab = self._tabs.get(event.session)
        if tab is None:
            return
        offset = self.controller.records.wall_offset(event.session, event.start_s)
        tab.captions.add(event, offset)
        self.meeting.add_caption(event, offset)
        self.activity.caption(event.session)
        self.caption_received.emit(event, tab.name)

    def _autosave_failed(self, session_id: str, error: AutosaveFailed) -> None:
        # A lasting warning, not a status message that times out: the user must export
        # before closing, and a full disk does not fix itself while they look away.
        self.autosave_warning.setText(f"⚠ {error}")
        self.autosave_warning.setToolTip(f"{error}\n({error.reason})")
        self.autosave_warning.show()

    def _confirm_unsaved(self, journals: list[Journal]) -> bool:
        """True when closing loses nothing, or the user accepts losing what autosave missed."""
        unsaved = [j for j in journals if j.pending_lines and not j.flush()]
        if not unsaved:
            return True
        names = ", ".join(f"“{j.transcript.session}”" for j in unsaved)
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Captions not saved"),
            translate(
                "MainWindow",
                "The transcript of {names} could not be autosaved ({reason}).\n\nExport it "
                "first with {export}, or close and lose the captions that were not saved?",
            ).format(
                names=names,
                reason=(unsaved[0].error or "").removeprefix("Autosave failed: "),
                export=self.actions.mention("export"),
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _autosave_restored(self, _session_id: str) -> None:
        if not self.controller.records.autosave_failing:
            self.autosave_warning.hide()
            self.statusBar().showMessage(translate("MainWindow", "Autosave works again."), 10000)

    def _on_state(self, session_id: str, state: SessionState, detail: str) -> None:
        tab = self._tabs.get(session_id)
        if tab is None:
            return
        was = self.activity.state(session_id)
        self._set_state(session_id, state, detail)
        if self._closing:
            return  # the status bar says "Finishing" until the window closes
        if state is SessionState.LOADING:
            self.statusBar().showMessage(
                translate("MainWindow", "{name}: {state}").format(
                    name=tab.name, state=state.message(detail)
                )
            )
        elif state is SessionState.LISTENING and was is SessionState.LOADING:
            # The first load ran the CUDA check; a GPU that could not run is said here.
            fallback = cpu_fallback_line()
            self.statusBar().showMessage(
                translate("MainWindow", "{name}: listening. {fallback}")
                .format(name=tab.name, fallback=fallback)
                .strip(),
                15000 if fallback else 4000,
            )
        elif state is SessionState.ERROR:
            self.statusBar().showMessage(
                translate("MainWindow", "{name}: {state}").format(name=tab.name, state=detail),
                10000,
            )

    def _set_state(self, session_id: str, state: SessionState, detail: str = "") -> None:
        """A session's state in its tab and where it is seen outside it: the tab bar, the
        meeting view's column, and what the empty caption areas say to do."""
        self._tabs[session_id].set_state(state, detail)
        self.activity.set_state(session_id, state)
        self.meeting.set_state(session_id, state)
        self._tabs[session_id].captions.set_hint(hint_for(state))

    def _on_language(self, session_id: str, code: str, probability: float) -> None:
        if session_id in self._tabs:
            self._tabs[session_id].set_detected_language(code, probability)

    def _language_is(self, session_id: str, code: str) -> None:
        """A session's language, detected or corrected, in its meeting column's header (the
        controller has written it into its transcript and journal)."""
        self.meeting.set_language(session_id, LANGUAGE_NAMES.get(code, code))
        self._set_caption_language(session_id, code)

    def _set_caption_language(self, session_id: str, code: str) -> None:
        """Every view of the session's captions lays them out for ``code`` (right to left
        for Arabic, Hebrew, ...; "auto": by each paragraph's text until it is known)."""
        views = [*self.meeting.views()]
        if session_id in self._tabs:
            views.append(self._tabs[session_id].captions)
        for view in views:
            view.set_language(session_id, code)
        self.overlay.set_language(session_id, code)

    def _on_level(self, session_id: str, level: float, speech: bool, position_s: float) -> None:
        if session_id in self._tabs:
            self._tabs[session_id].meter.set_level(level, speech)

    def _on_failed(self, session_id: str, message: str) -> None:
        # The session is over for the user at once (Retry, or another source); its last
        # words are still being finalised in the background.
        tab = self._tabs.get(session_id)
        if tab is not None:
            tab.set_running(False)
            self._set_state(session_id, SessionState.ERROR, message)

    def _pair_echo(self, _changed: str = "") -> None:
        """Each microphone session ignores what the running system-audio session plays
        (the first one, if several run), unless its "Ignore what … plays" is unticked."""
        reference = next(
            (
                tab
                for tab in self._tabs.values()
                if tab.source_kind() == "system" and self.pipeline.is_running(tab.session_id)
            ),
            None,
        )
        for tab in self._tabs.values():
            is_microphone = tab.source_kind() == "microphone"
            paired = reference if is_microphone else None
            self.pipeline.set_echo_guard(tab.session_id, tab.echo.isChecked())
            self.pipeline.set_echo_reference(
                tab.session_id, paired.session_id if paired is not None else None
            )
            tab.set_echo_reference(paired.name if paired is not None else "")

    def _on_echo_state(self, session_id: str, state: EchoState) -> None:
        tab = self._tabs.get(session_id)
        if tab is not None and tab.source_kind() == "microphone":
            tab.show_echo(state.describe())

    def _on_stopped(self, session_id: str) -> None:
        tab = self._tabs.get(session_id)
        if tab is not None:
            tab.set_running(False)
            self._pair_echo()
            if tab.state.offers_retry:
                tab.retry.show()
            else:
                self._set_state(session_id, SessionState.STOPPED)
                if not self._closing and self.transcript(session_id) is not None:
                    self.statusBar().showMessage(
                        translate(
                            "MainWindow", "{name} stopped. Its transcript is kept in {history}."
                        ).format(name=tab.name, history=self.actions.mention("history")),
                        8000,
                    )
            if tab.property("close_when_stopped"):
                self._forget(tab)
            elif tab.property("start_when_stopped"):
                tab.setProperty("start_when_stopped", False)
                self.start_session(session_id)
        if self._closing and not self.pipeline.running:
            self.close()

    # -- actions ---------------------------------------------------------------------
    def _toggle_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, SessionTab):
            tab.start_stop.click()

    def _rename(self, index: int) -> QInputDialog | None:
        tab = self.tabs.widget(index)
        if not isinstance(tab, SessionTab):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Rename session"))
        dialog.setLabelText(translate("MainWindow", "New name for “{name}”:").format(name=tab.name))
        dialog.setTextValue(tab.name)
        # QInputDialog shrinks to its short label and field (its own minimum width is
        # overridden), and window managers then cut the title ("Renam... ssion"): a wider
        # field leaves room for the title beside the title bar's icon and buttons.
        title_px = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        dialog.findChild(QLineEdit).setMinimumWidth(max(320, title_px + 180))

        def renamed(name: str) -> None:
            if name.strip():
                self.rename_session(tab.session_id, name.strip())

        dialog.textValueSelected.connect(renamed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def rename_session(self, session_id: str, name: str) -> None:
        tab = self._tabs[session_id]
        tab.name = name
        self.tabs.setTabText(self.tabs.indexOf(tab), name)
        self.meeting.rename_session(session_id, name)
        self.activity.rename(session_id, name)
        self.controller.records.rename(session_id, name)
        self.overlay.rename_session(session_id, name)

    def refresh_sources(self) -> None:
        """Devices come and go: re-list them (and re-scan PortAudio when nothing runs).

        Off the GUI thread: ``pactl`` can take seconds, and the open list must not freeze.
        """
        if self._listing is not None:
            return  # the listing under way answers this request too
        self._list_sources(rescan=not self.pipeline.running)

    @property
    def is_listing(self) -> bool:
        """True while devices are being looked for (the window's first list included)."""
        return self._listing is not None

    def _list_sources(self, rescan: bool) -> None:
        self._listing = run_in_background(self, lambda: list_sources(rescan=rescan))
        self._listing.finished.connect(self._sources_listed)
        self._listing.done.connect(self._listing_done)
        for tab in self._tabs.values():
            if not self.pipeline.is_running(tab.session_id):
                tab.source.set_looking(True)

    def _sources_listed(self, sources: list) -> None:
        self._sources = sources
        for tab in self._tabs.values():
            if not self.pipeline.is_running(tab.session_id):
                tab.set_sources(self._sources)

    def _listing_done(self) -> None:
        # A failed listing keeps the list as it was (the reason is in the log); a failed
        # first one leaves files to caption.
        self._listing = None
        if self._sources is None:
            self._sources_listed([])
        for tab in self._tabs.values():
            tab.source.set_looking(False)

    def _toggle_timestamps(self, checked: bool) -> None:
        self.settings.show_timestamps = checked
        for view in self._caption_views():
            view.set_show_timestamps(checked)

    def _font_step(self, step: int) -> None:
        size = config.CAPTION_FONT_SIZE.clamp(self.settings.caption_font_size + step)
        self.settings.caption_font_size = int(size)
        for view in self._caption_views():
            view.set_font_size(self.settings.caption_font_size)
        # The overlay's text follows the same keys (it keeps its own size, often larger).
        self.overlay.step_font_size(step)
        self._save_timer.start()

    def export_current(self, path: str | None = None) -> Path | None:
        tab = self.tabs.currentWidget()
        if tab is self.meeting:
            return self.export_meeting(path)
        transcript = self.transcript(tab.session_id) if isinstance(tab, SessionTab) else None
        return self._export(transcript, path)

    def export_meeting(self, path: str | None = None) -> Path | None:
        return self._export(self.controller.records.transcripts() or None, path)

    def _export(self, what, path: str | None = None) -> Path | None:
        if not what:
            QMessageBox.information(
                self,
                translate("MainWindow", "Export"),
                translate("MainWindow", "Nothing has been captioned yet."),
            )
            return None
        target = export_with_dialog(self, what, path, last_folder=self.settings.export_folder)
        if target is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Exported to {path}").format(path=target), 5000
            )
            self.settings.export_folder = str(target.parent)
            self._save_timer.start()
        return target

    def show_history(self, note: str = "") -> HistoryDialog:
        dialog = HistoryDialog(self, note=note)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def offer_recovered(self) -> BackgroundTask:
        """After an unclean exit: say what was saved, and show it ready to export.

        The journals are read (and closed as recovered) off the GUI thread; the offer
        appears when they are, and ``recovery_checked`` says what came of it.
        """
        self.statusBar().showMessage(translate("MainWindow", CHECKING_JOURNALS))
        task = run_in_background(self, lambda: recover_and_mark(between=Breather()))
        task.finished.connect(self._offer)
        task.failed.connect(lambda _error: self.recovery_checked.emit(None))  # logged there
        task.done.connect(self._journals_checked)
        return task

    def _journals_checked(self) -> None:
        if self.statusBar().currentMessage() == translate("MainWindow", CHECKING_JOURNALS):
            self.statusBar().clearMessage()

    def _offer(self, found: list[JournalInfo]) -> None:
        if not found:
            self.recovery_checked.emit(None)
            return
        count = sum(len(info.transcript.captions) for info in found)
        # self.tr: lupdate reads plural forms from tr() calls only.
        note = self.tr(
            "Captionist did not close properly last time. {count} captions from %n "
            "session(s) were saved as they were spoken and are listed below: select them to "
            "export, or delete them.",
            "",
            len(found),
        ).format(count=count)
        self.recovery_checked.emit(self.show_history(note))

    # -- closing -----------------------------------------------------------------------
    def close_unattended(self) -> None:
        """Close as the user would, asking nothing (a signal at logout, a kill, Ctrl+C in
        a terminal); called again while finishing, close without the last words."""
        if self._unattended and self._closing:
            self._force_close()
            return
        self._unattended = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pipeline.running and not self._force_closing:
            # Stop first so buffered speech is finalised; close again once all stopped.
            self._closing = True
            self.pipeline.stop_all()
            for session_id in self.pipeline.running:
                if session_id in self._tabs:
                    self._set_state(session_id, SessionState.FINISHING)
            self.statusBar().showMessage(
                translate("MainWindow", "Finishing: captioning the last words, then closing…")
            )
            event.ignore()
            QTimer.singleShot(3000, self._force_close)
            return
        unattended = self._force_closing or self._unattended
        if not unattended and not self._confirm_unsaved(self.controller.records.journals()):
            self._closing = False  # the user chose to export first; sessions stay stopped
            event.ignore()
            return
        self.save_settings()
        self.controller.records.close_journals()
        self.pipeline.shutdown()
        self.overlay.close()
        if self.tray is not None:
            self.tray.hide()
        event.accept()

    def save_settings(self) -> None:
        self._save_timer.stop()
        self.settings.sessions = [t.session_settings() for t in self._tabs.values()]
        self.settings.geometry = bytes(self.saveGeometry().toHex()).decode()
        self.settings.overlay = self.overlay.prefs.to_dict()
        try:
            config.save(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    def _force_close(self) -> None:
        if self._closing and self.pipeline.running:
            log.warning("sessions did not stop within 3 s; closing anyway")
            self._force_closing = True
            self.close()
