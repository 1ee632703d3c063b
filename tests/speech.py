"""Speech made with espeak-ng for languages the shared clips lack: synthetic, but real audio."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

# Short everyday sentences: the embedded base model gets most of these right from espeak.
CHINESE = "谢谢大家。下一个问题是什么？我们开始开会吧。这个项目需要三个月。我们明天再讨论。"
# Some English speech for tests that need speech but not one recording: about 12 s.
ENGLISH = (
    "Good morning everyone, and thank you for coming. Today we look at the budget for next "
    "year. After that, we will answer your questions."
)
# The same in German and Spanish: the base model writes them from espeak-ng almost word
# for word (error rate 0.04 and 0 offline).
GERMAN = (
    "Guten Morgen zusammen und vielen Dank für Ihre Zeit. Heute sprechen wir über die Pläne "
    "für das nächste Jahr. Danach haben Sie Zeit für Ihre Fragen."
)
SPANISH = (
    "Buenos días a todos y gracias por venir. Hoy hablamos del presupuesto para el próximo "
    "año. Después responderemos a sus preguntas."
)
# About 30 s of English in one breath (no full stop, no comma): whenever a live session is
# stopped or signalled, words are still being spoken and undecided.
TALK = (
    "this licence lets you copy the program and give it to anyone you like and change it as "
    "you need as long as every copy you pass on carries the same licence and the same notice "
    "so that the people who get it from you keep every right you had when it reached you and "
    "nobody along the way can take those rights back from them or ask them for a fee and that "
    "is all there is to it"
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


def espeak_wav(path: Path, voice: str, text: str) -> Path:
    """``text`` spoken by espeak-ng as a 16 kHz mono WAV, the rate the app works at (espeak
    writes 22 kHz)."""
    from faster_whisper import decode_audio

    from app.audio.wav import write_wav

    spoken = espeak_clip(path.with_suffix(".espeak.wav"), voice, text)
    return write_wav(path, decode_audio(str(spoken)))


def encode(path: Path, channels: list[np.ndarray], codec: str, rate: int = 16_000) -> Path:
    """16 kHz ``channels`` (one or two) written with PyAV (faster-whisper's own decoder, so
    always installed) as ``codec`` at ``rate``: the formats users bring, made at test time."""
    import av
    import soxr

    data = np.stack([soxr.resample(c, 16_000, rate) for c in channels]).astype(np.float32)
    layout = "mono" if len(channels) == 1 else "stereo"
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(data, format="fltp", layout=layout)
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return path
