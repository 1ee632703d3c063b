"""Transcripts as text in the formats people take elsewhere: SRT, WebVTT, plain text, JSON.

Every function returns a ``str``; writing it to disk is ``export.py``'s job. A meeting
export puts several sessions (speakers) on one clock: each caption is placed at its
session's wall-clock start plus its own offset, and times count from the earliest start.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from app.transcripts.layout import DEFAULT_RULES, Cue, LayoutRules, layout
from app.transcripts.transcript import Caption, Transcript

JSON_FORMAT_VERSION = 1


def _split_ms(seconds: float) -> tuple[int, int, int, int]:
    # Rounding to whole milliseconds first keeps ordered times ordered after formatting.
    total_ms = max(0, round(seconds * 1000))
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return hours, minutes, secs, ms


def srt_time(seconds: float) -> str:
    return "{:02d}:{:02d}:{:02d},{:03d}".format(*_split_ms(seconds))


def vtt_time(seconds: float) -> str:
    return "{:02d}:{:02d}:{:02d}.{:03d}".format(*_split_ms(seconds))


def clock(seconds: float) -> str:
    """``hh:mm:ss`` for plain-text timestamps."""
    hours, minutes, secs, _ = _split_ms(seconds)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def to_srt(cues: Sequence[Cue]) -> str:
    """SubRip: cues numbered from 1, blank line after each."""
    blocks = [
        f"{n}\n{srt_time(cue.start_s)} --> {srt_time(cue.end_s)}\n{cue.text}\n"
        for n, cue in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    # WebVTT cue text is markup: a bare "<" or "&" would be read as a tag or entity,
    # and "-->" may not appear at all.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT, with the cue number as each cue's identifier."""
    blocks = [
        f"{n}\n{vtt_time(cue.start_s)} --> {vtt_time(cue.end_s)}\n{_vtt_escape(cue.text)}\n"
        for n, cue in enumerate(cues, start=1)
    ]
    return "\n".join(["WEBVTT\n", *blocks])


def to_text(transcript: Transcript, timestamps: bool = True) -> str:
    """One caption per line, optionally prefixed ``[hh:mm:ss]`` (time since the session start)."""
    lines = [
        f"[{clock(c.start_s)}] {c.text}" if timestamps else c.text for c in transcript.captions
    ]
    return "".join(line + "\n" for line in lines)


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "session": transcript.session,
        "language": transcript.language,
        "started_at": transcript.started_at.isoformat(),
        "captions": [
            {"start": round(c.start_s, 3), "end": round(c.end_s, 3), "text": c.text}
            for c in transcript.captions
        ],
    }


def to_json(transcript: Transcript) -> str:
    data = {"format": "captionist-transcript", "version": JSON_FORMAT_VERSION}
    data.update(transcript_dict(transcript))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def meeting_json(transcripts: Sequence[Transcript]) -> str:
    data = {
        "format": "captionist-meeting",
        "version": JSON_FORMAT_VERSION,
        "sessions": [transcript_dict(t) for t in transcripts],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def merge_meeting(transcripts: Sequence[Transcript]) -> list[Caption]:
    """All sessions' captions on one clock, ordered by when they were spoken.

    Each returned caption keeps its session name (the speaker label) and has its times
    moved to seconds since the earliest session start. Ties keep the order of
    ``transcripts``, then of captions within a session.
    """
    if not transcripts:
        return []
    origin = min(t.started_at for t in transcripts)
    placed: list[tuple[float, int, int, Caption]] = []
    for rank, transcript in enumerate(transcripts):
        shift = (transcript.started_at - origin) / timedelta(seconds=1)
        for index, c in enumerate(transcript.captions):
            moved = Caption(c.text, c.start_s + shift, c.end_s + shift, transcript.session)
            placed.append((moved.start_s, rank, index, moved))
    placed.sort(key=lambda item: item[:3])
    return [item[3] for item in placed]


def meeting_text(captions: Sequence[Caption], timestamps: bool = True) -> str:
    """``[00:01:02] Me: hello`` lines from ``merge_meeting``'s captions."""
    lines = [
        f"[{clock(c.start_s)}] {c.session}: {c.text}" if timestamps else f"{c.session}: {c.text}"
        for c in captions
    ]
    return "".join(line + "\n" for line in lines)


def meeting_cues(captions: Sequence[Caption], rules: LayoutRules = DEFAULT_RULES) -> list[Cue]:
    """Cues labelled ``Me: ...``, laid out per speaker, then ordered by start.

    Each speaker's cues never overlap one another; two speakers talking at once do give
    overlapping cues, which players show stacked, rather than cutting one of them short.
    """
    sessions = list(dict.fromkeys(c.session for c in captions))
    cues = [
        cue
        for session in sessions
        for cue in layout([c for c in captions if c.session == session], rules, label=session)
    ]
    return sorted(cues, key=lambda cue: cue.start_s)


def meeting_srt(captions: Sequence[Caption], rules: LayoutRules = DEFAULT_RULES) -> str:
    return to_srt(meeting_cues(captions, rules))


def meeting_vtt(captions: Sequence[Caption], rules: LayoutRules = DEFAULT_RULES) -> str:
    return to_vtt(meeting_cues(captions, rules))
