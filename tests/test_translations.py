"""The catalogues in resources/i18n: complete, true to their sources, and current.

Read as XML (no window): every entry translated, its placeholders those of its source,
its plural forms as many as the language has, each menu's mnemonics distinct; a refresh
(lupdate) of a copy changes nothing, so no string of app/ is missing from them. The
messages raised below the window come out translated once the German catalogue is in.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.i18n import CATALOGUES, LANGUAGE_MENU

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "i18n"
#: How many plural forms Qt's lrelease expects per language (its numerus rules).
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "ja": 1, "zh_CN": 1}
TRANSLATED = tuple(code for code in CATALOGUES if code != "en")


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", REPO / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every entry of a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    """A message's translation: its plural forms, or its one text."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def catalogue(code: str) -> dict[tuple[str, str], list[str]]:
    return {(c, s): forms(m) for c, s, m in messages(FOLDER / f"captionist_{code}.ts")}


def placeholders(text: str) -> list[str]:
    """The fields a translation must keep: {name} (format spec included), %n, %1..."""
    fields = [
        f"{{{name}{':' + spec if spec else ''}}}"
        for _, name, spec, _ in string.Formatter().parse(text)
        if name is not None
    ]
    return sorted(fields + re.findall(r"%(?:n|\d)", text))


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_is_translated(code: str) -> None:
    problems = []
    for context, source, message in messages(FOLDER / f"captionist_{code}.ts"):
        kind = message.find("translation").get("type")
        if kind in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(form.strip() for form in forms(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_match_their_source(code: str) -> None:
    problems = [
        f"{context}: {source!r} -> {form!r}"
        for (context, source), translated in catalogue(code).items()
        for form in translated
        if placeholders(form) != placeholders(source)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", TRANSLATED)
def test_plurals_have_the_languages_number_of_forms(code: str) -> None:
    plurals = [
        (source, len(forms(message)))
        for _, source, message in messages(FOLDER / f"captionist_{code}.ts")
        if message.get("numerus") == "yes"
    ]
    assert plurals, "the window has %n sources: the catalogue lost them"
    assert [count for _, count in plurals] == [PLURAL_FORMS[code]] * len(plurals), plurals


def test_the_placeholder_check_sees_a_changed_field() -> None:
    assert placeholders("Cannot save {path}: {reason}.") != placeholders("{pfad}: {reason}")
    assert placeholders("%n sentence(s)") != placeholders("Sätze")
    assert placeholders("{a:.1f} of {b:.1f}") == placeholders("{b:.1f} – {a:.1f}")


@pytest.mark.parametrize("code", CATALOGUES)
def test_mnemonics_are_unique_in_each_menu(code: str) -> None:
    from app.ui.actions import MENUS, OVERLAY_MENU, SPECS, TRAY_MENU

    texts = {key[1]: value[0] for key, value in catalogue(code).items() if key[0] == "Actions"}
    specs = {spec.id: spec for spec in SPECS}

    def shown(text: str, translated: bool = True) -> str:
        return texts.get(text, text) if translated and code != "en" else text

    def check(title: str, layout) -> Iterator[str]:
        items = []
        for item in layout:
            if isinstance(item, tuple):
                items.append(shown(item[0]))
                yield from check(item[0], item[1])
            elif item is not None:
                items.append(shown(specs[item].text, specs[item].translated))
        letters = [mnemonic(text) for text in items if mnemonic(text)]
        if len(letters) != len(set(letters)):
            yield f"{title}: {items}"

    problems = [
        *check("menu bar", tuple((title, ()) for title, _ in MENUS)),
        *(problem for title, layout in MENUS for problem in check(title, layout)),
        *check("overlay", OVERLAY_MENU),
        *check("tray", TRAY_MENU),
    ]
    assert not problems, "\n".join(problems)


def test_the_mnemonic_check_sees_a_clash() -> None:
    assert mnemonic("&Sitzung") == mnemonic("Sitzung &schließen") == "s"
    assert mnemonic("Save && close") is None
    assert mnemonic("名前を変更(&R)…") == "r"
    assert len({code for code, _ in LANGUAGE_MENU}) == len(LANGUAGE_MENU)


def test_a_refresh_changes_no_catalogue(tmp_path: Path) -> None:
    for path in FOLDER.glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    tool.update(tmp_path)
    changed = [
        path.name
        for path in sorted(FOLDER.glob("*.ts"))
        if (tmp_path / path.name).read_bytes() != path.read_bytes()
    ]
    assert not changed, (
        f"{changed} differ from a refresh: run python packaging/translations.py update "
        "and translate what it marks unfinished"
    )


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    from app.ui import translations

    tool.compile_all()
    assert translations.install(qapp, "de") == "de"
    yield
    translations.uninstall(qapp)


def test_errors_below_the_window_are_translated(german: None, tmp_path: Path) -> None:
    from app.models.device import CudaCheck
    from app.transcripts.export import ExportError, export
    from app.transcripts.transcript import Transcript

    with pytest.raises(ExportError) as raised:
        export(Transcript(session="Me"), tmp_path, "txt")
    assert str(raised.value) == (
        f"Das Transkript kann nicht unter {tmp_path} gespeichert werden: es ist ein Ordner."
    )
    missing = tmp_path / "gone" / "a.txt"
    with pytest.raises(ExportError) as raised:
        export(Transcript(session="Me"), missing, "txt")
    assert f"der Ordner {missing.parent} existiert nicht" in str(raised.value)
    line = CudaCheck(1, "Keine Bibliothek").fallback_line
    assert line == "Keine Bibliothek – es wird die CPU verwendet"
