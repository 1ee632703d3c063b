"""Finding the CUDA libraries pip's NVIDIA wheels installed (discovery only: nothing loads)."""

from __future__ import annotations

from pathlib import Path

from app.models import cuda_libs


def _touch(root: Path, *names: str) -> list[Path]:
    paths = [root / name for name in names]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    return paths


def test_linux_finds_cublas_and_cudnn_under_site_packages(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    wanted = _touch(
        site,
        "nvidia/cublas/lib/libcublas.so.12",
        "nvidia/cublas/lib/libcublasLt.so.12",
        "nvidia/cudnn/lib/libcudnn.so.9",
        "nvidia/cudnn/lib/libcudnn_ops.so.9",
    )
    _touch(
        site,
        "nvidia/cublas/lib/libnvblas.so.12",  # in the wheel, not needed
        "nvidia/cublas/include/cublas_api.h",
        "nvidia/cublas/bin/cublas64_12.dll",  # Windows' folder
        "nvidia/cuda_runtime/lib/libcudart.so.12",  # not a package looked for
    )
    assert cuda_libs.library_dirs([site, tmp_path / "elsewhere"], "linux") == [
        site / "nvidia/cublas/lib",
        site / "nvidia/cudnn/lib",
    ]
    assert set(cuda_libs.find_libraries([site], "linux")) == set(wanted)


def test_windows_finds_the_dlls_in_bin(tmp_path: Path) -> None:
    site = tmp_path / "Lib" / "site-packages"
    wanted = _touch(
        site,
        "nvidia/cublas/bin/cublas64_12.dll",
        "nvidia/cublas/bin/cublasLt64_12.dll",
        "nvidia/cudnn/bin/cudnn64_9.dll",
        "nvidia/cudnn/bin/cudnn_ops64_9.dll",
    )
    _touch(site, "nvidia/cublas/lib/libcublas.so.12", "nvidia/cublas/bin/nvblas64_12.dll")
    assert set(cuda_libs.find_libraries([site], "win32")) == set(wanted)


def test_the_libraries_may_be_split_over_several_site_folders(tmp_path: Path) -> None:
    # pip --user puts one wheel in the user's site-packages, the other in the venv's.
    user, venv = tmp_path / "user", tmp_path / "venv"
    cublas = _touch(user, "nvidia/cublas/lib/libcublas.so.12")
    cudnn = _touch(venv, "nvidia/cudnn/lib/libcudnn.so.9")
    assert cuda_libs.find_libraries([user, venv], "linux") == cublas + cudnn


def test_nothing_installed_finds_nothing(tmp_path: Path) -> None:
    assert cuda_libs.find_libraries([tmp_path], "linux") == []
    assert cuda_libs.preload([tmp_path]) == []
