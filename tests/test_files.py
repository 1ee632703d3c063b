"""The one atomic writer: settings and exports rely on it never leaving half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.files import write_atomic


def test_replaces_the_file_whole_with_permissions_from_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "nouveau — 字幕\n")
    assert target.read_text("utf-8") == "nouveau — 字幕\n"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failed_replace_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    # A folder in the target's place cannot be replaced by a file: os.replace fails after
    # the text was written, which is when a temporary file would be left behind.
    target = tmp_path / "out.srt"
    target.mkdir()
    (target / "inside").write_text("kept", encoding="utf-8")
    with pytest.raises(OSError):
        write_atomic(target, "text")
    assert (target / "inside").read_text("utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["out.srt"]
