from __future__ import annotations

import errno
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

import app
from app.audio.wav import write_wav
from app.transcripts.journal import (
    Journal,
    delete,
    list_journals,
    mark_recovered,
    read_journal,
    recover,
)
from app.transcripts.transcript import Caption, Transcript

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
REPO_ROOT = Path(app.__file__).resolve().parents[1]


def record(transcript: Transcript, journal: Journal, i: int) -> Caption:
    caption = transcript.add_heard(f"caption {i} — ünïcödé 字幕", i * 2.0, i * 2.0 + 1.5)
    assert caption is not None
    journal.append(caption)
    return caption


def test_round_trip_of_a_clean_session(journals: Path) -> None:
    t = Transcript("Me", "", T0)
    j = Journal(t)
    written = [record(t, j, 0)]
    t.language = "en"  # detected after the header was written, as a live session's is
    written += [record(t, j, i) for i in range(1, 5)]
    j.close()
    assert j.path is not None and j.path.parent == journals
    lines = [json.loads(line) for line in j.path.read_text("utf-8").splitlines()]
    assert lines[0] == {
        "type": "header",
        "format": "captionist-journal",
        "version": 1,
        "session": "Me",
        "language": "",
        "started_at": T0.isoformat(),
    }
    assert lines[-1]["type"] == "end" and lines[-1]["clean"] is True
    [info] = list_journals()
    assert info.is_clean and info.skipped_lines == 0
    assert info.transcript == Transcript("Me", "en", T0, written)
    assert recover() == []  # a clean journal is history, not something to recover


def test_every_line_is_on_disk_before_append_returns(journals: Path) -> None:
    t = Transcript("Me", "en", T0)
    j = Journal(t)
    for i in range(3):
        record(t, j, i)
        # Read through a separate handle, as a recovering process would.
        assert len(read_journal(j.path).transcript.captions) == i + 1
    j.close()


def test_unclean_journal_is_recovered_and_clean_one_is_not(journals: Path) -> None:
    crashed = Transcript("Guest", "de", T0)
    j1 = Journal(crashed)
    record(crashed, j1, 0)
    j1.close(clean=False)
    finished = Transcript("Me", "en", T0)
    j2 = Journal(finished)
    record(finished, j2, 0)
    j2.close()
    [info] = recover()
    assert info.transcript.session == "Guest" and not info.is_clean
    assert info.transcript.captions == crashed.captions
    assert {i.transcript.session: i.is_clean for i in list_journals()} == {
        "Guest": False,
        "Me": True,
    }
    delete(info)
    assert recover() == []
    assert [i.transcript.session for i in list_journals()] == ["Me"]


def test_torn_last_line_is_skipped(journals: Path, caplog: pytest.LogCaptureFixture) -> None:
    t = Transcript("Me", "en", T0)
    j = Journal(t)
    for i in range(3):
        record(t, j, i)
    j.close(clean=False)
    with open(j.path, "ab") as handle:
        handle.write(b'{"type": "caption", "start": 6.0, "end": 7.5, "text": "cut o')
    with caplog.at_level(logging.WARNING):
        [info] = recover()
    assert info.transcript.captions == t.captions
    assert info.skipped_lines == 1
    assert "skipped 1" in caplog.text


def test_files_without_a_header_are_ignored(journals: Path) -> None:
    (journals / "junk.jsonl").write_bytes(b'{"type": "hea')
    (journals / "empty.jsonl").write_bytes(b"")
    assert list_journals() == []


def test_session_names_become_safe_file_names(journals: Path) -> None:
    j = Journal(Transcript("../../etc/CON", "en", T0))
    j.close()
    assert j.path is not None and j.path.parent == journals
    assert "/" not in j.path.name[len("20240501-120000-") :]


class FlakyDisk:
    """os.write that fails for one file descriptor, tearing the first line it refuses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real_write = os.write
        self.fd: int | None = None
        self.full = False
        self.tore = False
        monkeypatch.setattr(os, "write", self.write)

    def write(self, fd: int, data: bytes) -> int:
        if fd != self.fd or not self.full:
            return self.real_write(fd, data)
        if not self.tore and len(data) > 10:
            self.tore = True
            return self.real_write(fd, bytes(data)[:10])
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_write_is_reported_not_raised_and_retried(
    journals: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    disk = FlakyDisk(monkeypatch)
    t = Transcript("Me", "en", T0)
    j = Journal(t)
    disk.fd = j._fd
    record(t, j, 0)
    disk.full = True
    with caplog.at_level(logging.WARNING):
        record(t, j, 1)
        record(t, j, 2)
    assert j.error is not None and "No space left" in j.error
    assert j.pending_lines == 2
    assert "autosave failed" in caplog.text
    assert len(t.captions) == 3  # memory keeps everything
    disk.full = False
    record(t, j, 3)
    assert j.error is None and j.pending_lines == 0
    info = read_journal(j.path)
    assert info.skipped_lines == 0  # the torn piece was cut off before the retry
    assert info.transcript.captions == t.captions
    j.close()


def test_a_journal_that_cannot_be_created_does_not_raise(tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("")
    t = Transcript("Me", "en", T0)
    j = Journal(t, folder=blocker)
    record(t, j, 0)
    assert j.error is not None and j.path is None
    assert j.pending_lines == 2  # header and caption wait for a working disk
    j.close()
    assert len(t.captions) == 1


CHILD = """
import sys
from datetime import datetime, timezone
from app.transcripts.journal import Journal
from app.transcripts.transcript import Transcript

n = int(sys.argv[1])
t = Transcript("Guest", "en", datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc))
j = Journal(t)
i = 0
while True:  # keeps writing after the signal so the kill lands mid-stream
    text = f"caption {i} — 字幕"
    j.append(t.add_heard(text, i, i + 0.5))
    i += 1
    if i == n:
        sys.stdout.write("written\\n")
        sys.stdout.flush()
"""


def test_sigkilled_process_loses_no_written_caption(journals: Path) -> None:
    n = 25
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "XDG_DATA_HOME": os.environ["XDG_DATA_HOME"]}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(n)], stdout=subprocess.PIPE, env=env, cwd=REPO_ROOT
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"written\n"
        # While the writer lives its journal is a session recording, not a crash.
        assert recover() == []
        [live] = list_journals()
        assert live.is_live and not live.is_clean
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup, no closing line
        child.wait(timeout=30)
    [info] = recover()
    assert not info.is_clean and not info.is_live
    got = info.transcript.captions
    assert len(got) >= n
    assert [c.text for c in got[:n]] == [f"caption {i} — 字幕" for i in range(n)]
    assert [c.start_s for c in got[:n]] == [float(i) for i in range(n)]
    assert info.skipped_lines <= 1  # at most the line being written when it died


def test_a_journal_being_written_is_recording_not_crashed(journals: Path) -> None:
    t = Transcript("Me", "en", T0)
    j = Journal(t)
    record(t, j, 0)
    [info] = list_journals()
    assert info.is_live and not info.is_clean
    assert recover() == []  # never offered for recovery while its writer runs
    before = j.path.read_bytes()
    mark_recovered(info)  # even if asked, the live journal is not closed under its writer
    assert j.path.read_bytes() == before and not info.is_clean
    record(t, j, 1)
    j.close(clean=False)  # what a killed writer leaves: no closing line, no lock
    [crashed] = recover()
    assert not crashed.is_live and len(crashed.transcript.captions) == 2


def test_a_session_without_captions_leaves_no_journal(journals: Path) -> None:
    silent = Journal(Transcript("Me", "auto", T0))
    assert silent.path is not None and silent.path.exists()
    silent.close()
    assert not silent.path.exists()
    crashed = Journal(Transcript("Guest", "auto", T0))
    crashed.close(clean=False)
    assert list_journals() == []
    assert recover() == []  # nothing to offer, and the empty file is cleared away
    assert list(journals.iterdir()) == []


def test_the_detected_language_is_saved_when_detection_settles(journals: Path) -> None:
    t = Transcript("Me", "auto", T0)
    j = Journal(t)
    j.set_language("de")
    assert t.language == "de"
    assert read_journal(j.path).transcript.language == "de"  # on disk before any caption
    j.transcript.add_caption("Guten Morgen.", 0.0, 1.0)
    j.append(t.captions[-1])
    j.set_language("de")  # told again: nothing new to write
    j.close()
    lines = [json.loads(line) for line in j.path.read_text("utf-8").splitlines()]
    assert [line["type"] for line in lines] == ["header", "language", "caption", "end"]
    [info] = list_journals()
    assert info.transcript.language == "de"


def test_a_cli_run_saves_the_detected_language_and_no_empty_journal(
    journals: Path, speech: Path, tmp_path: Path
) -> None:
    silence = write_wav(tmp_path / "silence.wav", np.zeros(16000 * 3, np.float32))
    result = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", "--quiet", "--live",
         str(speech), str(silence)],
        capture_output=True, text=True, timeout=300, check=False, cwd=REPO_ROOT,
        env=dict(os.environ, XDG_DATA_HOME=os.environ["XDG_DATA_HOME"]),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [info] = list_journals()  # the silent session captioned nothing and left no journal
    assert list(journals.iterdir()) == [info.path]
    assert info.is_clean and info.transcript.captions
    assert info.transcript.language == "en"  # what detection found, even with --quiet
