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
from app.i18n import N_
from app.models import catalog, embedded
from app.models.device import pick_device
from app.models.threads import cpu_threads
from app.session import ModelChoice

log = logging.getLogger(__name__)

# oneDNN, CTranslate2's int8 backend on x86 CPUs, caches the primitives (compiled kernels)
# it builds for each input shape, up to 1024 of them. Each new encoder length (nearly
# every decode of a live session has its own) kept ~1.3 MB for good: a two-session soak
# grew ~12 MB per minute of audio. With 8, decodes took 0.60 s on average against 0.57 s
# with the default (120 decodes of 1-14 s; within run-to-run noise). oneDNN reads this
# when it builds its first primitive, so setting it before any model loads is enough.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "8")


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
            str(path), device=device, compute_type=compute_type, cpu_threads=cpu_threads(path)
        )
    except (RuntimeError, ValueError, OSError) as exc:
        if path == embedded.target_dir():
            log.warning("embedded model failed to load (%s); rebuilding it", exc)
            path = embedded.ensure_model(force=True)
            try:
                model = WhisperModel(
                    str(path), device=device, compute_type=compute_type,
                    cpu_threads=cpu_threads(path),
                )  # fmt: skip
            except (RuntimeError, ValueError, OSError) as again:
                raise ModelCorrupt(
                    N_(
                        "The embedded model could not be loaded even after rebuilding it "
                        "({reason}). Reinstall Captionist."
                    ),
                    reason=again,
                ) from again
        else:
            raise ModelMissing(
                N_(
                    "The model '{name}' in {path} could not be loaded: {reason}. Check that "
                    "the folder holds a complete CTranslate2 Whisper conversion."
                ),
                name=choice.name,
                path=path,
                reason=exc,
            ) from exc
    return WhisperDecoder(model)
