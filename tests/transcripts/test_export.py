from __future__ import annotations

import copy
import errno
import json
import os
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.errors import CaptionistError
from app.transcripts.export import (
    ExportError,
    export,
    render,
    safe_filename,
    start_folder,
    suggested_filename,
)
from app.transcripts.transcript import Transcript

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def transcript() -> Transcript:
    t = Transcript("Me", "en", T0)
    t.add_caption("Grüße aus Köln, 日本語もどうぞ。", 0.0, 2.0)
    t.add_caption("second line", 2.5, 3.5)
    return t


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Me", "Me"),
        ("a/b\\c", "a_b_c"),
        ("what? <now>: *yes*|no", "what_ _now__ _yes__no"),
        ("tab\there\nnew\x00line\x7f", "tab_here_new_line_"),
        ("  ..hidden. ", "hidden"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1", "_LPT1"),
        ("Console", "Console"),
        ("", "transcript"),
        ("   ", "transcript"),
        ("..", "transcript"),
        ("/", "_"),
        ("Gäst 日本", "Gäst 日本"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_limits_length_and_keeps_characters_whole() -> None:
    name = safe_filename("日" * 200)
    assert 0 < len(name.encode("utf-8")) <= 150
    assert set(name) == {"日"}
    assert safe_filename("", fallback="meeting") == "meeting"


def test_suggested_filename_names_session_and_start(transcript: Transcript) -> None:
    assert suggested_filename(transcript, "srt") == "Me 2024-05-01 12-00.srt"
    assert suggested_filename([transcript], "txt") == "meeting 2024-05-01 12-00.txt"


@pytest.mark.parametrize("fmt", ["srt", "vtt", "txt", "json"])
def test_export_writes_utf8_and_leaves_no_temp_file(
    transcript: Transcript, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"out.{fmt}"
    assert export(transcript, path, fmt) == path
    text = path.read_bytes().decode("utf-8")
    assert text == render(transcript, fmt)
    assert "Köln" in text and "日本語" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_export_replaces_an_existing_file(
    transcript: Transcript, tmp_path: Path, parse_srt: Callable
) -> None:
    path = tmp_path / "out.srt"
    path.write_text("old content that is much longer than the new one " * 100)
    export(transcript, path, "srt")
    assert [p.text for p in parse_srt(path.read_text("utf-8"))][-1] == "second line"


def test_meeting_export_from_a_list(transcript: Transcript, tmp_path: Path) -> None:
    guest = Transcript("Guest", "en", T0)
    guest.add_caption("hello", 1.0, 1.5)
    export([transcript, guest], tmp_path / "m.txt", "txt")
    assert (tmp_path / "m.txt").read_text("utf-8").splitlines()[1] == "[00:00:01] Guest: hello"
    data = json.loads(export([transcript, guest], tmp_path / "m.json", "json").read_text("utf-8"))
    assert [s["session"] for s in data["sessions"]] == ["Me", "Guest"]


def unwritable_paths(tmp_path: Path) -> list[tuple[Path, str]]:
    folder = tmp_path / "a folder"
    folder.mkdir()
    cases = [(tmp_path / "missing" / "out.srt", "does not exist"), (folder, "is a folder")]
    if sys.platform != "win32" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        cases.append((locked / "out.srt", "permission was denied"))
    return cases


def test_unwritable_paths_raise_export_error_and_keep_the_transcript(
    transcript: Transcript, tmp_path: Path
) -> None:
    before = copy.deepcopy(transcript)
    for path, reason in unwritable_paths(tmp_path):
        with pytest.raises(ExportError) as caught:
            export(transcript, path, "srt")
        message = str(caught.value)
        assert str(path) in message and reason in message
        assert message.endswith(".") and "\n" not in message
        assert isinstance(caught.value, CaptionistError)
        assert transcript == before
    # Nothing half-written anywhere.
    assert not list(tmp_path.rglob("*.tmp"))


def test_permission_denied_raises_export_error(
    transcript: Transcript, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores folder permissions, so the refusal is simulated at os.open.
    real_open = os.open
    locked = tmp_path / "locked"
    locked.mkdir()

    def refuse(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        if Path(path).parent == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    before = copy.deepcopy(transcript)
    with pytest.raises(ExportError, match="permission was denied"):
        export(transcript, locked / "out.vtt", "vtt")
    assert transcript == before
    assert list(locked.iterdir()) == []


def test_unknown_format_is_a_programming_error(transcript: Transcript, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="docx"):
        export(transcript, tmp_path / "x.docx", "docx")  # type: ignore[arg-type]


def test_save_dialogs_start_in_the_last_folder_then_documents_then_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert start_folder("") == Path.home()  # no Documents folder yet
    documents.mkdir()
    assert start_folder("") == documents
    assert start_folder(str(tmp_path / "gone")) == documents  # a folder since deleted
    assert start_folder(str(tmp_path)) == tmp_path
