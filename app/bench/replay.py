"""``python -m app.bench.replay``: live sessions replayed on a virtual clock.

A live run's numbers move from run to run with where its decodes happen to fall: the
same code read real_de at 18.0-21.6 % WER and real_fr at 33.3-34.3 % in live runs on one
machine, which hides any change of a point or two. A replay runs the live engine itself
(each file through its own ``Segmenter`` in the capture thread's 0.2 s blocks, the
``Scheduler``, every session's ``CaptionStream`` and the real decoder), but the clock only
moves as the audio arrives and by each decode's cost as ``DecodeCost`` models it, not as it
took on a busy machine. The same code and input give the same captions and numbers on
every run on one machine, so two versions of the engine can be told apart by one replay
each. ``--measured`` moves the clock by each decode's wall time instead, as a live run
does (not repeatable).

What a replay leaves out: the capture and GUI threads' CPU, and a decode that runs late
because the machine is busy; the live benchmark (``app.bench.real``) measures those.

    python -m app.bench.replay en=../shared/audio/real/real_en.flac es=...real_es.flac

A clip's reference is the ``.txt`` beside it, if there is one. Prints each session's error
rate, final latency median and p95, partial latency median, longest undecided word and
drift; ``--events FILE`` keeps the caption events (JSON lines, as ``transcribe --events``).
``--scales 0.7,0.85,1,1.15,1.3`` replays once per cost scale and adds each session's means:
one replay is one schedule of decodes, and where they fall moves a clip by points.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

from app.audio.base import SAMPLE_RATE
from app.bench.real import live_numbers
from app.engine.decoder import DecodeOptions, DecodeResult, Prompt
from app.engine.events import CaptionEvent
from app.engine.scheduler import Scheduler
from app.engine.segmenter import AudioChunk, Segmenter
from app.engine.stream import StreamConfig
from app.session import ModelChoice, SessionConfig

BLOCK_S = 0.2  # what the capture thread reads from a file source at a time


@dataclass(frozen=True)
class DecodeCost:
    """Seconds a decode takes, modelled: fitted on the measured times of 920 decodes of
    real_en and real_es decoded live (embedded base, int8, one thread, a 2-core AMD EPYC;
    R² 0.67, median error 0.08 s). Encoding grows with the audio, generating with the
    tokens times the beam. A decode that fell back to the padded 30 s input took about 2 s
    there. Latencies replayed with it run about 0.2 s above a live run's on that machine
    (real_en's final median 1.71 s against 1.52): compare replays with replays."""

    fixed_s: float = 0.092
    per_audio_s: float = 0.041
    per_token_beam_s: float = 0.0015
    padded_s: float = 2.0

    def __call__(self, audio_s: float, tokens: int, beam: int, padded: bool) -> float:
        if padded:
            return self.padded_s
        return self.fixed_s + self.per_audio_s * audio_s + self.per_token_beam_s * tokens * beam


@dataclass
class Session:
    language: str
    path: Path
    duration_s: float = 0.0  # known once the replay has read the file


def _chunks(audio: np.ndarray) -> deque[tuple[float, AudioChunk]]:
    """The segmenter's chunks of ``audio``, each with the second it arrives at."""
    segmenter = Segmenter()
    block = round(BLOCK_S * SAMPLE_RATE)
    out: deque[tuple[float, AudioChunk]] = deque()
    for at in range(0, len(audio), block):
        piece = audio[at : at + block]
        arrives_s = (at + len(piece)) / SAMPLE_RATE
        out += [(arrives_s, chunk) for chunk in segmenter.feed(piece).chunks]
    out += [(len(audio) / SAMPLE_RATE, chunk) for chunk in segmenter.finish()]
    return out


class _Costed:
    """The decoder, with each decode's cost (modelled or measured) kept for the clock."""

    def __init__(self, decoder, cost: DecodeCost | None) -> None:
        self._decoder = decoder
        self._cost = cost
        self.spent_s = 0.0  # cost of the decodes since the clock last read it
        self.total_s = 0.0

    def __getattr__(self, name: str):
        return getattr(self._decoder, name)

    def decode(
        self, audio: np.ndarray, options: DecodeOptions, prompt: Prompt = ""
    ) -> DecodeResult:
        started = time.perf_counter()
        result = self._decoder.decode(audio, options, prompt)
        if self._cost is None:
            spent = time.perf_counter() - started
        else:
            padded = result.padded and not options.window
            spent = self._cost(
                len(audio) / SAMPLE_RATE, len(result.tokens), options.beam_size, padded
            )
        self.spent_s += spent
        self.total_s += spent
        return result


def replay(
    sessions: dict[str, Session],
    decoder,
    cost: DecodeCost | None = DecodeCost(),
    task: str = "transcribe",
    config: StreamConfig | None = None,
    model: ModelChoice | None = None,
) -> tuple[list[dict], float]:
    """Every session's file, live at once on a virtual clock; the caption events (as
    ``transcribe --events`` writes them) and the decodes' cost in seconds."""
    from faster_whisper import decode_audio

    now = [0.0]
    costed = _Costed(decoder, cost)
    scheduler = Scheduler(lambda _choice: costed, config, clock=lambda: now[0])
    model = model or ModelChoice()
    arriving: dict[str, deque[tuple[float, AudioChunk]]] = {}
    for name, session in sessions.items():
        audio = decode_audio(str(session.path))
        session.duration_s = len(audio) / SAMPLE_RATE
        arriving[name] = _chunks(audio)
        scheduler.open(SessionConfig(name, name, session.language, task, model))
    events: list[dict] = []

    def record(name: str, caption_events: Sequence[CaptionEvent]) -> None:
        heard_s = min(now[0], sessions[name].duration_s)
        for event in caption_events:
            events.append({
                "session": name, "kind": event.kind, "text": event.text,
                "start": round(event.start_s, 3), "end": round(event.end_s, 3),
                "audio_pos": round(max(heard_s, event.audio_pos_s), 3),
                "t": round(now[0], 3),
            })  # fmt: skip

    def arrive() -> None:
        for name, chunks in arriving.items():
            while chunks and chunks[0][0] <= now[0]:
                scheduler.push(name, chunks.popleft()[1])

    while True:
        arrive()
        step = scheduler.step()
        if step is not None:
            now[0] += costed.spent_s
            costed.spent_s = 0.0
            record(step.session, step.events)
            continue
        pending = [chunks[0][0] for chunks in arriving.values() if chunks]
        if not pending:
            break
        now[0] = max(now[0], min(pending))
    for name in sessions:
        closing = scheduler.close(name)
        now[0] += costed.spent_s
        costed.spent_s = 0.0
        record(name, closing)
    return events, costed.total_s


def report(
    sessions: dict[str, Session], events: list[dict], cost_s: float, write: Callable[[str], None]
) -> dict[str, dict]:
    out: dict[str, dict] = {}
    longest_audio_s = max(s.duration_s for s in sessions.values())
    for name, session in sessions.items():
        reference = session.path.with_suffix(".txt")
        text = reference.read_text(encoding="utf-8") if reference.is_file() else ""
        m = live_numbers(events, name, text, session.language, session.duration_s)
        wer = f"{100 * m['error_rate']:.1f} %" if text else "(no reference)"
        out[name] = {**m, "error_rate": m["error_rate"] if text else None}
        write(
            f"{name}: WER {wer}, final {m['final_median_s']:.2f} / {m['final_p95_s']:.2f} s, "
            f"partial {m['partial_median_s']:.2f} s, longest undecided "
            f"{m['longest_undecided_s']:.2f} s, drift {m['drift_s']:+.2f} s"
        )
    write(f"decode seconds per audio second: {cost_s / longest_audio_s:.3f}")
    return out


def stream_config(settings: Sequence[str]) -> StreamConfig:
    """``StreamConfig`` with ``FIELD=VALUE`` settings applied, each parsed as its field's type."""
    config = StreamConfig()
    kinds = {f.name: type(getattr(config, f.name)) for f in fields(StreamConfig)}
    for setting in settings:
        name, _, value = setting.partition("=")
        if name not in kinds:
            raise ValueError(f"'{name}' is not a StreamConfig field: {', '.join(kinds)}")
        kind = kinds[name]
        parsed = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
        config = replace(config, **{name: parsed})
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.bench.replay",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="LANG=FILE", help="one session per file")
    parser.add_argument("--translate", action="store_true", help="translate into English")
    parser.add_argument(
        "--measured", action="store_true",
        help="move the clock by each decode's wall time (not repeatable)",
    )  # fmt: skip
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the modelled decode cost (a slower machine: 2)")  # fmt: skip
    parser.add_argument(
        "--scales", type=_scales, metavar="S,S,...",
        help="replay once per cost scale and report the means too (0.7,0.85,1,1.15,1.3)",
    )  # fmt: skip
    parser.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE",
        help="change a StreamConfig field for this replay (unsure_probability=0.7)",
    )  # fmt: skip
    parser.add_argument("--events", type=Path, help="write the caption events (JSON lines)")
    parser.add_argument("--json", type=Path, help="write the numbers as JSON")
    args = parser.parse_args(argv)
    sessions: dict[str, Session] = {}
    for spec in args.inputs:
        language, sep, path = spec.partition("=")
        if not sep or not Path(path).is_file():
            parser.error(f"'{spec}': give LANG=FILE with a file that exists")
        name = Path(path).stem
        while name in sessions:
            name += "+"
        sessions[name] = Session(language, Path(path))
    from app.models.loader import load_decoder
    from app.models.threads import limit_numpy_threads

    if args.scales and args.measured:
        parser.error("--scales scales the modelled cost; --measured has none")
    try:
        config = stream_config(args.set)
    except ValueError as exc:
        parser.error(str(exc))
    limit_numpy_threads()
    decoder = load_decoder(ModelChoice())
    task = "translate" if args.translate else "transcribe"
    numbers: dict = {}
    for scale in args.scales or [args.scale]:
        cost = (
            None if args.measured else DecodeCost(*(v * scale for v in vars(DecodeCost()).values()))
        )
        if args.scales:
            print(f"scale {scale:g}:")
        events, cost_s = replay(sessions, decoder, cost, task, config)
        numbers[f"{scale:g}"] = report(sessions, events, cost_s, print)
        if args.events:
            path = args.events
            if args.scales:
                path = path.with_name(f"{path.stem}.scale{scale:g}{path.suffix}")
            path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))
    if args.scales:
        numbers = {"scales": numbers, "mean": _means(numbers, print)}
    else:
        numbers = numbers[f"{args.scale:g}"]
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2, default=float) + "\n")
    return 0


def _scales(text: str) -> list[float]:
    try:
        scales = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}': give numbers, as in 0.7,1,1.3") from None
    if not scales or min(scales) <= 0:
        raise argparse.ArgumentTypeError(f"'{text}': give one or more scales above 0")
    return scales


_MEANS = ("error_rate", "final_median_s", "final_p95_s", "longest_undecided_s")


def _means(per_scale: dict[str, dict[str, dict]], write: Callable[[str], None]) -> dict:
    """Each session's numbers averaged over the scales. One replay is one schedule of
    decodes: where they fall moves what two decodes agree on, and the same code read
    real_fr at 32.4-36.6 % WER over five scales. A change is the engine's when the mean
    moves, not one schedule."""
    runs = list(per_scale.values())
    out: dict[str, dict] = {}
    for name in runs[0]:
        out[name] = {}
        for field in _MEANS:
            values = [run[name][field] for run in runs]
            out[name][field] = None if None in values else sum(values) / len(values)
        m = out[name]
        wer = f"{100 * m['error_rate']:.1f} %" if m["error_rate"] is not None else "(no reference)"
        write(
            f"{name}, mean of {len(runs)} scales: WER {wer}, final {m['final_median_s']:.2f} / "
            f"{m['final_p95_s']:.2f} s, longest undecided {m['longest_undecided_s']:.2f} s"
        )
    return out


if __name__ == "__main__":
    sys.exit(main())
