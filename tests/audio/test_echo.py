"""The echo guard (app/audio/echo.py) on the echo rig's recordings (app/bench/echo_rig.py):
espeak-ng voices through a simulated room, the real WebRTC AEC3 canceller."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from app.audio.echo import EchoGuard
from app.bench.echo_compare import GUARD_LATENCY
from app.bench.echo_rig import (
    RoomSettings,
    Scene,
    alternate,
    double_talk,
    erle_db,
    loop_to,
    make_scene,
    own_kept,
    speech,
)

REMOTE = [
    "Good morning everyone, let us start with a quick status update from each team.",
    "The mobile team finished the dark mode and the new onboarding flow last week.",
]
OWN = [
    "I think the release should wait until the tests pass on every platform.",
    "Could you send me the numbers from yesterday before lunch please.",
]


@pytest.fixture(scope="module")
def voices() -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Own and remote clips, two voices apart in pitch."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (sh packaging/dev.sh test installs it)")
    own = [speech(text, "en", pitch=70) for text in OWN]
    remote = [speech(text, "en-us", pitch=30) for text in REMOTE]
    return own, remote


def run(guard: EchoGuard, scene: Scene, block: int = 3200) -> np.ndarray:
    out = [
        guard.process(scene.mic[i : i + block], scene.reference[i : i + block])
        for i in range(0, len(scene.mic), block)
    ]
    return np.concatenate(out)


def tail(scene: Scene, out: np.ndarray, start_s: float) -> tuple[Scene, np.ndarray]:
    """The part of a scene (and the guard's output) from ``start_s`` on."""
    at = int(start_s * 16000)
    part = Scene(
        scene.mic[at:], scene.reference[at:], scene.own[at:], scene.echo[at:], scene.settings
    )
    return part, out[at:]


@pytest.mark.parametrize("delay_ms", [20, 60, 150, 400])
def test_delay_is_estimated_within_a_few_ms(voices, delay_ms: float) -> None:
    own, remote = voices
    scene = make_scene(*alternate(own, remote * 2), RoomSettings(delay_ms=delay_ms))
    guard = EchoGuard()
    run(guard, scene)
    assert guard.stats.delay_ms == pytest.approx(delay_ms, abs=3.0)
    assert guard.stats.active


def test_echo_only_stretches_are_cancelled(voices) -> None:
    own, remote = voices
    scene = make_scene(*alternate(own, remote * 2), RoomSettings(delay_ms=60, attenuation_db=15))
    guard = EchoGuard()
    out = run(guard, scene)
    assert erle_db(scene, out, GUARD_LATENCY) > 25.0
    assert guard.stats.removed_db > 15.0


def test_own_speech_survives_double_talk(voices) -> None:
    own, remote = voices
    scene = make_scene(*double_talk(own * 2, remote * 2), RoomSettings(delay_ms=60))
    out = run(EchoGuard(), scene)
    # The raw microphone scores about 0.98 here; a canceller that suppressed the own
    # speech with the echo (SpeexDSP's preprocessor: 0.78) fails.
    assert own_kept(scene, out, GUARD_LATENCY) > 0.88
    assert erle_db(scene, out, GUARD_LATENCY) > 20.0


def test_a_100_ppm_drift_over_a_minute_is_followed(voices) -> None:
    _, remote = voices
    track = loop_to(np.concatenate(remote), 60.0, gap_s=1.0)
    scene = make_scene(np.zeros_like(track), track, RoomSettings(delay_ms=60, drift_ppm=100))
    guard = EchoGuard()
    out = run(guard, scene)
    assert guard.stats.drift_ppm == pytest.approx(100, abs=25)
    # By the end the echo arrives 6 ms later than at the start.
    assert guard.stats.delay_ms == pytest.approx(66, abs=2.0)
    assert erle_db(*tail(scene, out, 40.0), GUARD_LATENCY) > 20.0


def test_a_reference_that_stops_passes_the_mic_through_and_recovers(voices) -> None:
    own, remote = voices
    scene = make_scene(*alternate(own * 2, remote * 3), RoomSettings(delay_ms=60))
    guard, block = EchoGuard(), 3200
    stop, resume = 8 * 16000, 14 * 16000  # block-aligned
    outs = []
    for i in range(0, len(scene.mic), block):
        mic = scene.mic[i : i + block]
        reference = None if stop <= i < resume else scene.reference[i : i + block]
        outs.append(guard.process(mic, reference))
        if i == resume - block:
            assert not guard.stats.active  # 6 s without reference
    out = np.concatenate(outs)
    # The first block without reference also flushes what the canceller held back;
    # from the next one on, the microphone passes bit for bit.
    assert np.array_equal(out[stop + block : resume], scene.mic[stop + block : resume])
    assert guard.stats.active
    assert erle_db(*tail(scene, out, resume / 16000 + 1.0), GUARD_LATENCY) > 20.0


@pytest.mark.parametrize("silence", [None, "digital", "-80 dBFS"])
def test_without_any_reference_sound_nothing_changes(voices, silence) -> None:
    """No system-audio session, or one that plays nothing: the microphone bit for bit."""
    own, _ = voices
    mic = np.concatenate(own)
    quiet = np.random.default_rng(1).standard_normal(3000).astype(np.float32) * 1e-4
    reference = {None: None, "digital": np.zeros(3000, np.float32), "-80 dBFS": quiet}[silence]
    guard = EchoGuard()
    out = np.concatenate(
        [
            guard.process(mic[i : i + 3000], None if reference is None else reference[: len(block)])
            for i in range(0, len(mic), 3000)
            for block in [mic[i : i + 3000]]
        ]
    )
    assert np.array_equal(out, mic)
    assert guard.stats.active is False
    assert guard.stats.delay_ms is None


def test_blocks_of_any_length_come_back_as_long(voices) -> None:
    own, remote = voices
    scene = make_scene(*alternate(own, remote * 2), RoomSettings(delay_ms=60))
    guard = EchoGuard()
    sizes = [1, 159, 161, 333, 3200, 4801]
    outs, at = [], 0
    for k in range(10_000):
        size = sizes[k % len(sizes)]
        if at >= len(scene.mic):
            break
        out = guard.process(scene.mic[at : at + size], scene.reference[at : at + size])
        assert len(out) == len(scene.mic[at : at + size])
        outs.append(out)
        at += size
    assert erle_db(scene, np.concatenate(outs), GUARD_LATENCY) > 25.0
    with pytest.raises(ValueError):
        guard.process(np.zeros(100, np.float32), np.zeros(99, np.float32))
