"""Refresh and compile the interface's catalogues (Qt's lupdate and lrelease, from PySide6).

    python packaging/translations.py update    every marked string of app/ into resources/i18n/*.ts
    python packaging/translations.py compile   resources/i18n/*.ts into *.qm (those out of date)

``sh packaging/dev.sh translations`` runs both; ``run``, ``test`` and ``build`` compile
first. The .ts files are the sources translators edit (Qt Linguist, or by hand); the .qm
files are built, never committed. Locations are left out of the .ts files, so moving code
changes nothing there: a refresh on a clean checkout gives no diff.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "i18n"
sys.path.insert(0, str(REPO))

from app.i18n import CATALOGUES  # noqa: E402 (after the checkout is importable)

# lupdate reads N_ (app/i18n.py) as QT_TR_NOOP: an error template in the context "".
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none", "-no-obsolete"]


def _tool(name: str, *args: str) -> subprocess.CompletedProcess:
    """Run PySide6's copy of Qt's ``name`` (lupdate, lrelease) as its pyside6-* script does."""
    code = f"import sys; from PySide6.scripts import pyside_tool; pyside_tool.{name}()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, check=False, cwd=REPO,  # sources() are relative to it
    )  # fmt: skip


def sources(root: Path = REPO) -> list[str]:
    """The Python files lupdate reads, relative to ``root``, in a stable order."""
    return sorted(str(p.relative_to(root)) for p in (root / "app").rglob("*.py"))


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"captionist_{code}.ts"


def update(folder: Path = FOLDER) -> None:
    """Every marked string of app/ into each catalogue: new ones unfinished, gone ones out."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_path(code, folder)) for code in CATALOGUES]
    languages = {str(ts_path(code, folder)): code for code in CATALOGUES}
    for target in targets:
        # English is the source: its catalogue holds only the plural forms.
        plural_only = ["-pluralonly"] if languages[target] == "en" else []
        result = _tool(
            "lupdate", *LUPDATE_OPTIONS, *plural_only, "-target-language", languages[target],
            *sources(), "-ts", target,
        )  # fmt: skip
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed for {target}:\n{result.stdout}{result.stderr}")


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Each catalogue compiled to .qm beside it (or in ``out``) when out of date."""
    built = []
    for code in CATALOGUES:
        source = ts_path(code, folder)
        target = (out or folder) / source.with_suffix(".qm").name
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            built.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        result = _tool("lrelease", "-silent", str(source), "-qm", str(target))
        if result.returncode != 0 or not target.exists():
            raise SystemExit(f"lrelease failed for {source}:\n{result.stdout}{result.stderr}")
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    actions = {"update": lambda: update(), "compile": lambda: compile_all()}
    chosen = argv or ["update", "compile"]
    if not set(chosen) <= set(actions):
        print("usage: python packaging/translations.py [update] [compile]", file=sys.stderr)
        return 2
    for action in chosen:
        actions[action]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
