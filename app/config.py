"""Settings: dataclasses with defaults, validated on load, written atomically.

The file is readable JSON in the platformdirs config folder. A file that cannot be read
or does not validate is moved aside (``settings.json.bad-<time>``) and defaults are used;
``Settings.notice`` then says so, for the window to show once.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.engine.language import validate

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"
VERSION = 1
THEMES = ("system", "light", "dark")


@dataclass
class SessionSettings:
    """One tab as it was when the app closed; restored stopped."""

    name: str = "Session"
    source: str = ""  # a source id from app.audio.devices, or a file path
    language: str = "auto"
    model: str = "base"
    translate: bool = False
    # A file source is decoded as fast as it can be, at offline quality, unless the user
    # wants it paced like a live speaker (captions as they would appear in a meeting).
    play_in_real_time: bool = False


@dataclass
class Settings:
    sessions: list[SessionSettings] = field(default_factory=list)
    geometry: str = ""  # QWidget.saveGeometry() as hex
    caption_font_size: int = 13
    show_timestamps: bool = False
    theme: str = "system"  # "system", "light" or "dark"
    model_folders: list[str] = field(default_factory=list)
    overlay: dict[str, Any] = field(default_factory=dict)  # owned by app.ui.overlay
    export_folder: str = ""  # where the last export went; the next save dialog opens there
    meeting_layout: str = "columns"  # the meeting view: "columns" (side by side) or "stream"
    notice: str = field(default="", compare=False)  # not saved


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _from_dict(data: dict[str, Any]) -> Settings:
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ValueError("not a Captionist settings file of this version")
    sessions = []
    for item in data.get("sessions", []):
        session = SessionSettings(**{k: item[k] for k in asdict(SessionSettings()) if k in item})
        session.language = validate(session.language)
        if not isinstance(session.name, str) or not isinstance(session.source, str):
            raise ValueError("session name and source must be text")
        sessions.append(session)
    size = int(data.get("caption_font_size", 13))
    if not 6 <= size <= 72:
        raise ValueError(f"caption font size {size} is out of range")
    theme = data.get("theme", "system")
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    theme = data.get("theme", "system")
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    return Settings(
        sessions=sessions,
        geometry=str(data.get("geometry", "")),
        caption_font_size=size,
        show_timestamps=bool(data.get("show_timestamps", False)),
        theme=theme,
        model_folders=[str(p) for p in data.get("model_folders", [])],
        overlay=dict(data.get("overlay", {})),
        export_folder=str(data.get("export_folder", "")),
        # An unknown layout is not worth losing the whole file over: side by side instead.
        meeting_layout="stream" if data.get("meeting_layout") == "stream" else "columns",
    )


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        return _from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        backup = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, backup)
        except OSError:
            backup = path
        log.warning("settings file %s is unusable (%s); using defaults", path, exc)
        settings = Settings()
        settings.notice = (
            f"The settings file could not be read ({exc}); defaults are in use. "
            f"The old file was kept as {backup.name}."
        )
        return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = path or settings_path()
    data = asdict(settings)
    data.pop("notice")
    data["version"] = VERSION
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)
