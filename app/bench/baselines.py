"""What Captionist is measured against, in the same run, on the same clips and model.

(a) Offline: faster-whisper ``transcribe`` of the whole file, beam 5: the accuracy ceiling.
(b) The usual streaming baseline (whisper_streaming's scheme without its VAD): every
    second, re-transcribe the growing buffer with ``transcribe()`` (which pads to 30 s),
    LocalAgreement-2 over the word lists, trim the buffer at committed words past 15 s.
    It runs on a virtual clock: audio "arrives" as the clock advances by decode time, so
    latencies are those a live run would see, without waiting in real time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from faster_whisper import WhisperModel

from app.audio.base import SAMPLE_RATE
from app.engine.agreement import StabilityTracker
from app.engine.events import Word


@dataclass
class BaselineResult:
    text: str
    cpu_s: float
    wall_s: float
    latencies: list[float]


def offline(
    model: WhisperModel,
    audio: np.ndarray,
    language: str,
    task: str = "transcribe",
    word_timestamps: bool = False,
) -> BaselineResult:
    """``word_timestamps``: time every word too, as subtitles need (it costs an alignment
    per window, and moves where faster-whisper starts the next window)."""
    cpu, wall = time.process_time(), time.perf_counter()
    segments, _ = model.transcribe(
        audio, language=language, task=task, beam_size=5, word_timestamps=word_timestamps
    )
    text = " ".join(s.text.strip() for s in segments)
    return BaselineResult(text, time.process_time() - cpu, time.perf_counter() - wall, [])


def naive_streaming(
    model: WhisperModel, audio: np.ndarray, language: str, step_s: float = 1.0
) -> BaselineResult:
    cpu, wall = time.process_time(), time.perf_counter()
    tracker = StabilityTracker()
    duration = len(audio) / SAMPLE_RATE
    clock = 0.0  # seconds of audio that have "arrived"
    buffer_start = 0.0
    committed: list[Word] = []
    latencies: list[float] = []
    last_decoded_end = 0.0
    while True:
        arrived = min(clock, duration)
        if arrived - last_decoded_end < step_s and arrived < duration:
            clock = last_decoded_end + step_s
            continue
        chunk = audio[int(buffer_start * SAMPLE_RATE) : int(arrived * SAMPLE_RATE)]
        started = time.perf_counter()
        prompt = "".join(w.text for w in committed[-50:]).strip() or None
        segments, _ = model.transcribe(
            chunk, language=language, beam_size=5, word_timestamps=True,
            condition_on_previous_text=False, initial_prompt=prompt, vad_filter=False,
        )  # fmt: skip
        words = [
            Word(w.word, buffer_start + w.start, buffer_start + w.end, w.probability)
            for s in segments
            for w in (s.words or [])
        ]
        is_last = arrived >= duration
        new = tracker.finish(words) if is_last else tracker.insert(words)
        clock = arrived + (time.perf_counter() - started)
        last_decoded_end = arrived
        if new:  # one latency per commit, as for Captionist's final events
            latencies.append(min(clock, duration) - new[-1].end_s)
        committed += new
        if arrived - buffer_start > 15.0 and committed:
            buffer_start = max(buffer_start, committed[-1].end_s)
        if is_last:
            break
    text = "".join(w.text for w in committed).strip()
    return BaselineResult(text, time.process_time() - cpu, time.perf_counter() - wall, latencies)
