"""Where the model runs: CUDA only once a model really ran there, else the CPU and why.

No machine here has a GPU, so a driver that reports one while its CUDA runtime is missing
is simulated: the driver's count says 1 and loading on CUDA raises the error CTranslate2
raises on such machines. Everything else (the CPU model, the CLI) is real.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ctranslate2
import pytest

from app.models import device
from app.models.device import pick_device
from tests.cuda_sim import FALLBACK, simulate_cuda_without_runtime

# The same simulation in a child process, for the command as a user runs it.
SIMULATED_CLI = """
import sys
import pytest
from tests.cuda_sim import simulate_cuda_without_runtime
simulate_cuda_without_runtime(pytest.MonkeyPatch())
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget this process's CUDA check, so each test makes its own."""
    monkeypatch.setattr(device, "_checked", None)


@pytest.fixture
def cuda_without_runtime(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return simulate_cuda_without_runtime(monkeypatch)


def test_auto_uses_the_cpu_and_says_why_when_cuda_cannot_run(cuda_without_runtime) -> None:
    assert pick_device("auto") == ("cpu", "int8")
    assert device.cpu_fallback_line() == FALLBACK
    assert pick_device("auto") == ("cpu", "int8")
    assert len(cuda_without_runtime) == 1  # checked once per process, with a real model folder
    assert Path(cuda_without_runtime[0], "model.bin").is_file()


def test_an_explicit_cuda_that_cannot_run_is_refused_with_the_reason(cuda_without_runtime) -> None:
    with pytest.raises(ValueError, match=r"libcublas\.so\.12 could not be loaded") as caught:
        pick_device("cuda")
    assert 'pip install "captionist[cuda]"' in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(device.gpu_count() > 0, reason="this machine has a GPU that may work")
def test_a_gpu_the_driver_reports_but_ctranslate2_cannot_use_falls_back(
    monkeypatch: pytest.MonkeyPatch, fresh_check
) -> None:
    # Only the count is made up: loading on CUDA really fails here, however it fails.
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    assert pick_device("auto")[0] == "cpu"
    line = device.cpu_fallback_line()
    assert line.startswith("CUDA GPU found but ") and line.endswith("— using the CPU"), line
    assert "\n" not in line


def test_no_gpu_means_the_cpu_without_a_word(fresh_check) -> None:
    if device.gpu_count() > 0:
        pytest.skip("this machine has a GPU")
    assert pick_device("auto") == ("cpu", "int8")
    assert device.cpu_fallback_line() == ""
    with pytest.raises(ValueError, match="No CUDA GPU found"):
        pick_device("cuda")


def test_the_check_really_encodes_and_generates(model_dir: Path) -> None:
    device.run_model(model_dir, "cpu", "int8")  # the same calls the check makes on the GPU


@pytest.mark.parametrize(
    ("error", "named"),
    [
        ("Library cublas64_12.dll is not found or cannot be loaded", "cublas64_12.dll"),
        (
            "Unable to load any of {libcudnn_ops.so.9.1.0, libcudnn_ops.so.9}",
            "libcudnn_ops.so.9.1.0",
        ),
    ],
)
def test_the_reason_names_the_missing_library_and_the_extra(error: str, named: str) -> None:
    reason = device.reason_for(RuntimeError(error))
    assert reason == f"CUDA GPU found but {named} could not be loaded; {device.INSTALL_HINT}"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SIMULATED_CLI, *args],
        capture_output=True, text=True, timeout=240, check=False, cwd=REPO,
    )  # fmt: skip


def test_the_cli_refuses_cuda_it_cannot_run_in_one_line(tmp_path: Path) -> None:
    result = _cli("transcribe", "--model-device", "cuda", str(tmp_path / "never-read.wav"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "libcublas.so.12 could not be loaded" in result.stderr
    assert 'pip install "captionist[cuda]"' in result.stderr


def test_the_cli_on_auto_says_why_and_captions_on_the_cpu(speech: Path) -> None:
    result = _cli("transcribe", str(speech))
    assert result.returncode == 0, result.stderr
    assert f"captionist: {FALLBACK}" in result.stderr.splitlines()
    assert "budget" in result.stdout
