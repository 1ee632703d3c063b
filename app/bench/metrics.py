"""Error rates and latency statistics, used by the benchmark and by tests.

Normalisation, stated once: lower-case (Unicode casefold), punctuation removed, digits
kept, whitespace collapsed. Word error rate for languages written with spaces, character
error rate for Chinese, Japanese, Thai and similar (spaces ignored).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence

from app.engine.language import NO_SPACE_LANGUAGES


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s']|_", " ", text)
    text = text.replace("'", "")
    return " ".join(text.split())


def edit_distance(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, ref_item in enumerate(reference, 1):
        current = [i]
        for j, hyp_item in enumerate(hypothesis, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_item != hyp_item))
            )
        previous = current
    return previous[-1]


def error_rate(reference: str, hypothesis: str, language: str = "en") -> float:
    """WER (or CER for languages without spaces) as a fraction; 0 for two empty texts."""
    ref, hyp = normalise_text(reference), normalise_text(hypothesis)
    if language in NO_SPACE_LANGUAGES:
        ref_units, hyp_units = list(ref.replace(" ", "")), list(hyp.replace(" ", ""))
    else:
        ref_units, hyp_units = ref.split(), hyp.split()
    if not ref_units:
        return 0.0 if not hyp_units else 1.0
    return edit_distance(ref_units, hyp_units) / len(ref_units)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear interpolation; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")
