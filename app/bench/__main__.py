"""``python -m app.bench``: measure the live pipeline and its baselines in one run.

Writes docs/benchmarks.md (machine, model, settings, tables) and docs/benchmarks.json
(every raw number). See ``--help``; ``sh packaging/dev.sh bench`` runs it.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

import numpy as np

from app.audio.base import SAMPLE_RATE
from app.audio.wav import write_wav
from app.bench.live import RunResult, run_transcribe, session_metrics
from app.bench.metrics import error_rate, median, percentile
from app.bench.report import write_report
from app.bench.shutdown import close_window, interrupt_live

REPO = Path(__file__).resolve().parents[2]


def _cpu_rate(run: RunResult, skip_s: float) -> float:
    """CPU seconds per wall second after ``skip_s`` (start-up and model load excluded)."""
    samples = [(w, c) for w, c in run.cpu_samples if w >= skip_s]
    if len(samples) < 2:
        return float("nan")
    (w0, c0), (w1, c1) = samples[0], samples[-1]
    return (c1 - c0) / (w1 - w0)


def machine() -> dict[str, object]:
    import ctranslate2
    import faster_whisper
    import psutil

    model_name = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            model_name = next(
                (line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")),
                model_name,
            )
    except OSError:
        model_name = platform.processor() or model_name
    return {
        "cpu": model_name,
        "cores": psutil.cpu_count(logical=True),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "ctranslate2": ctranslate2.__version__,
        "faster_whisper": faster_whisper.__version__,
    }


def memory_per_session(
    single_mb: float, concurrency: dict[int, dict[str, object]]
) -> dict[str, float]:
    """What each extra session adds to peak memory.

    Peak RSS is mostly transient decode buffers, so one run's peak moves by tens of MB
    (in one run: 4 sessions 309 MB, 6 sessions 361 MB, 8 sessions 286 MB). The slope
    through every run (1 session and each count tried) is the figure judged; the
    difference between 1 and the fewest concurrent sessions is kept beside it.
    """
    counts = [1, *sorted(concurrency)]
    peaks = [single_mb, *(float(concurrency[n]["peak_rss_mb"]) for n in counts[1:])]
    first = counts[1]
    return {
        "memory_per_session_mb": float(np.polyfit(counts, peaks, 1)[0]),
        "memory_per_session_two_point_mb": (peaks[1] - single_mb) / (first - 1),
        "memory_sessions_fitted": len(counts),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench", description=__doc__)
    parser.add_argument("--audio", type=Path, default=REPO.parent / "shared" / "audio",
                        help="folder with the clips and their .txt references")  # fmt: skip
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="where to write")
    parser.add_argument("--max-sessions", type=int, default=8,
                        help="most concurrent sessions to try")  # fmt: skip
    parser.add_argument("--quick", action="store_true",
                        help="short clips only: a smoke run, numbers not comparable")  # fmt: skip
    args = parser.parse_args(argv)
    audio_dir: Path = args.audio
    main_clip, main_ref, main_lang = "meeting_en.flac", "meeting_en.txt", "en"
    if args.quick:
        main_clip, main_ref = "jfk.flac", "jfk.txt"
    ref = (audio_dir / main_ref).read_text(encoding="utf-8")
    from faster_whisper import decode_audio

    main_audio = decode_audio(str(audio_dir / main_clip))
    duration = len(main_audio) / SAMPLE_RATE
    results: dict[str, object] = {"machine": machine(), "clip": main_clip, "duration_s": duration}
    from app.models.embedded import ensure_model
    from app.models.threads import cpu_threads, usual_threads

    results["threads"] = {"captionist": cpu_threads(ensure_model()), "baselines": usual_threads()}
    args.out.mkdir(parents=True, exist_ok=True)
    partial_path = args.out / "benchmarks.partial.json"

    def log(text: str) -> None:
        # Keep what is measured so far: a late failure must not lose ten minutes of runs.
        partial_path.write_text(json.dumps(results, indent=2, default=float) + "\n")
        print(f"bench: {text}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        quiet = write_wav(tmp_dir / "silence2.wav", np.zeros(32000, np.float32))
        log("start-up cost")
        startup = run_transcribe(["--live", str(quiet)])
        results["startup"] = {"cpu_s": startup.cpu_s, "wall_s": startup.wall_s,
                              "rss_mb": startup.peak_rss_mb}  # fmt: skip

        log(f"one live session on {main_clip}")
        single = run_transcribe(["--live", f"{main_lang}={audio_dir / main_clip}"])
        stem = Path(main_clip).stem
        one = session_metrics(single.events, stem, ref, main_lang, duration)
        results["single"] = {
            **asdict(one),
            "cpu_per_audio_s": (single.cpu_s - startup.cpu_s) / duration,
            "peak_rss_mb": single.peak_rss_mb,
        }

        log("as fast as possible (real-time factor)")
        fast = run_transcribe([f"{main_lang}={audio_dir / main_clip}"])
        results["fast"] = {
            "wall_s": fast.wall_s,
            "rtf": (fast.wall_s - startup.wall_s) / duration,
            "error_rate": error_rate(ref, " ".join(e["text"] for e in fast.events
                                                   if e["kind"] == "final"), main_lang),
        }  # fmt: skip

        if not args.quick:
            log("English and German live at once")
            pair = run_transcribe(["--live", f"en={audio_dir / 'meeting_en.flac'}",
                                   f"de={audio_dir / 'meeting_de.flac'}"])  # fmt: skip
            de_ref = (audio_dir / "meeting_de.txt").read_text(encoding="utf-8")
            de_audio_s = len(decode_audio(str(audio_dir / "meeting_de.flac"))) / SAMPLE_RATE
            results["pair"] = {
                "en": asdict(session_metrics(pair.events, "meeting_en", ref, "en", duration)),
                "de": asdict(session_metrics(pair.events, "meeting_de", de_ref, "de", de_audio_s)),
                "de_text": " ".join(e["text"] for e in pair.events
                                    if e["session"] == "meeting_de" and e["kind"] == "final"),
            }  # fmt: skip

        concurrency: dict[int, dict[str, object]] = {}
        n = 2 if args.quick else 4
        while n <= args.max_sessions:
            log(f"{n} live sessions at once")
            run = run_transcribe(["--live", *[f"{main_lang}={audio_dir / main_clip}"] * n])
            sessions = sorted({e["session"] for e in run.events})
            per = [session_metrics(run.events, s, ref, main_lang, duration) for s in sessions]
            real_time = len(per) == n and all(
                m.final_median_s <= 3.0 and m.drift_s <= 0.5 for m in per
            )
            concurrency[n] = {
                "sessions": [asdict(m) for m in per],
                "peak_rss_mb": run.peak_rss_mb,
                "real_time": real_time,
            }
            if not real_time or args.quick:
                break
            n += 1
        results["concurrency"] = concurrency
        passing = [k for k, v in concurrency.items() if v["real_time"]]
        results["max_real_time_sessions"] = max(passing) if passing else 0
        results.update(memory_per_session(single.peak_rss_mb, concurrency))

        rng = np.random.default_rng(0)
        seconds = 20 if args.quick else 60
        for name, signal in (
            ("silence", np.zeros(SAMPLE_RATE * seconds, np.float32)),
            ("noise", (rng.standard_normal(SAMPLE_RATE * seconds) * 0.01).astype(np.float32)),
        ):
            log(f"{seconds} s of {name}")
            run = run_transcribe(["--live", str(write_wav(tmp_dir / f"{name}.wav", signal))])
            results[name] = {
                "captions": sum(1 for e in run.events if e["text"]),
                "cpu_percent_of_one_core": 100 * _cpu_rate(run, skip_s=startup.wall_s + 1),
            }

        runs = 1 if args.quick else 5
        log(f"Ctrl+C mid-speech, {runs} times")
        # 29 s of English without a pause: every interrupt leaves seconds undecided.
        talk = write_wav(
            tmp_dir / "talk.wav", decode_audio(str(audio_dir / "multilingual.mp3"))[:480000]
        )
        exits = []
        for i in range(runs):
            stop = interrupt_live(talk, tmp_dir / f"out{i}", tmp_dir / f"data{i}")
            if stop.returncode == 0:
                exits.append(stop.exit_s)
        results["shutdown"] = {"exit_s": exits, "failures": runs - len(exits)}
        log(f"closing the window mid-speech with 1 and 2 sessions, {runs} times each")
        for sessions in (1, 2):
            results["shutdown"][f"window_close_{sessions}_s"] = [
                close_window(talk, tmp_dir / f"window{sessions}-{i}", sessions) for i in range(runs)
            ]

    log("main-thread stall with 4 live sessions")
    from app.bench.stall import longest_stall_ms

    results["stall"] = longest_stall_ms(audio_dir / main_clip, sessions=4, language=main_lang)

    log("baselines: offline, and re-transcribe-every-second streaming")
    from faster_whisper import WhisperModel

    from app.bench.baselines import naive_streaming, offline
    from app.models.threads import limit_numpy_threads, usual_threads

    # The baselines get CTranslate2's usual thread count (4, or all cores if fewer): the
    # padded 30 s encoder they run every second gains from every core. numpy's BLAS gets
    # the one thread Captionist gives it, so the comparison is of the two schemes.
    limit_numpy_threads()
    model = WhisperModel(str(ensure_model()), device="cpu", compute_type="int8",
                         cpu_threads=usual_threads())  # fmt: skip
    off = offline(model, main_audio, main_lang)
    naive = naive_streaming(model, main_audio, main_lang)
    results["offline"] = {"error_rate": error_rate(ref, off.text, main_lang), "cpu_s": off.cpu_s,
                          "wall_s": off.wall_s}  # fmt: skip
    results["naive"] = {
        "error_rate": error_rate(ref, naive.text, main_lang),
        "final_median_s": median(naive.latencies),
        "final_p95_s": percentile(naive.latencies, 95),
        "cpu_per_audio_s": naive.cpu_s / duration,
    }
    (args.out / "benchmarks.json").write_text(json.dumps(results, indent=2, default=float) + "\n")
    write_report(results, args.out / "benchmarks.md")
    partial_path.unlink(missing_ok=True)
    log(f"wrote {args.out / 'benchmarks.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
