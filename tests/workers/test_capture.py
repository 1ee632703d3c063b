"""A session's capture thread, run in place on espeak-ng speech: what the level meter is told."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.audio.sources import FileSource
from app.workers.capture import CaptureWorker


def test_the_speech_label_does_not_flicker_during_speech(
    qapp: QCoreApplication, speech: Path
) -> None:
    # Every block's reading, as a live source gives (a fast file's are thinned out).
    worker = CaptureWorker("s", FileSource(speech, realtime=False), level_interval_s=0)
    labels: list[bool] = []
    worker.level.connect(lambda _session, _db, is_speech, _pos: labels.append(is_speech))
    worker.run()  # returns at the end of the file
    shown = "".join("S" if label else "." for label in labels)
    # Three sentences, two pauses between them longer than 0.4 s; inside each, the raw
    # voice-activity decision dips to "no speech" for one to three 32 ms blocks (without
    # the label's hold this speech shows over ten silences).
    silences = [run for run in shown.strip(".").split("S") if run]
    assert len(silences) <= 2, shown
    assert shown.count("S") > 0.8 * len(shown)


def test_a_file_read_at_full_speed_does_not_flood_the_meter(
    qapp: QCoreApplication, long_speech: Path
) -> None:
    source = FileSource(long_speech, realtime=False)
    worker = CaptureWorker("s", source)
    readings: list[tuple[float, float]] = []
    worker.level.connect(lambda _s, _db, _speech, pos: readings.append((time.monotonic(), pos)))
    started = time.monotonic()
    worker.run()
    elapsed = time.monotonic() - started
    assert len(readings) <= 50 * elapsed + 2, (len(readings), elapsed)  # not one per block
    # The last one still says how far the file got.
    assert readings[-1][1] > source.duration_s - 1.0, (readings[-1], source.duration_s)
