"""The ``captionist`` command as a user runs it: a real process, the real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import srt

from app.audio.wav import write_wav
from app.bench.metrics import error_rate


def captionist(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_help_lists_the_subcommands() -> None:
    result = captionist("--help")
    assert result.returncode == 0
    for command in ("transcribe", "devices", "models", "languages"):
        assert command in result.stdout
    assert "--live" in captionist("transcribe", "--help").stdout


def test_transcribe_prints_the_sentence_with_timestamps(clips: Path, reference) -> None:
    result = captionist("transcribe", str(clips / "jfk.flac"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert lines and all("-->" in line for line in lines)
    text = " ".join(line.split("] ", 1)[1] for line in lines)
    assert error_rate(reference("jfk.txt"), text) <= 0.1, text
    assert "Traceback" not in result.stderr


def test_two_sessions_write_srt_and_events(clips: Path, reference, tmp_path: Path) -> None:
    events_path = tmp_path / "events.jsonl"
    result = captionist(
        "transcribe", "--quiet", "--out", str(tmp_path), "--events", str(events_path),
        f"en={clips / 'jfk.flac'}", f"de={clips / 'meeting_de.flac'}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in events_path.read_text().splitlines()]
    assert {e["session"] for e in events} == {"jfk", "meeting_de"}
    for event in events:
        assert set(event) == {
            "session", "kind", "text", "start", "end", "audio_pos", "buffered", "t"
        }  # fmt: skip
        assert event["kind"] in ("partial", "final")
        assert event["start"] <= event["end"] <= event["audio_pos"] + 0.05
    for name, ref in (("jfk", "jfk.txt"), ("meeting_de", "meeting_de.txt")):
        subtitles = list(srt.parse((tmp_path / f"{name}.srt").read_text(encoding="utf-8")))
        assert [s.index for s in subtitles] == list(range(1, len(subtitles) + 1))
        starts = [s.start for s in subtitles]
        assert starts == sorted(starts)
        text = " ".join(s.content.replace("\n", " ") for s in subtitles)
        assert error_rate(reference(ref), text) <= 0.2, text
        finals = " ".join(
            e["text"] for e in events if e["session"] == name and e["kind"] == "final"
        )
        assert error_rate(text, finals) <= 0.01
    german = (tmp_path / "meeting_de.srt").read_text(encoding="utf-8")
    assert "Projekt" in german and "the" not in german.split()


def test_bad_input_fails_alone_with_one_clear_line(spanish_speech: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    result = captionist(
        "transcribe", "--quiet", "--out", str(tmp_path),
        str(tmp_path / "missing.flac"), str(empty), f"xx={spanish_speech}", str(spanish_speech),
    )  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "missing.flac" in result.stderr
    assert "empty.wav" in result.stderr
    assert "Unknown language 'xx'" in result.stderr
    # The good input still ran to the end.
    assert "presupuesto" in (tmp_path / "spanish.srt").read_text(encoding="utf-8").lower()


def test_unknown_model_is_a_message_not_a_traceback(speech: Path) -> None:
    result = captionist("transcribe", "--model", "no-such-model", str(speech))
    assert result.returncode != 0
    assert "no-such-model" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["silence", "noise"])
def test_silence_and_noise_give_no_caption(kind: str, tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    seconds = 60
    audio = (
        np.zeros(16000 * seconds, np.float32)
        if kind == "silence"
        else (rng.standard_normal(16000 * seconds) * 0.01).astype(np.float32)
    )
    path = write_wav(tmp_path / f"{kind}.wav", audio)
    events = tmp_path / "events.jsonl"
    result = captionist("transcribe", "--events", str(events), str(path))
    assert result.returncode == 0, result.stderr
    texts = [json.loads(line)["text"] for line in events.read_text().splitlines()]
    assert not any(texts), texts


def test_same_file_twice_gives_two_sessions(spanish_speech: Path, tmp_path: Path) -> None:
    result = captionist(
        "transcribe", "--quiet", "--out", str(tmp_path), str(spanish_speech), str(spanish_speech),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in ("spanish.srt", "spanish-2.srt"):
        assert "presupuesto" in (tmp_path / name).read_text(encoding="utf-8").lower()


def test_all_formats_and_the_meeting_file(
    speech: Path, spanish_speech: Path, tmp_path: Path
) -> None:
    result = captionist(
        "transcribe", "--quiet", "--out", str(tmp_path), "-f", "srt", "-f", "vtt", "-f", "txt",
        "-f", "json", f"en={speech}", f"es={spanish_speech}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for stem in ("speech", "spanish", "meeting"):
        for fmt in ("srt", "vtt", "txt", "json"):
            assert (tmp_path / f"{stem}.{fmt}").stat().st_size > 0
    meeting = (tmp_path / "meeting.txt").read_text(encoding="utf-8")
    assert "speech: " in meeting and "spanish: " in meeting
    data = json.loads((tmp_path / "speech.json").read_text(encoding="utf-8"))
    assert data["language"] == "en" and data["captions"]


def test_unwritable_output_folder_is_one_line(speech: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = captionist("transcribe", "--out", str(blocker / "sub"), str(speech))
    assert result.returncode != 0
    assert "cannot write into" in result.stderr and "Traceback" not in result.stderr


def columns(header: str, row: str) -> dict[str, str]:
    """A table row split where the header's columns start."""
    names = header.split()
    starts = [header.index(name) for name in names] + [None]
    return {
        name: row[start:end].strip()
        for name, start, end in zip(names, starts, starts[1:], strict=False)
    }


def test_models_is_a_table_with_one_row_per_model_and_how_to_get_it() -> None:
    result = captionist("models", timeout=60)
    assert result.returncode == 0 and not result.stderr, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0]
    assert header.split() == [
        "NAME", "INSTALLED", "SIZE", "LANGUAGES", "KEEPS", "UP", "WITH", "TO", "DOWNLOAD",
    ]  # fmt: skip
    header = header.replace("TO DOWNLOAD", "TO_DOWNLOAD").replace("KEEPS UP WITH", "KEEPS_UP_WITH")
    table = lines[1 : lines.index("")]
    rows = {row.split()[0]: columns(header, row) for row in table}
    assert len(rows) == len(table)  # each name once
    # Measured or not depends on the tests before (tests/models/test_cost.py checks it).
    assert rows["base"].pop("KEEPS_UP_WITH") in (
        "not measured yet",
        *(f"{n} sessions" for n in range(2, 99)),
        "1 session",
        "too slow for live",
    )
    assert rows["small"].pop("KEEPS_UP_WITH") == ""  # not installed
    assert rows["base"] == {
        "NAME": "base", "INSTALLED": "built in", "SIZE": "145 MB",
        "LANGUAGES": "multilingual", "TO_DOWNLOAD": "",
    }  # fmt: skip
    assert rows["small"] == {
        "NAME": "small", "INSTALLED": "no", "SIZE": "480 MB", "LANGUAGES": "multilingual",
        "TO_DOWNLOAD": "captionist models --download small",
    }  # fmt: skip
    assert rows["tiny.en"]["LANGUAGES"] == "English only"
    # turbo and large-v3-turbo are one CTranslate2 model: one row, the other name an alias.
    assert "turbo" not in rows and rows["large-v3-turbo"]["SIZE"] == "1.6 GB"
    assert "large" not in rows
    assert "turbo = large-v3-turbo" in result.stdout and "large = large-v3" in result.stdout


def test_a_file_that_is_not_audio_gives_one_clear_line(tmp_path: Path) -> None:
    fake = tmp_path / "minutes.mp3"
    fake.write_text("minutes of the meeting\n" * 50, encoding="utf-8")
    result = captionist("transcribe", str(fake), timeout=120)
    assert result.returncode != 0
    assert result.stderr.splitlines() == [
        f"captionist: minutes: Cannot read the audio file '{fake}': it is damaged or not "
        "in an audio format Captionist knows."
    ]


def test_clear_option_names_and_the_old_ones_still_work() -> None:
    from app.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(
        ["transcribe", "--source", "Default microphone", "--model-device", "cpu"]
    )
    assert (args.source, args.model_device) == (["Default microphone"], "cpu")
    old = parser.parse_args(["transcribe", "--device", "pulse", "--source", "System audio",
                             "--device-type", "cuda"])  # fmt: skip
    assert (old.source, old.model_device) == (["pulse", "System audio"], "cuda")
    assert parser.parse_args(["transcribe", "x.wav"]).model_device == "auto"
    shown = captionist("transcribe", "--help", timeout=60).stdout
    assert "--source" in shown and "--model-device" in shown
    assert "--device " not in shown and "--device-type" not in shown
