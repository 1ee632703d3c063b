"""The overlay's preferences: plain data, validated when read from the settings file.

Stored as ``Settings.overlay`` (a dict) so the settings module need not know the overlay.
A value that is missing or out of range falls back to its default on its own; one bad
colour never costs the user their position or font.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SNAPS = ("none", "top", "bottom")


@dataclass
class OverlayPrefs:
    visible: bool = False
    click_through: bool = False
    session: str = ""  # a session name; empty shows every running session
    show_labels: bool = True  # each line names its session, while several run
    font_family: str = ""  # empty: the system's UI font
    font_size: int = 24
    text_colour: str = "#ffffff"
    background_colour: str = "#101010"
    opacity: float = 0.72  # of the background only; text stays solid
    lines: int = 3
    max_width: int = 1100  # pixels
    hide_after_s: float = 0.0  # 0 keeps the last captions up
    snap: str = "bottom"
    geometry: list[int] | None = None  # x, y, width, height; None places it by `snap`

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> OverlayPrefs:
        prefs = cls()
        if not isinstance(data, dict):
            return prefs
        for item in fields(cls):
            if item.name not in data:
                continue
            value = _checked(item.name, data[item.name])
            if value is not None:
                setattr(prefs, item.name, value)
        return prefs


def _clamp(value: Any, low: float, high: float, kind: type) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return kind(min(high, max(low, value)))


def _checked(name: str, value: Any) -> Any:
    """The value if it is usable for ``name``, else None (keep the default)."""
    if name in ("visible", "click_through", "show_labels"):
        return value if isinstance(value, bool) else None
    if name in ("session", "font_family"):
        return value if isinstance(value, str) else None
    if name in ("text_colour", "background_colour"):
        return value if isinstance(value, str) and _COLOUR.match(value) else None
    if name == "snap":
        return value if value in SNAPS else None
    if name == "geometry":
        ok = (
            isinstance(value, list)
            and len(value) == 4
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and value[2] >= 100
            and value[3] >= 30
        )
        return value if ok else None
    ranges = {
        "font_size": (8, 96, int),
        "opacity": (0.0, 1.0, float),
        "lines": (1, 10, int),
        "max_width": (200, 8000, int),
        "hide_after_s": (0.0, 600.0, float),
    }
    low, high, kind = ranges[name]
    return _clamp(value, low, high, kind)
