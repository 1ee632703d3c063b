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
from app.i18n import N_, QT_TRANSLATE_NOOP, translate
from app.models import embedded
from app.models.download import Progress, download, download_dir

EMBEDDED_NAMES = ("base", "embedded")
# Matched by the longest prefix, so "large-v3-turbo" is not taken for a 3 GB "large".
_SIZES = {"tiny": "75 MB", "base": "145 MB", "small": "480 MB", "medium": "1.5 GB",
          "large": "3 GB", "large-v3-turbo": "1.6 GB", "turbo": "1.6 GB",
          "distil-small": "330 MB", "distil-medium": "790 MB",
          "distil-large": "1.5 GB"}  # fmt: skip


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
    size: str = ""  # roughly what a download takes, "480 MB"; empty when unknown
    aliases: tuple[str, ...] = ()  # other names for the same model ("large" for "large-v3")


def hub_names() -> dict[str, tuple[str, ...]]:
    """Each downloadable model once: its name -> the other names for it.

    faster-whisper names some models twice ("large" and "large-v3" are one repository);
    the first name it lists is the one shown, the others stay accepted as aliases.
    """
    by_repo: dict[str, list[str]] = {}
    for name, repo in HUB_MODELS.items():
        by_repo.setdefault(repo, []).append(name)
    return {names[0]: tuple(names[1:]) for names in by_repo.values() if "base" not in names}


def canonical_name(name: str) -> str:
    """``name``, or the name shown for the model it is an alias of."""
    for shown, aliases in hub_names().items():
        if name in aliases:
            return shown
    return name


def _downloaded(name: str) -> Path | None:
    """The complete download of the hub model ``name`` under any of its names."""
    shown = canonical_name(name)
    for candidate in (shown, *hub_names().get(shown, ())):
        if not folder_problem(download_dir(candidate)):
            return download_dir(candidate)
    return None


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


# A model's notes in the picker, translated where the label is made (the window's language).
_DOWNLOADED = QT_TRANSLATE_NOOP("ModelCatalog", "downloaded")
_NOT_DOWNLOADED = QT_TRANSLATE_NOOP("ModelCatalog", "not downloaded")
_ENGLISH_ONLY = QT_TRANSLATE_NOOP("ModelCatalog", "English only")


def _size_hint(name: str) -> str:
    for prefix in sorted(_SIZES, key=len, reverse=True):
        if name.startswith(prefix) or name.removesuffix(".en").startswith(prefix):
            return _SIZES[prefix]
    return ""


def list_models(user_folders: Sequence[Path] = ()) -> list[ModelEntry]:
    entries = [
        ModelEntry(
            "base",
            translate("ModelCatalog", "Base (built in, multilingual, offline)"),
            "embedded",
            True,
            True,
            size=_SIZES["base"],
            aliases=EMBEDDED_NAMES[1:],
        )
    ]
    for folder in user_folders:
        folder = Path(folder)
        problem = folder_problem(folder)
        entries.append(
            ModelEntry(
                str(folder),
                translate("ModelCatalog", "{name} (folder)").format(name=folder.name),
                "folder",
                _is_multilingual(folder, folder.name) if not problem else False,
                not problem,
                folder,
                problem=problem,
            )
        )
    # The hub's "base" is the embedded model's weights, so hub_names() leaves it out.
    for name, aliases in hub_names().items():
        local = _downloaded(name)
        size = _size_hint(name)
        notes = [_DOWNLOADED if local else _NOT_DOWNLOADED]
        notes += [_ENGLISH_ONLY] if name.endswith(".en") else []
        notes = [translate("ModelCatalog", note) for note in notes]
        notes += [size] if size else []
        entries.append(
            ModelEntry(
                name,
                f"{name} ({', '.join(notes)})",
                "hub",
                not name.endswith(".en"),
                local is not None,
                local,
                repo_id=HUB_MODELS[name],
                size=size,
                aliases=aliases,
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
            raise ModelCorrupt(
                N_("The model in {path} is damaged: {problem}."), path=path, problem=problem
            )
        raise ModelMissing(
            N_(
                "Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 "
                "conversion of Whisper (model.bin, config.json, tokenizer.json)."
            ),
            path=path,
            problem=problem,
        )
    if name in HUB_MODELS:
        local = _downloaded(name)
        if local is not None:
            return local
        if not allow_download:
            raise ModelMissing(
                N_(
                    "The model '{name}' is not downloaded yet. Download it once with "
                    "'{command}' (it then works offline), or use the embedded 'base' model."
                ),
                name=name,
                command=download_command(name),
            )
        shown = canonical_name(name)
        return download(shown, HUB_MODELS[shown], progress=progress, endpoint=endpoint)
    known = ", ".join(["base", *hub_names()])
    raise ModelMissing(
        N_("Unknown model '{name}'. Known models: {known}; or give a model folder."),
        name=name,
        known=known,
    )


def download_command(name: str) -> str:
    """What to type to download the hub model ``name``."""
    return f"captionist models --download {name}"
