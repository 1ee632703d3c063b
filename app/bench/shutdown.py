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
