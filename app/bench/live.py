"""Runs of the real ``captionist transcribe`` driver, measured from outside.

Each run is a child process (as a user would start it) with ``--events``; while it
runs, its CPU time and resident memory are sampled with psutil. Latency, accuracy and
drift are computed from the event file afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from app.bench.metrics import error_rate, median, normalise_text, percentile


@dataclass
class RunResult:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    events: list[dict]
    returncode: int
    stderr: str
    cpu_samples: list[tuple[float, float]] = field(default_factory=list)  # (wall, cpu)

    def session_events(self, session: str) -> list[dict]:
        return [e for e in self.events if e["session"] == session]


def _tree_cpu_and_rss(proc: psutil.Process) -> tuple[float, float]:
    cpu = proc.cpu_times()
    total = cpu.user + cpu.system
    rss = proc.memory_info().rss
    return total, rss / 2**20


def run_transcribe(args: list[str], timeout_s: float = 900) -> RunResult:
    """Run ``python -m app transcribe --events F ARGS`` and sample it every 0.2 s."""
    with tempfile.TemporaryDirectory() as tmp:
        events_path = Path(tmp) / "events.jsonl"
        command = [sys.executable, "-m", "app", "transcribe", "--quiet",
                   "--events", str(events_path), *args]  # fmt: skip
        started = time.monotonic()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 text=True)  # fmt: skip
        proc = psutil.Process(child.pid)
        peak_rss, cpu_s, samples = 0.0, 0.0, []
        while child.poll() is None:
            try:
                cpu_s, rss = _tree_cpu_and_rss(proc)
            except psutil.Error:
                break
            peak_rss = max(peak_rss, rss)
            samples.append((time.monotonic() - started, cpu_s))
            if time.monotonic() - started > timeout_s:
                child.kill()
            time.sleep(0.2)
        _, stderr = child.communicate()
        wall = time.monotonic() - started
        events = [json.loads(line) for line in events_path.read_text().splitlines() if line]
    return RunResult(wall, cpu_s, peak_rss, events, child.returncode, stderr, samples)


def final_latencies(events: list[dict]) -> list[float]:
    return [e["audio_pos"] - e["end"] for e in events if e["kind"] == "final" and e["text"]]


def partial_latencies(events: list[dict]) -> list[float]:
    """For each final caption, how long after its last word was spoken that word was
    first on screen (in a partial or, if it never showed as partial, the final)."""
    latencies = []
    for i, final in enumerate(events):
        if final["kind"] != "final" or not final["text"]:
            continue
        words = normalise_text(final["text"]).split()
        if not words:
            continue
        last = words[-1]
        shown = final
        for event in events[:i]:
            if event["session"] != final["session"] or event["end"] < final["end"] - 0.3:
                continue
            if last in normalise_text(event["text"]).split():
                shown = event
                break
        latencies.append(max(0.0, shown["audio_pos"] - final["end"]))
    return latencies


def final_text(events: list[dict]) -> str:
    return " ".join(e["text"] for e in events if e["kind"] == "final")


@dataclass
class SessionMetrics:
    session: str
    error_rate: float
    final_median_s: float
    final_p95_s: float
    partial_median_s: float
    first20_median_s: float
    last20_median_s: float
    finals: int

    @property
    def drift_s(self) -> float:
        return self.last20_median_s - self.first20_median_s


def session_metrics(
    events: list[dict], session: str, reference: str, language: str, duration_s: float
) -> SessionMetrics:
    mine = [e for e in events if e["session"] == session]
    finals = [e for e in mine if e["kind"] == "final" and e["text"]]
    latencies = final_latencies(mine)
    first = [e["audio_pos"] - e["end"] for e in finals if e["end"] <= 20.0]
    last = [e["audio_pos"] - e["end"] for e in finals if e["end"] >= duration_s - 20.0]
    return SessionMetrics(
        session=session,
        error_rate=error_rate(reference, final_text(mine), language),
        final_median_s=median(latencies),
        final_p95_s=percentile(latencies, 95),
        partial_median_s=median(partial_latencies(mine)),
        first20_median_s=median(first),
        last20_median_s=median(last),
        finals=len(finals),
    )
