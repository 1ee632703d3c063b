"""The catalogue and resolving a model choice to a folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import ModelCorrupt, ModelMissing
from app.models import catalog
from app.models.device import pick_device
from app.models.download import download_dir


def test_embedded_base_comes_first_and_is_ready() -> None:
    entries = catalog.list_models()
    assert entries[0].name == "base" and entries[0].kind == "embedded" and entries[0].is_available
    hub = {e.name: e for e in entries if e.kind == "hub"}
    assert {"tiny", "small", "medium", "large-v3", "large-v3-turbo", "distil-large-v3"} <= set(hub)
    assert not hub["small"].is_available
    assert hub["small.en"].multilingual is False


def test_each_model_is_listed_once_and_its_other_names_are_aliases() -> None:
    hub = [e for e in catalog.list_models() if e.kind == "hub"]
    repos = [e.repo_id for e in hub]
    assert len(repos) == len(set(repos)), repos
    # faster-whisper names two models twice; each is one row with the other as alias.
    by_name = {e.name: e for e in hub}
    assert "turbo" not in by_name and "large" not in by_name
    assert by_name["large-v3-turbo"].aliases == ("turbo",)
    assert by_name["large-v3"].aliases == ("large",)
    assert by_name["large-v3-turbo"].size == "1.6 GB"  # not the 3 GB of "large"
    assert by_name["large-v3"].size == "3 GB"
    assert catalog.canonical_name("turbo") == "large-v3-turbo"
    with pytest.raises(ModelMissing, match=r"--download turbo'"):
        catalog.resolve("turbo")  # still a name --model takes


def test_a_model_downloaded_under_its_alias_is_found_by_either_name(model_dir: Path) -> None:
    # A download made as "turbo" before the catalogue listed it as "large-v3-turbo".
    folder = download_dir("turbo")
    folder.mkdir(parents=True)
    try:
        for part in ("model.bin", "config.json", "tokenizer.json"):
            (folder / part).symlink_to(model_dir / part)
        entry = next(e for e in catalog.list_models() if e.name == "large-v3-turbo")
        assert entry.is_available and entry.path == folder
        assert catalog.resolve("large-v3-turbo") == folder == catalog.resolve("turbo")
    finally:
        shutil.rmtree(folder)


def test_user_folders_are_validated(model_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "good"
    shutil.copytree(model_dir, good)
    empty = tmp_path / "empty"
    empty.mkdir()
    entries = {e.name: e for e in catalog.list_models([good, empty])}
    assert entries[str(good)].is_available and entries[str(good)].multilingual
    assert not entries[str(empty)].is_available
    assert "no model.bin" in entries[str(empty)].problem


def test_resolve_each_kind(model_dir: Path, tmp_path: Path) -> None:
    assert catalog.resolve("base") == model_dir
    assert catalog.resolve(str(model_dir)) == model_dir
    with pytest.raises(ModelMissing, match=r"not downloaded yet.*--download small"):
        catalog.resolve("small")
    with pytest.raises(ModelMissing, match=r"Unknown model 'nonsense'.*tiny"):
        catalog.resolve("nonsense")
    with pytest.raises(ModelMissing, match=r"has no model\.bin"):
        catalog.resolve(str(tmp_path))


def test_truncated_folder_model_is_reported_as_damaged(model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(model_dir / name, broken / name)
    (broken / "model.bin").write_bytes(b"\0" * 100)
    with pytest.raises(ModelCorrupt, match="truncated"):
        catalog.resolve(str(broken))


def test_device_choice() -> None:
    assert pick_device("cpu") == ("cpu", "int8")
    assert pick_device("cpu", "float32") == ("cpu", "float32")
    assert pick_device("auto")[0] in ("cpu", "cuda")
    with pytest.raises(ValueError, match="Unknown device"):
        pick_device("tpu")
    with pytest.raises(ValueError, match=r"cannot compute in float16|supports"):
        pick_device("cpu", "float16")
