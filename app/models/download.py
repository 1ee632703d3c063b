"""Downloading a faster-whisper model from the Hugging Face Hub into Captionist's cache.

Only named models are downloaded, never the embedded default. The files land in a
temporary folder that is renamed into place when complete, so an interrupted download
never looks like a model. The hub address comes from ``endpoint``, else ``HF_ENDPOINT``,
else huggingface_hub's default; tests point it at a server on 127.0.0.1.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import paths
from app.errors import ModelDownloadFailed
from app.i18n import N_

log = logging.getLogger(__name__)

ALLOW_PATTERNS = [
    "config.json",
    "preprocessor_config.json",
    "model.bin",
    "tokenizer.json",
    "vocabulary.*",
]
Progress = Callable[[int, int], None]


def download_dir(name: str) -> Path:
    return paths.models_dir() / f"hub-{name}"


def _progress_class(progress: Progress | None) -> Any:
    """A tqdm stand-in that forwards byte counts to ``progress``."""
    from tqdm.auto import tqdm

    class Reporter(tqdm):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # A disabled tqdm keeps no unit, so remember which bars count bytes.
            self.counts_bytes = kwargs.get("unit") == "B"
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)

        def update(self, n: float | None = 1) -> bool | None:
            self.n += n or 0
            if progress is not None and self.counts_bytes:
                progress(int(self.n), int(self.total or 0))
            return None

    return Reporter


def download(
    name: str, repo_id: str, progress: Progress | None = None, endpoint: str | None = None
) -> Path:
    import huggingface_hub
    from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError

    target = download_dir(name)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
    where = endpoint or "huggingface.co"
    try:
        huggingface_hub.snapshot_download(
            repo_id,
            local_dir=str(partial),
            allow_patterns=ALLOW_PATTERNS,
            endpoint=endpoint,
            tqdm_class=_progress_class(progress),
        )
    except Exception as exc:  # a third-party boundary: every failure becomes one message
        if not isinstance(exc, HfHubHTTPError | LocalEntryNotFoundError | OSError | ValueError):
            log.exception("unexpected error from huggingface_hub while downloading %s", name)
        shutil.rmtree(partial, ignore_errors=True)
        raise ModelDownloadFailed(
            N_(
                "Could not download '{name}' from the model hub at {where}: {reason}. Check "
                "the connection, or use the embedded 'base' model, which works offline."
            ),
            name=name,
            where=where,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    if not (partial / "model.bin").is_file():
        shutil.rmtree(partial, ignore_errors=True)
        raise ModelDownloadFailed(
            N_("The hub's copy of '{name}' ({repo}) has no model.bin."), name=name, repo=repo_id
        )
    shutil.rmtree(partial / ".cache", ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)
    log.info("downloaded %s (%s) into %s", name, repo_id, target)
    return target
