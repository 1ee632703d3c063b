"""Loading a model choice into a decoder; runs on the inference thread only.

A load that fails because the embedded model's files are damaged rebuilds them once
and tries again, so a truncated ``model.bin`` heals itself on the next start.
"""

from __future__ import annotations

import logging
import os

from faster_whisper import WhisperModel

from app.engine.decoder import WhisperDecoder
from app.errors import CaptionistError, ModelCorrupt, ModelMissing
from app.models import catalog, embedded
from app.models.device import pick_device
from app.session import ModelChoice

log = logging.getLogger(__name__)


def cpu_threads() -> int:
    # CTranslate2 scales to about 8 threads for these model sizes; more only contends.
    return max(1, min(os.cpu_count() or 1, 8))


def load_decoder(choice: ModelChoice, *, allow_download: bool = False) -> WhisperDecoder:
    """Load ``choice``; raise a CaptionistError with a sentence for the user on failure."""
    path = catalog.resolve(choice.name, allow_download=allow_download)
    try:
        device, compute_type = pick_device(choice.device, choice.compute_type)
    except ValueError as exc:
        raise CaptionistError(str(exc)) from exc
    log.info("loading model %s from %s on %s/%s", choice.name, path, device, compute_type)
    try:
        model = WhisperModel(
            str(path), device=device, compute_type=compute_type, cpu_threads=cpu_threads()
        )
    except (RuntimeError, ValueError, OSError) as exc:
        if path == embedded.target_dir():
            log.warning("embedded model failed to load (%s); rebuilding it", exc)
            path = embedded.ensure_model(force=True)
            try:
                model = WhisperModel(
                    str(path), device=device, compute_type=compute_type,
                    cpu_threads=cpu_threads(),
                )  # fmt: skip
            except (RuntimeError, ValueError, OSError) as again:
                raise ModelCorrupt(
                    f"The embedded model could not be loaded even after rebuilding it ({again}). "
                    "Reinstall Captionist."
                ) from again
        else:
            raise ModelMissing(
                f"The model '{choice.name}' in {path} could not be loaded: {exc}. "
                "Check that the folder holds a complete CTranslate2 Whisper conversion."
            ) from exc
    return WhisperDecoder(model)
