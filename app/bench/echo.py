"""The echo guard measured end to end: "Me" hears "Remote" through a room; how much of
Remote gets captioned under Me, and what happens to Me's own words.

Scenes come from the echo rig (app/bench/echo_rig.py): real voices from
../shared/audio/real (English utterances of different speakers for both sides) when it is
there, espeak-ng voices otherwise. Each scene runs through ``captionist transcribe`` as
files (deterministic), three ways: the microphone without any remote audio (the baseline),
with the remote audio and the guard off, and with ``--echo-ref mic=remote``. A device run
plays the same scene into two PulseAudio null sinks and captures their monitors, so the
two sessions have real, separate clocks.

    python -m app.bench.echo [--quick] [--devices]     (writes docs/benchmarks_echo.md)
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.audio.base import SAMPLE_RATE
from app.audio.wav import write_wav
from app.bench.echo_rig import RoomSettings, Scene, alternate, double_talk, make_scene, speech
from app.bench.metrics import error_rate, normalise_text

REPO = Path(__file__).resolve().parents[2]


# -- what the text shows -------------------------------------------------------------
def _matched(reference: list[str], hypothesis: list[str]) -> list[bool]:
    """Which hypothesis words a longest common subsequence with ``reference`` uses."""
    n, m = len(reference), len(hypothesis)
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if reference[i] == hypothesis[j]:
                table[i, j] = table[i + 1, j + 1] + 1
            else:
                table[i, j] = max(table[i + 1, j], table[i, j + 1])
    used = [False] * m
    i = j = 0
    while i < n and j < m:
        if reference[i] == hypothesis[j]:
            used[j] = True
            i, j = i + 1, j + 1
        elif table[i + 1, j] >= table[i, j + 1]:
            i += 1
        else:
            j += 1
    return used


def remote_leak(mic_text: str, own_reference: str, remote_reference: str) -> float:
    """Share of the remote words that turn up in the microphone's captions: words the
    own speech does not explain, counted against the remote reference's words."""
    hypothesis = normalise_text(mic_text).split()
    remote = normalise_text(remote_reference).split()
    if not remote:
        return 0.0
    used = _matched(normalise_text(own_reference).split(), hypothesis)
    left = Counter(remote)
    leaked = 0
    for word, is_own in zip(hypothesis, used, strict=True):
        if not is_own and left[word] > 0:
            left[word] -= 1
            leaked += 1
    return leaked / len(remote)


def own_words_kept(mic_text: str, own_reference: str) -> float:
    """Share of the own reference's words that arrive, in order."""
    reference = normalise_text(own_reference).split()
    if not reference:
        return 1.0
    used = _matched(normalise_text(mic_text).split(), reference)
    return sum(used) / len(reference)


# -- scenes --------------------------------------------------------------------------
@dataclass
class Voices:
    own: list[np.ndarray]
    own_text: list[str]
    remote: list[np.ndarray]
    remote_text: list[str]
    kind: str  # "real" or "espeak"


ESPEAK_OWN = [
    "I think the release should wait until the tests pass on every platform.",
    "Could you send me the numbers from yesterday before lunch, please?",
    "We agreed to move the review to Thursday afternoon.",
]
ESPEAK_REMOTE = [
    "Good morning everyone, let us start with a quick status update from each team.",
    "The mobile team finished the dark mode and the new onboarding flow last week.",
    "Two jobs are still blocked on access rights, so we expect a short delay.",
]


def espeak_voices(count: int = 3) -> Voices:
    """Two espeak-ng voices apart in accent, speed and pitch; ``count`` sentences each."""
    own, remote = ESPEAK_OWN[:count], ESPEAK_REMOTE[:count]
    return Voices(
        [speech(t, "en-us", pitch=70) for t in own],
        own,
        [speech(t, "en", speed=160, pitch=35) for t in remote],
        remote,
        "espeak",
    )


def real_voices(audio_dir: Path, count: int = 3) -> Voices | None:
    """Real English utterances: own and remote from different speakers, taken in turn
    from the joined real_en.flac by its manifest."""
    real = audio_dir / "real"
    manifest = real / "real_en.manifest.tsv"
    if not manifest.is_file():
        return None
    from faster_whisper import decode_audio

    audio = decode_audio(str(real / "real_en.flac"))
    rows = list(csv.DictReader(manifest.open(encoding="utf-8"), delimiter="\t"))
    # Utterances of 4-12 s: long enough to be sentences, short enough for many scenes.
    rows = [r for r in rows if 4.0 <= float(r["dur_s"]) <= 12.0][: 2 * count]
    clips = [audio[int(float(r["start_s"]) * SAMPLE_RATE) : int(float(r["end_s"]) * SAMPLE_RATE)]
             for r in rows]  # fmt: skip
    texts = [r["reference"] for r in rows]
    return Voices(clips[0::2], texts[0::2], clips[1::2], texts[1::2], "real")


#: (name, layout, room): the issue's range of rooms, and both talking at once.
CASES = [
    ("turns, 20 ms, -10 dB", "alternate", RoomSettings(delay_ms=20, attenuation_db=10)),
    ("turns, 60 ms, -15 dB", "alternate", RoomSettings(delay_ms=60, attenuation_db=15)),
    ("turns, 150 ms, -25 dB", "alternate", RoomSettings(delay_ms=150, attenuation_db=25)),
    ("turns, 60 ms, 100 ppm drift", "alternate",
     RoomSettings(delay_ms=60, attenuation_db=15, drift_ppm=100)),
    ("double talk, 60 ms, -15 dB", "double", RoomSettings(delay_ms=60, attenuation_db=15)),
]  # fmt: skip


def scene_for(voices: Voices, layout: str, settings: RoomSettings) -> Scene:
    own, remote = (alternate if layout == "alternate" else double_talk)(voices.own, voices.remote)
    return make_scene(own, remote, settings)


# -- running the command line ----------------------------------------------------------
@dataclass
class Texts:
    mic: str
    remote: str


def transcribe_pair(
    mic: np.ndarray, remote: np.ndarray, guard: bool, language: str = "en"
) -> Texts:
    """``captionist transcribe`` on two files named mic and remote; the final texts."""
    with tempfile.TemporaryDirectory(prefix="captionist-echo-") as folder:
        tmp = Path(folder)
        write_wav(tmp / "mic.wav", mic)
        write_wav(tmp / "remote.wav", remote)
        events = tmp / "events.jsonl"
        command = [sys.executable, "-m", "app", "transcribe", "--quiet", "--language", language,
                   "--events", str(events), str(tmp / "mic.wav"),
                   str(tmp / "remote.wav")]  # fmt: skip
        if guard:
            command += ["--echo-ref", "mic=remote"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"captionist transcribe failed: {done.stderr[-2000:]}")
        records = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    finals = [r for r in records if r["kind"] == "final"]
    text = {s: " ".join(r["text"] for r in finals if r["session"] == s) for s in ("mic", "remote")}
    return Texts(text["mic"], text["remote"])


def guard_cpu(scene: Scene, block: int = 3200) -> float:
    """Seconds of CPU the guard takes per second of audio, in 0.2 s blocks as captured."""
    from app.audio.echo import EchoGuard

    guard = EchoGuard()
    started = time.process_time()
    for i in range(0, len(scene.mic), block):
        guard.process(scene.mic[i : i + block], scene.reference[i : i + block])
    return (time.process_time() - started) / (len(scene.mic) / SAMPLE_RATE)


def measure_case(voices: Voices, name: str, layout: str, settings: RoomSettings) -> dict:
    scene = scene_for(voices, layout, settings)
    own_ref, remote_ref = " ".join(voices.own_text), " ".join(voices.remote_text)
    silent = np.zeros_like(scene.reference)
    alone = transcribe_pair(scene.own, silent, guard=False)
    alone_guarded = transcribe_pair(scene.own, silent, guard=True)
    off = transcribe_pair(scene.mic, scene.reference, guard=False)
    on = transcribe_pair(scene.mic, scene.reference, guard=True)
    return {
        "case": name,
        "audio_s": len(scene.mic) / SAMPLE_RATE,
        "wer_alone": error_rate(own_ref, alone.mic),
        "alone_same_with_guard": alone.mic == alone_guarded.mic,
        "wer_off": error_rate(own_ref, off.mic),
        "wer_on": error_rate(own_ref, on.mic),
        "leak_off": remote_leak(off.mic, own_ref, remote_ref),
        "leak_on": remote_leak(on.mic, own_ref, remote_ref),
        "kept_on": own_words_kept(on.mic, own_ref),
        "remote_untouched": off.remote == on.remote,
        "guard_cpu": guard_cpu(scene),
        "mic_on": on.mic,
        "mic_off": off.mic,
    }


def write_report(results: dict, path: Path) -> None:
    lines = [
        "# Echo guard benchmark",
        "",
        f"Machine: {results['machine']}. Voices: {results['voices']}. "
        "`python -m app.bench.echo` (files, so every number is deterministic except CPU).",
        "",
        "Leak: share of the remote words captioned under Me. WER: Me's own words "
        "(alone = the microphone without any remote audio). Kept: own words that arrive "
        "with the guard on. CPU: the guard's own cost, seconds per audio second.",
        "",
        "| scene | WER alone | WER off | WER on | leak off | leak on | kept on "
        "| alone same with guard | Remote untouched | guard CPU |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results["cases"]:
        lines.append(
            f"| {r['case']} | {r['wer_alone']:.1%} | {r['wer_off']:.1%} | {r['wer_on']:.1%} "
            f"| {r['leak_off']:.1%} | {r['leak_on']:.1%} | {r['kept_on']:.1%} "
            f"| {'yes' if r['alone_same_with_guard'] else 'NO'} "
            f"| {'yes' if r['remote_untouched'] else 'NO'} | {r['guard_cpu']:.3f} |"
        )
    lines += ["", "## What Me's session captioned", ""]
    for r in results["cases"]:
        lines += [f"- **{r['case']}**, guard off: {r['mic_off']}",
                  f"  guard on: {r['mic_on']}"]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.echo", description=__doc__)
    parser.add_argument("--audio", type=Path, default=REPO.parent / "shared" / "audio")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--espeak", action="store_true", help="espeak-ng voices only")
    parser.add_argument("--quick", action="store_true", help="two scenes only")
    args = parser.parse_args(argv)
    from app.bench.__main__ import machine

    voices = None if args.espeak else real_voices(args.audio)
    voices = voices or espeak_voices()
    cases = CASES[1::3] if args.quick else CASES
    results: dict = {"machine": machine(), "voices": voices.kind, "cases": []}
    for name, layout, settings in cases:
        print(f"bench.echo: {name}", file=sys.stderr, flush=True)
        results["cases"].append(measure_case(voices, name, layout, settings))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "benchmarks_echo.json").write_text(json.dumps(results, indent=2) + "\n")
    write_report(results, args.out / "benchmarks_echo.md")
    print(f"bench.echo: wrote {args.out / 'benchmarks_echo.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
