"""The overlay's preferences: plain data, validated when read from the settings file.

Stored as ``Settings.overlay`` (a dict) so the settings module need not know the overlay.
Each preference is declared once below (type, default, range, label) and read through
:mod:`app.settings_schema`: a value that is missing or unusable falls back to its default
on its own and a number out of range is clamped; one bad colour never costs the user
their position or font. The appearance dialog takes its bounds from here.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.settings_schema import Setting, read, setting, spec

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SNAPS = ("none", "top", "bottom")


def _colour(value: str) -> str | None:
    return value if _COLOUR.match(value) else None


def _geometry(value: Any) -> list[int] | None:
    ok = (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and value[2] >= 100
        and value[3] >= 30
    )
    return list(value) if ok else None


@dataclass
class OverlayPrefs:
    visible: bool = setting(False, QT_TRANSLATE_NOOP("OverlayPrefs", "Show the overlay"))
    click_through: bool = setting(
        False, QT_TRANSLATE_NOOP("OverlayPrefs", "Let clicks pass through to the window below")
    )
    # A session name; empty shows every running session.
    session: str = setting("", QT_TRANSLATE_NOOP("OverlayPrefs", "Show"))
    # Each line names its session, while several run.
    show_labels: bool = setting(
        True, QT_TRANSLATE_NOOP("OverlayPrefs", "Name the session on each line when several run")
    )
    font_family: str = setting(
        "", QT_TRANSLATE_NOOP("OverlayPrefs", "Font")
    )  # empty: the system's UI font
    font_size: int = setting(24, QT_TRANSLATE_NOOP("OverlayPrefs", "Size"), low=8, high=96)
    text_colour: str = setting(
        "#ffffff", QT_TRANSLATE_NOOP("OverlayPrefs", "Text colour"), check=_colour
    )
    background_colour: str = setting(
        "#101010", QT_TRANSLATE_NOOP("OverlayPrefs", "Background"), check=_colour
    )
    # Of the background only; text stays solid.
    opacity: float = setting(
        0.72, QT_TRANSLATE_NOOP("OverlayPrefs", "Background opacity"), low=0.0, high=1.0
    )
    lines: int = setting(3, QT_TRANSLATE_NOOP("OverlayPrefs", "Lines"), low=1, high=10)
    max_width: int = setting(
        1100, QT_TRANSLATE_NOOP("OverlayPrefs", "Maximum width"), low=200, high=8000
    )  # pixels
    hide_after_s: float = setting(
        0.0, QT_TRANSLATE_NOOP("OverlayPrefs", "Hide after silence"), low=0.0, high=600.0
    )  # 0: never
    snap: str = setting("bottom", QT_TRANSLATE_NOOP("OverlayPrefs", "Snap to"), choices=SNAPS)
    # x, y, width, height; None places it by `snap`.
    geometry: list[int] | None = setting(
        None, QT_TRANSLATE_NOOP("OverlayPrefs", "Position"), check=_geometry
    )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> OverlayPrefs:
        return read(cls, data, "overlay") if isinstance(data, dict) else cls()


def declared(name: str) -> Setting:
    """How the preference ``name`` is declared: its label and bounds, for the dialog."""
    return spec(OverlayPrefs, name)
