"""Automatic language with the real model and real clips: a lock on clear evidence only.

Before, a session locked on its first decode's language: meeting_de.flac became
English at 46 %, real_fr.flac Breton at 53 %.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from app.engine.events import CaptionEvent
from app.engine.language import LockRule
from app.engine.scheduler import Scheduler, StepResult
from app.engine.segmenter import Segmenter
from app.session import SessionConfig


@dataclass
class AutoRun:
    steps: list[StepResult] = field(default_factory=list)
    closing: list[CaptionEvent] = field(default_factory=list)

    @property
    def locks(self) -> list[tuple[int, tuple[str, float]]]:
        return [(i, s.detected_language) for i, s in enumerate(self.steps) if s.detected_language]

    @property
    def events(self) -> list[CaptionEvent]:
        return [e for s in self.steps for e in s.events] + self.closing


def caption_auto(scheduler: Scheduler, audio: np.ndarray) -> AutoRun:
    """Feed ``audio`` to session "s" as live, two decode chances a second, then close it."""
    run, segmenter = AutoRun(), Segmenter()
    for n, i in enumerate(range(0, len(audio), 512)):
        for chunk in segmenter.feed(audio[i : i + 512]).chunks:
            scheduler.push("s", chunk)
        if n % 16 == 0:
            while (result := scheduler.step()) is not None:
                assert not result.error
                run.steps.append(result)
    for chunk in segmenter.finish():
        scheduler.push("s", chunk)
    run.closing = scheduler.close("s")
    return run


def auto_session(decoder) -> Scheduler:
    scheduler = Scheduler(lambda choice: decoder)
    scheduler.open(SessionConfig("s", "s", "auto"))
    return scheduler


def test_meeting_de_locks_german_once_the_evidence_is_clear(decoder, load_clip) -> None:
    scheduler = auto_session(decoder)
    lock = scheduler.stream("s").language
    run = caption_auto(scheduler, load_clip("meeting_de.flac"))
    # The first decode (2 s) said English at about 50 %: no lock on that.
    assert run.steps[0].detected_language is None
    assert [code for _, (code, _) in run.locks] == ["de"]
    (at, (_, probability)), rule = run.locks[0], LockRule()
    assert probability >= rule.min_probability
    assert lock.decodes >= rule.min_decodes and lock.speech_s >= rule.min_speech_s
    # "Detecting…" until then: captions carry no language before the lock, German after.
    before = [e.language for s in run.steps[:at] for e in s.events]
    after = [e.language for s in run.steps[at:] for e in s.events] + [
        e.language for e in run.closing
    ]
    assert set(before) <= {""} and set(after) == {"de"}
    finals = " ".join(e.text for e in run.events if e.is_final)
    assert "Projekt" in finals and "Januar" in finals, finals


def test_real_fr_locks_french(decoder, clips: Path) -> None:
    if not (clips / "real" / "real_fr.flac").is_file():
        pytest.skip("../shared/audio/real is not there")
    from faster_whisper import decode_audio

    audio = decode_audio(str(clips / "real" / "real_fr.flac"))[: 20 * 16000]
    scheduler = auto_session(decoder)
    lock = scheduler.stream("s").language
    run = caption_auto(scheduler, audio)
    assert [code for _, (code, _) in run.locks] == ["fr"]
    assert run.locks[0][0] >= 1  # not on the first decode
    assert lock.code == "fr" and lock.probability >= LockRule().min_probability


def test_the_cli_names_the_language_once_when_it_locks(german_speech: Path, model_dir) -> None:
    # A file shorter than one window locks while the session closes: that lock is said too.
    result = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", str(german_speech)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "detected language" in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("captionist: german: detected language de (")
    assert "Pläne" in result.stdout
