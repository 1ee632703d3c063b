"""The window in its tests speaks as it does for a user: English with its plural forms."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


def compile_catalogues() -> None:
    """The .qm files from the committed .ts sources (only those out of date; cheap)."""
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "translations.py"), "compile"], check=True
    )


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    """English, as ``run_gui`` installs it for an English system ("2 sentences", not
    "2 sentence(s)"); tests of other languages install theirs and put this back."""
    from app.ui import translations

    compile_catalogues()
    translations.install(qapp, "en")
    yield
    translations.uninstall(qapp)
