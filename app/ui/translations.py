"""The interface language: Captionist's catalogue and Qt's own, loaded before the window.

The compiled catalogues (``resources/i18n/captionist_<code>.qm``) are built from the
``.ts`` sources by ``sh packaging/dev.sh translations`` (also run by ``run``, ``test`` and
``build``); Qt's ``qtbase_<code>.qm`` comes with PySide6 and translates the standard
dialogs and buttons. The language is chosen once per start: View ▸ Language saves the
choice for the next one (see ``MainWindow.set_interface_language`` for why).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.resources import resource_path

log = logging.getLogger(__name__)


def catalogue_name(code: str) -> str:
    """The file name of Captionist's compiled catalogue for ``code``. English has one too,
    holding only the plural forms ("1 sentence", "2 sentences") of its ``%n`` sources."""
    return f"i18n/captionist_{code}.qm"


def install(app: QCoreApplication, choice: str = "") -> str:
    """Translate the interface into ``choice`` (empty: the system's language) and return
    the language used ("en" when no catalogue fits or it is missing)."""
    code = i18n.interface_language(choice, QLocale.system().uiLanguages())
    path = resource_path(catalogue_name(code))
    ours = QTranslator(app)
    if path is None or not ours.load(str(path)):
        # A checkout whose catalogues were never compiled: English works, and says why.
        log.warning("no compiled catalogue for %s (sh packaging/dev.sh translations)", code)
        code = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return code
    app.installTranslator(ours)
    qt = QTranslator(app)
    if code != "en" and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
    else:
        log.info("Qt has no translation of its own dialogs for %s", code)
    # Numbers, dates and the caption-language picker's names follow the interface.
    QLocale.setDefault(QLocale(code))
    i18n.install(QCoreApplication.translate)
    log.info("interface language: %s", code)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English (for tests that start several windows in one process)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.install(None)
    QLocale.setDefault(QLocale.system())
