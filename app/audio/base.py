"""The one interface every audio source has, whatever is behind it.

A capture thread calls ``start()``, then ``read()`` in a loop until it returns
``None`` (end of stream) or the session stops, then ``stop()``. Blocks are always
16 kHz mono float32 in [-1, 1], whatever the device gives.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np

SAMPLE_RATE = 16_000


class AudioSource(ABC):
    """A source of 16 kHz mono float32 blocks.

    Errors are raised as ``app.errors.DeviceError`` (devices) or
    ``app.errors.AudioUnreadable`` (files), with a message for the user.
    """

    #: What the window and ``captionist devices`` call this source.
    name: str = ""

    @abstractmethod
    def start(self) -> None:
        """Open the device or file. Raises DeviceError/AudioUnreadable."""

    @abstractmethod
    def read(self, timeout_s: float = 0.5) -> np.ndarray | None:
        """Next block (possibly empty if nothing arrived within ``timeout_s``), or
        ``None`` once the source has ended. Raises DeviceError on a mid-stream fault."""

    @abstractmethod
    def stop(self) -> None:
        """Close the device; safe to call twice or before ``start``."""

    @property
    def is_realtime(self) -> bool:
        """True when blocks arrive at the pace of a clock (devices, paced files)."""
        return True

    def whole_audio(self) -> np.ndarray | None:
        """All of the source's audio, once started, when it has it at once (a file, as
        16 kHz mono int16 or float32); None for a device."""
        return None
