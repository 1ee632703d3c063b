"""Settings: dataclasses whose every field is declared once, validated on load, written
atomically, with a schema version and upgrade steps.

The file is readable JSON in the platformdirs config folder. Each setting's type, default,
range and label is its field's :func:`~app.settings_schema.setting` line; reading checks
each value on its own (see :mod:`app.settings_schema`). A file from an older schema is
upgraded step by step (:data:`UPGRADES`). A file from a newer Captionist is moved aside
(``settings.json.v<N>-newer``) rather than overwritten, and one that cannot be read at all
is moved aside (``settings.json.bad-<time>``); defaults are used and ``Settings.notice``
says so, for the window to show once.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.engine.language import validate
from app.files import write_atomic
from app.i18n import LANGUAGE_MENU, N_, message
from app.settings_schema import read, setting, spec

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"
VERSION = 1
THEMES = ("system", "light", "dark")

# UPGRADES[n] turns a version-n file's dict into version n+1's. Raising VERSION needs a
# step here; a test checks the chain is complete. Steps are never edited once released.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass
class SessionSettings:
    """One tab as it was when the app closed; restored stopped."""

    name: str = setting("Session", "Session name")
    # A source id from app.audio.devices, or a file path.
    source: str = setting("", "Source")
    language: str = setting("auto", "Language", check=validate)
    model: str = setting("base", "Model")
    translate: bool = setting(False, "Translate to English")
    # A file source is decoded as fast as it can be, at offline quality, unless the user
    # wants it paced like a live speaker (captions as they would appear in a meeting).
    play_in_real_time: bool = setting(False, "Play files in real time")
    # A microphone session ignores what a running system-audio session plays (the call's
    # voices coming back through the speakers), unless the user turned that off.
    echo_guard: bool = setting(True, "Ignore what the speakers play")


def _sessions(value: Any) -> list[SessionSettings]:
    if not isinstance(value, list):
        raise ValueError("sessions must be a list")
    return [read(SessionSettings, item, "session") for item in value if isinstance(item, dict)]


def _overlay(value: Any) -> dict[str, Any]:
    # Owned and checked value by value by app.ui.overlay_prefs.
    if not isinstance(value, dict):
        raise ValueError("overlay settings must be an object")
    return dict(value)


@dataclass
class Settings:
    sessions: list[SessionSettings] = setting([], "Sessions", check=_sessions)
    geometry: str = setting("", "Window geometry")  # QWidget.saveGeometry() as hex
    caption_font_size: int = setting(13, "Caption font size", low=8, high=72)
    show_timestamps: bool = setting(False, "Show timestamps")
    theme: str = setting("system", "Theme", choices=THEMES)
    model_folders: list[str] = setting([], "Model folders")
    overlay: dict[str, Any] = setting({}, "Overlay", check=_overlay)
    # Where the last export went; the next save dialog opens there.
    export_folder: str = setting("", "Export folder")
    # The meeting view: side by side or as one labelled stream.
    meeting_layout: str = setting("columns", "Meeting layout", choices=("columns", "stream"))
    # The interface language (View ▸ Language); empty: the system's.
    interface_language: str = setting(
        "", "Interface language", choices=("", *(code for code, _ in LANGUAGE_MENU))
    )
    notice: str = field(default="", compare=False)  # not a setting: never saved


CAPTION_FONT_SIZE = spec(Settings, "caption_font_size")


class NewerSettings(ValueError):
    """A settings file written by a newer Captionist than this one."""

    def __init__(self, version: int) -> None:
        super().__init__(f"settings version {version} is newer than this Captionist reads")
        self.version = version


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def upgrade(
    data: Any,
    steps: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = UPGRADES,
    latest: int = VERSION,
) -> dict[str, Any]:
    """``data`` brought to version ``latest`` one step at a time; ValueError if it is not
    a Captionist settings file, :class:`NewerSettings` if it is from a newer version."""
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError("not a Captionist settings file")
    if version > latest:
        raise NewerSettings(version)
    while version < latest:
        data = steps[version](dict(data))
        version += 1
        data["version"] = version
    return data


def _from_dict(data: Any) -> Settings:
    return read(Settings, upgrade(data), "settings")


def _keep_aside(path: Path, tag: str) -> Path:
    """Move ``path`` to ``<name>.<tag>`` (a time added if that is taken); the path it is
    now at, which is ``path`` itself if it could not be moved."""
    backup = path.with_name(f"{path.name}.{tag}")
    if backup.exists():
        backup = path.with_name(f"{backup.name}-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, backup)
    except OSError:
        return path
    return backup


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        return _from_dict(json.loads(path.read_text(encoding="utf-8")))
    except NewerSettings as exc:
        backup = _keep_aside(path, f"v{exc.version}-newer")
        log.warning(
            "settings file %s is from a newer Captionist (settings version %d, this one "
            "reads up to %d); kept as %s, defaults in use",
            path, exc.version, VERSION, backup.name,
        )  # fmt: skip
        settings = Settings()
        settings.notice = message(
            N_(
                "The settings were saved by a newer version of Captionist, so defaults are in "
                "use here; the file was kept as {backup}."
            ),
            backup=backup.name,
        )
        return settings
    except (OSError, ValueError) as exc:
        backup = _keep_aside(path, f"bad-{time.strftime('%Y%m%d-%H%M%S')}")
        log.warning("settings file %s is unusable (%s); using defaults", path, exc)
        settings = Settings()
        settings.notice = message(
            N_(
                "The settings file could not be read ({reason}); defaults are in use. The old "
                "file was kept as {backup}."
            ),
            reason=exc,
            backup=backup.name,
        )
        return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = path or settings_path()
    data = asdict(settings)
    data.pop("notice")
    data["version"] = VERSION
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
