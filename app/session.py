"""What a capture session is: its identity and the choices fixed when it starts.

The mutable state of a running session lives with the threads that own it: its
segmenter in its capture thread, its ``CaptionStream`` in the inference thread. This
module holds only the immutable description both are built from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.engine.language import validate

TASKS = ("transcribe", "translate")


@dataclass(frozen=True)
class ModelChoice:
    """Which model, on which device, at which precision: the model cache's key."""

    name: str = "base"  # catalogue name or a folder path
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto | int8 | int8_float16 | float16 | float32


@dataclass(frozen=True)
class SessionConfig:
    session_id: str
    name: str
    language: str = "auto"
    task: str = "transcribe"
    model: ModelChoice = field(default_factory=ModelChoice)

    def __post_init__(self) -> None:
        object.__setattr__(self, "language", validate(self.language))
        if self.task not in TASKS:
            raise ValueError(f"Unknown task '{self.task}': use transcribe or translate.")


def unique_ids(names: list[str]) -> list[str]:
    """Session ids from names, made unique with a suffix (``meeting``, ``meeting-2``)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = re.sub(r"[\s:/\\]+", "_", name.strip()) or "session"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out
