"""``captionist`` capturing system audio end to end: a real PulseAudio server, null sinks
as the meeting's speakers, ``paplay`` as the remote participants, the real model."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import srt
from faster_whisper import decode_audio

from app.bench.metrics import error_rate
from tests.speech import ENGLISH, GERMAN

from .helpers import PulseServer


def captionist(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip


def srt_text(path: Path) -> str:
    return " ".join(s.content for s in srt.parse(path.read_text(encoding="utf-8")))


def test_devices_lists_system_audio_by_speaker_name(pulse: PulseServer) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "devices"], capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "System audio: Meeting" in result.stdout
    assert "System audio: Other" in result.stdout


def test_two_meeting_voices_two_sessions(
    pulse: PulseServer, speech: Path, german_speech: Path, tmp_path: Path
) -> None:
    child = captionist(
        "transcribe", "--quiet", "--duration", "24", "--out", str(tmp_path),
        "--device", "en=System audio: Meeting", "--device", "de=System audio: Other",
    )  # fmt: skip
    time.sleep(5)  # model load and the null sinks' first audio
    pulse.play(decode_audio(str(speech)), "meeting")
    pulse.play(decode_audio(str(german_speech)), "other")
    _, stderr = child.communicate(timeout=90)
    assert child.returncode == 0, stderr
    english = srt_text(tmp_path / "System_audio_Meeting.srt")
    german = srt_text(tmp_path / "System_audio_Other.srt")
    assert error_rate(ENGLISH, english) <= 0.15, english
    # espeak's German, captured live, reads worse than a person's on a loaded machine
    # (0.31 once while another suite ran: "Hoi tschpwchen" for "Heute sprechen"); what is
    # tested is that each device's voice stays in its own session.
    assert error_rate(GERMAN, german) <= 0.4, german
    assert "Zeit" in german and "Zeit" not in english
    assert "budget" in english and "budget" not in german


def test_ctrl_c_finishes_cleanly_and_keeps_the_captions(
    pulse: PulseServer, speech: Path, tmp_path: Path
) -> None:
    child = captionist(
        "transcribe", "--language", "en", "--out", str(tmp_path),
        "--device", "System audio: Meeting",
    )  # fmt: skip
    time.sleep(5)
    pulse.play(decode_audio(str(speech)), "meeting")
    time.sleep(7)  # mid-sentence: "Today we look at the budget for next year"
    child.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    _, stderr = child.communicate(timeout=30)
    exit_s = time.monotonic() - interrupted
    # A hang bound only: the exit time is the benchmark's to report (2 s target); a timing
    # asserted here failed a loaded CI run at 3.04 s.
    assert exit_s < 10.0
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "morning" in srt_text(tmp_path / "System_audio_Meeting.srt").lower()
