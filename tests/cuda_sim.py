"""A driver that reports a GPU whose CUDA runtime is missing, for machines without a GPU.

Only the two things no machine here can show are made up: the driver's GPU count, and
CTranslate2's failure when it loads a model on CUDA (the error it raises on a machine
without libcublas.so.12). Loading on the CPU stays real.
"""

from __future__ import annotations

import ctranslate2
import pytest

from app.models import device

CUBLAS_MISSING = "Library libcublas.so.12 is not found or cannot be loaded"
FALLBACK = (
    "CUDA GPU found but libcublas.so.12 could not be loaded; install the CUDA 12 runtime "
    'with: pip install "captionist[cuda]" — using the CPU'
)


def simulate_cuda_without_runtime(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Apply the simulation and forget this process's CUDA check; returns the CUDA loads tried."""
    real = ctranslate2.models.Whisper
    tried: list[str] = []

    def whisper(path: str, device: str = "cpu", **kwargs):
        if device == "cuda":
            tried.append(path)
            raise RuntimeError(CUBLAS_MISSING)
        return real(path, device=device, **kwargs)

    monkeypatch.setattr(device, "_checked", None)
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    monkeypatch.setattr(ctranslate2.models, "Whisper", whisper)
    return tried
