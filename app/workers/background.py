"""Slow, blocking work (listing devices, reading journals, writing exports) off the GUI thread.

``run_in_background`` runs a plain function on Qt's thread pool and reports its outcome by
signal on the thread that asked (the GUI thread), so the window keeps painting and answering
while ``pactl`` hangs or a folder of journals is read. The function must not touch widgets
or anything the GUI thread changes meanwhile: hand it a copy of what it needs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.errors import CaptionistError

log = logging.getLogger(__name__)


class Breather:
    """Called between steps of long pure-Python work off the GUI thread: now and then it
    sleeps, so the GUI thread holds the GIL without waiting for it.

    While another thread runs Python, every GIL handover to the GUI thread waits out the
    switch interval (5 ms), and painting a new window crosses between Python and C++
    hundreds of times: reading 500 saved transcripts froze the first paint of the dialog
    listing them for 0.5-1.2 s in a busy process. Resting ``rest_s`` after every ``work_s``
    gives the GUI thread free windows; the 500 transcripts then took 1.6 times as long.
    """

    def __init__(self, work_s: float = 0.010, rest_s: float = 0.005) -> None:
        self.work_s = work_s
        self.rest_s = rest_s
        self._since = time.monotonic()

    def __call__(self) -> None:
        if time.monotonic() - self._since >= self.work_s:
            time.sleep(self.rest_s)
            self._since = time.monotonic()


class BackgroundTask(QObject):
    """One function's run on the thread pool, seen from the thread that started it."""

    #: The function returned: (its return value).
    finished = Signal(object)
    #: The function raised: (the exception; an unexpected one's traceback is in the log).
    failed = Signal(object)
    #: After ``finished`` or ``failed``, whichever came: ().
    done = Signal()
    # Private: (result, exception or None), emitted on the pool thread and queued over to
    # this object's thread, where the public signals go out.
    _outcome = Signal(object, object)

    def __init__(self, owner: QObject) -> None:
        # Parented to its owner so that Qt keeps it alive until its outcome arrives, and so
        # that an owner closed meanwhile takes it along: the outcome is then dropped.
        super().__init__(owner)
        self.is_running = True
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self.is_running = False
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)
        self.done.emit()
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, task: BackgroundTask, work: Callable[[], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self._work()
        except CaptionistError as exc:  # expected: its message is for the user
            log.info("background work failed: %s", exc)
            error = exc
        except Exception as exc:  # a bug: kept for the log, turned into a sentence above
            log.exception("background work failed")
            error = exc
        try:
            self._task._outcome.emit(result, error)
        except RuntimeError:  # its owner was closed meanwhile: nobody waits for this
            log.debug("background result dropped: its owner is gone")


def run_in_background(owner: QObject, work: Callable[[], Any]) -> BackgroundTask:
    """Start ``work()`` on the thread pool; connect to the returned task's signals.

    Signals are queued, so connecting right after this call never misses the outcome.
    """
    task = BackgroundTask(owner)
    QThreadPool.globalInstance().start(_Job(task, work))
    return task


def wait_for(task: BackgroundTask) -> Any:
    """``task``'s result, or its exception raised here, while the GUI keeps answering.

    For callers whose own callers need the outcome (an export returns the path it wrote):
    a local event loop keeps painting, input and timers going until the task reports.
    """
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task.finished.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda error: outcome.setdefault("error", error))
    task.done.connect(loop.quit)
    if task.is_running:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")
