"""Every setting declared once: its type, default, valid range and label.

A settings dataclass declares each field with :func:`setting`; the declaration rides on
the field as metadata, so the settings file's reader (:func:`read`), the dialogs' bounds
(:func:`spec`) and the dataclass defaults all come from that one line. The type is the
field's annotation.

Reading is forgiving per value: a number out of range is clamped, a value of the wrong
type or outside its choices falls back to its default, and each such repair is logged.
One bad value never costs the user the rest of their settings.
"""

from __future__ import annotations

import copy
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from app.errors import CaptionistError

log = logging.getLogger(__name__)
_KEY = "setting"
T = TypeVar("T")


@dataclass(frozen=True)
class Setting:
    """How one setting may look: shown to the user as ``label``."""

    label: str
    low: float | None = None  # inclusive bounds of a number
    high: float | None = None
    choices: tuple[str, ...] = ()
    # For what a type and a range cannot say: returns the usable value, or None (or
    # raises ValueError) when there is none.
    check: Callable[[Any], Any] | None = None

    @property
    def bounds(self) -> tuple[float, float]:
        """(low, high) of a setting declared with both."""
        if self.low is None or self.high is None:
            raise TypeError(f"setting {self.label!r} has no range")
        return self.low, self.high

    def clamp(self, value: float) -> float:
        """``value`` within the bounds, keeping its type when the bounds are whole."""
        if self.low is not None:
            value = max(self.low, value)
        if self.high is not None:
            value = min(self.high, value)
        return value


def setting(
    default: Any,
    label: str,
    *,
    low: float | None = None,
    high: float | None = None,
    choices: tuple[str, ...] = (),
    check: Callable[[Any], Any] | None = None,
) -> Any:
    """A dataclass field declaring a setting (mutable defaults are copied per instance)."""
    metadata = {_KEY: Setting(label, low, high, tuple(choices), check)}
    if isinstance(default, list | dict):
        return field(default_factory=lambda: copy.deepcopy(default), metadata=metadata)
    return field(default=default, metadata=metadata)


def spec(cls: type, name: str) -> Setting:
    """The declaration of setting ``name`` of the dataclass ``cls``."""
    for item in fields(cls):
        if item.name == name and _KEY in item.metadata:
            return item.metadata[_KEY]
    raise KeyError(f"{cls.__name__} declares no setting {name!r}")


def names(cls: type) -> list[str]:
    """The settings ``cls`` declares, in order (fields that are not settings left out)."""
    return [item.name for item in fields(cls) if _KEY in item.metadata]


def read(cls: type[T], data: Mapping[str, Any], where: str) -> T:
    """An instance of ``cls`` from ``data``: each setting checked on its own; keys that
    are not settings are ignored. ``where`` names the place in the log."""
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for item in fields(cls):
        if _KEY not in item.metadata or item.name not in data:
            continue
        declared: Setting = item.metadata[_KEY]
        raw = data[item.name]
        if raw is None and item.default is None:
            values[item.name] = None  # "not set", as the default says
            continue
        typed = _typed(hints[item.name], declared, raw)
        value = None if typed is None else _checked(declared, typed)
        if value is None:
            log.warning("%s: %s %r is not usable; the default is used", where, declared.label, raw)
            continue
        if _is_number(typed) and value != typed:
            log.warning("%s: %s %r is out of range; %r is used", where, declared.label, raw, value)
        values[item.name] = value
    return cls(**values)


def _typed(hint: Any, declared: Setting, value: Any) -> Any:
    """``value`` as the annotated type, or None; a type this cannot judge is left to the
    setting's own ``check``."""
    if hint is bool or hint is str:
        return value if isinstance(value, hint) else None
    if hint is int or hint is float:
        if not _is_number(value):
            return None
        try:
            return hint(value) if math.isfinite(value) else None
        except OverflowError:  # an integer too large for a float
            return None
    if get_origin(hint) is list and get_args(hint) == (str,):
        is_texts = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return list(value) if is_texts else None
    if declared.check is None:
        raise TypeError(f"setting {declared.label!r} of type {hint} needs a check")
    return value


def _checked(declared: Setting, value: Any) -> Any:
    if _is_number(value):
        value = type(value)(declared.clamp(value))
    if declared.choices and value not in declared.choices:
        return None
    if declared.check is not None:
        try:
            return declared.check(value)
        except (ValueError, TypeError, CaptionistError):
            return None
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
