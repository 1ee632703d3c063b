"""The GPU check, for any machine: ``sh packaging/dev.sh gpu-check``.

It reports which CUDA libraries open, what the driver reports, and proves the fallback
(``auto`` resolves to the CPU, with its one line, when CUDA cannot run). Where CUDA runs,
the embedded model is measured on the GPU (float16, int8_float16) against the CPU on the
same clips: word error rate, real-time factor, and batched against one-at-a-time decodes.
Where the embedded model is not there (or with ``--random-model``), a small Whisper with
random weights, made with transformers and converted with CTranslate2's converter, proves
load, encode and generate. Without a GPU it says so, measures the CPU and exits 0.

    python -m app.bench.gpu_check [--random-model] [--audio DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from faster_whisper import WhisperModel, decode_audio

from app.audio.base import SAMPLE_RATE
from app.bench.metrics import error_rate
from app.engine.decoder import DecodeOptions, WhisperDecoder
from app.errors import CaptionistError
from app.models import cuda_libs, device, embedded
from app.models.threads import cpu_threads

REPO = Path(__file__).resolve().parents[2]
AUDIO_DIR = Path(os.environ.get("CAPTIONIST_TEST_AUDIO", REPO.parent / "shared" / "audio"))
CLIPS = ("jfk", "meeting_en")
GPU_PRECISIONS = ("float16", "int8_float16")
# Spoken by espeak-ng where the test clips are absent.
SPOKEN = (
    "Good morning everyone, and thank you for coming. Today we look at the budget for next "
    "year. After that, we will answer your questions."
)
_BATCH = 4  # live sessions sharing one decode
_PIECE_S = 8.0  # about what one live decode holds
# The fallback proved for real in a child process that sees no GPU.
_HIDDEN_GPU = "from app.models.device import *; print(*pick_device('auto'), cuda_check().reason)"


def libraries() -> None:
    print("CUDA libraries (opened by name, as CTranslate2 does):")
    for name in cuda_libs.RUNTIME_NAMES.get(sys.platform, ()):
        reason = cuda_libs.try_open(name)
        if "cannot open shared object file" in reason or "could not be found" in reason:
            reason = "not found"
        print(f"  {name:18} {'opens' if not reason else 'missing: ' + reason}")
    found = cuda_libs.find_libraries()
    where = ", ".join(map(str, cuda_libs.library_dirs())) or "none"
    print(f"  from pip's NVIDIA wheels (the cuda extra): {len(found)} files in {where}")


def prove_fallback(check: device.CudaCheck) -> None:
    if not check.is_usable:
        resolved = device.pick_device("auto")[0]
        print(
            f"Fallback: auto resolves to {resolved}: {device.cpu_fallback_line() or check.reason}"
        )
        return
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
    child = subprocess.run(
        [sys.executable, "-c", _HIDDEN_GPU], env=env, cwd=REPO, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    print(f"Fallback, GPU hidden from a child process: auto resolves to {child.stdout.strip()}")


def random_whisper(folder: Path) -> Path:
    """A small Whisper with random weights, converted for CTranslate2 (needs transformers)."""
    import transformers
    from ctranslate2.converters import TransformersConverter

    config = transformers.WhisperConfig(
        vocab_size=51865, num_mel_bins=80, d_model=64, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=256,
        decoder_ffn_dim=256, suppress_tokens=[], begin_suppress_tokens=[220, 50257],
    )  # fmt: skip
    transformers.WhisperForConditionalGeneration(config).save_pretrained(folder / "hf")

    class Vocabulary:
        """Whisper's special tokens at their ids; the converter needs no more of a tokenizer."""

        additional_special_tokens: list[str] = []  # noqa: RUF012 (read, never changed)

        def get_vocab(self) -> dict[str, int]:
            special = ["<|endoftext|>", "<|startoftranscript|>"]
            special += [f"<|lang{i}|>" for i in range(99)]
            special += ["<|translate|>", "<|transcribe|>", "<|startoflm|>", "<|startofprev|>"]
            special += ["<|nocaptions|>", "<|notimestamps|>"]
            names = [f"t{i}" for i in range(50257)] + special
            return {name: i for i, name in enumerate(names)}

    class Converter(TransformersConverter):
        def load_tokenizer(self, *args: object, **kwargs: object) -> Vocabulary:
            return Vocabulary()

    return Path(Converter(str(folder / "hf")).convert(str(folder / "ct2"), force=True))


def clips(audio_dir: Path, scratch: Path) -> list[tuple[str, np.ndarray, str]]:
    """(name, audio, reference) for the test clips, or espeak-ng speech where they are absent."""
    found = [
        (
            name,
            decode_audio(str(audio_dir / f"{name}.flac")),
            (audio_dir / f"{name}.txt").read_text(encoding="utf-8"),
        )
        for name in CLIPS
        if (audio_dir / f"{name}.flac").is_file()
    ]
    if found or shutil.which("espeak-ng") is None:
        return found
    wav = scratch / "spoken.wav"
    subprocess.run(["espeak-ng", "-s", "150", "-w", str(wav), SPOKEN], check=True,
                   capture_output=True)  # fmt: skip
    return [("espeak", decode_audio(str(wav)), SPOKEN)]


def measure(model: WhisperModel, label: str, clip_set: list[tuple[str, np.ndarray, str]]) -> None:
    model.transcribe(clip_set[0][1][: SAMPLE_RATE * 2], language="en")  # warm-up
    for name, audio, reference in clip_set:
        started = time.perf_counter()
        segments, _ = model.transcribe(audio, language="en", beam_size=5)
        text = " ".join(segment.text for segment in segments)
        elapsed = time.perf_counter() - started
        wer = error_rate(reference, text)
        rtf = elapsed / (len(audio) / SAMPLE_RATE)
        print(f"  {label:18} {name:11} WER {wer:6.1%}  real-time factor {rtf:.3f}")


def measure_batch(model: WhisperModel, label: str, audio: np.ndarray) -> None:
    decoder = WhisperDecoder(model)
    step = int(_PIECE_S * SAMPLE_RATE)
    pieces = [audio[i * step : (i + 1) * step] for i in range(_BATCH)]
    items = [(piece, DecodeOptions(language="en", beam_size=2), "") for piece in pieces]
    started = time.perf_counter()
    alone = [decoder.decode(*item).text for item in items]
    one_by_one = time.perf_counter() - started
    batch = getattr(decoder, "decode_batch", None)
    if batch is None:
        print(f"  {label:18} {_BATCH} decodes one by one {one_by_one:.2f} s; no batching API yet")
        return
    started = time.perf_counter()
    together = [result.text for result in batch(items)]
    batched = time.perf_counter() - started
    differ = error_rate(" ".join(alone), " ".join(together))
    print(f"  {label:18} {_BATCH} decodes one by one {one_by_one:.2f} s, batched {batched:.2f} s "
          f"(texts differ by {differ:.1%})")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.gpu_check", description=__doc__)
    parser.add_argument(
        "--random-model",
        action="store_true",
        help="prove CUDA with a random-weight Whisper, not the embedded model",
    )
    parser.add_argument("--audio", type=Path, default=AUDIO_DIR, help="folder of the test clips")
    args = parser.parse_args(argv)  # fmt: skip

    libraries()
    count = device.gpu_count()
    print(
        f"CUDA GPUs the driver reports: {count}" if count else "No CUDA GPU found: using the CPU."
    )
    with tempfile.TemporaryDirectory(prefix="captionist-gpu-check-") as scratch:
        model_dir: Path | None = None
        is_random = True
        if not args.random_model:
            try:
                model_dir, is_random = embedded.ensure_model(), False
            except CaptionistError as exc:
                print(f"The embedded model is not here ({exc}); trying a random-weight one.")
        if model_dir is None:
            try:
                model_dir = random_whisper(Path(scratch))
            except ImportError:
                print("transformers is not installed: no random-weight model to check with.")
                prove_fallback(device.cuda_check())
                return 0
            print(f"Made a random-weight Whisper in {model_dir}")
        check = device.check_cuda(model_dir)
        where = "CUDA" if check.is_usable else "the CPU"
        device.run_model(model_dir, "cuda" if check.is_usable else "cpu")
        print(f"Load, encode and generate on {where}: done")
        prove_fallback(check)
        if is_random:  # its words mean nothing: nothing more to measure
            return 0
        clip_set = clips(args.audio, Path(scratch))
        if not clip_set:
            print(f"No clips in {args.audio} and no espeak-ng: nothing to measure.")
            return 0
        print("Embedded model, beam 5:")
        threads = cpu_threads(model_dir)
        cpu = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads)
        measure(cpu, "cpu int8", clip_set if check.is_usable else clip_set[:1])
        if not check.is_usable:
            return 0
        measure_batch(cpu, "cpu int8", clip_set[-1][1])
        for precision in GPU_PRECISIONS:
            gpu = WhisperModel(str(model_dir), device="cuda", compute_type=precision)
            measure(gpu, f"cuda {precision}", clip_set)
            measure_batch(gpu, f"cuda {precision}", clip_set[-1][1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
