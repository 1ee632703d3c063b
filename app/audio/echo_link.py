"""A microphone session's side of the echo guard: which reference it ignores, on or off.

The window or the CLI decides the pairing on the main thread (``attach``,
``set_enabled``); the microphone's capture thread cleans every block through
``process``. Those two calls only swap fields under a lock: the guard itself, its
history and its estimates belong to the capture thread alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from app.audio.echo_tap import ReferenceTap
from app.i18n import translate

if TYPE_CHECKING:
    from app.audio.echo import EchoGuard, EchoStats

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EchoState:
    """What the microphone's tab shows about its guard."""

    enabled: bool
    reference: str  # the reference session's name, "" when there is none
    stats: EchoStats | None  # None until the guard has heard its reference
    error: str = ""  # why the guard cannot run here (the microphone then goes as it is)

    @property
    def working(self) -> bool:
        return self.enabled and bool(self.reference) and self.stats is not None

    def describe(self) -> str:
        """One sentence for the tab's guard line and the command line's summary."""
        if self.error:
            return translate("EchoGuard", "Echo guard unavailable: {error}").format(
                error=self.error
            )
        if not self.enabled:
            return translate(
                "EchoGuard", "Echo guard off: what the speakers play is captioned here too."
            )
        if not self.reference:
            return translate(
                "EchoGuard", "Echo guard on, idle: no system-audio session is running to ignore."
            )
        if self.stats is None or not self.stats.active:
            return translate(
                "EchoGuard", "Echo guard on: ignoring what {name} plays (silent now)."
            ).format(name=self.reference)
        if self.stats.delay_ms is None:
            return translate(
                "EchoGuard", "Echo guard on: ignoring what {name} plays (removing {db} dB)."
            ).format(name=self.reference, db=round(self.stats.removed_db))
        return translate(
            "EchoGuard",
            "Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).",
        ).format(
            name=self.reference, db=round(self.stats.removed_db), ms=round(self.stats.delay_ms)
        )


#: A live microphone reads its reference this far ahead of its own clock. Each side's
#: blocks are stamped when they reach this process, and a monitor's can arrive later
#: than the microphone's recording of the same sound (parec's buffer against the
#: speakers' playout): the canceller only looks for echoes that come after the reference,
#: so the microphone waits this much longer for its reference instead.
LIVE_LEAD_S = 0.15
#: The reference is moved again when the echo's delay, as the canceller is fed it, leaves
#: this range: two devices' clocks drift apart (100 ppm is 6 ms a minute, a third of a
#: second over an hour), and AEC3 looks for echoes only so far back.
DELAY_RANGE_S = (0.005, 0.40)
#: ... to here, in the middle of the range.
DELAY_TARGET_S = 0.15


class EchoLink:
    def __init__(
        self,
        enabled: bool = True,
        guard_factory: Callable[[], EchoGuard] | None = None,
        lead_s: float | None = None,  # None: LIVE_LEAD_S for a live reference, 0 for a file
    ) -> None:
        self._lock = threading.Lock()
        self._enabled = enabled
        self._tap: ReferenceTap | None = None
        self._reference = ""
        self._make_guard = guard_factory or _default_guard
        # Capture thread only:
        self._guard: EchoGuard | None = None
        self._guard_tap: ReferenceTap | None = None
        self._error = ""
        self._lead_setting = lead_s
        self._lead = 0.0  # seconds the reference is read ahead of the microphone's clock

    # -- main thread -----------------------------------------------------------------
    def attach(self, tap: ReferenceTap | None, reference: str = "") -> None:
        """Ignore what ``tap``'s session plays (None: no reference, the microphone as is)."""
        if tap is not None:
            tap.keep()
        with self._lock:
            self._tap = tap
            self._reference = reference if tap is not None else ""

    def set_enabled(self, enabled: bool) -> None:
        with self._lock:
            self._enabled = enabled

    @property
    def enabled(self) -> bool:
        with self._lock:
            return self._enabled

    # -- capture thread --------------------------------------------------------------
    def process(
        self, block: np.ndarray, clock_s: float, interrupted: Callable[[], bool] = lambda: False
    ) -> np.ndarray:
        """The block with what the reference played removed; unchanged when off."""
        with self._lock:
            tap = self._tap if self._enabled else None
        if tap is not self._guard_tap:
            # A new reference, or the guard turned off or on: the old history is of no use.
            if self._guard_tap is not None:
                self._guard_tap.detach_reader()
            self._guard_tap = tap
            self._guard = None
            if tap is not None:
                default = LIVE_LEAD_S if tap.realtime else 0.0
                self._lead = default if self._lead_setting is None else self._lead_setting
            if tap is not None and not self._error:
                try:
                    self._guard = self._make_guard()
                except Exception as exc:  # a missing native library must not stop captions
                    self._fail(exc)
        if tap is None or self._guard is None:
            return block
        reference = tap.read(clock_s + self._lead, len(block), interrupted)
        try:
            cleaned = self._guard.process(block, reference)
        except Exception as exc:
            self._fail(exc)
            return block
        self._recentre()
        return cleaned

    @property
    def lead_s(self) -> float:
        """How far ahead of the microphone's clock the reference is read (capture thread)."""
        return self._lead

    def _recentre(self) -> None:
        """Move the reference when drift has carried the echo near the edge of what the
        canceller can follow; a fresh guard then converges on the new alignment."""
        assert self._guard is not None
        delay_ms = self._guard.stats.delay_ms
        if delay_ms is None:
            return
        fed = delay_ms / 1000
        low, high = DELAY_RANGE_S
        if low <= fed <= high:
            return
        self._lead += DELAY_TARGET_S - fed
        log.info("echo guard: the echo is %.0f ms behind; reference moved to %.0f ms ahead",
                 fed * 1000, self._lead * 1000)  # fmt: skip
        self._guard = self._make_guard()

    def _fail(self, exc: Exception) -> None:
        log.exception("the echo guard stopped; the microphone goes on without it")
        self._error = str(exc) or type(exc).__name__
        self._guard = None
        if self._guard_tap is not None:
            self._guard_tap.detach_reader()

    def close(self) -> None:
        """The microphone stopped: a file reference must not wait for it any more."""
        if self._guard_tap is not None:
            self._guard_tap.detach_reader()
        self._guard_tap = None
        self._guard = None

    def state(self) -> EchoState:
        with self._lock:
            enabled, reference = self._enabled, self._reference
        stats = self._guard.stats if self._guard is not None else None
        if stats is not None and stats.delay_ms is not None:
            # The user's delay is the room's, not the one the canceller is fed.
            stats = replace(stats, delay_ms=stats.delay_ms - self._lead * 1000)
        return EchoState(enabled, reference, stats, self._error)


def _default_guard() -> EchoGuard:
    # Imported when a guard is first needed: most sessions never have a reference.
    from app.audio.echo import EchoGuard

    return EchoGuard()
