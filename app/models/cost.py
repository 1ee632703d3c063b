"""What a model costs on this machine: how many live sessions it keeps up with.

Measured once per (model, device, precision) by decoding a bundled 7 s of continuous
speech the way a live session does (``CaptionStream``: a decode after 2 s of speech, then
after every 1 s more, each over the utterance so far, beam 2, and a beam-5 decode at its
end), and kept as JSON in the cache folder. ``live_rtf`` is that decode time over the
speech's length.

One inference thread serves every session, so continuous speech in every session would
allow ``1 / live_rtf`` of them. Meetings are cheaper than that, calibrated on meeting_en
(2 cores, embedded ``base``, int8): its pauses made a second of it cost 0.62 of a second
of the sample (0.44 s against 0.71 s of decoding, measured one after the other), and
under load the scheduler narrows beams and merges a late session's audio into one decode:
the benchmark kept up with 7 sessions where one alone spent 0.28 s of CPU per second
(docs/benchmarks.md), about twice ``1 / 0.28``. Together about 3, so a model keeps up with
``3 / live_rtf`` sessions. The sample took 0.71 s per s on a machine busy with other
work (the meeting_en run beside it spent only 0.64 of its wall time on the CPU), about
0.45 unloaded: an estimate of 6 sessions against the 7 the benchmark kept up with.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from app import paths
from app.engine.decoder import DecodeOptions, Decoder
from app.engine.segmenter import SAMPLE_RATE, Segmenter
from app.engine.stream import CaptionStream
from app.errors import CaptionistError
from app.i18n import N_, translate
from app.resources import resource_path
from app.session import ModelChoice

log = logging.getLogger(__name__)

SAMPLE = "speech/sample.flac"  # espeak-ng reading one English sentence (made for this)
_CACHE_FILE = "model_costs.json"
_BLOCK = 512  # samples per capture block, as the capture thread reads them
# Meeting speech with its pauses, and the scheduler's narrower beams under load: how much
# more than continuous speech one thread keeps up with (the module's docstring).
MEETING_FACTOR = 3.0


@dataclass(frozen=True)
class Cost:
    model: str
    device: str
    compute_type: str
    live_rtf: float  # decode seconds per second of speech for one live session
    measured_at: float  # seconds since the epoch

    @property
    def sessions(self) -> int:
        return sessions_kept_up(self.live_rtf)


def sessions_kept_up(live_rtf: float) -> int:
    """Live meeting sessions one inference thread keeps up with at ``live_rtf`` (decode
    seconds per second of continuous speech); 0: not even one."""
    if live_rtf <= 0:
        return 0
    return math.floor(MEETING_FACTOR / live_rtf)


def warning(cost: Cost) -> str:
    """A sentence for the user if ``cost`` cannot keep up with even one session, else ''."""
    if cost.sessions >= 1:
        return ""
    return translate(
        "ModelCost",
        "The model {model} is too slow here to caption live ({rtf} s of decoding per second "
        "of speech): captions would fall further and further behind; choose a smaller model.",
    ).format(model=cost.model, rtf=f"{cost.live_rtf:.1f}")


def described(cost: Cost) -> str:
    """The model picker's line: the warning, or how many sessions it keeps up with."""
    # No plural form: lupdate finds those only in tr() calls of the window's own code.
    return warning(cost) or translate(
        "ModelCost", "Live sessions this model keeps up with here: about {count}."
    ).format(count=cost.sessions)


def summary(cost: Cost | None) -> str:
    """How many sessions, in a few words, for a table cell or a label."""
    if cost is None:
        return "not measured yet"
    if cost.sessions < 1:
        return "too slow for live"
    return f"{cost.sessions} session{'s' if cost.sessions != 1 else ''}"


def _key(model: str, device: str, compute_type: str) -> str:
    return f"{model}|{device}|{compute_type}"


def _cache_path() -> Path:
    return paths.cache_dir() / _CACHE_FILE


def _read_cache() -> dict[str, dict]:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("model cost cache unreadable (%s); measuring again", exc)
        return {}
    return data if isinstance(data, dict) else {}


def cached(model: str, device: str, compute_type: str) -> Cost | None:
    """The stored measurement, or None."""
    record = _read_cache().get(_key(model, device, compute_type))
    try:
        return Cost(**record) if record else None
    except TypeError:  # written by another version
        return None


def _store(cost: Cost) -> None:
    data = _read_cache()
    data[_key(cost.model, cost.device, cost.compute_type)] = asdict(cost)
    path = _cache_path()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
    temporary.replace(path)


def sample_speech() -> Path:
    path = resource_path(SAMPLE)
    if path is None:
        raise CaptionistError(
            N_("This installation carries no speech sample to measure models with.")
        )
    return path


def live_rtf(decoder: Decoder) -> float:
    """Decode seconds per second of speech when ``decoder`` serves one live session."""
    from faster_whisper import decode_audio

    audio = decode_audio(str(sample_speech()), sampling_rate=SAMPLE_RATE)
    stream = CaptionStream("cost", "en", "transcribe", decoder.count_tokens)
    segmenter = Segmenter()
    spent = 0.0

    def decode_due() -> None:
        nonlocal spent
        while (request := stream.make_request()) is not None:
            started = time.perf_counter()
            result = decoder.decode(request.audio, request.options, request.prompt)
            spent += time.perf_counter() - started
            stream.apply(request, result)

    for i in range(0, len(audio), _BLOCK):
        for chunk in segmenter.feed(audio[i : i + _BLOCK]).chunks:
            stream.push(chunk)
        decode_due()
    for chunk in segmenter.finish():
        stream.push(chunk)
    stream.end_utterance()
    decode_due()
    return spent / (len(audio) / SAMPLE_RATE)


def resolved(choice: ModelChoice) -> tuple[str, str]:
    """The device and precision ``choice`` runs at here: the cache's key."""
    from app.models.device import pick_device

    try:
        return pick_device(choice.device, choice.compute_type)
    except ValueError as exc:
        raise CaptionistError(str(exc)) from exc


def cost_of(
    choice: ModelChoice, load: Callable[[ModelChoice], Decoder], *, measure: bool = True
) -> Cost | None:
    """``choice``'s cost here: from the cache, else (unless not ``measure``) loaded with
    ``load`` and measured (seconds: run it off the GUI thread)."""
    device, compute_type = resolved(choice)
    known = cached(choice.name, device, compute_type)
    if known is not None or not measure:
        return known
    decoder = load(choice)
    # The first decodes build kernels for their shapes; that is not what live decodes pay.
    warm_up = np.zeros(2 * SAMPLE_RATE, dtype=np.float32)
    decoder.decode(warm_up, DecodeOptions("en", beam_size=2))
    cost = Cost(choice.name, device, compute_type, round(live_rtf(decoder), 4), time.time())
    _store(cost)
    log.info("model %s on %s/%s: live real-time factor %.3f", choice.name, device,
             compute_type, cost.live_rtf)  # fmt: skip
    return cost
