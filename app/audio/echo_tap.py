"""What a reference session played, handed to a microphone session on another thread.

The echo guard of a microphone session ("Me") needs what the system-audio session
("Remote") captured at the same moment. The two run on separate capture threads, so the
reference's thread writes every block it reads into a ``ReferenceTap`` and the
microphone's thread reads the stretch that matches its own block. The tap is the only
object the two threads share; it is guarded by one condition variable.

Both sides place their blocks on a common clock (``BlockClock``): a live source on the
process's monotonic clock, anchored at its first block and advanced by its sample count
(so block timing jitter does not move it; the two devices' real offset and drift are
left to the guard's delay and drift estimates); a file read faster than real time on its
own sample count, so a mic file and a remote file line up from their first samples.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from app.audio.base import SAMPLE_RATE

#: How long a live reference may lag behind before its missing stretch counts as
#: silence: a source delivers a block every few tens of milliseconds, and a stalled one
#: must not hold up the microphone's captions.
STALL_S = 0.5


class BlockClock:
    """Stamps a source's blocks with the common clock time of their first sample."""

    def __init__(self, realtime: bool, now: float | None = None) -> None:
        self._realtime = realtime
        self._anchor: float | None = None if realtime else 0.0
        self._samples = 0
        self._now = now

    def stamp(self, block_len: int) -> float:
        """The clock time of a block of ``block_len`` samples just read; call once per block."""
        if self._anchor is None:
            now = time.monotonic() if self._now is None else self._now
            # The block was recorded over the time just before it arrived.
            self._anchor = now - block_len / SAMPLE_RATE
        start = self._anchor + self._samples / SAMPLE_RATE
        self._samples += block_len
        return start


class ReferenceTap:
    """The last ``capacity_s`` of a reference session's audio, by common clock time.

    A live reference never waits for its reader (the oldest audio is dropped); a file
    read faster than real time does wait while its reader is more than ``capacity_s``
    behind, or the audio its reader needs would be gone before it is read.

    Every session's capture thread writes into its own tap, though most never have a
    reader: such a tap (``keep=False``) only counts its blocks, so that its clock is
    right from the moment a microphone starts to read (``keep()``), and copies nothing.
    """

    def __init__(self, realtime: bool, capacity_s: float = 30.0, keep: bool = True) -> None:
        self.realtime = realtime
        self._capacity = int(capacity_s * SAMPLE_RATE)
        self._ring: np.ndarray | None = None  # made when first kept
        self._origin: float | None = None  # clock time of sample 0
        self._written = 0  # samples written since sample 0
        self._kept_from = 0  # the first sample kept (earlier ones were only counted)
        self._keep = keep
        self._reader_at: float | None = None  # where the reader last read up to
        self._closed = False
        self._written_at = 0.0  # monotonic time of the last write
        self._cond = threading.Condition()

    def keep(self) -> None:
        """A microphone will read this tap: keep what is written from now on."""
        with self._cond:
            self._keep = True

    @property
    def end_s(self) -> float | None:
        """Clock time just after the last sample written, or None before the first."""
        with self._cond:
            return self._end()

    def _end(self) -> float | None:
        if self._origin is None:
            return None
        return self._origin + self._written / SAMPLE_RATE

    def write(self, samples: np.ndarray, clock_s: float, interrupted=lambda: False) -> None:
        """Add a block recorded from ``clock_s`` on; the reference's capture thread calls it."""
        samples = np.asarray(samples, dtype=np.float32)
        with self._cond:
            if not self.realtime:
                while (
                    not self._closed
                    and self._reader_at is not None
                    and (self._end() or 0.0) - self._reader_at > self._capacity / SAMPLE_RATE - 1.0
                    and not interrupted()
                ):
                    self._cond.wait(0.2)
            end = self._end()
            if end is None or abs(clock_s - end) > 0.001:
                # The first block, or a jump the clock never makes by itself: start afresh.
                self._origin, self._written, self._kept_from = clock_s, 0, 0
            if self._keep:
                self._store(samples)
            else:
                self._kept_from = self._written + len(samples)
            self._written += len(samples)
            self._written_at = time.monotonic()
            self._cond.notify_all()

    def _store(self, samples: np.ndarray) -> None:
        """Copy ``samples`` into the ring at the write position, wrapping around."""
        if self._ring is None:
            self._ring = np.zeros(self._capacity, dtype=np.float32)
        at = self._written
        if len(samples) > self._capacity:  # only the newest capacity can be kept
            at += len(samples) - self._capacity
            samples = samples[-self._capacity :]
        start = at % self._capacity
        first = min(len(samples), self._capacity - start)
        self._ring[start : start + first] = samples[:first]
        self._ring[: len(samples) - first] = samples[first:]

    def close(self) -> None:
        """The reference stopped: readers stop waiting for more."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def detach_reader(self) -> None:
        """The reader will read no more: a file's writer must not wait for it."""
        with self._cond:
            self._reader_at = None
            self._cond.notify_all()

    def read(self, clock_s: float, length: int, interrupted=lambda: False) -> np.ndarray | None:
        """The reference's samples from ``clock_s`` on, ``length`` of them.

        Waits until the reference has written that far: a file without limit (until it
        closes or ``interrupted()``), a live one until ``STALL_S`` after its last block
        (one that stalled, or a sink that went idle, is not waited for block after
        block, which would put the microphone further behind each time). Parts the
        reference never delivered are silence; None when it delivered none of the stretch.
        """
        want_end = clock_s + length / SAMPLE_RATE
        with self._cond:
            deadline = self._written_at + STALL_S
            self._reader_at = clock_s
            self._cond.notify_all()  # a file's writer may be waiting for this reader
            while not self._closed and not interrupted():
                end = self._end()
                # Half a sample of slack: clock times are sums of floats.
                if end is not None and end >= want_end - 0.5 / SAMPLE_RATE:
                    break
                if self.realtime:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(min(left, 0.2))
                else:
                    self._cond.wait(0.2)
            if self._origin is None or self._ring is None:
                return None
            first = round((clock_s - self._origin) * SAMPLE_RATE)
            oldest = max(self._kept_from, self._written - self._capacity)
            lo, hi = max(first, oldest), min(first + length, self._written)
            if hi <= lo:
                return None
            out = np.zeros(length, dtype=np.float32)
            # The kept stretch lies in the ring in order, wrapping at its end.
            indices = np.arange(lo, hi) % self._capacity
            out[lo - first : hi - first] = self._ring[indices]
            self._reader_at = want_end
            return out
