"""Transcripts as text in the formats people take elsewhere: SRT, WebVTT, plain text, JSON.

Every function returns a ``str``; writing it to disk is ``export.py``'s job. Times are
wall-clock seconds: a session's captions already sit on its timeline (stopped time
included, see ``transcript.py``), and a meeting export shifts each session by when it
first started, so times count from the meeting's first Start. Text reads in paragraphs,
grouped as the window groups them (``paragraphs.py``), each with the time it began, and
marks where a restarted session's runs begin; JSON lists the runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from app.transcripts.layout import DEFAULT_RULES, Cue, LayoutRules, layout
from app.transcripts.paragraphs import Paragraph, Paragraphs
from app.transcripts.transcript import Caption, Run, Transcript

JSON_FORMAT_VERSION = 1


def _split_ms(seconds: float) -> tuple[int, int, int, int]:
    # Rounding to whole milliseconds first keeps ordered times ordered after formatting.
    total_ms = max(0, round(seconds * 1000))
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return hours, minutes, secs, ms


def _timestamp(seconds: float, decimal: str) -> str:
    hours, minutes, secs, ms = _split_ms(seconds)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{ms:03d}"


def srt_time(seconds: float) -> str:
    return _timestamp(seconds, ",")


def vtt_time(seconds: float) -> str:
    return _timestamp(seconds, ".")


def clock(seconds: float) -> str:
    """``hh:mm:ss`` for plain-text timestamps."""
    hours, minutes, secs, _ = _split_ms(seconds)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def _cue_blocks(
    cues: Sequence[Cue], time: Callable[[float], str], text: Callable[[str], str]
) -> str:
    """Numbered cues, a blank line after each: the part SubRip and WebVTT share."""
    return "\n".join(
        f"{n}\n{time(cue.start_s)} --> {time(cue.end_s)}\n{text(cue.text)}\n"
        for n, cue in enumerate(cues, start=1)
    )


def to_srt(cues: Sequence[Cue]) -> str:
    """SubRip: cues numbered from 1, blank line after each."""
    return _cue_blocks(cues, srt_time, str)


def _vtt_escape(text: str) -> str:
    # WebVTT cue text is markup: a bare "<" or "&" would be read as a tag or entity,
    # and "-->" may not appear at all.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT, with the cue number as each cue's identifier."""
    blocks = _cue_blocks(cues, vtt_time, _vtt_escape)
    return "WEBVTT\n\n" + blocks if blocks else "WEBVTT\n"


Mark = tuple[float, str]  # a line that is not speech, and where on the timeline it goes


def run_marks(transcript: Transcript, shift_s: float = 0.0, label: str = "") -> list[Mark]:
    """``— Run 2 started 14:03 —`` where each restart of the session begins."""
    who = f"{label}: run" if label else "Run"
    return [
        (shift_s + run.start_s, f"— {who} {run.number} started {run.started_at:%H:%M} —")
        for run in transcript.runs
        if run.number > 1
    ]


def _lines(spoken: Sequence[Mark], marks: Sequence[Mark], timestamps: bool) -> str:
    # A mark goes before speech at the same moment: the run starts, then someone speaks.
    entries = sorted(
        [(at, 0, i, text) for i, (at, text) in enumerate(marks)]
        + [(at, 1, i, text) for i, (at, text) in enumerate(spoken)]
    )
    lines = [f"[{clock(at)}] {text}" if timestamps else text for at, _, _, text in entries]
    return "".join(line + "\n" for line in lines)


def _paragraphs(captions: Sequence[Caption], marks: Sequence[Mark]) -> list[Paragraph]:
    """The captions in paragraphs as the window shows them, none running across a mark."""
    grouped = Paragraphs()
    sessions = list(dict.fromkeys(c.session for c in captions))
    # A mark goes before speech at the same moment, as in ``_lines``.
    timeline = sorted(
        [(at, 0, i, None) for i, (at, _) in enumerate(marks)]
        + [(c.start_s, 1, i, c) for i, c in enumerate(captions)]
    )
    for at, _, _, caption in timeline:
        if caption is None:
            for session in sessions:
                grouped.mark_restart(session, at)
        else:
            grouped.add_final(caption.session, caption.text, caption.start_s, caption.end_s)
    return [entry for entry in grouped.entries if isinstance(entry, Paragraph)]


def to_text(transcript: Transcript, timestamps: bool = True) -> str:
    """One paragraph per line, optionally prefixed ``[hh:mm:ss]`` (time since the session
    start), with a line where each restart of the session begins."""
    marks = run_marks(transcript)
    said = _paragraphs(transcript.captions, marks)
    return _lines([(p.start_s, p.text) for p in said], marks, timestamps)


def _runs(transcript: Transcript) -> list[Run]:
    # Transcripts from the command line or an old journal have no recorded runs: one run.
    return transcript.runs or [Run(1, transcript.started_at, 0.0, 0.0)]


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "session": transcript.session,
        "language": transcript.language,
        "started_at": transcript.started_at.isoformat(),
        "runs": [
            {"run": r.number, "started_at": r.started_at.isoformat(), "start": round(r.start_s, 3)}
            for r in _runs(transcript)
        ],
        "captions": [
            {"start": round(c.start_s, 3), "end": round(c.end_s, 3), "text": c.text}
            for c in transcript.captions
        ],
    }


def to_json(transcript: Transcript) -> str:
    data = {"format": "captionist-transcript", "version": JSON_FORMAT_VERSION}
    data.update(transcript_dict(transcript))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _shifts(transcripts: Sequence[Transcript]) -> list[float]:
    """Seconds from the meeting's first Start to each session's first Start."""
    if not transcripts:
        return []
    origin = min(t.started_at for t in transcripts)
    return [(t.started_at - origin) / timedelta(seconds=1) for t in transcripts]


def meeting_json(transcripts: Sequence[Transcript]) -> str:
    """Each session with its own times plus ``offset``: where it starts on the meeting's clock."""
    sessions = [
        {**transcript_dict(t), "offset": round(shift, 3)}
        for t, shift in zip(transcripts, _shifts(transcripts), strict=True)
    ]
    data: dict[str, Any] = {"format": "captionist-meeting", "version": JSON_FORMAT_VERSION}
    if transcripts:
        data["started_at"] = min(t.started_at for t in transcripts).isoformat()
    data["sessions"] = sessions
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def meeting_marks(transcripts: Sequence[Transcript]) -> list[Mark]:
    """Where each session's restarts begin on the meeting's clock, labelled with the session."""
    return [
        mark
        for t, shift in zip(transcripts, _shifts(transcripts), strict=True)
        for mark in run_marks(t, shift, t.session)
    ]


def merge_meeting(transcripts: Sequence[Transcript]) -> list[Caption]:
    """All sessions' captions on one clock, ordered by when they were spoken.

    Each returned caption keeps its session name (the speaker label) and has its times
    moved to seconds since the earliest session start. Ties keep the order of
    ``transcripts``, then of captions within a session.
    """
    placed: list[tuple[float, int, int, Caption]] = []
    for rank, (transcript, shift) in enumerate(zip(transcripts, _shifts(transcripts), strict=True)):
        for index, c in enumerate(transcript.captions):
            moved = Caption(c.text, c.start_s + shift, c.end_s + shift, transcript.session)
            placed.append((moved.start_s, rank, index, moved))
    placed.sort(key=lambda item: item[:3])
    return [item[3] for item in placed]


def meeting_text(
    captions: Sequence[Caption], timestamps: bool = True, marks: Sequence[Mark] = ()
) -> str:
    """``[00:01:02] Me: hello, everyone.`` lines, a paragraph each, from ``merge_meeting``'s
    captions, with ``marks`` (``meeting_marks``) where sessions restarted."""
    said = _paragraphs(captions, marks)
    return _lines([(p.start_s, f"{p.session}: {p.text}") for p in said], marks, timestamps)


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
