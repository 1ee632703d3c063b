"""A session's finalised captions, kept in order for export and autosave.

Only final captions land here; partials change all the time and are the overlay's
business. Caption times are wall-clock seconds since the session first started
(its timeline). A session that is stopped and restarted keeps one ``Transcript`` with one
``Run`` per Start: caption events carry times on the session's audio clock, which skips
the stopped time, and each run's wall-clock start puts them back where they were spoken,
so every session of a meeting sits on one clock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Caption:
    """One finalised caption: its text and when it was spoken, in the session's seconds."""

    text: str
    start_s: float
    end_s: float
    session: str

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Run:
    """One Start of a session: where it begins on the wall clock, the timeline and the audio."""

    number: int  # 1 for the first Start
    started_at: datetime  # wall clock at Start, timezone-aware
    start_s: float  # on the transcript's timeline (seconds since its ``started_at``)
    audio_start_s: float  # on the session's audio clock, as its caption events count


@dataclass
class Transcript:
    """Everything one session said, in order; times never go backwards.

    ``started_at`` is the wall clock when the session first started (timezone-aware, so
    transcripts recorded on different machines or across a DST change still line up in a
    meeting export).
    """

    session: str
    language: str = ""
    started_at: datetime = field(default_factory=_now)
    captions: list[Caption] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)

    def __post_init__(self) -> None:
        _require_aware(self.started_at, "Transcript.started_at")

    def start_run(self, audio_start_s: float = 0.0, started_at: datetime | None = None) -> Run:
        """Record a Start: ``started_at`` (now by default) is its wall clock, and its caption
        events count from ``audio_start_s`` on the session's audio clock.

        A run never begins before what came before it on the timeline: a wall clock set
        back (NTP, DST mistakes) must not reorder what was said.
        """
        started_at = started_at or _now()
        _require_aware(started_at, "Run.started_at")
        since_first = (started_at - self.started_at).total_seconds()
        floor = max(self.end_s, self.runs[-1].start_s if self.runs else 0.0)
        run = Run(len(self.runs) + 1, started_at, max(floor, since_first), float(audio_start_s))
        self.runs.append(run)
        return run

    def run_at(self, audio_s: float) -> Run | None:
        """The run that heard audio second ``audio_s`` (the latest one that began by then)."""
        found = None
        for run in self.runs:
            if run.audio_start_s <= audio_s or found is None:
                found = run
        return found

    def add_heard(self, text: str, audio_start_s: float, audio_end_s: float) -> Caption | None:
        """Append text whose times are on the session's audio clock (as caption events
        carry them), placed on the timeline through the run that heard it.

        Without recorded runs the audio clock is the timeline (one run from the start).
        """
        run = self.run_at(audio_start_s)
        shift = run.start_s - run.audio_start_s if run is not None else 0.0
        return self.add_caption(text, audio_start_s + shift, audio_end_s + shift)

    @property
    def end_s(self) -> float:
        """Where the last caption ends (0 for an empty transcript)."""
        return self.captions[-1].end_s if self.captions else 0.0

    def add_caption(self, text: str, start_s: float, end_s: float) -> Caption | None:
        """Append text spoken from ``start_s`` to ``end_s`` on the timeline, clamped to keep
        time moving on.

        A final can start a little before the previous one ended (words re-timed across a
        decode boundary); subtitles must not overlap, so its start moves to the previous
        end rather than reordering what was said.
        """
        text = " ".join(text.split())
        if not text:
            return None
        start = max(0.0, float(start_s), self.end_s)
        end = max(start, float(end_s))
        if start != start_s:
            log.debug("%s: caption start moved from %.3f to %.3f", self.session, start_s, start)
        caption = Caption(text=text, start_s=start, end_s=end, session=self.session)
        self.captions.append(caption)
        return caption


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware")
