"""Autosave on a disk that really fills up: reported once, nothing lost, retried later."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import srt

from app.bench.metrics import error_rate
from app.errors import AutosaveFailed
from app.transcripts.journal import Journal, read_journal
from app.transcripts.transcript import Transcript
from tests.speech import ENGLISH, GERMAN

from .conftest import TinyDisk

WARNING = "Autosave failed: disk full — captions are kept in memory; export them before closing"


def test_a_full_disk_is_reported_once_and_the_captions_wait_in_memory(
    tiny_disk: TinyDisk,
) -> None:
    failures: list[AutosaveFailed] = []
    restored: list[bool] = []
    transcript = Transcript("Me", "en", datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    journal = Journal(
        transcript,
        folder=tiny_disk.root / "journals",
        on_autosave_failed=failures.append,
        on_autosave_restored=lambda: restored.append(True),
    )

    def say(i: int) -> None:
        caption = transcript.add_caption(f"caption number {i} is kept", i, i + 0.8)
        assert caption is not None
        journal.append(caption)

    say(0)
    assert journal.error is None and journal.pending_lines == 0
    tiny_disk.fill()
    # The journal's last page still has room, so the disk refuses a write only once that
    # page is used up: keep talking until it does (a 4 KiB page holds ~60 captions).
    i = 1
    while not failures and i < 500:
        say(i)
        i += 1
    assert len(failures) == 1, "a full disk was never reported"
    first_failed = i - 1
    for _ in range(20):
        say(i)
        i += 1
    assert len(failures) == 1  # once per stretch of failures, not once per caption
    [failure] = failures
    assert failure.error_code == errno.ENOSPC
    assert str(failure) == WARNING
    assert journal.error is not None
    assert len(transcript.captions) == i  # memory keeps every caption
    assert transcript.captions[-1].text == f"caption number {i - 1} is kept"
    assert journal.pending_lines == i - first_failed

    tiny_disk.free()
    say(i)
    i += 1
    assert restored == [True]
    assert journal.error is None and journal.pending_lines == 0
    assert journal.path is not None
    on_disk = read_journal(journal.path)
    assert on_disk.skipped_lines == 0  # the write the disk tore was cut off, then redone
    assert on_disk.transcript.captions == transcript.captions

    tiny_disk.fill()
    while len(failures) == 1 and i < 1000:
        say(i)
        i += 1
    assert len(failures) == 2  # a new stretch of failures is reported again
    journal.close()
    assert len(transcript.captions) == i


def test_transcribe_with_a_full_journal_disk_warns_once_and_still_writes_out(
    tiny_disk: TinyDisk, speech: Path, german_speech: Path, tmp_path: Path
) -> None:
    journals = tiny_disk.root / "Captionist" / "journals"
    journals.mkdir(parents=True)
    tiny_disk.fill()
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", "--quiet", "--out", str(out),
         f"en={speech}", f"de={german_speech}"],
        capture_output=True, text=True, timeout=300, check=False,
        env=dict(os.environ, XDG_DATA_HOME=str(tiny_disk.root)),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # Two sessions, two journals on the same full disk: still one line.
    assert result.stderr.count("Autosave failed") == 1, result.stderr
    assert f"captionist: {WARNING}\n" in result.stderr
    for clip, spoken in ((speech, ENGLISH), (german_speech, GERMAN)):
        cues = list(srt.parse((out / f"{clip.stem}.srt").read_text(encoding="utf-8")))
        text = " ".join(cue.content.replace("\n", " ") for cue in cues)
        assert error_rate(spoken, text) <= 0.2, text
    assert all(path.stat().st_size == 0 for path in journals.iterdir())
