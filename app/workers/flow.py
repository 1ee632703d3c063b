"""Back-pressure for sources that can outrun the model (files read as fast as possible).

A live source cannot be slowed down; a file can. Its capture thread adds each speech
chunk's length before sending it and waits while too much is undecoded; the inference
thread subtracts what each decode covered. A ``threading.Condition`` is the one piece
of state the two threads share, and it is made for exactly that.
"""

from __future__ import annotations

import threading


class FlowGate:
    def __init__(self, limit_s: float) -> None:
        self._limit_s = limit_s
        self._backlog_s = 0.0
        self._open = True
        self._cond = threading.Condition()

    def add(self, seconds: float) -> None:
        with self._cond:
            self._backlog_s += seconds

    def consume(self, seconds: float) -> None:
        with self._cond:
            self._backlog_s = max(0.0, self._backlog_s - seconds)
            self._cond.notify_all()

    def wait(self, timeout_s: float = 0.2) -> bool:
        """Block while the backlog is over the limit; False if it still is after the wait."""
        with self._cond:
            return self._cond.wait_for(
                lambda: not self._open or self._backlog_s < self._limit_s, timeout_s
            )

    def release(self) -> None:
        """The consumer is gone (session closed): never block the producer again."""
        with self._cond:
            self._open = False
            self._cond.notify_all()
