"""The model catalogue: what ``captionist models`` and the window's model picker list.

Three kinds: the embedded multilingual ``base`` (always there, offline), folders the user
added that hold a CTranslate2 Whisper conversion, and faster-whisper's named models,
downloaded once from the hub into the cache and offline after that.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from faster_whisper.utils import _MODELS as HUB_MODELS

from app.errors import ModelCorrupt, ModelMissing
from app.models import embedded
from app.models.download import Progress, download, download_dir

EMBEDDED_NAMES = ("base", "embedded")
_SIZES = {"tiny": "75 MB", "base": "145 MB", "small": "480 MB", "medium": "1.5 GB",
          "large": "3 GB", "turbo": "1.6 GB", "distil-small": "330 MB",
          "distil-medium": "790 MB", "distil-large": "1.5 GB"}  # fmt: skip


@dataclass(frozen=True)
class ModelEntry:
    name: str  # what --model and the settings file take
    label: str  # what the picker shows
    kind: str  # embedded | folder | hub
    multilingual: bool
    is_available: bool  # usable now without a download
    path: Path | None = None
    repo_id: str = ""
    problem: str = ""  # why a folder is unusable


def folder_problem(folder: Path) -> str:
    """Empty if ``folder`` looks like a complete CTranslate2 Whisper model, else why not."""
    if not folder.is_dir():
        return f"{folder} is not a folder"
    model = folder / "model.bin"
    if not model.is_file():
        return f"{folder} has no model.bin"
    if model.stat().st_size < 1_000_000:
        return f"{model} is only {model.stat().st_size} bytes: truncated or not a model"
    if not (folder / "config.json").is_file():
        return f"{folder} has no config.json"
    if not (folder / "tokenizer.json").is_file() and not list(folder.glob("vocabulary.*")):
        return f"{folder} has neither tokenizer.json nor a vocabulary file"
    return ""


def _is_multilingual(folder: Path, name: str) -> bool:
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        return bool(config.get("lang_ids")) and len(config["lang_ids"]) > 1
    except (OSError, ValueError, TypeError):
        return not name.endswith(".en")


def _size_hint(name: str) -> str:
    for prefix in sorted(_SIZES, key=len, reverse=True):
        if name.startswith(prefix) or name.removesuffix(".en").startswith(prefix):
            return _SIZES[prefix]
    return ""


def list_models(user_folders: Sequence[Path] = ()) -> list[ModelEntry]:
    entries = [ModelEntry("base", "Base (built in, multilingual, offline)", "embedded", True, True)]
    for folder in user_folders:
        folder = Path(folder)
        problem = folder_problem(folder)
        entries.append(
            ModelEntry(
                str(folder),
                f"{folder.name} (folder)",
                "folder",
                _is_multilingual(folder, folder.name) if not problem else False,
                not problem,
                folder,
                problem=problem,
            )
        )
    for name, repo in HUB_MODELS.items():
        if name == "base":
            continue  # the embedded model is the same weights
        local = download_dir(name)
        ready = not folder_problem(local)
        size = _size_hint(name)
        english = " English only," if name.endswith(".en") else ""
        label = f"{name} ({'downloaded' if ready else 'download'},{english} {size})".replace(
            ", )", ")"
        )
        entries.append(
            ModelEntry(
                name,
                label,
                "hub",
                not name.endswith(".en"),
                ready,
                local if ready else None,
                repo_id=repo,
            )
        )
    return entries


def resolve(
    name_or_path: str,
    *,
    user_folders: Sequence[Path] = (),
    allow_download: bool = False,
    progress: Progress | None = None,
    endpoint: str | None = None,
) -> Path:
    """The folder to load for a model name or path; raises with a sentence for the user."""
    name = name_or_path.strip()
    if name in EMBEDDED_NAMES:
        return embedded.ensure_model()
    path = Path(name).expanduser()
    if path.exists() or "/" in name or "\\" in name:
        problem = folder_problem(path)
        if not problem:
            return path
        if "truncated" in problem:
            raise ModelCorrupt(f"The model in {path} is damaged: {problem}.")
        raise ModelMissing(
            f"Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 "
            "conversion of Whisper (model.bin, config.json, tokenizer.json)."
        )
    if name in HUB_MODELS:
        local = download_dir(name)
        if not folder_problem(local):
            return local
        if not allow_download:
            raise ModelMissing(
                f"The model '{name}' is not downloaded yet. Download it once with "
                f"'captionist models --download {name}' (it then works offline), or use the "
                "embedded 'base' model."
            )
        return download(name, HUB_MODELS[name], progress=progress, endpoint=endpoint)
    known = ", ".join(["base", *[n for n in HUB_MODELS if n != "base"]])
    raise ModelMissing(f"Unknown model '{name}'. Known models: {known}; or give a model folder.")
