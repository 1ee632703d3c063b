"""Files decoded as offline: whole windows, the same result every run, nothing dropped.

The logic tests use a decoder that reads back what the audio encodes (each utterance is
a constant level, the level names it), so window placement, time mapping and the
re-decoding of unreached speech can be checked exactly. The real model and real voices
are in the tests at the end.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from app.audio.wav import write_wav
from app.bench.metrics import normalise_text
from app.engine.file_stream import FileStream, FileStreamConfig
from app.engine.segmenter import SAMPLE_RATE
from tests.engine.level_reader import LevelReader, utterance


def run(stream: FileStream, decoder: LevelReader, utterances: list[tuple[float, float]]):
    events = []

    def drain() -> None:
        while stream.wants_decode():
            request = stream.make_request()
            result = decoder.decode(request.audio, request.options, request.prompt)
            events.extend(stream.apply(request, result).events)

    for number, (start, seconds) in enumerate(utterances, 1):
        for chunk in utterance(number, start, seconds):
            stream.push(chunk)
            drain()
    stream.end_utterance()
    drain()
    return [e for e in events if e.kind == "final" and e.text]


def heard(events) -> list[str]:
    """The utterance each final word was heard in: u3x5 -> u3."""
    return [w.text.strip().split("x")[0] for e in events for w in e.words]


def test_utterances_gather_into_padded_windows_decoded_once() -> None:
    decoder = LevelReader()
    stream = FileStream("s", "en", "transcribe", decoder.count_tokens)
    # Ten 4 s utterances with 3 s pauses: windows close at an utterance start past 16 s.
    spans = [(i * 7.0, 4.0) for i in range(10)]
    finals = run(stream, decoder, spans)
    assert all(padded for _, padded, _ in decoder.calls)
    # Pauses go in as 1 s of silence: 4 utterances make 19 s, and the last window the rest.
    assert [round(s) for s, _, _ in decoder.calls] == [19, 19, 9]
    words = heard(finals)
    for number in range(1, 11):
        assert words.count(f"u{number}") == 8, number  # every half second, once
    # Times are session times: each word inside its own utterance.
    for event in finals:
        for word in event.words:
            number = int(word.text.strip()[1:].split("x")[0])
            start = spans[number - 1][0]
            assert start - 1e-6 <= word.start_s < start + 4.0, (word, start)
    starts = [w.start_s for e in finals for w in e.words]
    assert starts == sorted(starts)
    # The next window is prompted with the text before it.
    assert decoder.calls[1][2].startswith("u1x0 u1x1")


def test_speech_the_decoder_did_not_reach_is_decoded_again_in_order() -> None:
    decoder = LevelReader(hears_s=6.0)  # stops after six seconds of every input
    stream = FileStream("s", "en", "transcribe", decoder.count_tokens)
    spans = [(0.0, 5.0), (6.0, 5.0), (12.0, 5.0), (18.0, 5.0)]
    finals = run(stream, decoder, spans)
    words = heard(finals)
    for number in range(1, 5):
        assert words.count(f"u{number}") == 10, (number, words)
    assert words == sorted(words, key=lambda w: int(w[1:]))
    starts = [w.start_s for e in finals for w in e.words]
    assert starts == sorted(starts)


def test_one_long_utterance_is_cut_into_windows_without_losing_a_word() -> None:
    decoder = LevelReader()
    config = FileStreamConfig()
    stream = FileStream("s", "en", "transcribe", decoder.count_tokens, config)
    finals = run(stream, decoder, [(0.0, 70.0)])
    assert max(s for s, _, _ in decoder.calls) <= 30.0
    starts = [w.start_s for e in finals for w in e.words]
    # Every half second of the 70 s heard once: the cut tails are carried, not repeated.
    assert starts == sorted(starts)
    assert len(starts) == 140, len(starts)
    # (The reader hears on its own half-second grid, which a carried tail shifts.)
    assert all(0.3 <= b - a <= 0.7 for a, b in pairwise(starts))
    assert starts[0] == 0.0 and starts[-1] >= 69.0


def test_a_stop_decodes_what_is_left() -> None:
    decoder = LevelReader()
    stream = FileStream("s", "en", "transcribe", decoder.count_tokens)
    for chunk in utterance(1, 0.0, 3.0)[:-1]:  # stopped mid-utterance
        stream.push(chunk)
    assert not stream.wants_decode()
    stream.end_utterance()
    request = stream.make_request()
    events = stream.apply(request, decoder.decode(request.audio, request.options)).events
    assert heard([e for e in events if e.kind == "final"]).count("u1") == 6
    assert not stream.wants_decode()


# -- the real model, real voices --------------------------------------------------------


def captionist(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, timeout=600, check=False)  # fmt: skip


def test_a_file_gives_the_same_subtitles_every_run(
    speech: Path, german_speech: Path, tmp_path: Path
) -> None:
    outputs = []
    for run_number in range(2):
        out = tmp_path / str(run_number)
        inputs = [f"en={speech}", f"de={german_speech}"]
        result = captionist("transcribe", "--quiet", "--out", str(out), *inputs)
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.srt"))})
    assert outputs[0] == outputs[1]
    # Cues wrap their lines: the words are checked, not where the lines break.
    assert "the budget for next year" in " ".join(outputs[0]["speech.srt"].decode().split())
    assert "Pläne für das nächste Jahr" in " ".join(outputs[0]["german.srt"].decode().split())


def manifest(real_clips: Path, language: str) -> list[dict[str, str]]:
    with open(real_clips / f"real_{language}.manifest.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("live", [False, True], ids=["file", "live"])
def test_no_utterance_of_real_speech_is_dropped(
    real_clips: Path, load_clip, tmp_path: Path, live: bool
) -> None:
    """Short real utterances joined with short pauses: each one's words arrive."""
    from faster_whisper import decode_audio

    rows = manifest(real_clips, "es")
    joined = decode_audio(str(real_clips / "real_es.flac"))
    if live:  # real time is slow: the shortest half
        rows = sorted(rows, key=lambda r: float(r["dur_s"]))[:5]
    rng = np.random.default_rng(7)
    pieces, spans, t = [np.zeros(8000, np.float32)], [], 0.5
    for row in rows:
        clip = joined[
            int(float(row["start_s"]) * SAMPLE_RATE) : int(float(row["end_s"]) * SAMPLE_RATE)
        ]
        spans.append((t, t + len(clip) / SAMPLE_RATE, row))
        pause = rng.uniform(0.6, 1.0)
        pieces += [clip, np.zeros(int(pause * SAMPLE_RATE), np.float32)]
        t += len(clip) / SAMPLE_RATE + pause
    path = write_wav(tmp_path / "joined.wav", np.concatenate(pieces))
    events_path = tmp_path / "events.jsonl"
    result = captionist("transcribe", "--quiet", *(["--live"] if live else []),
                        "--events", str(events_path), f"es={path}")  # fmt: skip
    assert result.returncode == 0, result.stderr
    import json

    finals = [json.loads(line) for line in events_path.read_text().splitlines()]
    finals = [e for e in finals if e["kind"] == "final" and e["text"]]
    for start, end, row in spans:
        said = set(normalise_text(row["reference"]).split())
        text = " ".join(e["text"] for e in finals if e["end"] > start and e["start"] < end)
        got = set(normalise_text(text).split())
        recall = len(said & got) / len(said)
        assert recall >= 0.5, (
            f"{row['id']} ({start:.1f}-{end:.1f} s): {recall:.0%} of {said} in {text!r}"
        )


def test_speech_decoded_again_is_not_counted_as_new_audio() -> None:
    """The file's reader waits on new audio: a retry must not free it to read ahead."""
    decoder = LevelReader(hears_s=6.0)
    stream = FileStream("s", "en", "transcribe", decoder.count_tokens)
    fed = 0.0
    decoded = 0.0
    for number, start in enumerate((0.0, 6.0, 12.0, 18.0), 1):
        for chunk in utterance(number, start, 5.0):
            fed += len(chunk.samples) / 16000
            stream.push(chunk)
    stream.end_utterance()
    while stream.wants_decode():
        request = stream.make_request()
        decoded += request.new_audio_s
        stream.apply(request, decoder.decode(request.audio, request.options, request.prompt))
        assert abs(stream.undecoded_s - (fed - decoded)) < 1e-6
    assert len(decoder.calls) > 1 and abs(decoded - fed) < 1e-6
