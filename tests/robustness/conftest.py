"""Fixtures for the robustness tests: a real filesystem that really fills up.

The clips and the model come from the root conftest; the CLI runs as a child process,
as a user starts it.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

TINY_DISK_SIZE = "64k"


class TinyDisk:
    """A 64 KiB tmpfs: ``fill()`` takes every free byte, ``free()`` gives it back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler"

    def fill(self) -> None:
        """Write until the kernel says ENOSPC: the disk is then really full."""
        with open(self._filler, "ab", buffering=0) as handle:
            block = b"\0" * 4096
            while True:
                try:
                    handle.write(block)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    """A mounted 64 KiB tmpfs; skips where mounting is not allowed (not root, a container
    without CAP_SYS_ADMIN, not Linux)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a really full disk needs a tiny tmpfs, and mounting one needs root")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    root = tmp_path / "tiny-disk"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TINY_DISK_SIZE},mode=0700", "tmpfs", str(root)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield TinyDisk(root)
    finally:
        # Lazy, so a file a failed test left open cannot keep the mount behind.
        subprocess.run(["umount", "-l", str(root)], capture_output=True, check=False)
