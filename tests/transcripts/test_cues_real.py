"""Subtitles of real speech read well: real_en.flac (219 s, seven real voices) through the
``captionist transcribe`` command as a user runs it, the real model, the SRT read back with
the independent ``srt`` library."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
import srt

from app.transcripts.layout import ends_sentence
from app.transcripts.spacing import join, join_all

MAX_LINE = 42


@pytest.fixture(scope="module")
def subtitles(real_clips: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, str]:
    """The cues of real_en.srt and the transcript's whole text from real_en.json."""
    out = tmp_path_factory.mktemp("cues")
    result = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", "--quiet", "--language", "en",
         "--out", str(out), "-f", "srt", "-f", "json", str(real_clips / "real_en.flac")],
        capture_output=True, text=True, timeout=540, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    cues = list(srt.parse((out / "real_en.srt").read_text(encoding="utf-8")))
    captions = json.loads((out / "real_en.json").read_text(encoding="utf-8"))["captions"]
    assert len(cues) >= 20, "the file should give many cues"
    return cues, join_all(c["text"] for c in captions)


def seconds(cue: srt.Subtitle) -> float:
    return (cue.end - cue.start).total_seconds()


def test_every_cue_lasts_one_to_seven_seconds_and_none_overlap(subtitles) -> None:
    cues, _ = subtitles
    for cue in cues:
        assert 0.999 <= seconds(cue) <= 7.0, cue  # 1 ms for rounding to whole milliseconds
    for a, b in pairwise(cues):
        assert a.end <= b.start, (a, b)


def test_every_cue_has_at_most_two_lines_of_42_characters(subtitles) -> None:
    cues, _ = subtitles
    for cue in cues:
        lines = cue.content.split("\n")
        assert 1 <= len(lines) <= 2 and all(0 < len(line) <= MAX_LINE for line in lines), cue


def test_no_cue_starts_with_a_hyphen_or_inside_a_word(subtitles) -> None:
    cues, transcript = subtitles
    said = ""
    for cue in cues:
        text = " ".join(cue.content.split("\n"))
        assert not text.startswith(("-", "‐")), cue
        # The cue begins where the transcript has a space: between two words.
        assert not said or transcript.startswith(said + " "), cue
        said = join(said, text)
    assert said == transcript  # nothing lost, nothing added


def test_no_cue_runs_from_one_sentence_into_the_next(subtitles) -> None:
    cues, _ = subtitles
    for cue in cues:
        words = cue.content.split()
        if any(ends_sentence(word) for word in words[:-1]):
            assert ends_sentence(words[-1]), cue


def test_reading_speed_stays_under_20_characters_a_second_where_time_allows(subtitles) -> None:
    cues, _ = subtitles
    hurried = 0
    for i, cue in enumerate(cues):
        if len(cue.content.replace("\n", "")) / seconds(cue) > 20.0:
            # Too fast only where the next cue leaves no room or the cue is at its longest.
            touches_next = i + 1 < len(cues) and cue.end == cues[i + 1].start
            assert touches_next or seconds(cue) >= 6.999, cue
            hurried += 1
    assert hurried <= len(cues) // 10, f"{hurried} of {len(cues)} cues read faster than 20/s"
