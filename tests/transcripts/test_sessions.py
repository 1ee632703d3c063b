"""SessionRecords: each session's transcript and journal (real files in a temporary
folder), its language, its clock across restarts and its autosave state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import AutosaveFailed
from app.transcripts.journal import read_journal
from app.transcripts.sessions import RESTART_GAP_S, SessionRecords

T0 = datetime(2026, 11, 27, 10, 0, 0, tzinfo=UTC)


@pytest.fixture
def records(tmp_path: Path) -> SessionRecords:
    return SessionRecords(tmp_path / "journals")


def saved(records: SessionRecords, session_id: str):
    journal = records.journal(session_id)
    assert journal is not None and journal.path is not None
    return read_journal(journal.path)


def test_first_start_opens_a_transcript_and_journal_that_keep_each_final(
    records: SessionRecords,
) -> None:
    assert records.start("s1", "Me", "en", T0) == 0.0
    caption = records.heard("s1", " Hello  there. ", 1.0, 2.0)
    assert caption is not None and caption.text == "Hello there."
    assert records.heard("s1", "   ", 2.0, 2.5) is None  # nothing said, nothing kept
    assert records.heard("s9", "Nobody", 0.0, 1.0) is None  # never started
    transcript = records.transcript("s1")
    assert transcript is not None and transcript.started_at == T0
    assert [c.text for c in transcript.captions] == ["Hello there."]
    on_disk = saved(records, "s1").transcript
    assert (on_disk.session, on_disk.language) == ("Me", "en")
    assert [(c.text, c.start_s, c.end_s) for c in on_disk.captions] == [("Hello there.", 1.0, 2.0)]


def test_a_restart_continues_the_audio_clock_and_places_words_on_the_wall_clock(
    records: SessionRecords,
) -> None:
    records.start("s1", "Me", "en", T0)
    records.heard("s1", "First run.", 1.0, 2.0)
    records.note_position("s1", 12.5)  # the capture thread read 12.5 s before Stop
    later = T0 + timedelta(seconds=60)
    offset = records.start("s1", "Me", "en", later)
    assert offset == 12.5 + RESTART_GAP_S
    caption = records.heard("s1", "Second run.", offset + 0.5, offset + 1.5)
    assert caption is not None and (caption.start_s, caption.end_s) == (60.5, 61.5)
    assert records.wall_offset("s1", offset + 0.5) == later.timestamp() - offset
    assert records.wall_offset("s1", 1.0) == T0.timestamp()  # the first run's words
    [_first, second] = saved(records, "s1").transcript.captions
    assert (second.text, second.start_s) == ("Second run.", 60.5)


def test_a_detected_language_reaches_the_transcript_and_its_journal(
    records: SessionRecords,
) -> None:
    records.start("s1", "Me", "auto", T0)
    assert records.detected("s1", "de")
    records.heard("s1", "Guten Tag.", 0.5, 1.5)
    assert records.transcript("s1").language == "de"
    assert saved(records, "s1").transcript.language == "de"
    assert not records.detected("s9", "de")  # no such session: nothing to record


def test_a_detection_on_its_way_does_not_undo_the_users_pick(records: SessionRecords) -> None:
    """The user corrects the language while the inference thread's detection is already
    queued: that late detection must not overwrite the pick (it did in the window)."""
    records.start("s1", "Room", "auto", T0)
    records.chosen("s1", "de")
    assert not records.detected("s1", "en")  # the detection that was in flight
    records.heard("s1", "Guten Tag.", 0.5, 1.5)
    assert records.transcript("s1").language == "de"
    assert saved(records, "s1").transcript.language == "de"
    # A new run detects afresh.
    records.start("s1", "Room", "auto", T0 + timedelta(minutes=1))
    assert records.detected("s1", "fr")
    assert saved(records, "s1").transcript.language == "fr"


def test_autosave_failing_and_restored_is_told_per_session(tmp_path: Path) -> None:
    folder = tmp_path / "journals"
    folder.write_text("a file where the folder should be")  # every write fails
    told: list[tuple[str, object]] = []
    records = SessionRecords(
        folder,
        on_autosave_failed=lambda sid, error: told.append((sid, error)),
        on_autosave_restored=lambda sid: told.append((sid, "restored")),
    )
    records.start("s1", "Me", "en", T0)
    records.start("s2", "Remote", "en", T0)
    assert [sid for sid, _ in told] == ["s1", "s2"]
    assert all(isinstance(error, AutosaveFailed) for _, error in told)
    assert records.autosave_failing == {"s1", "s2"}
    records.heard("s1", "Kept in memory.", 0.0, 1.0)
    assert records.journal("s1").pending_lines == 2  # header and caption wait

    folder.unlink()  # the folder is back: the next write saves everything
    records.heard("s1", "Saved.", 1.0, 2.0)
    assert told[-1] == ("s1", "restored") and records.autosave_failing == {"s2"}
    assert [c.text for c in saved(records, "s1").transcript.captions] == [
        "Kept in memory.",
        "Saved.",
    ]
    folder.rename(tmp_path / "gone")
    folder.write_text("broken again")
    records.forget("s2")  # closed while failing: its warning goes with it
    assert told[-1] == ("s2", "restored") and records.autosave_failing == set()
    assert records.transcript("s2") is None


def test_closing_keeps_transcripts_for_export_and_ends_journals_clean(
    records: SessionRecords,
) -> None:
    records.start("s1", "Me", "en", T0)
    records.start("s2", "Remote", "de", T0)
    records.heard("s1", "Hello.", 0.0, 1.0)
    records.heard("s2", "Hallo.", 0.0, 1.0)
    paths = [j.path for j in records.journals()]
    records.rename("s2", "Berlin")
    records.close_journals()
    assert records.journals() == []
    assert all(read_journal(path).is_clean for path in paths)
    records.heard("s1", "Late words.", 1.0, 2.0)  # after closing: the transcript only
    assert [t.session for t in records.transcripts()] == ["Me", "Berlin"]
    assert [c.text for c in records.transcript("s1").captions] == ["Hello.", "Late words."]
    assert len(read_journal(paths[0]).transcript.captions) == 1
