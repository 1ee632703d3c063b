"""Compare echo cancellers on the echo rig's scenes: ``python -m app.bench.echo_compare``.

Measures, per canceller and room: ERLE on echo-only stretches, how much of the own speech
survives double talk (``own_kept``, spectrogram correlation with the clean own speech),
and CPU per second of audio (``time.process_time``). The numbers are in docs/echo.md.

Candidates: WebRTC AEC3 (``livekit``, the one the guard uses), the guard itself (AEC3 plus
its residual gate), and SpeexDSP's MDF canceller (``pyaec``, not a dependency: the script
skips it where it is not importable; put it on PYTHONPATH to include it). SpeexDSP has no
delay estimator of its own, so it is given the true bulk delay: its best case.
"""

from __future__ import annotations

import argparse
import ctypes
import time
from collections.abc import Callable

import numpy as np

from app.audio.echo import FRAME, Aec3, EchoGuard, _to_int16
from app.bench.echo_rig import (
    RoomSettings,
    Scene,
    alternate,
    double_talk,
    erle_db,
    make_scene,
    own_kept,
    speech,
)

#: Output latency of each canceller in samples (the guard: its frame plus AEC3's 8 ms).
AEC3_LATENCY = 128
GUARD_LATENCY = FRAME + AEC3_LATENCY

REMOTE = [
    "Good morning everyone, let us start with a quick status update from each team.",
    "The mobile team finished the dark mode and the new onboarding flow last week.",
    "We still need two more reviewers for the payment changes before Friday.",
]
OWN = [
    "I think the release should wait until the tests pass on every platform.",
    "Could you send me the numbers from yesterday before lunch please.",
    "My microphone was muted for a moment, sorry about that.",
]

Canceller = Callable[[Scene], np.ndarray]


def run_aec3(scene: Scene) -> np.ndarray:
    aec, out = Aec3(), np.zeros_like(scene.mic)
    for i in range(0, len(scene.mic) - FRAME + 1, FRAME):
        mic, ref = scene.mic[i : i + FRAME], scene.reference[i : i + FRAME]
        out[i : i + FRAME] = aec.process(_to_int16(mic), _to_int16(ref)) / 32768
    return out


def run_guard(scene: Scene, block: int = 3200) -> np.ndarray:
    guard, out = EchoGuard(), np.zeros_like(scene.mic)
    for i in range(0, len(scene.mic), block):
        out[i : i + block] = guard.process(scene.mic[i : i + block], scene.reference[i : i + block])
    return out


def speex(preprocess: bool, filter_ms: int = 128) -> Canceller | None:
    try:
        import pyaec
    except (ImportError, OSError):
        return None
    lib = pyaec.lib
    pointer = ctypes.POINTER(ctypes.c_int16)

    def run(scene: Scene) -> np.ndarray:
        handle = lib.AecNew(FRAME, filter_ms * 16, 16000, preprocess)
        delay = round(scene.settings.delay_ms * 16)  # told the truth: Speex cannot find it
        ref = _to_int16(np.concatenate([np.zeros(delay, np.float32), scene.reference]))
        mic = _to_int16(scene.mic)
        out = np.zeros(len(mic), np.int16)
        for i in range(0, len(mic) - FRAME + 1, FRAME):
            m, r = mic[i : i + FRAME].copy(), ref[i : i + FRAME].copy()
            o = out[i : i + FRAME]
            lib.AecCancelEcho(
                handle, m.ctypes.data_as(pointer), r.ctypes.data_as(pointer),
                o.ctypes.data_as(pointer), FRAME,
            )  # fmt: skip
        lib.AecDestroy(handle)
        return out.astype(np.float32) / 32768

    return run


def scenes(seconds_each: int = 3) -> dict[str, tuple[Callable, RoomSettings]]:
    return {
        "20 ms, -10 dB": (alternate, RoomSettings(delay_ms=20, attenuation_db=10)),
        "60 ms, -15 dB": (alternate, RoomSettings(delay_ms=60, attenuation_db=15)),
        "150 ms, -25 dB": (alternate, RoomSettings(delay_ms=150, attenuation_db=25)),
        "400 ms, -15 dB": (alternate, RoomSettings(delay_ms=400, attenuation_db=15)),
        "60 ms, 100 ppm": (alternate, RoomSettings(delay_ms=60, drift_ppm=100)),
        "double talk 60 ms": (double_talk, RoomSettings(delay_ms=60)),
        "double talk 150 ms": (double_talk, RoomSettings(delay_ms=150, attenuation_db=10)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="clips per side, repeated")
    args = parser.parse_args()
    remote = [speech(t, "en-us", pitch=30) for t in REMOTE] * args.repeat
    own = [speech(t, "en", pitch=70) for t in OWN] * args.repeat
    cancellers: dict[str, tuple[Canceller, int]] = {
        "AEC3 (livekit)": (run_aec3, AEC3_LATENCY),
        "EchoGuard (AEC3 + gate)": (run_guard, GUARD_LATENCY),
    }
    for preprocess in (False, True):
        run = speex(preprocess)
        if run is not None:
            name = "SpeexDSP (pyaec)" + (" + preprocess" if preprocess else "")
            cancellers[name] = (run, 0)
    print("| canceller | scene | ERLE dB | own kept (mic) | CPU s per audio s |")
    print("|---|---|---|---|---|")
    for scene_name, (layout, settings) in scenes().items():
        scene = make_scene(*layout(own, remote), settings)
        for name, (run, latency) in cancellers.items():
            start = time.process_time()
            out = run(scene)
            cpu = (time.process_time() - start) / (len(scene.mic) / 16000)
            kept = ""
            if layout is double_talk:
                kept = f"{own_kept(scene, out, latency):.3f} ({own_kept(scene, scene.mic):.3f})"
            erle = erle_db(scene, out, latency)
            print(f"| {name} | {scene_name} | {erle:.1f} | {kept} | {cpu:.4f} |", flush=True)


if __name__ == "__main__":
    main()
