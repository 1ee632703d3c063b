"""``captionist transcribe --echo-ref``: a microphone that hears the remote side through a
room, captioned with and without its guard (real model, espeak-ng voices, echo rig)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from app.audio.wav import write_wav
from app.bench.echo import Voices as EchoVoices
from app.bench.echo import (
    espeak_voices,
    own_words_kept,
    remote_leak,
    scene_for,
    transcribe_pair,
)
from app.bench.echo_rig import RoomSettings
from app.bench.metrics import error_rate

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)


@pytest.fixture(scope="module")
def voices() -> EchoVoices:
    return espeak_voices(2)


def test_the_guard_keeps_remote_voices_out_of_the_microphone(voices: EchoVoices) -> None:
    scene = scene_for(voices, "alternate", RoomSettings(delay_ms=60, attenuation_db=15))
    own, remote = " ".join(voices.own_text), " ".join(voices.remote_text)
    off = transcribe_pair(scene.mic, scene.reference, guard=False)
    on = transcribe_pair(scene.mic, scene.reference, guard=True)
    # Without the guard the room's echo is captioned under the microphone: the rig works.
    assert remote_leak(off.mic, own, remote) > 0.5, off.mic
    assert remote_leak(on.mic, own, remote) <= 0.05, on.mic
    assert error_rate(own, on.mic) <= 0.15, on.mic
    assert on.remote == off.remote  # the reference's own captions are not touched


def test_both_talking_at_once_keeps_the_own_words(voices: EchoVoices) -> None:
    scene = scene_for(voices, "double", RoomSettings(delay_ms=60, attenuation_db=15))
    own, remote = " ".join(voices.own_text), " ".join(voices.remote_text)
    on = transcribe_pair(scene.mic, scene.reference, guard=True)
    off = transcribe_pair(scene.mic, scene.reference, guard=False)
    # The benchmark's target is 80 % on real voices (85 % measured); two espeak voices
    # talking over each other are harder on the model with the guard or without it.
    kept_on, kept_off = own_words_kept(on.mic, own), own_words_kept(off.mic, own)
    assert kept_on >= 0.75 and kept_on >= kept_off - 0.05, (on.mic, off.mic)
    assert remote_leak(on.mic, own, remote) <= 0.1, on.mic


def test_with_no_remote_sound_the_guard_changes_nothing(voices: EchoVoices) -> None:
    scene = scene_for(voices, "alternate", RoomSettings())
    silent = np.zeros_like(scene.reference)
    off = transcribe_pair(scene.own, silent, guard=False)
    on = transcribe_pair(scene.own, silent, guard=True)
    assert on.mic == off.mic and on.mic


def test_word_leak_and_kept_measures() -> None:
    assert remote_leak("ask not what your country", "ask not", "what your country can") == 0.75
    assert remote_leak("ask not", "ask not", "what your country can") == 0.0
    assert own_words_kept("and so ask what", "and so my fellow ask not what") == 4 / 7


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("mic=nobody", "no session 'nobody' (there are mic, remote)"),
        ("mic", "give two sessions as MIC=REF"),
        ("mic=MIC", "a session cannot ignore itself"),
    ],
)
def test_a_bad_pairing_is_one_line(tmp_path, pair: str, message: str) -> None:
    audio = np.zeros(16000, np.float32)
    mic, remote = write_wav(tmp_path / "mic.wav", audio), write_wav(tmp_path / "remote.wav", audio)
    done = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", "--echo-ref", pair, str(mic), str(remote)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
