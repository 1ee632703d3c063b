"""``python -m app.bench.language``: does automatic language detection earn its lock?

Every clip in ../shared/audio (and real/) is captioned with language "auto", from its
start and from a few places in the middle of a sentence, through the real segmenter,
``CaptionStream`` and decoder, for up to ``--seconds`` of audio. The table says what the
session locked on, at which probability and after how much speech, or that it was
still "Detecting…" at the end. A lock on the wrong language is a failure; no lock is
allowed (the user sees "Detecting language…" and can pick it).

Each decode also measures the language probabilities after the lock (detection costs
one decoder step), so the same evidence is replayed through ``LanguageLock`` with other
rules: the second table shows what looser or stricter thresholds would have done.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from app.engine.decoder import WhisperDecoder
from app.engine.language import LANGUAGE_NAMES, LanguageLock, LockRule
from app.engine.segmenter import SAMPLE_RATE, Segmenter
from app.engine.stream import CaptionStream

REPO = Path(__file__).resolve().parents[2]
AUDIO_DIR = Path(os.environ.get("CAPTIONIST_TEST_AUDIO", REPO.parent / "shared" / "audio"))
# multilingual.mp3 reads the MIT licence in English, then from about 31 s in German.
SWITCH_S = 31.0
CLIPS: dict[str, str] = {
    "jfk.flac": "en",
    "meeting_en.flac": "en",
    "meeting_de.flac": "de",
    "meeting_es.flac": "es",
    "multilingual.mp3": "en",
    "stereo_diarization.wav": "en",
    "real/real_en.flac": "en",
    "real/real_de.flac": "de",
    "real/real_es.flac": "es",
    "real/real_fr.flac": "fr",
}
BLOCK = 512
DECODE_EVERY = 16  # blocks: a decode chance about every 0.5 s of audio, as live


@dataclass
class Decode:
    audio_s: float  # audio the decode heard
    new_speech_s: float  # of which no earlier decode had heard
    probs: list[tuple[str, float]]  # top five


@dataclass
class Trial:
    clip: str
    offset_s: float
    expected: str
    locked: str | None = None
    probability: float = 0.0
    speech_s: float = 0.0  # speech heard when it locked
    guess: str = ""  # best guess when it never locked
    decodes: list[Decode] = field(default_factory=list)
    finals: list[tuple[float, str]] = field(default_factory=list)  # (clip time s, text)

    @property
    def is_wrong(self) -> bool:
        return self.locked is not None and self.locked != self.expected


def expected_language(clip: str, offset_s: float) -> str:
    if clip == "multilingual.mp3" and offset_s >= SWITCH_S:
        return "de"
    return CLIPS[clip]


def utterances(audio: np.ndarray) -> list[tuple[float, float]]:
    """Where the segmenter hears speech: (start s, end s) per utterance."""
    segmenter = Segmenter()
    chunks = []
    for i in range(0, len(audio), BLOCK):
        chunks += segmenter.feed(audio[i : i + BLOCK]).chunks
    chunks += segmenter.finish()
    spans: list[tuple[float, float]] = []
    for chunk in chunks:
        if chunk.long_pause:
            continue
        if chunk.starts_utterance or not spans:
            spans.append((chunk.start_s, chunk.end_s))
        else:
            spans[-1] = (spans[-1][0], max(spans[-1][1], chunk.end_s))
    return spans


def mid_sentence_offsets(audio: np.ndarray, count: int, into_s: float = 1.5) -> list[float]:
    """``count`` places ``into_s`` into an utterance of 3 s or more, spread over the clip."""
    spans = [(s, e) for s, e in utterances(audio) if e - s >= 3.0]
    if not spans or count <= 0:
        return []
    picks = np.linspace(0, len(spans) - 1, min(count, len(spans))).round().astype(int)
    return [round(spans[i][0] + into_s, 2) for i in sorted(set(picks))]


def run_trial(
    decoder: WhisperDecoder, clip: str, audio: np.ndarray, offset_s: float, seconds: float
) -> Trial:
    excerpt = audio[int(offset_s * SAMPLE_RATE) : int((offset_s + seconds) * SAMPLE_RATE)]
    trial = Trial(clip, offset_s, expected_language(clip, offset_s))
    stream = CaptionStream("bench", "auto", "transcribe", decoder.count_tokens)
    segmenter = Segmenter()

    def decode_all() -> None:
        while (request := stream.make_request()) is not None:
            options = replace(request.options, detect_language=True)
            result = decoder.decode(request.audio, options, request.prompt)
            trial.decodes.append(
                Decode(
                    len(request.audio) / SAMPLE_RATE,
                    request.new_audio_s,
                    [(c, round(p, 4)) for c, p in result.language_probs[:5]],
                )
            )
            output = stream.apply(request, result)
            trial.finals += [
                (round(offset_s + e.start_s, 2), e.text) for e in output.events if e.is_final
            ]
            if output.detected_language is not None:
                trial.locked = stream.language.code
                trial.probability = stream.language.probability
                trial.speech_s = stream.language.speech_s

    for n, i in enumerate(range(0, len(excerpt), BLOCK)):
        for chunk in segmenter.feed(excerpt[i : i + BLOCK]).chunks:
            stream.push(chunk)
        if n % DECODE_EVERY == 0:
            decode_all()
    for chunk in segmenter.finish():
        stream.push(chunk)
    stream.end_utterance()
    decode_all()
    if trial.locked is None:
        trial.guess = stream.language.decode_language or ""
    return trial


def replay(trial: Trial, rule: LockRule) -> tuple[str | None, float, float]:
    """What ``rule`` would have locked on, with this trial's evidence: (code, p, speech s)."""
    lock = LanguageLock("auto", rule)
    for decode in trial.decodes:
        if lock.observe(decode.probs, decode.audio_s, decode.new_speech_s):
            return lock.code, lock.probability, lock.speech_s
    return None, 0.0, lock.speech_s


def _name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def print_table(trials: list[Trial], rule: LockRule) -> None:
    print(
        f"Lock rule: at least {rule.min_speech_s:g} s of speech, the leader at "
        f"{rule.min_probability:.0%} or more, {rule.min_margin:.0%} ahead of the runner-up.\n"
    )
    print("| clip | start | expected | result | probability | after speech | verdict |")
    print("|---|---|---|---|---|---|---|")
    for t in trials:
        if t.locked is None:
            result, p, after = f"Detecting… (best guess {t.guess or '-'})", "", ""
            verdict = "no lock"
        else:
            result, p, after = _name(t.locked), f"{t.probability:.0%}", f"{t.speech_s:.1f} s"
            verdict = "WRONG" if t.is_wrong else "right"
        print(
            f"| {t.clip} | {t.offset_s:.1f} s | {_name(t.expected)} | {result} | {p} "
            f"| {after} | {verdict} |"
        )


def print_sweep(trials: list[Trial], rules: list[LockRule]) -> None:
    print("\nThe same evidence under other rules:\n")
    print(
        "| min speech | min p | min margin | min decodes | right | wrong | no lock "
        "| median speech at lock |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for rule in rules:
        outcomes = [(replay(t, rule), t.expected) for t in trials]
        right = [s for (code, _, s), want in outcomes if code == want]
        wrong = sum(1 for (code, _, _), want in outcomes if code not in (None, want))
        none = sum(1 for (code, _, _), _want in outcomes if code is None)
        median = f"{float(np.median(right)):.1f} s" if right else "-"
        print(
            f"| {rule.min_speech_s:g} s | {rule.min_probability:.0%} | {rule.min_margin:.0%} "
            f"| {rule.min_decodes} | {len(right)} | {wrong} | {none} | {median} |"
        )


def print_switch(trial: Trial) -> None:
    """What a session that locked on English makes of the German half."""
    after = " ".join(text for start, text in trial.finals if start >= SWITCH_S)
    print(
        f"\nmultilingual.mp3, all 60 s from the start: locked {_name(trial.locked or '')} "
        f"after {trial.speech_s:.1f} s of speech; the German half (from {SWITCH_S:g} s) "
        f"came out as: {after!r}"
    )


def audio_of(clip: str) -> np.ndarray:
    from faster_whisper import decode_audio

    return decode_audio(str(AUDIO_DIR / clip))


def sweep_rules() -> list[LockRule]:
    chosen = LockRule()
    rules = [
        LockRule(0.0, 0.0, 0.0, min_decodes=1),  # the first decode decides (the old way)
        LockRule(2.0, 0.5, 0.0, min_decodes=1),
        LockRule(2.0, 0.6, 0.3),
        replace(chosen, min_decodes=1),
        chosen,
        replace(chosen, min_margin=0.4),
        replace(chosen, min_probability=0.75),
        replace(chosen, min_speech_s=3.0),
        LockRule(4.0, 0.75, 0.5),
        LockRule(6.0, 0.9, 0.8),
    ]
    return list(dict.fromkeys(rules))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.language", description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0, help="audio per trial")
    parser.add_argument(
        "--mid", type=int, default=3, help="mid-sentence starts per clip (fewer if short)"
    )
    parser.add_argument("--clip", action="append", help="only these clips (names as listed)")
    parser.add_argument("--json", type=Path, help="write every trial's evidence here")
    parser.add_argument("--replay", type=Path, help="replay evidence from --json, no decoding")
    args = parser.parse_args(argv)

    if args.replay:
        raw = json.loads(args.replay.read_text())
        trials = [
            Trial(**{**t, "decodes": [Decode(**d) for d in t["decodes"]]}) for t in raw["trials"]
        ]
        for t in trials:
            t.locked, t.probability, t.speech_s = replay(t, LockRule())
            t.guess = t.guess or (t.decodes[-1].probs[0][0] if t.decodes else "")
    else:
        from app.models.loader import load_decoder
        from app.session import ModelChoice

        decoder = load_decoder(ModelChoice("base", "cpu", "int8"))
        trials = []
        for clip in args.clip or list(CLIPS):
            path = AUDIO_DIR / clip
            if not path.is_file():
                print(f"{clip}: not found in {AUDIO_DIR}, skipped", file=sys.stderr)
                continue
            audio = audio_of(clip)
            offsets = [0.0, *mid_sentence_offsets(audio, args.mid)]
            if clip == "multilingual.mp3":  # one start in the German half too
                offsets += mid_sentence_offsets(audio[int(SWITCH_S * SAMPLE_RATE) :], 1)
                offsets[-1] = round(offsets[-1] + SWITCH_S, 2)
            for offset in dict.fromkeys(offsets):
                trial = run_trial(decoder, clip, audio, offset, args.seconds)
                print(
                    f"{clip} @ {offset:.1f} s: {trial.locked or 'no lock'}"
                    f" ({trial.probability:.2f} after {trial.speech_s:.1f} s)",
                    file=sys.stderr,
                )
                trials.append(trial)
        if args.json:
            args.json.write_text(
                json.dumps({"trials": [asdict(t) for t in trials]}, ensure_ascii=False, indent=1)
            )
    print_table(trials, LockRule())
    print_sweep(trials, sweep_rules())
    if not args.replay and (args.clip is None or "multilingual.mp3" in args.clip):
        print_switch(run_trial(decoder, "multilingual.mp3", audio_of("multilingual.mp3"), 0, 60))
    return 1 if any(t.is_wrong for t in trials) else 0


if __name__ == "__main__":
    sys.exit(main())
