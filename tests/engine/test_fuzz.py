"""Property tests of the caption logic: random decode results and audio blocks.

Whatever the decoder says from pass to pass, final text never repeats or drops a word
the stream has committed, and final times never go backwards.
"""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine.agreement import StabilityTracker
from app.engine.decoder import DecodeOptions, DecodeResult, has_loop
from app.engine.events import Word
from app.engine.segmenter import AudioChunk
from app.engine.stream import CaptionStream, StreamConfig

VOCABULARY = ["alpha", "beta", "gamma", "delta", "echo", "fox", "golf", "hotel"]


@st.composite
def hypotheses(draw: st.DrawFn) -> list[list[Word]]:
    """A sequence of decodes of one growing utterance, each a noisy version of one truth."""
    truth = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=25))
    # A phrase said twice in a row is, by design, taken as a re-hearing (agreement.py).
    assume(not has_loop(truth, min_len=2))
    passes = []
    for _ in range(draw(st.integers(1, 10))):
        heard = draw(st.integers(0, len(truth)))
        words = list(truth[:heard])
        if words and draw(st.booleans()):  # the decoder mishears one word
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(VOCABULARY))
        jitter = draw(st.floats(-0.04, 0.04))  # alignment works in 20 ms steps
        passes.append(
            [
                Word(f" {w}", max(0.0, i * 0.4 + jitter), i * 0.4 + 0.35 + jitter)
                for i, w in enumerate(words)
            ]
        )
    return passes


@settings(max_examples=300, deadline=None)
@given(hypotheses())
def test_tracker_commits_an_ordered_sequence_without_repeats(passes: list[list[Word]]) -> None:
    tracker = StabilityTracker()
    committed: list[Word] = []
    for words in passes[:-1]:
        committed += tracker.insert(words)
    committed += tracker.finish(passes[-1])
    assert committed == tracker.committed
    for before, after in itertools.pairwise(committed):
        assert after.start_s >= before.end_s - 1e-9
        assert after.end_s >= after.start_s
    # Each true word has a slot of time; a boundary duplicate would fill a slot twice,
    # a dropped word would leave a slot of the last decode empty.
    slots = [round((w.end_s - 0.35) / 0.4) for w in committed]
    assert slots == sorted(set(slots))
    before_finish = len(committed) - len(tracker.committed[len(committed) :])
    last_pass_slots = {round((w.end_s - 0.35) / 0.4) for w in passes[-1]}
    assert last_pass_slots - set(slots) <= {
        s for s in last_pass_slots if s <= max(slots[:before_finish] or [-1])
    }


class RandomDecoder:
    """Answers each request with random words spread over the request's audio."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def decode(self, audio: np.ndarray, options: DecodeOptions, prompt: str = "") -> DecodeResult:
        seconds = len(audio) / 16000
        n = int(self.rng.integers(0, max(1, int(seconds * 3))))
        edges = np.sort(self.rng.uniform(0, seconds, size=2 * n))
        words = [
            Word(f" {VOCABULARY[int(self.rng.integers(len(VOCABULARY)))]}", float(a), float(b), 0.9)
            for a, b in zip(edges[::2], edges[1::2], strict=False)
        ]
        return DecodeResult(words, "en", 1.0, 0.0, -0.3, 1.2, seconds)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**31),
    blocks=st.lists(
        st.tuples(st.floats(0.0001, 3.0), st.booleans(), st.booleans()), min_size=1, max_size=40
    ),
)
def test_stream_finals_are_monotonic_and_buffers_bounded(seed: int, blocks) -> None:
    decoder = RandomDecoder(seed)
    stream = CaptionStream("s", "en", "transcribe", decoder.count_tokens, StreamConfig())
    position = 0.0
    finals = []
    for seconds, starts, ends in blocks:
        samples = np.full(max(1, int(seconds * 16000)), 0.05, np.float32)
        frames = max(1, int(seconds / 0.03))
        stream.push(AudioChunk(samples, position, frames, frames, starts, ends))
        position += len(samples) / 16000
        while (request := stream.make_request()) is not None:
            output = stream.apply(request, decoder.decode(request.audio, request.options))
            finals += [e for e in output.events if e.is_final]
        assert stream.buffered_s <= 31.0
    finals += [e for e in stream.flush() if e.is_final]
    for before, after in itertools.pairwise(finals):
        assert after.start_s >= before.end_s - 1e-9
    for event in finals:
        assert 0.0 <= event.start_s <= event.end_s <= position + 1e-6
