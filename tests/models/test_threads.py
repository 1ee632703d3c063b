"""Thread choices: one CTranslate2 thread for small models, one BLAS thread for numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.models.threads import cpu_threads, usual_threads

REPO = Path(__file__).resolve().parents[2]


def test_the_embedded_model_decodes_on_one_thread(model_dir: Path) -> None:
    assert cpu_threads(model_dir) == 1


def test_larger_models_get_several_threads(tmp_path: Path) -> None:
    with open(tmp_path / "model.bin", "wb") as model:
        model.truncate(480_000_000)  # sparse: the size of "small", without the disk
    assert cpu_threads(tmp_path) == usual_threads() == max(1, min(os.cpu_count() or 1, 4))
    assert cpu_threads(tmp_path / "missing") == cpu_threads(None) == cpu_threads(tmp_path)


def test_the_environment_overrides_the_choice(model_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("CAPTIONIST_CPU_THREADS", "3")
    assert cpu_threads(model_dir) == 3
    monkeypatch.setenv("CAPTIONIST_CPU_THREADS", "many")
    assert cpu_threads(model_dir) == 1


def _blas_threads_after(code: str) -> int:
    """numpy's BLAS thread count in a fresh interpreter that ran ``code``."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    script = (
        f"{code}\n"
        "import numpy\n"
        "from threadpoolctl import threadpool_info\n"
        "print(max(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    return int(done.stdout.strip())


def test_numpy_blas_gets_one_thread_before_or_after_numpy_loads() -> None:
    limit = "from app.models.threads import limit_numpy_threads; limit_numpy_threads()"
    assert _blas_threads_after(limit) == 1
    assert _blas_threads_after(f"import numpy\n{limit}") == 1
    if (os.cpu_count() or 1) > 1:  # the test can tell only where there is more than one
        assert _blas_threads_after("") > 1
