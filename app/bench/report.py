"""docs/benchmarks.md from the numbers of one benchmark run."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from app.bench.metrics import median
from app.engine.stream import StreamConfig


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _s(x: float) -> str:
    return f"{x:.2f} s"


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def write_report(r: dict[str, Any], path: Path) -> None:
    m = r["machine"]
    single, naive, off = r["single"], r["naive"], r["offline"]
    config = StreamConfig()
    stop = r["shutdown"]
    threads = r.get("threads", {})
    stop_ok = bool(stop["exit_s"]) and not stop["failures"] and max(stop["exit_s"]) <= 2.0
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today().isoformat()} by `sh packaging/dev.sh bench` "
        "(`python -m app.bench`), all numbers from one run; raw numbers in "
        "[benchmarks.json](benchmarks.json).",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} logical cores, {m['memory_gb']} GB; {m['os']}",
        f"- Software: Python {m['python']}, CTranslate2 {m['ctranslate2']}, "
        f"faster-whisper {m['faster_whisper']}",
        "- Model: the embedded multilingual Whisper `base`, int8 on the CPU",
        f"- Settings: first decode of an utterance at {config.min_first_audio_s} s, then every "
        f"{config.min_new_audio_s} s of new speech, beam "
        f"{config.beam_size} (interim) / {config.final_beam_size} (end of utterance), "
        f"{config.holdback_s} s hold-back, earlier utterances as prompt of the decode that "
        f"ends an utterance of {config.prompt_min_audio_s} s or more, utterance ends after "
        "0.5 s of silence",
        f"- Threads: CTranslate2 {threads.get('captionist', '?')} for Captionist, "
        f"{threads.get('baselines', '?')} for the baselines (CTranslate2's usual 4, or all "
        "cores if fewer); numpy's BLAS 1 for all",
        f"- Clip: `{r['clip']}` ({r['duration_s']:.1f} s) fed in real time (`--live`) unless "
        "said otherwise",
        "- Error rate: word error rate after case-folding and removing punctuation "
        "(character error rate for languages written without spaces)",
        "- Final latency: `audio_pos - end` of each final event (how long after its last word "
        "was spoken a caption became final). Partial latency: how long after the last word of "
        "each final caption was spoken that word was first on screen.",
        "",
        "## Captionist against the baselines",
        "",
        "| | error rate | final latency median | p95 | CPU s per audio s |",
        "|---|---|---|---|---|",
        f"| offline faster-whisper (whole file, beam 5) | {_pct(off['error_rate'])} | – | – | "
        f"{off['cpu_s'] / r['duration_s']:.3f} |",
        f"| re-transcribe every second (padded encoder, LocalAgreement-2, no VAD) | "
        f"{_pct(naive['error_rate'])} | {_s(naive['final_median_s'])} | "
        f"{_s(naive['final_p95_s'])} | {naive['cpu_per_audio_s']:.3f} |",
        f"| **Captionist live** | {_pct(single['error_rate'])} | {_s(single['final_median_s'])} "
        f"| {_s(single['final_p95_s'])} | {single['cpu_per_audio_s']:.3f} |",
        f"| ratio Captionist / re-transcribe | {single['error_rate'] / naive['error_rate']:.2f}"
        if naive["error_rate"]
        else "| ratio Captionist / re-transcribe | –",
    ]
    lines[-1] += (
        f" | {single['final_median_s'] / naive['final_median_s']:.2f} | "
        f"{single['final_p95_s'] / naive['final_p95_s']:.2f} | "
        f"{single['cpu_per_audio_s'] / naive['cpu_per_audio_s']:.2f} |"
    )
    conc = r["concurrency"]
    four = conc.get(4) or conc.get("4")
    lines += [
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        f"| error rate within 1.5 points of offline | {_pct(single['error_rate'])} vs "
        f"{_pct(off['error_rate'])} | {_mark(single['error_rate'] <= off['error_rate'] + 0.015)} |",
        f"| final latency median ≤ 2.0 s | {_s(single['final_median_s'])} | "
        f"{_mark(single['final_median_s'] <= 2.0)} |",
        f"| partial latency median ≤ 1.0 s | {_s(single['partial_median_s'])} | "
        f"{_mark(single['partial_median_s'] <= 1.0)} |",
        f"| ≥ 4 concurrent real-time sessions | {r['max_real_time_sessions']} | "
        f"{_mark(r['max_real_time_sessions'] >= 4)} |",
        f"| each extra session ≤ 10 MB | {r['memory_per_session_mb']:.1f} MB (slope of peak "
        f"memory over {r.get('memory_sessions_fitted', 2)} runs of 1 to "
        f"{max(int(k) for k in conc)} sessions"
        + (
            f"; 1 against {min(int(k) for k in conc)} alone: "
            f"{r['memory_per_session_two_point_mb']:.1f} MB"
            if "memory_per_session_two_point_mb" in r
            else ""
        )
        + ") | "
        f"{_mark(r['memory_per_session_mb'] <= 10)} |",
        f"| silence uses < 5 % of a core | {r['silence']['cpu_percent_of_one_core']:.1f} % | "
        f"{_mark(r['silence']['cpu_percent_of_one_core'] < 5)} |",
        f"| CPU per second of speech ≤ 1/3 of the baseline's | "
        f"{single['cpu_per_audio_s'] / naive['cpu_per_audio_s']:.2f} | "
        f"{_mark(single['cpu_per_audio_s'] <= naive['cpu_per_audio_s'] / 3)} |",
        f"| no caption from 60 s of silence / low noise | {r['silence']['captions']} / "
        f"{r['noise']['captions']} | "
        f"{_mark(r['silence']['captions'] == 0 and r['noise']['captions'] == 0)} |",
        f"| Ctrl+C mid-speech exits within 2 s | median {_s(median(stop['exit_s']))}, worst "
        f"{_s(max(stop['exit_s'], default=float('nan')))}"
        + (f", {stop['failures']} failed" if stop["failures"] else "")
        + f" | {_mark(stop_ok)} |",
        *[
            f"| closing the window mid-speech with {n} session{'s' if n > 1 else ''} exits "
            f"within 2 s | median {_s(median(times))}, worst {_s(max(times))} | "
            f"{_mark(max(times) <= 2.0)} |"
            for n in (1, 2)
            if (times := [t for t in stop.get(f"window_close_{n}_s", []) if t == t])
        ],
        f"| GUI thread never stalls > 100 ms with 4 sessions | {r['stall']['max_ms']:.0f} ms "
        f"| {_mark(r['stall']['max_ms'] <= 100)} |",
        "",
        "## More",
        "",
        f"- Partial latency median: {_s(single['partial_median_s'])}; final latency first 20 s "
        f"/ last 20 s: {_s(single['first20_median_s'])} / {_s(single['last20_median_s'])}",
        f"- As fast as possible: real-time factor {r['fast']['rtf']:.3f} "
        f"(error rate {_pct(r['fast']['error_rate'])})",
        f"- Start-up (process, model load, 2 s of silence): {r['startup']['wall_s']:.1f} s wall, "
        f"{r['startup']['cpu_s']:.1f} s CPU, {r['startup']['rss_mb']:.0f} MB",
        f"- Peak memory: 1 session {single['peak_rss_mb']:.0f} MB"
        + (f", 4 sessions {four['peak_rss_mb']:.0f} MB" if four else ""),
        f"- Silence: {r['silence']['cpu_percent_of_one_core']:.1f} % of a core; low white "
        f"noise: {r['noise']['cpu_percent_of_one_core']:.1f} %",
        f"- Main-thread stall with 4 live sessions: longest {r['stall']['max_ms']:.0f} ms, "
        f"99th percentile {r['stall']['p99_ms']:.0f} ms",
    ]
    if "pair" in r:
        en, de = r["pair"]["en"], r["pair"]["de"]
        lines += [
            "",
            "## Two languages at once (meeting_en + meeting_de, live)",
            "",
            "| session | error rate | final median | p95 |",
            "|---|---|---|---|",
            f"| en | {_pct(en['error_rate'])} | {_s(en['final_median_s'])} | "
            f"{_s(en['final_p95_s'])} |",
            f"| de | {_pct(de['error_rate'])} | {_s(de['final_median_s'])} | "
            f"{_s(de['final_p95_s'])} |",
            "",
            f"German session's text: “{r['pair']['de_text']}”",
        ]
    lines += [
        "",
        "## Concurrent live sessions (same clip in each)",
        "",
        "| sessions | worst median latency | worst p95 | worst drift (last 20 s − first 20 s) "
        "| worst error rate | peak memory | real time |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, data in sorted(conc.items(), key=lambda kv: int(kv[0])):
        s = data["sessions"]
        lines.append(
            f"| {n} | {_s(max(x['final_median_s'] for x in s))} | "
            f"{_s(max(x['final_p95_s'] for x in s))} | "
            f"{max(x['last20_median_s'] - x['first20_median_s'] for x in s):+.2f} s | "
            f"{_pct(max(x['error_rate'] for x in s))} | {data['peak_rss_mb']:.0f} MB | "
            f"{_mark(data['real_time'])} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
