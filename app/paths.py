"""Where Captionist keeps its files: always the folders platformdirs gives for "Captionist".

Each function creates its folder on first use, so callers can write straight away.
On Linux the XDG_* variables move them, which is how tests keep their files apart.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from app import APP_NAME


def _ensure(path: str) -> Path:
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir() -> Path:
    """Settings (settings.json)."""
    return _ensure(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Assembled and downloaded models: large, can be rebuilt."""
    return _ensure(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Transcript journals: the user's data, never deleted without asking."""
    return _ensure(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Rotating log files."""
    return _ensure(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def models_dir() -> Path:
    return _ensure(str(cache_dir() / "models"))


def journals_dir() -> Path:
    return _ensure(str(data_dir() / "journals"))
