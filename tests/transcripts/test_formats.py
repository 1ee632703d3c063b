from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

from app.transcripts.formats import (
    meeting_srt,
    meeting_text,
    meeting_vtt,
    merge_meeting,
    to_json,
    to_srt,
    to_text,
    to_vtt,
)
from app.transcripts.layout import Cue, layout
from app.transcripts.transcript import Transcript

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def transcript(
    session: str, started_at: datetime, *captions: tuple[str, float, float]
) -> Transcript:
    t = Transcript(session, "en", started_at)
    for text, start, end in captions:
        t.add_caption(text, start, end)
    return t


def talk() -> Transcript:
    return transcript(
        "Me",
        T0,
        ("Good morning, everyone, and welcome to the weekly planning meeting.", 0.5, 4.0),
        ("Let's start.", 4.2, 5.0),
        (
            "First item: the new release of the caption app, which is due at the end of "
            "the month and still has three open bugs that we need to talk about.",
            7.0,
            15.0,
        ),
        ("ok", 3600.0, 3600.1),
    )


def test_srt_parses_with_the_srt_library(parse_srt: Callable, playable: Callable) -> None:
    cues = layout(talk().captions)
    parsed = parse_srt(to_srt(cues))
    assert len(parsed) == len(cues) >= 4
    playable(parsed)
    assert [p.text for p in parsed] == [c.text for c in cues]
    assert parsed[0].start_ms == 500
    assert parsed[-1].start_ms == 3_600_000 and parsed[-1].end_ms == 3_601_000  # 1 s at least
    assert to_srt(cues).startswith("1\n00:00:00,500 --> ")


def test_vtt_parses_with_webvtt_and_matches_the_srt(
    parse_srt: Callable, parse_vtt: Callable, playable: Callable
) -> None:
    cues = layout(talk().captions)
    text = to_vtt(cues)
    assert text.startswith("WEBVTT\n\n")
    parsed = parse_vtt(text)
    playable(parsed)
    assert parsed == parse_srt(to_srt(cues))


def test_vtt_escapes_markup_characters(parse_vtt: Callable) -> None:
    cues = [Cue(0.0, 1.0, ("a <b> & c --> d",))]
    text = to_vtt(cues)
    assert "-->" not in text.splitlines()[-1]
    [parsed] = parse_vtt(text)
    assert parsed.text == "a &lt;b&gt; &amp; c --&gt; d"


def test_empty_transcript_gives_empty_but_valid_files(parse_vtt: Callable) -> None:
    assert to_srt([]) == ""
    assert parse_vtt(to_vtt([])) == []


def test_text_is_paragraphs_with_and_without_timestamps() -> None:
    t = talk()
    lines = to_text(t, timestamps=True).splitlines()
    # Under 2 s apart, two sentences are one paragraph; a 2 s pause or an hour begins one.
    assert lines == [
        "[00:00:00] " + " ".join(c.text for c in t.captions[:2]),
        "[00:00:07] " + t.captions[2].text,
        "[01:00:00] ok",
    ]
    assert to_text(t, timestamps=False).splitlines() == [line[11:] for line in lines]


def test_text_joins_fragments_with_the_right_spacing() -> None:
    t = transcript(
        "Me", T0, ("That cold", 0.0, 0.6), ("-hearted plan", 0.6, 1.2), (", he said", 1.3, 1.8),
        (".", 1.8, 1.9), ("今天我们", 2.0, 2.5), ("讨论预算。", 2.5, 3.0),
    )  # fmt: skip
    assert to_text(t, timestamps=False) == "That cold-hearted plan, he said. 今天我们讨论预算。\n"
    merged = merge_meeting([t])
    assert meeting_text(merged, timestamps=False).startswith("Me: That cold-hearted plan, he")


def test_json_round_trips_the_transcript() -> None:
    t = transcript("Gäst 日本", T0, ("héllo 世界", 1.23456, 2.5))
    data = json.loads(to_json(t))
    assert data["session"] == "Gäst 日本"
    assert data["language"] == "en"
    assert datetime.fromisoformat(data["started_at"]) == T0
    assert data["captions"] == [{"start": 1.235, "end": 2.5, "text": "héllo 世界"}]
    assert "世界" in to_json(t)  # readable UTF-8, not \u escapes


def meeting() -> list[Transcript]:
    # Guest's session started 10 s after Me's; the clock of a third is in another zone.
    me = transcript("Me", T0, ("hello", 1.0, 2.0), ("how are you", 12.0, 13.0))
    guest = transcript(
        "Guest", T0 + timedelta(seconds=10), ("hi there", 0.5, 1.5), ("fine", 4.0, 4.5)
    )
    plus2 = timezone(timedelta(hours=2))
    remote = transcript(
        "Remote", datetime(2024, 5, 1, 14, 0, 5, tzinfo=plus2), ("morning", 0.0, 1.0)
    )
    return [me, guest, remote]


def test_meeting_merge_orders_by_wall_clock_and_labels_each_caption() -> None:
    merged = merge_meeting(meeting())
    assert [(c.session, c.text, c.start_s) for c in merged] == [
        ("Me", "hello", 1.0),
        ("Remote", "morning", 5.0),
        ("Guest", "hi there", 10.5),
        ("Me", "how are you", 12.0),
        ("Guest", "fine", 14.0),
    ]


def test_meeting_merge_times_count_from_the_earliest_start() -> None:
    late_first = meeting()[::-1]
    merged = merge_meeting(late_first)
    assert merged[0].start_s == 1.0 and merged[0].session == "Me"
    assert merge_meeting([]) == []


def test_meeting_text_is_labelled() -> None:
    lines = meeting_text(merge_meeting(meeting())).splitlines()
    assert lines[:3] == [
        "[00:00:01] Me: hello",
        "[00:00:05] Remote: morning",
        "[00:00:10] Guest: hi there",
    ]
    assert meeting_text(merge_meeting(meeting()), timestamps=False).splitlines()[0] == "Me: hello"


def test_meeting_srt_and_vtt_prefix_each_cue(
    parse_srt: Callable, parse_vtt: Callable, playable: Callable
) -> None:
    merged = merge_meeting(meeting())
    for parsed in (parse_srt(meeting_srt(merged)), parse_vtt(meeting_vtt(merged))):
        assert [p.text for p in parsed] == [
            "Me: hello",
            "Remote: morning",
            "Guest: hi there",
            "Me: how are you",
            "Guest: fine",
        ]
        assert [p.start_ms for p in parsed] == [1000, 5000, 10500, 12000, 14000]
        playable(parsed)


def test_meeting_srt_keeps_each_speakers_cues_apart(
    parse_srt: Callable, playable: Callable
) -> None:
    # Two people talking at once overlap; each one's own cues still never do.
    me = transcript("Me", T0, ("one two three four", 0.0, 3.0), ("five six", 3.1, 3.2))
    guest = transcript("Guest", T0, ("overlapping remark", 1.0, 2.0))
    parsed = parse_srt(meeting_srt(merge_meeting([me, guest])))
    playable(parsed, may_overlap=True)
    for label in ("Me", "Guest"):
        own = [p for p in parsed if p.text.startswith(f"{label}: ")]
        assert all(a.end_ms <= b.start_ms for a, b in pairwise(own))
    assert parsed[0].text == "Me: one two three four five six"
