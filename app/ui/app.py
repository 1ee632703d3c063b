"""Starting the window: the QApplication, logging, and a net for unexpected errors."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, logs

log = logging.getLogger(__name__)


def _install_excepthook() -> None:
    """An unexpected exception shows a dialog with the log path instead of vanishing."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                f"{APP_NAME}: unexpected error",
                f"Something went wrong: {error}\n\nCaptions so far are saved. Details are in "
                f"the log:\n{logs.log_file()}",
            )

    sys.excepthook = hook


def run_gui(argv: list[str] | None = None) -> int:
    from app.ui.main_window import MainWindow

    logs.setup()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.captionist.Captionist")  # matches the .desktop entry
    _install_excepthook()
    window = MainWindow()
    window.show()
    # Before any session of this run writes a journal, so only a past crash shows up.
    window.offer_recovered()
    return app.exec()
