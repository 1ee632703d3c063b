"""Fixtures for the transcript tests: a private journals folder and subtitle parsers.

SRT and WebVTT output is always read back with the independent ``srt`` and ``webvtt``
libraries, so the checks do not trust this project's own formatting code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import srt
import webvtt

from app import paths


@dataclass(frozen=True)
class Parsed:
    """A cue as an independent parser read it."""

    index: str
    start_ms: int
    end_ms: int
    text: str


ParseFn = Callable[[str], list[Parsed]]

_MS = timedelta(milliseconds=1)


@pytest.fixture
def journals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``journals_dir()`` inside tmp_path, never the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    folder = paths.journals_dir()
    assert tmp_path in folder.parents
    return folder


def _parse_srt(text: str) -> list[Parsed]:
    subs = list(srt.parse(text))
    return [Parsed(str(s.index), s.start // _MS, s.end // _MS, s.content) for s in subs]


def _parse_vtt(text: str) -> list[Parsed]:
    vtt = webvtt.from_string(text, strict=True)
    return [
        Parsed(c.identifier, c.start_time.in_milliseconds(), c.end_time.in_milliseconds(), c.text)
        for c in vtt.captions
    ]


@pytest.fixture
def parse_srt() -> ParseFn:
    return _parse_srt


@pytest.fixture
def parse_vtt() -> ParseFn:
    return _parse_vtt


def assert_playable(cues: list[Parsed], min_ms: int = 800, *, may_overlap: bool = False) -> None:
    """Numbered from 1, in order, no overlaps, and shown >= min_ms unless the next cue starts."""
    assert [c.index for c in cues] == [str(n) for n in range(1, len(cues) + 1)]
    for a, b in pairwise(cues):
        assert a.start_ms <= b.start_ms
        if not may_overlap:
            assert a.end_ms <= b.start_ms, (a, b)
    for i, c in enumerate(cues):
        assert c.end_ms >= c.start_ms
        touches_next = i + 1 < len(cues) and c.end_ms == cues[i + 1].start_ms
        assert c.end_ms - c.start_ms >= min_ms - 1 or touches_next, c


@pytest.fixture
def playable() -> Callable[..., None]:
    return assert_playable
