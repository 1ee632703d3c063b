"""A captioning process killed mid-session loses no caption it had finalised."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.transcripts.journal import recover


def test_sigkill_mid_session_keeps_every_final_caption(long_speech: Path, tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "transcribe", "--live", "--language", "en",
         str(long_speech)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    printed: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("["):
                printed.append(line.split("] ", 1)[1].strip())
            if len(printed) >= 4:
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert len(printed) >= 4
    unclean = recover(tmp_path / "Captionist" / "journals")
    assert len(unclean) == 1
    recovered = [c.text for c in unclean[0].transcript.captions]
    assert recovered[: len(printed)] == printed
