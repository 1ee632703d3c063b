"""Ctrl+C on ``captionist transcribe --live FILE``: what was heard is finalised and saved."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import srt

from app.audio.wav import write_wav
from app.bench.metrics import normalise_text
from app.transcripts.journal import list_journals

# "[00:00:03.120 --> 00:00:05.000] text", as transcribe prints each final caption.
PRINTED = re.compile(r"^\[(\d+):(\d+):([\d.]+) --> (\d+):(\d+):([\d.]+)\] (.*)$")


def _printed(line: str) -> tuple[float, str] | None:
    match = PRINTED.match(line.rstrip("\n"))
    if match is None:
        return None
    h, m, s = match.group(4, 5, 6)
    return int(h) * 3600 + int(m) * 60 + float(s), match.group(7)


def test_ctrl_c_on_a_live_file_finalises_the_buffered_speech(load_clip, tmp_path: Path) -> None:
    # The English half of multilingual.mp3 is 29 s of speech without a pause, so an
    # interrupt 8 s in lands with several seconds buffered and undecided: the most the
    # final decode at shutdown ever has to do.
    talk = write_wav(tmp_path / "licence.wav", load_clip("multilingual.mp3")[: 30 * 16000])
    data, out = tmp_path / "data", tmp_path / "out"
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "transcribe", "--live", "--language", "en",
         "--out", str(out), str(talk)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(data)),
    )  # fmt: skip
    before: list[tuple[float, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if (caption := _printed(line)) is not None:
                before.append(caption)
                if caption[0] >= 8.0:
                    break
        assert before and before[-1][0] >= 8.0, f"the file ended first: {before}"
        child.send_signal(signal.SIGINT)
        interrupted = time.monotonic()
        rest, stderr = child.communicate(timeout=30)
        exit_s = time.monotonic() - interrupted
    finally:
        child.kill()
        child.wait(10)

    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert exit_s < 2.0, f"took {exit_s:.2f} s to stop"
    after = [c for line in rest.splitlines() if (c := _printed(line)) is not None]
    last_end_before = before[-1][0]

    cues = list(srt.parse((out / "licence.srt").read_text(encoding="utf-8")))
    assert cues, "nothing written to --out"
    # Speech that was still being decided at the interrupt became final text.
    assert after and after[-1][0] > last_end_before + 1.0, (before, after)
    assert cues[-1].end.total_seconds() >= after[-1][0] - 0.01
    srt_text = normalise_text(" ".join(cue.content for cue in cues))
    printed_text = normalise_text(" ".join(text for _, text in before + after))
    assert srt_text == printed_text
    assert "permission is hereby granted" in srt_text

    [saved] = list_journals(data / "Captionist" / "journals")
    assert saved.is_clean  # the closing line was written: nothing to recover next start
    journal_text = normalise_text(" ".join(c.text for c in saved.transcript.captions))
    assert journal_text == srt_text
