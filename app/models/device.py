"""Where the model runs and at what precision: CPU int8 unless a GPU is there or asked for."""

from __future__ import annotations

import ctranslate2

DEVICES = ("auto", "cpu", "cuda")
COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "float16", "float32")
_DEFAULT_COMPUTE = {"cpu": "int8", "cuda": "float16"}


def cuda_available() -> bool:
    try:
        return ctranslate2.get_cuda_device_count() > 0
    except RuntimeError:  # a CUDA runtime that cannot start counts as none
        return False


def pick_device(device: str = "auto", compute_type: str = "auto") -> tuple[str, str]:
    """Resolve a (device, compute type) choice; ValueError with a sentence if it cannot run."""
    if device not in DEVICES:
        raise ValueError(f"Unknown device '{device}': use auto, cpu or cuda.")
    if compute_type not in COMPUTE_TYPES:
        raise ValueError(
            f"Unknown precision '{compute_type}': use one of {', '.join(COMPUTE_TYPES)}."
        )
    if device == "auto":
        device = "cuda" if cuda_available() else "cpu"
    elif device == "cuda" and not cuda_available():
        raise ValueError(
            "No CUDA GPU is usable here (CTranslate2 found none); choose the CPU instead."
        )
    if compute_type == "auto":
        return device, _DEFAULT_COMPUTE[device]
    supported = ctranslate2.get_supported_compute_types(device)
    if compute_type not in supported:
        raise ValueError(
            f"This {device.upper()} cannot compute in {compute_type}; it supports "
            f"{', '.join(sorted(supported))}."
        )
    return device, compute_type
