"""The CUDA 12 libraries CTranslate2 opens, found where pip's NVIDIA wheels put them.

CTranslate2's wheel carries the CUDA runtime inside it but opens cuBLAS (and cuDNN) by
name at the first encode. The ``cuda`` extra installs them from PyPI (nvidia-cublas-cu12,
nvidia-cudnn-cu12) into ``site-packages/nvidia/<name>/lib`` on Linux and ``.../bin`` on
Windows, folders no loader searches. Linux reads ``LD_LIBRARY_PATH`` only when a process
starts, so the files are opened here first with ``RTLD_GLOBAL``: CTranslate2's later
``dlopen`` by name then finds them already loaded. Windows also gets the folders through
``os.add_dll_directory`` and ``PATH``, which ``LoadLibrary`` reads at each call.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGES = ("cublas", "cudnn")
# Only cuBLAS and cuDNN: the cublas wheel's folder also holds libnvblas, which nothing needs.
_PREFIXES = ("libcublas", "libcudnn", "cublas", "cudnn")

# What gpu_check tries to open by name, as CTranslate2 and the driver would.
RUNTIME_NAMES = {
    "linux": ("libcuda.so.1", "libcudart.so.12", "libcudart.so.13", "libcublas.so.12",
              "libcublas.so.13", "libcudnn.so.9"),
    "win32": ("nvcuda.dll", "cudart64_12.dll", "cublas64_12.dll", "cublas64_13.dll",
              "cudnn64_9.dll"),
}  # fmt: skip


def library_dirs(
    site_dirs: Iterable[Path] | None = None, platform: str = sys.platform
) -> list[Path]:
    """The folders of the NVIDIA wheels' libraries under ``site_dirs`` (default: sys.path)."""
    sub = "bin" if platform == "win32" else "lib"
    roots = site_dirs if site_dirs is not None else (Path(p) for p in sys.path if p)
    found: list[Path] = []
    for root in roots:
        for package in _PACKAGES:
            folder = Path(root) / "nvidia" / package / sub
            if folder.is_dir() and folder not in found:
                found.append(folder)
    return found


def find_libraries(
    site_dirs: Iterable[Path] | None = None, platform: str = sys.platform
) -> list[Path]:
    """The cuBLAS and cuDNN library files pip installed, in a stable order."""
    return _files(library_dirs(site_dirs, platform), platform)


def _files(dirs: list[Path], platform: str) -> list[Path]:
    suffix = ".dll" if platform == "win32" else ".so."
    return [
        path
        for folder in dirs
        for path in sorted(folder.iterdir())
        if path.name.startswith(_PREFIXES) and suffix in path.name and path.is_file()
    ]


def preload(site_dirs: Iterable[Path] | None = None) -> list[Path]:
    """Make the pip-installed libraries loadable in this process; return those opened.

    A library whose dependency is not open yet fails, so failures are retried as long as
    another one opened (cuDNN's parts need each other in an order the names do not show).
    """
    dirs = library_dirs(site_dirs)
    if sys.platform == "win32":
        for folder in dirs:
            os.add_dll_directory(str(folder))
        os.environ["PATH"] = os.pathsep.join([*map(str, dirs), os.environ.get("PATH", "")])
    pending = _files(dirs, sys.platform)
    loaded: list[Path] = []
    errors: dict[Path, str] = {}
    while pending:
        retry = []
        for path in pending:
            try:
                ctypes.CDLL(str(path), mode=getattr(os, "RTLD_GLOBAL", 0))
            except OSError as exc:
                errors[path] = str(exc)
                retry.append(path)
            else:
                loaded.append(path)
        if len(retry) == len(pending):
            break
        pending = retry
    for path in pending:
        log.warning("could not open %s: %s", path, errors[path])
    if loaded:
        log.info("opened %d CUDA libraries from %s", len(loaded), ", ".join(map(str, dirs)))
    return loaded


def try_open(name: str) -> str:
    """Open a library by name as CTranslate2 would; '' if it opens, else the loader's reason."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc) or "not found"
    return ""
