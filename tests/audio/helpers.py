"""Shared by the audio tests: a private PulseAudio server, recording, comparing signals.

Reference audio comes from the root conftest's ``load_clip`` (decoded by faster-whisper,
not by the code under test)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from app.audio.base import SAMPLE_RATE, AudioSource
from app.audio.wav import write_wav

SINKS = {"meeting": "Meeting", "other": "Other"}

#: The root conftest's ``load_clip`` fixture: a clip's name -> 16 kHz mono float32.
LoadClip = Callable[[str], np.ndarray]


def best_correlation(captured: np.ndarray, ref: np.ndarray) -> tuple[float, int]:
    """Highest normalised correlation of ``ref`` with ``captured`` at any delay, and that
    delay in samples (negative when the capture lacks the start of ``ref``).

    1.0 means the capture holds an exact (scaled) copy of ``ref``; normalising by all of
    ``ref``'s energy makes a partial overlap score lower, never higher.
    """
    captured = captured.astype(np.float64)
    ref = ref.astype(np.float64)
    n, m = len(captured), len(ref)
    size = 1 << (n + m).bit_length()
    product = np.fft.rfft(captured, size) * np.conj(np.fft.rfft(ref, size))
    circular = np.fft.irfft(product, size)
    delays = np.arange(-(m - 1), n)
    dots = circular[delays % size]
    energy = np.concatenate([[0.0], np.cumsum(captured**2)])
    overlap = energy[np.clip(delays + m, 0, n)] - energy[np.clip(delays, 0, n)]
    scores = dots / (np.sqrt(overlap * np.sum(ref**2)) + 1e-9)
    best = int(np.argmax(scores))
    return float(scores[best]), int(delays[best])


def wait_for_audio(source: AudioSource, limit_s: float = 10.0) -> None:
    """Read until the source delivers something: an idle PulseAudio null sink takes up to
    its 2 s latency to wake up, and audio played before that would be lost."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        block = source.read(0.5)
        assert block is not None, f"{source.name} ended before delivering audio"
        if block.size:
            return
    raise AssertionError(f"{source.name} delivered no audio within {limit_s} s")


def record(source: AudioSource, seconds: float) -> np.ndarray:
    blocks: list[np.ndarray] = []
    wanted = round(seconds * SAMPLE_RATE)
    deadline = time.monotonic() + seconds + 10
    while sum(len(block) for block in blocks) < wanted:
        assert time.monotonic() < deadline, f"{source.name} delivered audio too slowly"
        block = source.read(0.5)
        assert block is not None, f"{source.name} ended early"
        blocks.append(block)
    return np.concatenate(blocks)


@dataclass
class PulseServer:
    process: subprocess.Popen[bytes]
    folder: Path
    players: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", *args], capture_output=True, text=True, check=True, timeout=10
        ).stdout

    def play(
        self, audio: np.ndarray, sink: str, latency_ms: int | None = None
    ) -> subprocess.Popen[bytes]:
        """Play 16 kHz mono ``audio`` into ``sink``, like a remote participant talking.

        paplay buffers 2 s by default, and a null sink then renders in 2 s steps: a
        recorder that joins mid-play gets nothing until the next step. A call app plays
        with tens of milliseconds of latency; ``latency_ms`` does the same.
        """
        wav = write_wav(self.folder / f"play-{len(self.players)}.wav", audio)
        latency = [] if latency_ms is None else [f"--latency-msec={latency_ms}"]
        player = subprocess.Popen(["paplay", *latency, f"--device={sink}", str(wav)])
        self.players.append(player)
        return player

    def kill(self) -> None:
        for player in self.players:
            player.kill()
            player.wait()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_pulse(folder: Path, monkeypatch: pytest.MonkeyPatch) -> PulseServer:
    """A PulseAudio server with the null sinks in ``SINKS``, private to ``folder``."""
    for program in ("pulseaudio", "pactl", "parec", "paplay"):
        if shutil.which(program) is None:
            pytest.skip(
                f"'{program}' is not installed (apt-get install pulseaudio pulseaudio-utils)"
            )
    runtime, home = folder / "run", folder / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    # Clients (pactl, parec, PortAudio's pulse plugin) find the server through
    # XDG_RUNTIME_DIR; anything pointing at a user's real server must go.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("PULSE_COOKIE", str(home / "cookie"))
    for name in ("PULSE_SERVER", "PULSE_SOURCE", "PULSE_SINK"):
        monkeypatch.delenv(name, raising=False)
    command = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no"]
    command.append("--load=module-native-protocol-unix auth-anonymous=1")
    for sink, description in SINKS.items():
        command.append(
            f"--load=module-null-sink sink_name={sink} "
            f"sink_properties=device.description={description}"
        )
    # In the foreground as our own child, so that stopping it needs no pid file and leaves
    # no daemon behind; HOME keeps its state files out of the real home folder.
    log_path = folder / "pulseaudio.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env={**os.environ, "HOME": str(home)}, stdout=log, stderr=subprocess.STDOUT
        )
    server = PulseServer(process, folder)
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], capture_output=True, check=False).returncode != 0:
        if process.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"PulseAudio did not start: {log_path.read_text(errors='replace')}")
        time.sleep(0.05)
    server.pactl("set-default-sink", "meeting")
    server.pactl("set-default-source", "meeting.monitor")
    return server
