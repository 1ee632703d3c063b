"""What packaging/bundle.py lets into the desktop bundle, checked without PyInstaller."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def load_bundle():
    sys.path.insert(0, str(REPO / "packaging"))
    spec = importlib.util.spec_from_file_location("bundle", REPO / "packaging" / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_qt_translations_travel_for_the_interface_languages_only() -> None:
    bundle = load_bundle()
    folder = "PySide6/Qt/translations"
    for code in ("de", "es", "fr", "ja", "zh_CN"):
        assert bundle.is_wanted(f"{folder}/qtbase_{code}.qm"), code
    for name in ("qtbase_pl.qm", "qtbase_zh_TW.qm", "qtdeclarative_de.qm", "qt_help_de.qm"):
        assert not bundle.is_wanted(f"{folder}/{name}"), name


def test_the_catalogues_are_compiled_for_the_bundle() -> None:
    datas = load_bundle().catalogue_datas()
    names = sorted(Path(source).name for source, _ in datas)
    assert names == sorted(f"captionist_{c}.qm" for c in ("en", "de", "es", "fr", "ja", "zh_CN"))
    assert {target for _, target in datas} == {"resources/i18n"}
    assert all(Path(source).stat().st_size > 0 for source, _ in datas)
