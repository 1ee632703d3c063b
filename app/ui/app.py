"""Starting the window: the QApplication, logging, and a net for unexpected errors."""

from __future__ import annotations

import logging
import signal
import socket
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, config, logs
from app.i18n import translate

log = logging.getLogger(__name__)


def _install_excepthook() -> None:
    """An unexpected exception shows a dialog with the log path instead of vanishing."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                translate("App", "Captionist: unexpected error"),
                translate(
                    "App",
                    "Something went wrong: {error}\n\nCaptions so far are saved. Details are in "
                    "the log:\n{log}",
                ).format(error=error, log=logs.log_file()),
            )

    sys.excepthook = hook


# What a session manager sends at logout (SIGTERM, SIGHUP) and Ctrl+C in a terminal.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def signals_to(on_signal: Callable[[int], None], parent: QObject) -> Iterator[None]:
    """Call ``on_signal(signum)`` on the GUI thread for each of ``STOP_SIGNALS``.

    Python runs a signal handler only when the interpreter next gets control, which never
    happens while Qt's event loop waits in C++. The C-level handler writes the signal's
    number to a socket (``signal.set_wakeup_fd``), whose notifier wakes the loop and reads
    it; the Python handlers themselves do nothing, so no work lands in the middle of other
    code.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def woken() -> None:
        try:
            numbers = reader.recv(64)
        except BlockingIOError:
            return
        for number in numbers:
            log.info("signal %s: closing", signal.Signals(number).name)
            on_signal(number)

    notifier.activated.connect(woken)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.signal(number, lambda _n, _f: None) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()


def run_gui(argv: list[str] | None = None) -> int:
    from app.ui import translations
    from app.ui.main_window import MainWindow

    logs.setup()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.captionist.Captionist")  # matches the .desktop entry
    _install_excepthook()
    settings = config.load()
    # Before any widget exists: texts are set when widgets are made.
    translations.install(app, settings.interface_language)
    window = MainWindow(settings)
    window.show()
    # Before any session of this run writes a journal, so only a past crash shows up.
    window.offer_recovered()
    # A signal (logout, kill, Ctrl+C) closes the window as the user would, asking
    # nothing: buffered speech is finalised and journals close clean, so the next start
    # offers no recovery. A second one stops waiting for the last words.
    with signals_to(lambda _number: window.close_unattended(), app):
        return app.exec()
