"""Ctrl+C on ``captionist transcribe --live FILE`` mid-speech, timed from outside.

The robustness test checks what an interrupt leaves behind; the benchmark repeats it to
report how long the exit takes, since a timing asserted in a test fails on a busy machine.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# "[00:00:03.120 --> 00:00:05.000] text", as transcribe prints each final caption.
PRINTED = re.compile(r"^\[(\d+):(\d+):([\d.]+) --> (\d+):(\d+):([\d.]+)\] (.*)$")


def printed_caption(line: str) -> tuple[float, str] | None:
    """(end in seconds, text) of one caption line that transcribe printed, else None."""
    match = PRINTED.match(line.rstrip("\n"))
    if match is None:
        return None
    h, m, s = match.group(4, 5, 6)
    return int(h) * 3600 + int(m) * 60 + float(s), match.group(7)


@dataclass
class Interrupted:
    before: list[tuple[float, str]]  # captions printed before the interrupt
    after: list[tuple[float, str]]  # captions printed after it (the finalised rest)
    exit_s: float  # from SIGINT to the process being gone
    returncode: int
    stderr: str


def interrupt_live(
    wav: Path, out: Path, data_home: Path, language: str = "en", after_s: float = 8.0
) -> Interrupted:
    """Play ``wav`` live, send SIGINT once a caption ending past ``after_s`` is printed.

    ``wav`` must hold speech without a pause around ``after_s``, so the interrupt lands
    with seconds of undecided audio: the most the final decode at shutdown has to do.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "transcribe", "--live", "--language", language,
         "--out", str(out), str(wav)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(data_home)),
    )  # fmt: skip
    before: list[tuple[float, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if (caption := printed_caption(line)) is not None:
                before.append(caption)
                if caption[0] >= after_s:
                    break
        if not before or before[-1][0] < after_s:
            raise RuntimeError(f"the file ended before {after_s} s of captions: {before}")
        child.send_signal(signal.SIGINT)
        interrupted = time.monotonic()
        rest, stderr = child.communicate(timeout=60)
        exit_s = time.monotonic() - interrupted
    finally:
        child.kill()
        child.wait(10)
    after = [c for line in rest.splitlines() if (c := printed_caption(line)) is not None]
    return Interrupted(before, after, exit_s, child.returncode, stderr)


def close_window(
    wav: Path, home: Path, sessions: int = 1, language: str = "en", after_s: float = 8.0
) -> float:
    """Seconds from closing the window to the process being gone, with ``sessions`` tabs
    captioning ``wav`` live and mid-speech (same requirement on ``wav`` as above).

    The window runs in a child process (offscreen) that closes itself once every session
    has a final caption ending past ``after_s``; it prints when, on the system-wide
    monotonic clock, so the interpreter's own exit is counted too.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    child = subprocess.Popen(
        [sys.executable, "-m", "app.bench.shutdown", str(wav), str(sessions), language,
         str(after_s)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        out, err = child.communicate(timeout=300)
        gone = time.monotonic()
    finally:
        child.kill()
        child.wait(10)
    closed = [line for line in out.splitlines() if line.startswith("closing at ")]
    if child.returncode != 0 or not closed:
        raise RuntimeError(f"the window did not close cleanly ({child.returncode}): {err[-500:]}")
    return gone - float(closed[0].removeprefix("closing at "))


def _run_window(wav: str, sessions: int, language: str, after_s: float) -> int:
    """The child of ``close_window``: the real window, closed as a user would close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import config
    from app.ui.main_window import MainWindow

    app = QApplication([])
    names = [f"Session {i + 1}" for i in range(sessions)]
    settings = config.Settings(
        sessions=[config.SessionSettings(name=n, source=wav, language=language) for n in names]
    )
    window = MainWindow(settings)
    window.show()
    heard: set[str] = set()

    def on_caption(event) -> None:
        if event.is_final and event.end_s >= after_s:
            heard.add(event.session)
            if len(heard) == sessions and window.isVisible():
                print(f"closing at {time.monotonic()}", flush=True)
                window.close()

    window.pipeline.caption.connect(on_caption)
    window.pipeline.session_failed.connect(lambda _session, message: app.exit(print(message) or 1))
    window.start_all()
    QTimer.singleShot(240_000, app.quit)  # a hang must not hold the benchmark
    return app.exec()


if __name__ == "__main__":
    sys.exit(_run_window(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])))
