"""Speech made with espeak-ng for languages the shared clips lack: synthetic, but real audio."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# Short everyday sentences: the embedded base model gets most of these right from espeak.
CHINESE = "谢谢大家。下一个问题是什么？我们开始开会吧。这个项目需要三个月。我们明天再讨论。"
# Some English speech for tests that need speech but not one recording: about 12 s.
ENGLISH = (
    "Good morning everyone, and thank you for coming. Today we look at the budget for next "
    "year. After that, we will answer your questions."
)
# espeak-ng's plain "cmn" voice reads each character's tone digit in English ("da four");
# this one speaks Mandarin.
MANDARIN_VOICE = "cmn-latn-pinyin"


def espeak_clip(path: Path, voice: str, text: str, speed: int = 120, pitch: int = 40) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (sh packaging/dev.sh test installs it)")
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text],
        check=True, capture_output=True,
    )  # fmt: skip
    return path
