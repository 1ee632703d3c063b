"""``python -m app.bench.real``: the engine on real voices, live and from files.

Sections (``--only`` picks some):

- ``files``: every clip with one language and one reference, transcribed as a file
  (no ``--live``) three times, against one offline faster-whisper pass (beam 5) on the
  same number of threads: error rates, wall time, and whether the three SRTs are the
  same bytes.
- ``pairs``: real_en + real_es, then real_de + real_fr, live as two sessions at once:
  error rate live and offline, final latency median and p95, partial latency median,
  and the longest any word stayed undecided; medians of ``--runs`` runs (3), with the
  range of the error rate.
- ``four``: all four real clips live at once: latency and drift per session.
- ``translate``: every non-English clip translated into English live, against one
  offline translation of the same model (chrF, sacrebleu).

Writes ``docs/benchmarks_real.md`` and ``.json``; ``sh packaging/dev.sh bench`` runs it
after the main benchmark.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from app.audio.base import SAMPLE_RATE
from app.bench import baselines
from app.bench.live import final_text, run_transcribe, session_metrics
from app.bench.metrics import error_rate, median

REPO = Path(__file__).resolve().parents[2]
SECTIONS = ("files", "pairs", "four", "translate")

# (clip, language, reference) for the files section: one language and one reference each.
FILE_CLIPS = [
    ("jfk.flac", "en", "jfk.txt"),
    ("meeting_en.flac", "en", "meeting_en.txt"),
    ("meeting_de.flac", "de", "meeting_de.txt"),
    ("meeting_es.flac", "es", "meeting_es.txt"),
    ("real/real_en.flac", "en", "real/real_en.txt"),
    ("real/real_de.flac", "de", "real/real_de.txt"),
    ("real/real_es.flac", "es", "real/real_es.txt"),
    ("real/real_fr.flac", "fr", "real/real_fr.txt"),
]
REAL = {lang: f"real/real_{lang}.flac" for lang in ("en", "es", "de", "fr")}
# Non-English speech for the translate section: (clip, language, seconds to use or None).
TRANSLATE_CLIPS = [
    ("meeting_de.flac", "de", None),
    ("meeting_es.flac", "es", None),
    ("multilingual.mp3", "de", (33.0, 60.0)),  # its German half
    ("real/real_de.flac", "de", None),
    ("real/real_es.flac", "es", None),
    ("real/real_fr.flac", "fr", None),
]


def _offline_model():
    from faster_whisper import WhisperModel

    from app.models.embedded import ensure_model
    from app.models.threads import cpu_threads, limit_numpy_threads

    limit_numpy_threads()
    path = ensure_model()
    threads = cpu_threads(path)
    return WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=threads), threads


def _offline_text(model, audio, language: str, task: str = "transcribe") -> tuple[str, float]:
    result = baselines.offline(model, audio, language, task)
    return result.text, result.wall_s


def longest_undecided_s(events: list[dict]) -> float:
    """The longest a word waited between being spoken and being final: the first word of
    each final caption waited ``audio_pos - start``."""
    return max((e["audio_pos"] - e["start"] for e in events if e["kind"] == "final" and e["text"]),
               default=float("nan"))  # fmt: skip


def live_numbers(
    events: list[dict], session: str, reference: str, language: str, audio_s: float
) -> dict:
    """One session's numbers from a live run's (or a replay's) caption events: its
    ``SessionMetrics``, drift, and the longest undecided word."""
    metrics = session_metrics(events, session, reference, language, audio_s)
    mine = [e for e in events if e["session"] == session]
    return {
        **metrics.__dict__,
        "drift_s": metrics.drift_s,
        "longest_undecided_s": longest_undecided_s(mine),
    }


def files(audio_dir: Path, log) -> dict:
    from faster_whisper import decode_audio

    model, threads = _offline_model()
    # The start-up: the median of three runs on a 1 s silent file, after one that fills
    # the disk cache. Until stop 33 that file was decoded (5.6 s of temperature fallback on
    # a 2-core AMD EPYC) and one run of it was subtracted, so the short clips' times came
    # out negative.
    silence = str(_silence(audio_dir))
    run_transcribe([silence])
    startup_s = median([run_transcribe([silence]).wall_s for _ in range(3)])
    out: dict[str, object] = {"threads": threads, "startup_wall_s": startup_s, "clips": {}}
    for clip, language, ref_name in FILE_CLIPS:
        path = audio_dir / clip
        if not path.is_file():
            continue
        log(f"files: {clip}")
        reference = (audio_dir / ref_name).read_text(encoding="utf-8")
        audio = decode_audio(str(path))
        offline, offline_s = _offline_text(model, audio, language)
        timed = baselines.offline(model, audio, language, word_timestamps=True)
        runs, srts = [], []
        for _ in range(3):
            with tempfile.TemporaryDirectory() as tmp:
                run = run_transcribe([f"{language}={path}", "--out", tmp, "--format", "srt"])
                srts.append(b"".join(p.read_bytes() for p in sorted(Path(tmp).glob("*.srt"))))
            runs.append(run)
        out["clips"][clip] = {
            "language": language,
            "audio_s": len(audio) / SAMPLE_RATE,
            "offline_error": error_rate(reference, offline, language),
            "offline_wall_s": offline_s,
            "offline_words_error": error_rate(reference, timed.text, language),
            "offline_words_wall_s": timed.wall_s,
            "error": error_rate(reference, final_text(runs[0].events), language),
            "wall_s": median([r.wall_s - startup_s for r in runs]),
            "whole_run_s": median([r.wall_s for r in runs]),
            "identical_srt": len(set(srts)) == 1 and bool(srts[0]),
            "text": final_text(runs[0].events),
        }
    return out


def _silence(audio_dir: Path) -> Path:
    import numpy as np

    from app.audio.wav import write_wav

    path = Path(tempfile.gettempdir()) / "captionist-bench-silence.wav"
    return write_wav(path, np.zeros(SAMPLE_RATE, np.float32))


def _live(
    audio_dir: Path, languages: list[str], model, log, runs: int = 1, keep: Path | None = None
) -> dict:
    """``languages``' real clips live as sessions at once, ``runs`` times: each number is
    the median of the runs (the same code moves 2-3 points of WER on de and fr from one
    run to the next), and ``error_rates`` keeps every run's. ``keep``: a folder for each
    run's caption events, to look into a run that stands out."""
    from faster_whisper import decode_audio

    paths = {lang: audio_dir / REAL[lang] for lang in languages}
    if not all(p.is_file() for p in paths.values()):
        return {}
    audio = {lang: decode_audio(str(path)) for lang, path in paths.items()}
    references = {
        lang: path.with_suffix(".txt").read_text(encoding="utf-8") for lang, path in paths.items()
    }
    measured: dict[str, list[dict]] = {path.stem: [] for path in paths.values()}
    cpu: list[float] = []
    longest_audio_s = max(len(samples) for samples in audio.values()) / SAMPLE_RATE
    for i in range(runs):
        log(f"live: {' + '.join(p.name for p in paths.values())} (run {i + 1} of {runs})")
        run = run_transcribe(["--live", *[f"{lang}={p}" for lang, p in paths.items()]])
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            lines = "".join(json.dumps(e) + "\n" for e in run.events)
            (keep / f"{'_'.join(languages)}.run{i + 1}.jsonl").write_text(lines, encoding="utf-8")
        cpu.append(run.cpu_s / longest_audio_s)
        for lang, path in paths.items():
            audio_s = len(audio[lang]) / SAMPLE_RATE
            measured[path.stem].append(
                live_numbers(run.events, path.stem, references[lang], lang, audio_s)
            )
    out: dict[str, object] = {}
    for lang, path in paths.items():
        offline, _ = _offline_text(model, audio[lang], lang)
        per_run = measured[path.stem]
        out[path.stem] = {
            **{key: median([m[key] for m in per_run]) for key in per_run[0] if key != "session"},
            "session": path.stem,
            "runs": runs,
            "error_rates": [m["error_rate"] for m in per_run],
            "offline_error": error_rate(references[lang], offline, lang),
        }
    out["cpu_per_audio_s"] = median(cpu)
    return out


def translate(audio_dir: Path, model, log) -> dict:
    import sacrebleu
    from faster_whisper import decode_audio

    from app.audio.wav import write_wav

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for clip, language, cut in TRANSLATE_CLIPS:
            path = audio_dir / clip
            if not path.is_file():
                continue
            log(f"translate: {clip}")
            audio = decode_audio(str(path))
            if cut is not None:
                audio = audio[int(cut[0] * SAMPLE_RATE) : int(cut[1] * SAMPLE_RATE)]
            wav = write_wav(Path(tmp) / (Path(clip).stem + ".wav"), audio)
            offline, _ = _offline_text(model, audio, language, task="translate")
            run = run_transcribe(["--live", "--translate", f"{language}={wav}"])
            live = final_text(run.events)
            chrf = sacrebleu.sentence_chrf(live, [offline]).score
            out[clip] = {"chrf": chrf, "live": live, "offline": offline}
    return out


def write_report(results: dict, path: Path) -> None:
    lines = ["# Real voices: benchmark", "", f"Machine: {results['machine']}", ""]
    if results.get("note"):
        lines += [results["note"], ""]
    if "files" in results:
        f = results["files"]
        lines += [
            f"## Files (no --live), {f['threads']} thread(s), three runs each", "",
            "Offline: faster-whisper `transcribe`, beam 5, on the same threads; \"with word "
            "times\" adds `word_timestamps=True`, which subtitles need (Captionist times every "
            "word). Captionist's time is the median of its three runs, less its start-up "
            f"({f['startup_wall_s']:.1f} s: the median of three runs on a 1 s file, "
            "model loading included); the whole runs' median is beside it.", "",
            "| clip | WER offline | WER Captionist | WER offline with word times "
            "| offline s | offline with word times s | Captionist s | Captionist whole run s "
            "| same SRT ×3 |",
            "|---|---|---|---|---|---|---|---|---|",
        ]  # fmt: skip
        for clip, c in f["clips"].items():
            lines.append(
                f"| {clip} | {100 * c['offline_error']:.1f} % | {100 * c['error']:.1f} % "
                f"| {100 * c.get('offline_words_error', float('nan')):.1f} % "
                f"| {c['offline_wall_s']:.1f} | {c.get('offline_words_wall_s', float('nan')):.1f} "
                f"| {c['wall_s']:.1f} | {c.get('whole_run_s', float('nan')):.1f} "
                f"| {c['identical_srt']} |"
            )
        lines.append("")
    for key, title in (("pairs", "Live pairs"), ("four", "Four live sessions at once")):
        if key not in results:
            continue
        lines += [f"## {title}", "",
                  "| session | WER live (range of runs) | WER offline | final median | final p95 "
                  "| partial median | longest undecided | drift |",
                  "|---|---|---|---|---|---|---|---|"]  # fmt: skip
        for group in results[key]:
            for session, m in group.items():
                if not isinstance(m, dict):
                    continue
                spread = sorted(m.get("error_rates", []))
                runs = f" ({100 * spread[0]:.1f}-{100 * spread[-1]:.1f})" if len(spread) > 1 else ""
                lines.append(
                    f"| {session} | {100 * m['error_rate']:.1f} %{runs} "
                    f"| {100 * m['offline_error']:.1f} % "
                    f"| {m['final_median_s']:.2f} s | {m['final_p95_s']:.2f} s "
                    f"| {m['partial_median_s']:.2f} s | {m['longest_undecided_s']:.2f} s "
                    f"| {m['drift_s']:+.2f} s |"
                )
            lines.append(
                f"| CPU s per audio s | {group.get('cpu_per_audio_s', float('nan')):.3f} |"
            )
        lines.append("")
    if "translate" in results:
        lines += ["## Live translation against offline translation", "",
                  "| clip | chrF |", "|---|---|"]  # fmt: skip
        for clip, t in results["translate"].items():
            lines.append(f"| {clip} | {t['chrf']:.1f} |")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.real", description=__doc__)
    parser.add_argument("--audio", type=Path, default=REPO.parent / "shared" / "audio")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections: " + ", ".join(SECTIONS))  # fmt: skip
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of each live pair, reported as medians")  # fmt: skip
    parser.add_argument("--keep-events", type=Path, metavar="DIR",
                        help="keep each live run's caption events (JSON lines) in DIR")  # fmt: skip
    args = parser.parse_args(argv)
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    from app.bench.__main__ import machine

    results: dict[str, object] = {"machine": machine()}

    def log(text: str) -> None:
        print(f"bench.real: {text}", file=sys.stderr, flush=True)

    model = None
    if "files" in wanted:
        results["files"] = files(args.audio, log)
    if {"pairs", "four", "translate"} & set(wanted):
        model, _ = _offline_model()
    if "pairs" in wanted:
        results["pairs"] = [
            _live(args.audio, pair, model, log, args.runs, args.keep_events)
            for pair in (["en", "es"], ["de", "fr"])
        ]
    if "four" in wanted:
        results["four"] = [_live(args.audio, ["en", "es", "de", "fr"], model, log,
                                 keep=args.keep_events)]  # fmt: skip
    if "translate" in wanted:
        results["translate"] = translate(args.audio, model, log)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = (
        "benchmarks_real" if set(wanted) == set(SECTIONS) else "benchmarks_real." + "_".join(wanted)
    )
    (args.out / f"{stem}.json").write_text(json.dumps(results, indent=2, default=float) + "\n")
    write_report(results, args.out / f"{stem}.md")
    log(f"wrote {args.out / stem}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
