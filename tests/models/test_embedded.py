"""Assembling the embedded model: checked, atomic, and healed when damaged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ModelCorrupt
from app.models import embedded


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_assembles_with_the_expected_size_and_checksum(fresh_cache: Path) -> None:
    folder = embedded.ensure_model()
    assert folder.is_relative_to(fresh_cache)
    model = folder / "model.bin"
    assert model.stat().st_size == embedded.MODEL_SIZE
    assert embedded.sha256_of(model) == embedded.MODEL_SHA256
    assert {p.name for p in folder.iterdir()} >= {"config.json", "tokenizer.json", "vocabulary.txt"}
    assert not list(folder.glob("*.partial-*"))


def test_a_truncated_model_is_rebuilt_on_next_use(fresh_cache: Path) -> None:
    model = embedded.ensure_model() / "model.bin"
    with model.open("r+b") as handle:
        handle.truncate(1000)
    assert not embedded.is_assembled()
    embedded.ensure_model()
    assert model.stat().st_size == embedded.MODEL_SIZE


def test_wrong_parts_are_refused_and_leave_nothing_behind(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded, "MODEL_SHA256", "0" * 64)
    with pytest.raises(ModelCorrupt, match="reinstall Captionist"):
        embedded.ensure_model()
    folder = embedded.target_dir()
    assert not (folder / "model.bin").exists()
    assert not list(folder.glob("*.partial-*"))


def test_cli_after_truncation_rebuilds_and_transcribes(fresh_cache: Path, speech: Path) -> None:
    """Done-when of the foundation issue: truncate the cached model, run again."""
    model = embedded.ensure_model() / "model.bin"
    with model.open("r+b") as handle:
        handle.truncate(model.stat().st_size // 2)
    result = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", str(speech)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "budget" in result.stdout
    assert "Traceback" not in result.stderr
    assert model.stat().st_size == embedded.MODEL_SIZE


def test_a_model_that_fails_to_load_is_rebuilt_by_the_loader(fresh_cache: Path) -> None:
    """Same size, damaged content: the cheap check passes, the load fails, the loader heals it."""
    from app.models.loader import load_decoder
    from app.session import ModelChoice

    model = embedded.ensure_model() / "model.bin"
    with model.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"\0" * 4096)
    decoder = load_decoder(ModelChoice("base", "cpu", "int8"))
    assert decoder.is_multilingual
    assert embedded.sha256_of(model) == embedded.MODEL_SHA256
