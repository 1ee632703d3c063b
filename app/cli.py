"""Command line: no arguments opens the window; subcommands are the headless tools."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

from app import __version__, logs, malloc
from app.errors import CaptionistError
from app.models import threads
from app.transcripts.export import FORMATS

log = logging.getLogger(__name__)

_LANG_PREFIX = re.compile(r"^(auto|[a-z]{2,3})=(.+)$", re.IGNORECASE)

EPILOG = """\
examples:
  captionist                                  open the window
  captionist transcribe talk.flac             caption a file, print timed lines
  captionist transcribe --out subs en=me.wav de=remote.flac
                                              two sessions at once, one SRT each
  captionist transcribe --source "System audio" --duration 60
                                              caption what the speakers play for 60 s
  captionist transcribe --source "Default microphone" --source "System audio" \
      --echo-ref "Default microphone=System audio"
                                              you and the call: the call's voices that your
                                              microphone hears are captioned once, not twice
  captionist devices                          list microphones and system audio
  captionist models                           list models
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="captionist",
        description="Live captions for several speakers and sources at once, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"captionist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    t = sub.add_parser(
        "transcribe",
        help="caption files or devices without the window",
        description="Caption audio files or live devices through the live pipeline. Each "
        "input is its own session; all run at once. An input may carry its language as a "
        "prefix: en=meeting.flac de=call.wav.",
    )
    t.add_argument("inputs", nargs="*", metavar="INPUT", help="audio file, optionally LANG=FILE")
    t.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="NAME_OR_INDEX",
        help="caption a microphone or system audio (see 'captionist devices'); repeatable, "
        "LANG= prefix allowed",
    )
    # Older spellings, still accepted: "--device" read as easily as where the model runs.
    t.add_argument("--device", action="append", dest="source", default=argparse.SUPPRESS,
                   help=argparse.SUPPRESS)  # fmt: skip
    t.add_argument("--live", action="store_true", help="feed files in real time, like a microphone")
    t.add_argument("--language", "-l", default="auto", help="language code or 'auto' (default)")
    t.add_argument("--translate", action="store_true", help="translate speech into English")
    t.add_argument("--model", "-m", default="base", help="model name or folder (default: base)")
    t.add_argument("--model-device", default="auto", choices=["auto", "cpu", "cuda"],
                   help="where the model runs: cpu or cuda (default: auto)")  # fmt: skip
    t.add_argument("--device-type", dest="model_device", choices=["auto", "cpu", "cuda"],
                   default=argparse.SUPPRESS, help=argparse.SUPPRESS)  # fmt: skip
    t.add_argument("--compute-type", default="auto",
                   help="precision: auto, int8, int8_float16, float16, float32")  # fmt: skip
    t.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write one file per input (and meeting.* for several) into DIR",
    )
    t.add_argument("--format", "-f", action="append", choices=FORMATS,
                   help="output format for --out; repeatable (default: srt)")  # fmt: skip
    t.add_argument("--events", type=Path, metavar="FILE", help="write caption events as JSON Lines")
    t.add_argument("--duration", type=float, metavar="SECONDS", help="stop after this long")
    t.add_argument("--quiet", "-q", action="store_true", help="do not print captions")
    t.add_argument("--echo-ref", action="append", default=[], metavar="MIC=REF",
                   help="session MIC ignores what session REF plays (session names or ids "
                   "as in --events), "
                   "so remote voices its microphone hears from the speakers are not "
                   "captioned twice; repeatable")  # fmt: skip

    sub.add_parser("devices", help="list microphones and system-audio sources",
                   description="List the audio inputs Captionist can caption, with the "
                   "names and indexes that 'transcribe --source' accepts.")  # fmt: skip

    m = sub.add_parser("models", help="list models; download one",
                       description="List the models Captionist can use. The embedded 'base' "
                       "model always works offline; others are downloaded once.")  # fmt: skip
    m.add_argument("--download", metavar="NAME", help="download a model from the hub")
    m.add_argument("--measure", nargs="?", const="", metavar="NAME",
                   help="measure how many live sessions a model keeps up with here "
                   "(every installed model without NAME)")  # fmt: skip

    sub.add_parser("languages", help="list language codes")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.setup(verbose=args.verbose)
    malloc.limit_arenas()  # before any capture or inference thread exists
    threads.limit_numpy_threads()
    try:
        if args.command is None:
            from app.ui.app import run_gui

            return run_gui()
        handler = {
            "transcribe": _transcribe,
            "devices": _devices,
            "models": _models,
            "languages": _languages,
        }[args.command]
        return handler(args)
    except CaptionistError as exc:
        print(f"captionist: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last line of defence: a message and the log, not a traceback
        log.exception("unexpected error in %s", args.command or "the window")
        print(
            f"captionist: unexpected error; the details are in {logs.log_file()}",
            file=sys.stderr,
        )
        return 70


def split_input(text: str, default_language: str) -> tuple[str, str]:
    """``en=talk.flac`` -> (en, talk.flac); a path that merely contains '=' stays whole."""
    from app.engine.language import validate

    match = _LANG_PREFIX.match(text)
    if match and not Path(text).exists():
        return validate(match.group(1)), match.group(2)
    return default_language, text


def _transcribe(args: argparse.Namespace) -> int:
    from app.audio.devices import open_source
    from app.audio.sources import FileSource
    from app.engine.language import validate
    from app.headless import HeadlessRun, HeadlessSession
    from app.models.device import cpu_fallback_line, pick_device
    from app.session import ModelChoice, SessionConfig, unique_ids

    if not args.inputs and not args.source:
        print("captionist transcribe: give at least one audio file or --source", file=sys.stderr)
        return 2
    default_language = validate(args.language)
    choice = ModelChoice(args.model, args.model_device, args.compute_type)
    try:  # before any session starts, so a GPU that cannot run is one line, not one per input
        pick_device(choice.device, choice.compute_type)
    except ValueError as exc:
        print(f"captionist: {exc}", file=sys.stderr)
        return 2
    if fallback := cpu_fallback_line():
        print(f"captionist: {fallback}", file=sys.stderr)
    task = "translate" if args.translate else "transcribe"
    specs: list[tuple[str, str, str]] = []  # (kind, language, target)
    failures = 0
    raw_inputs = [("file", raw) for raw in args.inputs] + [("device", raw) for raw in args.source]
    for kind, raw in raw_inputs:
        try:
            language, target = split_input(raw, default_language)
        except CaptionistError as exc:
            print(f"captionist: {raw}: {exc}", file=sys.stderr)
            failures += 1
            continue
        specs.append((kind, language, target))

    names = [Path(target).stem if kind == "file" else target for kind, _, target in specs]
    sessions = []
    for (kind, language, target), name, session_id in zip(
        specs, names, unique_ids(names), strict=True
    ):
        try:
            source = open_source(target) if kind == "device" else FileSource(target, args.live)
        except CaptionistError as exc:
            print(f"captionist: {target}: {exc}", file=sys.stderr)
            failures += 1
            continue
        config = SessionConfig(session_id, name, language, task, choice)
        sessions.append(HeadlessSession(config, source, out_name=session_id))
    if not sessions:
        return 2
    try:
        _pair_echo(args.echo_ref, sessions)
    except CaptionistError as exc:
        print(f"captionist: {exc}", file=sys.stderr)
        return 2
    if args.out:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"captionist: cannot write into {args.out}: {exc.strerror}", file=sys.stderr)
            return 2
    events = args.events.open("w", encoding="utf-8") if args.events else None
    try:
        run = HeadlessRun(
            sessions,
            events=events,
            printer=None if args.quiet else sys.stdout,
            duration_s=args.duration,
        )
        status = run.run()
    finally:
        if events:
            events.close()
    if args.out:
        for path in run.write_outputs(args.out, args.format or ["srt"]):
            print(f"captionist: wrote {path}", file=sys.stderr)
    return 1 if (status or failures) else 0


def _pair_echo(pairs: list[str], sessions: list) -> None:
    """Give each ``MIC=REF`` microphone session its echo reference; CaptionistError if unusable."""
    by_id = {session.config.session_id: session for session in sessions}
    by_name = {session.config.name.casefold(): session for session in sessions}

    def find(name: str):
        session = by_id.get(name) or by_name.get(name.casefold())
        if session is None:
            known = ", ".join(by_id)
            raise CaptionistError(f"--echo-ref {pair}: no session '{name}' (there are {known}).")
        return session

    for pair in pairs:
        mic_name, sep, ref_name = pair.partition("=")
        if not sep or not mic_name or not ref_name:
            raise CaptionistError(f"--echo-ref {pair}: give two sessions as MIC=REF.")
        mic, ref = find(mic_name), find(ref_name)
        if mic is ref:
            raise CaptionistError(f"--echo-ref {pair}: a session cannot ignore itself.")
        if mic.source.is_realtime != ref.source.is_realtime:
            raise CaptionistError(
                f"--echo-ref {pair}: one is live and the other a file read as fast as "
                "possible, so their sound cannot be matched; add --live."
            )
        mic.echo_ref = ref.config.session_id


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of left-aligned columns under a header, as wide as their widest cell."""
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]


def _devices(_args: argparse.Namespace) -> int:
    from app.audio.devices import SYSTEM_AUDIO_HINT, list_sources

    sources = [info for info in list_sources() if not info.is_hidden]
    if not sources:
        print("No audio inputs found. Is a microphone connected, and is PulseAudio/PipeWire "
              "running?")  # fmt: skip
        return 0
    kinds = {"microphone": "microphone", "system": "system audio"}
    rows = [
        [
            str(info.index) if info.id.startswith("portaudio:") else "-",
            info.name,
            kinds.get(info.kind, info.kind),
            "yes" if info.is_default else "",
        ]
        for info in sources
    ]
    print("\n".join(_table(["INDEX", "NAME", "KIND", "DEFAULT"], rows)))
    if any(info.kind == "system" for info in sources):
        print(f"\n{SYSTEM_AUDIO_HINT}.")
    print('Caption one with: captionist transcribe --source "NAME" (or its INDEX)')
    return 0


def _models(args: argparse.Namespace) -> int:
    from app.models import catalog

    if args.download:

        def progress(done: int, total: int) -> None:
            if total:
                print(f"\r{args.download}: {done / total:6.1%}", end="", file=sys.stderr)

        path = catalog.resolve(args.download, allow_download=True, progress=progress)
        print(f"\ncaptionist: {args.download} is ready in {path}", file=sys.stderr)
        return 0
    entries = catalog.list_models(())
    if args.measure is not None:
        _measure([e.name for e in entries if e.is_available and args.measure in ("", e.name)])
    rows = [
        [
            entry.name,
            "built in" if entry.kind == "embedded" else "yes" if entry.is_available else "no",
            entry.size,
            "multilingual" if entry.multilingual else "English only",
            _keeps_up(entry.name) if entry.is_available else "",
            "" if entry.is_available else catalog.download_command(entry.name),
        ]
        for entry in entries
    ]
    headers = ["NAME", "INSTALLED", "SIZE", "LANGUAGES", "KEEPS UP WITH", "TO DOWNLOAD"]
    print("\n".join(_table(headers, rows)))
    aliases = [f"{alias} = {entry.name}" for entry in entries for alias in entry.aliases]
    if aliases:
        print(f"\nAlso accepted: {', '.join(aliases)}.")
    print("Choose one with: captionist transcribe --model NAME FILE")
    print("Live sessions each keeps up with here: captionist models --measure [NAME]")
    return 0


def _keeps_up(name: str) -> str:
    """The models table's cell: the cached measurement, if any (measuring takes seconds)."""
    from app.models import cost
    from app.session import ModelChoice

    try:
        return cost.summary(cost.cached(name, *cost.resolved(ModelChoice(name))))
    except CaptionistError:
        return ""


def _measure(names: list[str]) -> None:
    from app.models import cost
    from app.models.loader import load_decoder
    from app.session import ModelChoice

    if not names:
        raise CaptionistError("No installed model by that name; see 'captionist models'.")
    for name in names:
        print(f"captionist: measuring {name}…", file=sys.stderr)
        measured = cost.cost_of(ModelChoice(name), load_decoder)
        if measured is not None and cost.warning(measured):
            print(f"captionist: {cost.warning(measured)}", file=sys.stderr)


def _languages(_args: argparse.Namespace) -> int:
    from app.engine.language import LANGUAGE_NAMES

    for code, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1]):
        print(f"{code:<4} {name}")
    return 0
