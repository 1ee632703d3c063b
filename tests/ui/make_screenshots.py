"""Screenshots of the real app on a real X server (Xvfb): the window and the overlay.

    xvfb-run -a -s "-screen 0 1280x800x24" python -m tests.ui.make_screenshots OUT_DIR

Two sessions caption for real (English from meeting_en.flac, Mandarin made with espeak-ng).
Once both tabs hold final captions, the window is saved as ``screenshot.png``; then a
stand-in meeting window covers the screen, the overlay floats over it, and the whole
screen is saved as ``overlay.png``. ``shots.json`` records what was on screen, for the
test to check. ``sh packaging/dev.sh screenshots`` writes them into docs/.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_S = 150
REPO = Path(__file__).resolve().parents[2]
AUDIO = Path(os.environ.get("CAPTIONIST_TEST_AUDIO", REPO.parent / "shared" / "audio"))


class MeetingStandIn(QWidget):
    """Something to float over: a video-call grid, drawn, no network needed."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2d31"))
        painter.setPen(QColor("#e8eaed"))
        painter.setFont(QFont("", 14))
        painter.drawText(24, 36, "Weekly project meeting  ·  00:12:41")
        names = ["Me", "Zhang Wei", "Remote: Berlin", "Ana"]
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
    from tests.speech import CHINESE, MANDARIN_VOICE, espeak_clip

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    chinese = espeak_clip(scratch / "zh.wav", MANDARIN_VOICE, CHINESE + CHINESE)
    window = MainWindow(config.Settings(caption_font_size=15))
    window.setGeometry(40, 40, 1000, 680)
    window.show()
    window.rename_session("s1", "Me")
    window.add_session(config.SessionSettings(name="中文"))
    for session_id, source, language in (
        ("s1", str(AUDIO / "meeting_en.flac"), "en"),
        ("s2", str(chinese), "zh"),
    ):
        tab = window.tab(session_id)
        tab.source.insertItem(0, f"File: {Path(source).name}", source)
        tab.source.setCurrentIndex(0)
        tab.language.setCurrentIndex(tab.language.findData(language))
        tab.real_time.setChecked(True)  # captions as a meeting shows them, as they come
        window.start_session(session_id)
    window.tabs.setCurrentIndex(0)
    started = time.monotonic()
    record: dict[str, object] = {}
    screen = QGuiApplication.primaryScreen()

    def grab(path: Path, rect=None) -> None:
        frame = rect or screen.geometry()
        pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        if not pixmap.save(str(path)):
            raise OSError(f"could not save {path}")

    def window_shot() -> None:
        tabs = [window.tab("s1"), window.tab("s2")]
        if time.monotonic() - started > TIMEOUT_S:
            print("screenshots: captions did not arrive in time", file=sys.stderr)
            app.exit(1)
            return
        busy = len(tabs[0].captions.final_text) > 150 and tabs[0].captions.partial_text
        if not busy or not tabs[1].captions.final_text:
            QTimer.singleShot(250, window_shot)
            return
        grab(out_dir / "screenshot.png", window.frameGeometry())
        record["window"] = {t.name: t.captions.final_text for t in tabs}
        record["window_rect"] = list(window.frameGeometry().getRect())
        backdrop = MeetingStandIn()
        backdrop.setGeometry(screen.geometry())
        backdrop.show()
        prefs = window.overlay.prefs
        prefs.lines, prefs.font_size, prefs.snap = 4, 20, "bottom"
        window.overlay.apply_prefs(prefs)
        window.overlay.resize(1100, window.overlay.height())
        window.overlay.set_overlay_visible(True)
        record["backdrop"] = backdrop
        QTimer.singleShot(2500, overlay_shot)

    def overlay_shot() -> None:
        window.overlay.raise_()
        QApplication.processEvents()
        grab(out_dir / "overlay.png")
        blocks = window.overlay.visible_blocks()
        record.pop("backdrop")
        record["overlay_rect"] = list(window.overlay.geometry().getRect())
        record["overlay"] = [[b.label, b.text] for b in blocks]
        (out_dir / "shots.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        window.pipeline.stop_all()
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(4000, lambda: app.exit(0))

    QTimer.singleShot(500, window_shot)
    app.setQuitOnLastWindowClosed(False)
    code = app.exec()
    window.pipeline.shutdown()
    return code


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        sys.exit("screenshots need an X server: run under xvfb-run (see the docstring)")
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # a real window system, whatever the caller set
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
