"""Where the model runs and at what precision: CPU int8 unless a GPU really works or is asked for.

A GPU the driver reports is not yet a GPU that works: CTranslate2 opens cuBLAS and cuDNN
only at the first encode, so a machine with a driver but without the CUDA 12 libraries
(or with only CUDA 13's) fails there with "Library libcublas.so.12 is not found or cannot
be loaded". So CUDA counts as usable only after a model loaded on it and ran a short
encode and generate; that check runs once per process, and its reason, when it fails, is
the one line the user sees.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import ctranslate2
import numpy as np

from app.errors import CaptionistError
from app.i18n import N_, message
from app.models import cuda_libs, embedded

log = logging.getLogger(__name__)

DEVICES = ("auto", "cpu", "cuda")
COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "float16", "float32")
_DEFAULT_COMPUTE = {"cpu": "int8", "cuda": "float16"}
INSTALL_HINT = N_('install the CUDA 12 runtime with: pip install "captionist[cuda]"')
_LIBRARY = re.compile(r"\b((?:lib)?(?:cublas|cudnn|cudart)\w*(?:\.so[.\d]*|\.dll))", re.IGNORECASE)
_PROBE_FRAMES = 200  # 2 s of mel frames: enough to run every encoder layer, cheap on any GPU


@dataclass(frozen=True)
class CudaCheck:
    """What the CUDA check found: the driver's GPU count and, if CUDA cannot run, why."""

    gpus: int
    reason: str = ""  # what is missing and how to get it; empty when CUDA runs

    @property
    def is_usable(self) -> bool:
        return self.gpus > 0 and not self.reason

    @property
    def fallback_line(self) -> str:
        """The one line that says why ``auto`` uses the CPU, or '' when it need not say."""
        if self.gpus > 0 and self.reason:
            return message(N_("{reason} — using the CPU"), reason=self.reason)
        return ""


def gpu_count() -> int:
    try:
        return ctranslate2.get_cuda_device_count()
    except RuntimeError:  # a CUDA runtime that cannot start counts as none
        return 0


def run_model(model_dir: Path, device: str, compute_type: str = "auto") -> None:
    """Load a CTranslate2 Whisper model and run a short encode and generate; raise on failure."""
    model = ctranslate2.models.Whisper(str(model_dir), device=device, compute_type=compute_type)
    features = np.zeros((1, model.n_mels, _PROBE_FRAMES), dtype=np.float32)
    encoded = model.encode(ctranslate2.StorageView.from_array(features))
    model.generate(encoded, [["<|startoftranscript|>"]], max_length=4)


def reason_for(error: BaseException) -> str:
    """The CUDA failure as what is missing and how to get it, in one line."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    library = _LIBRARY.search(text)
    if library:
        return message(
            N_("CUDA GPU found but {library} could not be loaded; {hint}"),
            library=library.group(1),
            hint=message(INSTALL_HINT),
        )
    if "driver version is insufficient" in text:
        return message(
            N_(
                "CUDA GPU found but its NVIDIA driver is older than CTranslate2's CUDA 12 "
                "runtime needs; update the NVIDIA driver"
            )
        )
    return message(N_("CUDA GPU found but the model could not run on it ({error})"), error=text)


def check_cuda(model_dir: Path | None = None) -> CudaCheck:
    """Run the check now (uncached): the driver's count, then a real model on the GPU."""
    count = gpu_count()
    if count == 0:
        return CudaCheck(0, message(N_("No CUDA GPU found (CTranslate2 sees none)")))
    cuda_libs.preload()
    try:
        run_model(model_dir or embedded.ensure_model(), "cuda")
    except CaptionistError as exc:  # the embedded model itself is missing or damaged
        return CudaCheck(count, message(N_("CUDA could not be checked: {error}"), error=exc))
    except (RuntimeError, ValueError, OSError) as exc:
        log.info("CUDA check failed: %s", exc)  # the caller shows the user the reason
        return CudaCheck(count, reason_for(exc))
    return CudaCheck(count)


_checked: CudaCheck | None = None
_check_lock = threading.Lock()


def cuda_check() -> CudaCheck:
    """The check with the embedded model, run once per process (it loads a model on the GPU)."""
    global _checked
    with _check_lock:
        if _checked is None:
            _checked = check_cuda()
            log.info("CUDA check: %s", _checked)
        return _checked


def cpu_fallback_line() -> str:
    """Why ``auto`` chose the CPU on a machine with a GPU, if the check ran; never runs it."""
    return _checked.fallback_line if _checked is not None else ""


def pick_device(device: str = "auto", compute_type: str = "auto") -> tuple[str, str]:
    """Resolve a (device, compute type) choice; ValueError with a sentence if it cannot run."""
    if device not in DEVICES:
        raise ValueError(f"Unknown device '{device}': use auto, cpu or cuda.")
    if compute_type not in COMPUTE_TYPES:
        raise ValueError(
            f"Unknown precision '{compute_type}': use one of {', '.join(COMPUTE_TYPES)}."
        )
    if device != "cpu":
        check = cuda_check()
        if device == "cuda" and not check.is_usable:
            raise ValueError(message(N_("{reason} — choose the CPU instead."), reason=check.reason))
        device = "cuda" if check.is_usable else "cpu"
    if compute_type == "auto":
        return device, _DEFAULT_COMPUTE[device]
    supported = ctranslate2.get_supported_compute_types(device)
    if compute_type not in supported:
        raise ValueError(
            f"This {device.upper()} cannot compute in {compute_type}; it supports "
            f"{', '.join(sorted(supported))}."
        )
    return device, compute_type
