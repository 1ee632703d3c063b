"""Downloading a named model, against a local stand-in for the hub (never the internet)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.models.hub_server import serve

REPO_ID = "Systran/faster-whisper-tiny"  # what the catalogue maps "tiny" to


@pytest.fixture(scope="module")
def served_model(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model folder to serve: the embedded model's files (a real, loadable model)."""
    folder = tmp_path_factory.mktemp("hub") / "tiny"
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(model_dir / name, folder / name)
    os.link(model_dir / "model.bin", folder / "model.bin")
    return folder


def run_cli(*args: str, endpoint: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    env.update(HF_ENDPOINT=endpoint, XDG_CACHE_HOME=str(cache), HF_HOME=str(cache / "hf"))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, timeout=240, env=env, check=False,
    )  # fmt: skip


def test_download_then_transcribe_offline(served_model: Path, tmp_path: Path, speech: Path) -> None:
    with serve(served_model, REPO_ID) as (endpoint, handler):
        result = run_cli("models", "--download", "tiny", endpoint=endpoint, cache=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "100.0%" in result.stderr  # progress was reported
        assert any("/resolve/" in r for r in handler.requests)
    downloaded = tmp_path / "Captionist" / "models" / "hub-tiny"
    assert (downloaded / "model.bin").stat().st_size == (served_model / "model.bin").stat().st_size
    assert not (tmp_path / "Captionist" / "models" / "hub-tiny.partial").exists()
    # The server is gone: the model now works offline, from the cache.
    result = run_cli(
        "transcribe", "--model", "tiny", str(speech),
        endpoint="http://127.0.0.1:9", cache=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "budget" in result.stdout
    listing = run_cli("models", endpoint="http://127.0.0.1:9", cache=tmp_path).stdout
    assert any(line.split()[:2] == ["tiny", "yes"] for line in listing.splitlines())


def test_hub_errors_are_one_clear_message(served_model: Path, tmp_path: Path) -> None:
    with serve(served_model, REPO_ID, fail=True) as (endpoint, _):
        result = run_cli("models", "--download", "tiny", endpoint=endpoint, cache=tmp_path)
    assert result.returncode != 0
    assert "Could not download 'tiny'" in result.stderr
    assert "embedded 'base'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "Captionist" / "models" / "hub-tiny").exists()
    assert not (tmp_path / "Captionist" / "models" / "hub-tiny.partial").exists()


def test_unreachable_hub(tmp_path: Path) -> None:
    result = run_cli("models", "--download", "small", endpoint="http://127.0.0.1:9", cache=tmp_path)
    assert result.returncode != 0
    assert "Could not download 'small'" in result.stderr
    assert "Traceback" not in result.stderr
