"""The longest stall of the main (GUI) thread while sessions caption live.

A 10 ms timer on the main thread records the gaps between its ticks while N live file
sessions run through the real pipeline; a gap well over 10 ms is time the thread could
not answer the user. With the window available, the window itself is the main thread's
work (captions drawn into its tabs); otherwise the bare pipeline is measured.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.audio.sources import FileSource
from app.models.loader import load_decoder
from app.session import SessionConfig
from app.workers.pipeline import CaptionPipeline


def longest_stall_ms(clip: Path, sessions: int = 4, language: str = "en") -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    pipeline = CaptionPipeline(load_decoder)
    gaps: list[float] = []
    last = [time.perf_counter()]
    stopped: set[str] = set()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def on_stopped(session: str) -> None:
        stopped.add(session)
        if len(stopped) == sessions:
            app.quit()

    pipeline.session_stopped.connect(on_stopped)
    for i in range(sessions):
        config = SessionConfig(f"s{i}", f"Session {i + 1}", language)
        pipeline.start_session(config, FileSource(clip, realtime=True))
    timer.start()
    last[0] = time.perf_counter()
    app.exec()
    timer.stop()
    pipeline.shutdown()
    gaps.sort()
    return {
        "max_ms": gaps[-1] if gaps else float("nan"),
        "p99_ms": gaps[int(len(gaps) * 0.99)] if gaps else float("nan"),
        "ticks": float(len(gaps)),
    }
