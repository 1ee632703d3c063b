"""Screenshots of the real app on a real X server (Xvfb): first start, meeting, transcript,
overlay.

    xvfb-run -a -s "-screen 0 1280x800x24" python -m tests.ui.make_screenshots OUT_DIR

Real people's voices, in two languages: "Me" speaks English and "Remote" Spanish, each a
few recordings from ../shared/audio/real/utterances joined with pauses, chosen because
the app transcribes them word for word on an Intel Xeon (the test checks that it still
does against their references, to the odd word another processor hears differently).
Both sessions caption the files for real, with the real model. Saved:

- ``first-start.png``: a new window before anything ran, with its hint;
- ``screenshot.png``: the Meeting tab, both sessions side by side;
- ``transcript.png``: Me's tab with "Show timestamps": a paragraph and a time per turn;
- ``overlay.png``: the whole screen, a stand-in meeting below the overlay, which shows
  each session's last caption (the events the sessions produced, shown again: the real
  overlay fades captions soon after a session stops).

``shots.json`` records what was on screen, for the test to check. ``sh packaging/dev.sh
screenshots`` writes them into docs/.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_S = 240
PAUSE_S = 3.0  # long enough for the caption view to start a new paragraph
REPO = Path(__file__).resolve().parents[2]
AUDIO = Path(os.environ.get("CAPTIONIST_TEST_AUDIO", REPO.parent / "shared" / "audio"))
REAL = AUDIO / "real"

# (session name, language, recordings in ../shared/audio/real/utterances/<language>/)
SESSIONS = [
    ("Me", "en", ["librispeech-2412-153948-0000", "picovoice-test-en",
                  "librispeech-1995-1837-0001"]),
    ("Remote", "es", ["fleurs-es-003", "fleurs-es-002", "fleurs-es-006"]),
]  # fmt: skip


def references(language: str) -> dict[str, str]:
    with open(REAL / f"real_{language}.manifest.tsv", encoding="utf-8") as handle:
        return {row["id"]: row["reference"] for row in csv.DictReader(handle, delimiter="\t")}


def joined(language: str, names: list[str], path: Path) -> tuple[Path, str]:
    """The recordings one after another with pauses, as a WAV, and what was said."""
    from faster_whisper import decode_audio

    from app.audio.wav import write_wav

    folder = REAL / "utterances" / language
    pause = np.zeros(int(PAUSE_S * 16000), np.float32)
    parts = [pause[:8000]]
    for name in names:
        clip = decode_audio(str(next(folder.glob(f"{name}.*"))))
        peak = float(np.abs(clip).max()) or 1.0
        parts += [clip * (0.5 / peak), pause]  # one level for all, as one call would
    said = references(language)
    return write_wav(path, np.concatenate(parts)), " ".join(said[name] for name in names)


class MeetingStandIn(QWidget):
    """Something to float over: a video-call grid, drawn, no network needed."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2d31"))
        painter.setPen(QColor("#e8eaed"))
        painter.setFont(QFont("", 14))
        painter.drawText(24, 36, "Weekly project meeting  ·  00:12:41")
        names = ["Me", "Remote: Madrid", "Ana", "Sam"]
        width, height = (self.width() - 72) / 2, (self.height() - 140) / 2
        for index, name in enumerate(names):
            x = 24 + (index % 2) * (width + 24)
            y = 60 + (index // 2) * (height + 16)
            painter.fillRect(QRectF(x, y, width, height), QColor(("#3c4043", "#44474c")[index % 2]))
            painter.drawText(QRectF(x + 16, y + height - 40, width, 30), name)
        painter.end()


def main(out_dir: Path) -> int:
    # Keep the user's settings and journals out of it; the model cache is shared.
    scratch = Path(tempfile.mkdtemp(prefix="captionist-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    from app import config
    from app.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen()
    record: dict[str, object] = {"said": {}, "window": {}}
    last_final: dict[str, object] = {}
    stopped: set[str] = set()

    def grab(path: Path, rect=None) -> None:
        QApplication.processEvents()
        frame = rect or screen.geometry()
        pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        if not pixmap.save(str(path)):
            raise OSError(f"could not save {path}")

    window = MainWindow(config.Settings(caption_font_size=13))
    window.setGeometry(40, 40, 1100, 660)
    window.show()
    window.pipeline.caption.connect(
        lambda event: last_final.__setitem__(event.session, event) if event.is_final and event.text
        else None
    )  # fmt: skip
    window.pipeline.session_stopped.connect(stopped.add)
    started = time.monotonic()

    def first_start() -> None:
        grab(out_dir / "first-start.png", window.frameGeometry())
        record["first_start_rect"] = list(window.frameGeometry().getRect())
        record["first_start_hint"] = window.tab("s1").captions.hint.text()
        window.rename_session("s1", SESSIONS[0][0])
        window.add_session(config.SessionSettings(name=SESSIONS[1][0]))
        for (name, language, names), session_id in zip(SESSIONS, ("s1", "s2"), strict=True):
            path, said = joined(language, names, scratch / f"{name}.wav")
            record["said"][name] = said
            tab = window.tab(session_id)
            tab.source.insertItem(0, f"File: {path.name}", str(path))
            tab.source.setCurrentIndex(0)
            tab.language.setCurrentIndex(tab.language.findData(language))
            tab.real_time.setChecked(False)  # decoded as a file: the whole text, at once
            window.start_session(session_id)
        window.tabs.setCurrentWidget(window.meeting)
        QTimer.singleShot(500, meeting_shot)

    def meeting_shot() -> None:
        tabs = [window.tab("s1"), window.tab("s2")]
        if time.monotonic() - started > TIMEOUT_S:
            print("screenshots: captions did not arrive in time", file=sys.stderr)
            app.exit(1)
            return
        if len(stopped) < 2 or not all(tab.captions.final_text for tab in tabs):
            QTimer.singleShot(250, meeting_shot)
            return
        window.tabs.setCurrentWidget(window.meeting)
        window.meeting.set_layout("columns")
        grab(out_dir / "screenshot.png", window.frameGeometry())
        record["window"] = {tab.name: tab.captions.final_text for tab in tabs}
        record["window_rect"] = list(window.frameGeometry().getRect())
        window.tabs.setCurrentWidget(tabs[0])
        tabs[0].captions.set_show_timestamps(True)  # as View > Show timestamps does
        QTimer.singleShot(300, transcript_shot)

    def transcript_shot() -> None:
        tab = window.tab("s1")
        grab(out_dir / "transcript.png", window.frameGeometry())
        record["transcript"] = tab.captions.plain_text()
        record["transcript_rect"] = list(window.frameGeometry().getRect())
        backdrop = MeetingStandIn()
        backdrop.setGeometry(screen.geometry())
        backdrop.show()
        record["backdrop"] = backdrop
        prefs = window.overlay.prefs
        prefs.lines, prefs.font_size, prefs.snap, prefs.hide_after_s = 4, 20, "bottom", 0
        window.overlay.apply_prefs(prefs)
        window.overlay.resize(1100, window.overlay.height())
        window.overlay.set_overlay_visible(True)
        for session_id in ("s1", "s2"):
            window.overlay.forget_session(session_id)  # what faded, or is fading
            window.overlay.session_started(session_id)
            window.overlay.show_caption(last_final[session_id], window.tab(session_id).name)
        QTimer.singleShot(1500, overlay_shot)

    def overlay_shot() -> None:
        window.overlay.raise_()
        grab(out_dir / "overlay.png")
        record.pop("backdrop")
        record["overlay_rect"] = list(window.overlay.geometry().getRect())
        record["overlay"] = [[b.label, b.text] for b in window.overlay.visible_blocks()]
        record["overlay_from"] = {
            window.tab(s).name: getattr(last_final[s], "text", "") for s in ("s1", "s2")
        }
        (out_dir / "shots.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(3000, lambda: app.exit(0))

    QTimer.singleShot(1000, first_start)
    app.setQuitOnLastWindowClosed(False)
    code = app.exec()
    window.pipeline.shutdown()
    return code


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        sys.exit("screenshots need an X server: run under xvfb-run (see the docstring)")
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # a real window system, whatever the caller set
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
