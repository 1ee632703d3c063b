"""Soak: a long stretch of speech and silence through two sessions of the real CLI.

``captionist transcribe`` (the pipeline the window uses, without the window) reads two
long files as fast as the model allows: one English session, one German, each a
concatenation of the real clips with pauses and long silences between them. While it
runs, its resident memory is sampled from outside, and the audio position and buffer
length of each session are read from its ``--events`` file as they are written.

It checks that memory levels off (growth after a warm-up stays under 20 MB), that each
session's buffer stays bounded (the file's reader waits for the model), and that the transcript
keeps every clip, at its place in time, as accurately as short runs do.

``CAPTIONIST_SOAK_MINUTES`` is the audio per session of the slow test (default 120):

    CAPTIONIST_SOAK_MINUTES=120 .venv/bin/python -m pytest -m slow -s tests/robustness/test_soak.py

The short test (90 s per session) runs with the ordinary suite.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import psutil
import pytest

from app.bench.metrics import edit_distance, normalise_text
from app.transcripts.journal import list_journals
from app.workers.pipeline import FILE_BACKLOG_S

RATE = 16_000
SOAK_MINUTES = float(os.environ.get("CAPTIONIST_SOAK_MINUTES", "120"))
SHORT_MINUTES = 4.0  # two sessions of files take ~70 s on two cores; shorter runs were
# still inside one window's transient allocations (RSS swung ±40 MB in a 30 s run)
WARM_UP_S = 600.0  # memory may grow while the first ten minutes warm caches and arenas
MAX_GROWTH_MB = 20.0
# The short run is still warming up after its first half; its bound only catches gross
# leaks (audio kept per chunk). test_memory.py pins the decoder's shape cache.
MAX_GROWTH_MB_SHORT = 40.0
# Files are decoded in windows, and the reader waits while more than FILE_BACKLOG_S of
# speech is undecoded; one chunk may go past it before the reader waits. More means the
# gate stopped working and the file is read into memory.
MAX_BUFFER_S = FILE_BACKLOG_S + 1.0
# The sessions are files, decoded as faster-whisper's offline pass: it reads meeting_de
# repeated sixteen times in 30 s windows as "und aller Tung für drei Monate" (Captionist
# 27 % on an Intel Xeon, faster-whisper's own transcribe() 36 %, alone 0 %); soak_en reads
# 2 %. On an AMD EPYC one window came back at temperature 1.0 as a copy of its prompt,
# every word piled on a whole second, and placed a clip's words on the next (worst clip
# 74 %); such a window's utterances are now decoded one by one (2 % there). A lost clip
# is caught by the bound on each clip below.
MAX_SESSION_WER = 0.30
MAX_CLIP_WER = 0.4  # any one clip: far above a bad decode, far below a lost clip


@dataclass(frozen=True)
class ClipSpec:
    audio: str
    reference: str
    seconds: float | None = None  # only the first part of the file (its reference's part)


# The English session starts with its longest clip: the licence is 29 s without a pause,
# so trimming and the largest decodes happen during the warm-up, not after it.
SESSIONS: dict[str, tuple[str, list[ClipSpec]]] = {
    "soak_en": (
        "en",
        [
            ClipSpec("multilingual.mp3", "multilingual.en.txt", seconds=30.0),
            ClipSpec("jfk.flac", "jfk.txt"),
            ClipSpec("meeting_en.flac", "meeting_en.txt"),
        ],
    ),
    "soak_de": ("de", [ClipSpec("meeting_de.flac", "meeting_de.txt")]),
}


@dataclass(frozen=True)
class Placed:
    """A clip at its place in a session's audio."""

    start_s: float
    end_s: float
    reference: str


def build_session_audio(
    path: Path,
    clips: list[ClipSpec],
    minutes: float,
    load_clip: Callable[[str], np.ndarray],
    reference: Callable[[str], str],
    seed: int,
) -> list[Placed]:
    """Write clips, pauses and long silences to ``path`` until ``minutes`` are reached.

    Written piece by piece: two hours are 230 MB, and the test should not hold them.
    Each repetition gets its own level, so the model never hears the very same input.
    """
    rng = np.random.default_rng(seed)
    placed: list[Placed] = []
    written = 0
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)

        def write(samples: np.ndarray) -> None:
            nonlocal written
            out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
            written += len(samples)

        i = 0
        while written < minutes * 60 * RATE:
            spec = clips[i % len(clips)]
            audio = load_clip(spec.audio)
            if spec.seconds is not None:
                audio = audio[: round(spec.seconds * RATE)]
            start = written / RATE
            write(audio * rng.uniform(0.4, 1.0))
            placed.append(Placed(start, written / RATE, reference(spec.reference)))
            # Mostly pauses between sentences; now and then a long silence in the meeting.
            gap_s = rng.uniform(20, 60) if rng.random() < 0.2 else rng.uniform(0.8, 5.0)
            # A faint noise floor, as a real room has: digital zeros would be too easy.
            write(rng.standard_normal(round(gap_s * RATE)).astype(np.float32) * 5e-4)
            i += 1
    return placed


@dataclass
class Sample:
    wall_s: float
    audio_s: float  # the slower session's audio position
    rss_mb: float
    total_audio_s: float  # both sessions' audio fed so far


@dataclass
class SoakRun:
    returncode: int
    stderr: str
    wall_s: float
    samples: list[Sample]
    max_buffer_s: dict[str, float]
    audio_pos_s: dict[str, float]


def run_soak(
    inputs: dict[str, Path], languages: dict[str, str], out: Path, data: Path, timeout_s: float
) -> SoakRun:
    events_path = out / "events.jsonl"
    stderr_path = out / "stderr.txt"
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "app", "transcribe", "--quiet", "--out", str(out),
               "--format", "json", "--events", str(events_path),
               *[f"{languages[name]}={path}" for name, path in inputs.items()]]  # fmt: skip
    started = time.monotonic()
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=stderr, text=True,
            env=dict(os.environ, XDG_DATA_HOME=str(data)),
        )  # fmt: skip
    process = psutil.Process(child.pid)
    samples: list[Sample] = []
    audio_pos = {name: 0.0 for name in inputs}
    max_buffer = {name: 0.0 for name in inputs}
    tail = ""
    handle = None
    try:
        while True:
            is_done = child.poll() is not None
            if handle is None and events_path.exists():
                handle = open(events_path, encoding="utf-8")  # noqa: SIM115 (read while written)
            if handle is not None:
                tail += handle.read()
                *lines, tail = tail.split("\n")
                for line in lines:
                    event = json.loads(line)
                    name = event["session"]
                    audio_pos[name] = max(audio_pos[name], event["audio_pos"])
                    max_buffer[name] = max(max_buffer[name], event["buffered"])
            if is_done:
                break
            try:
                rss_mb = process.memory_info().rss / 2**20
            except psutil.Error:
                continue  # it has just exited: the next round reads its last events
            positions = audio_pos.values()
            samples.append(
                Sample(time.monotonic() - started, min(positions), rss_mb, sum(positions))
            )
            if time.monotonic() - started > timeout_s:
                child.kill()
            # Files are decoded at offline speed: at 0.5 s a sample, the short run's second
            # half (120 s of audio a session) gave 17 samples on a 2-core AMD EPYC.
            time.sleep(0.2)
    finally:
        if handle is not None:
            handle.close()
        child.kill()
        child.wait()
    return SoakRun(
        child.returncode,
        stderr_path.read_text(encoding="utf-8"),
        time.monotonic() - started,
        samples,
        max_buffer,
        audio_pos,
    )


@dataclass
class Accuracy:
    wer: float
    worst_clip_wer: float
    worst_clip: int
    stray_words: int  # words captioned outside every clip (text from silence)


def accuracy(placed: list[Placed], captions: list[dict]) -> Accuracy:
    """Word error against the session's concatenated reference, aligned clip by clip.

    Each caption belongs to the clip its middle falls in; clips are seconds apart, so
    a caption never straddles two. Aligning per clip is an upper bound of the global
    alignment's WER and, unlike it, takes milliseconds for two hours of speech.
    """
    heard: list[list[str]] = [[] for _ in placed]
    stray = 0
    starts = [p.start_s for p in placed]
    for caption in captions:
        middle = (caption["start"] + caption["end"]) / 2
        index = int(np.searchsorted(starts, middle, side="right")) - 1
        words = normalise_text(caption["text"]).split()
        if index >= 0 and middle <= placed[index].end_s + 0.5:
            heard[index] += words
        else:
            stray += len(words)
    errors, total, worst, worst_index = stray, 0, 0.0, -1
    for i, (clip, words) in enumerate(zip(placed, heard, strict=True)):
        ref = normalise_text(clip.reference).split()
        distance = edit_distance(ref, words)
        errors += distance
        total += len(ref)
        if distance / len(ref) > worst:
            worst, worst_index = distance / len(ref), i
    return Accuracy(errors / total, worst, worst_index, stray)


def rss_growth(samples: list[Sample], warm_up_s: float) -> tuple[float, float]:
    """Resident memory just after the warm-up and how far it rose by the end, in MB.

    Each end is the median of a tenth of the samples after the warm-up (ten at least):
    malloc and the model's scratch buffers make RSS swing by tens of MB from one decode
    to the next, and a leak is a trend under those swings, not one high sample.
    """
    after = [s.rss_mb for s in samples if s.audio_s >= warm_up_s]
    assert len(after) >= 20, f"too few samples past {warm_up_s:.0f} s of audio: {len(after)}"
    # At least ten samples an end: the short run has 40 or so past its warm-up, RSS swings
    # by ±45 MB between two 30 s window decodes of a file, and the median of a tenth (3
    # samples) once read 41 MB of "growth" in a run that ended 100 MB below its start.
    window = max(len(after) // 10, 10)
    start = statistics.median(after[:window])
    return start, statistics.median(after[-window:]) - start


def soak(
    minutes: float,
    max_growth_mb: float,
    tmp_path: Path,
    load_clip,
    reference,
    report: Callable[[str], None],
) -> None:
    inputs: dict[str, Path] = {}
    languages: dict[str, str] = {}
    placed: dict[str, list[Placed]] = {}
    for seed, (name, (language, clips)) in enumerate(SESSIONS.items()):
        inputs[name] = tmp_path / f"{name}.wav"
        languages[name] = language
        placed[name] = build_session_audio(inputs[name], clips, minutes, load_clip, reference, seed)
    warm_up_s = min(WARM_UP_S, minutes * 60 / 2)
    # Measured: 20 minutes per session took 12.4 min on two cores; the margin is for a busy one.
    timeout_s = 120 + minutes * 60 * 1.5
    try:
        run = run_soak(inputs, languages, tmp_path / "out", tmp_path / "data", timeout_s)
    finally:
        for path in inputs.values():  # hundreds of MB for the long run
            path.unlink(missing_ok=True)
    curve = tmp_path / "out" / "rss.json"
    curve.write_text(json.dumps([sample.__dict__ for sample in run.samples]))
    report(f"every memory sample: {curve}")
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr

    baseline_mb, growth = rss_growth(run.samples, warm_up_s)
    summary: dict[str, object] = {
        "minutes_per_session": minutes,
        "wall_s": round(run.wall_s, 1),
        "warm_up_audio_s": warm_up_s,
        "rss_mb_after_warm_up": round(baseline_mb, 1),
        "rss_growth_after_warm_up_mb": round(growth, 1),
        "rss_mb_final": round(run.samples[-1].rss_mb, 1),
        "rss_mb_peak": round(max(s.rss_mb for s in run.samples), 1),
        "max_buffer_s": {k: round(v, 2) for k, v in run.max_buffer_s.items()},
        # (minutes of audio fed in both sessions together, MB)
        "rss_curve": [
            (round(s.total_audio_s / 60, 1), round(s.rss_mb))
            for s in run.samples[:: max(1, len(run.samples) // 24)]
        ],
    }
    saved = {
        info.transcript.session: [c.text for c in info.transcript.captions]
        for info in list_journals(tmp_path / "data" / "Captionist" / "journals")
    }
    exported: dict[str, list[dict]] = {}
    results: dict[str, Accuracy] = {}
    for name in inputs:
        path = tmp_path / "out" / f"{name}.json"
        exported[name] = json.loads(path.read_text(encoding="utf-8"))["captions"]
        results[name] = accuracy(placed[name], exported[name])
        summary[name] = {
            "clips": len(placed[name]),
            "audio_s": round(placed[name][-1].end_s, 1),
            "wer": round(results[name].wer, 4),
            "worst_clip_wer": round(results[name].worst_clip_wer, 3),
            "stray_words": results[name].stray_words,
        }
    report(json.dumps(summary))

    for name, result in results.items():
        assert result.wer <= MAX_SESSION_WER, (name, summary[name])
        assert result.worst_clip_wer <= MAX_CLIP_WER, (name, summary[name])
        # Autosave kept up for the whole run: the journal holds exactly what was exported.
        assert saved[name] == [c["text"] for c in exported[name]]
    assert max(run.max_buffer_s.values()) <= MAX_BUFFER_S, summary["max_buffer_s"]
    assert growth < max_growth_mb, summary


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Print the measurements with the test's result (``-s`` or ``-rA`` shows them)."""

    def emit(line: str) -> None:
        print(f"soak: {line}")
        request.node.user_properties.append(("soak", line))

    return emit


@pytest.mark.timeout(600)
def test_soak_short(tmp_path: Path, load_clip, reference, report, model_dir: Path) -> None:
    soak(SHORT_MINUTES, MAX_GROWTH_MB_SHORT, tmp_path, load_clip, reference, report)


@pytest.mark.slow
@pytest.mark.timeout(int(300 + SOAK_MINUTES * 60 * 1.5))
def test_soak_long(tmp_path: Path, load_clip, reference, report, model_dir: Path) -> None:
    soak(SOAK_MINUTES, MAX_GROWTH_MB, tmp_path, load_clip, reference, report)
