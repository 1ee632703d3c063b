"""The longest stall of the GUI thread while four sessions caption live in the window.

The real main window (offscreen when there is no display) runs N sessions on the same
clip, fed in real time; a 10 ms timer on the GUI thread records the gaps between its
ticks. A gap well over 10 ms is time the window could not answer the user.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def longest_stall_ms(clip: Path, sessions: int = 4, language: str = "en") -> dict[str, float]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import config
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(config.Settings(sessions=[
        config.SessionSettings(name=f"Session {i + 1}", source=str(clip), language=language,
                               play_in_real_time=True)
        for i in range(sessions)
    ]))  # fmt: skip
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    started = [False]

    def check_done() -> None:
        if started[0] and not window.pipeline.running:
            app.quit()

    window.pipeline.session_stopped.connect(lambda _s: check_done())
    for i in range(sessions):
        window.start_session(f"s{i + 1}")
    started[0] = True
    timer.start()
    last[0] = time.perf_counter()
    app.exec()
    timer.stop()
    window.close()
    gaps.sort()
    return {
        "max_ms": gaps[-1] if gaps else float("nan"),
        "p99_ms": gaps[int(len(gaps) * 0.99)] if gaps else float("nan"),
        "ticks": float(len(gaps)),
    }
