"""One clock for a meeting: runs of a restarted session placed by their wall-clock Start.

Caption events count seconds of a session's audio, and that clock skips the time a
session was stopped (the window continues it from where the last run ended). These
tests replay what the window records (each run's wall-clock start and audio offset) with
synthetic events, and read the exports back with independent parsers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from app.transcripts.export import render
from app.transcripts.transcript import Transcript

T0 = datetime(2024, 5, 1, 14, 0, tzinfo=UTC)


def restarted_meeting() -> tuple[Transcript, Transcript]:
    """Me runs 14:00:00-14:01:00, stops, starts again at 14:02:10; Remote runs from 14:00:05.

    The window continues Me's audio clock 1 s past where run 1 ended, so run 2's audio
    starts at 61 s although it was spoken 130 s after Me's first Start.
    """
    me = Transcript("Me", "en", T0)
    me.start_run(0.0, T0)
    me.add_heard("Good morning everyone.", 10.0, 12.0)
    me.start_run(61.0, T0 + timedelta(seconds=130))
    me.add_heard("Sorry, my microphone dropped.", 66.0, 68.0)
    remote = Transcript("Remote", "en", T0 + timedelta(seconds=5))
    remote.start_run(0.0, T0 + timedelta(seconds=5))
    remote.add_heard("Morning!", 8.0, 9.0)
    remote.add_heard("Are you still there?", 100.0, 101.5)
    remote.add_heard("Yes, we hear you again.", 130.0, 132.0)
    return me, remote


def test_meeting_with_a_restart_is_in_time_order_with_the_right_gaps(
    parse_srt: Callable, parse_vtt: Callable
) -> None:
    meeting = restarted_meeting()
    expected = [
        ("Me: Good morning everyone.", 10_000),
        ("Remote: Morning!", 13_000),
        ("Remote: Are you still there?", 105_000),
        # Me's run 2 heard its 5th second at 14:02:15, Remote its 130th: said together.
        ("Me: Sorry, my microphone dropped.", 135_000),
        ("Remote: Yes, we hear you again.", 135_000),
    ]
    for parse, fmt in ((parse_srt, "srt"), (parse_vtt, "vtt")):
        cues = parse(render(meeting, fmt))
        assert [(c.text, c.start_ms) for c in cues] == expected, fmt
    lines = render(meeting, "txt").splitlines()
    assert lines == [
        "[00:00:10] Me: Good morning everyone.",
        "[00:00:13] Remote: Morning!",
        "[00:01:45] Remote: Are you still there?",
        "[00:02:10] — Me: run 2 started 14:02 —",
        "[00:02:15] Me: Sorry, my microphone dropped.",
        "[00:02:15] Remote: Yes, we hear you again.",
    ]


def test_meeting_json_puts_every_session_on_the_meetings_clock() -> None:
    data = json.loads(render(restarted_meeting(), "json"))
    assert datetime.fromisoformat(data["started_at"]) == T0
    placed = sorted(
        (s["offset"] + c["start"], s["session"], c["text"])
        for s in data["sessions"]
        for c in s["captions"]
    )
    assert [(at, who) for at, who, _ in placed] == [
        (10.0, "Me"),
        (13.0, "Remote"),
        (105.0, "Remote"),
        (135.0, "Me"),
        (135.0, "Remote"),
    ]


def test_a_single_session_export_marks_each_run_start(parse_srt: Callable) -> None:
    me, _remote = restarted_meeting()
    assert render(me, "txt").splitlines() == [
        "[00:00:10] Good morning everyone.",
        "[00:02:10] — Run 2 started 14:02 —",
        "[00:02:15] Sorry, my microphone dropped.",
    ]
    assert render(me, "txt", timestamps=False).splitlines()[1] == "— Run 2 started 14:02 —"
    # Subtitles carry no marker cue, but their times include the stopped gap.
    assert [c.start_ms for c in parse_srt(render(me, "srt"))] == [10_000, 135_000]
    runs = json.loads(render(me, "json"))["runs"]
    assert [(r["run"], r["start"]) for r in runs] == [(1, 0.0), (2, 130.0)]
    assert datetime.fromisoformat(runs[1]["started_at"]) == T0 + timedelta(seconds=130)


def test_one_run_gives_the_same_output_as_before() -> None:
    # The command line and old journals record no runs: the audio clock is the timeline.
    cli = Transcript("Me", "en", T0)
    cli.add_heard("hello", 1.0, 2.0)
    window = Transcript("Me", "en", T0)
    window.start_run(0.0, T0)
    window.add_heard("hello", 1.0, 2.0)
    for t in (cli, window):
        assert render(t, "txt") == "[00:00:01] hello\n"
        assert [(c.start_s, c.end_s) for c in t.captions] == [(1.0, 2.0)]
    assert json.loads(render(cli, "json"))["runs"] == [
        {"run": 1, "started_at": T0.isoformat(), "start": 0.0}
    ]


def test_a_clock_set_back_never_reorders_what_was_said() -> None:
    me = Transcript("Me", "en", T0)
    me.start_run(0.0, T0)
    me.add_heard("before", 10.0, 20.0)
    run = me.start_run(21.0, T0 + timedelta(seconds=5))  # NTP moved the clock back
    assert run.start_s == 20.0
    me.add_heard("after", 21.5, 22.0)
    assert [(c.text, c.start_s) for c in me.captions] == [("before", 10.0), ("after", 20.5)]


def test_runs_whose_audio_clock_restarts_at_zero_follow_the_latest_start() -> None:
    me = Transcript("Me", "en", T0)
    me.start_run(0.0, T0)
    me.start_run(0.0, T0 + timedelta(seconds=30))
    me.add_heard("second run", 2.0, 3.0)
    assert me.captions[0].start_s == 32.0
