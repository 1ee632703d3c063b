"""The window and the overlay on a real X server (Xvfb), saved as pictures and checked.

With ``CAPTIONIST_SCREENSHOT_DIR=docs`` (``sh packaging/dev.sh screenshots``) the pictures
replace the ones the README shows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def pixels(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    data = np.frombuffer(image.constBits(), np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].reshape(
        image.height(), image.width(), 3
    )


def test_window_and_overlay_screenshots(tmp_path: Path, model_dir) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (sh packaging/dev.sh test installs it)")
    out = Path(os.environ.get("CAPTIONIST_SCREENSHOT_DIR", tmp_path))
    out = out if out.is_absolute() else REPO / out
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
         sys.executable, "-m", "tests.ui.make_screenshots", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    record = json.loads((out / "shots.json").read_text(encoding="utf-8"))

    # The window: both tabs had captions of their own language when it was taken.
    assert "meeting" in record["window"]["Me"].lower() or len(record["window"]["Me"]) > 60
    assert any("\u4e00" <= ch <= "\u9fff" for ch in record["window"]["中文"])
    window = pixels(out / "screenshot.png")
    assert window.shape[:2] == (record["window_rect"][3], record["window_rect"][2])
    assert window.std() > 20  # widgets and text, not an empty or black frame

    # The overlay: over the stand-in meeting, with an English and a Chinese line.
    labels = [label for label, _text in record["overlay"]]
    assert "Me" in labels and "中文" in labels
    screen = pixels(out / "overlay.png")
    assert screen.shape[:2] == (800, 1280)
    x, y, width, height = record["overlay_rect"]
    strip = screen[y : y + height, x : x + width]
    bright = (strip > 200).all(axis=-1).mean()
    assert bright > 0.01, "no caption text in the overlay's strip"
    above = screen[max(0, y - height) : y, x : x + width]
    assert not np.array_equal(strip, above)  # the strip covers the meeting below it
