"""The GPU check on a machine without a GPU: it says so, proves the fallback, exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.bench import gpu_check
from app.models import device
from tests.cuda_sim import FALLBACK, simulate_cuda_without_runtime

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(device.gpu_count() > 0, reason="this machine has a GPU")


def test_without_a_gpu_it_says_so_and_measures_the_cpu(clips: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.bench.gpu_check", "--audio", str(clips)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "libcublas.so.12" in out  # each library CTranslate2 opens gets a line
    assert "No CUDA GPU found: using the CPU." in out
    assert "Load, encode and generate on the CPU: done" in out
    assert "Fallback: auto resolves to cpu: No CUDA GPU found" in out
    assert "cpu int8           jfk         WER   0.0%" in out
    assert "cuda" not in out.split("Embedded model")[1]
    assert "Traceback" not in result.stderr


def test_a_gpu_without_its_runtime_is_reported_as_the_fallback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clips: Path
) -> None:
    simulate_cuda_without_runtime(monkeypatch)
    assert gpu_check.main(["--audio", str(clips)]) == 0
    out = capsys.readouterr().out
    assert "CUDA GPUs the driver reports: 1" in out
    assert f"Fallback: auto resolves to cpu: {FALLBACK}" in out
    assert "Load, encode and generate on the CPU: done" in out
    assert "cuda float16" not in out  # nothing is measured on a GPU that cannot run
