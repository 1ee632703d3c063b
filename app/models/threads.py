"""How many CPU threads inference uses, and keeping numpy's BLAS from spinning.

Measured on two cores (AMD EPYC, embedded ``base``, int8) with ``python -m app.bench``
and a decode-by-decode profile of a live meeting_en run:

- CTranslate2 with two threads generated a 9 s buffer's 28 tokens in 0.45 s of wall time
  and 0.54 s of CPU; with one thread in 0.29 s of both. A decoder step of a small model
  is dozens of tiny operations, and handing each one to a second thread costs more than
  it saves. The encoder does gain from a second thread (0.06 s against 0.11 s for 9 s),
  but in a live session generating tokens is 70 % of the work.
- numpy's OpenBLAS, used only by faster-whisper's feature extractor (one small matrix
  product per decode), keeps a pool of worker threads that busy-wait after each call:
  they burned 7.6 s of CPU in a 62 s live run, a fifth of all the app used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Above this size the model is ``small`` or larger (``base`` is 145 MB, ``small`` 480 MB):
# bigger matrices per step, and an encoder that costs seconds on one thread. Those get
# several threads; that choice is CTranslate2's usual one, not measured here (no larger
# model can be downloaded on the machines this is built on).
_SMALL_MODEL_BYTES = 200_000_000
_MAX_THREADS = 4


def cpu_threads(model_dir: Path | str | None = None) -> int:
    """CTranslate2 threads for the model in ``model_dir``.

    ``CAPTIONIST_CPU_THREADS`` overrides the choice (for measuring on other machines).
    """
    override = os.environ.get("CAPTIONIST_CPU_THREADS", "").strip()
    if override.isdigit() and int(override) > 0:
        return int(override)
    try:
        size = (Path(model_dir) / "model.bin").stat().st_size if model_dir else 0
    except OSError:
        size = 0
    if size and size <= _SMALL_MODEL_BYTES:
        return 1
    return usual_threads()


def usual_threads() -> int:
    """CTranslate2's own default (4), but no more than there are cores."""
    return max(1, min(os.cpu_count() or 1, _MAX_THREADS))


def limit_numpy_threads() -> None:
    """Give numpy's BLAS one thread, whether or not numpy is loaded yet."""
    # OpenBLAS reads this when it loads: enough if numpy comes later (the app's start-up
    # leaves numpy out so that ``--version`` stays instant).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if "numpy" in sys.modules:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
