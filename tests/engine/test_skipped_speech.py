"""Live: speech the decoder skipped inside an utterance is decoded again, with the real
model. Whisper can jump its timestamps over a whole sentence when decoding from before
it (real_en's utterances joined with 0.35 s pauses lost one of 20 words so), though
decoded from where it begins it hears it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from faster_whisper import decode_audio

from app.bench.metrics import normalise_text
from app.engine.segmenter import SAMPLE_RATE, Segmenter
from app.engine.stream import CaptionStream
from tests.speech import espeak_wav

SAID = [
    "The budget is ready for the meeting.",
    "Our team met the new client on Monday morning.",
    "We will ship the release next week.",
    "Please send the notes to everyone today.",
]


class SkipsFromBefore:
    """The real decoder; a decode whose audio begins before ``skipped`` has no words in
    it, as Whisper's jump over a sentence."""

    def __init__(self, decoder, skipped: tuple[float, float]) -> None:
        self.decoder = decoder
        self.skipped = skipped
        self.skips = 0

    def decode(self, request):
        result = self.decoder.decode(request.audio, request.options, request.prompt)
        lo, hi = self.skipped[0] - request.offset_s, self.skipped[1] - request.offset_s
        if lo > 0.3:
            kept = [w for w in result.words if not lo <= (w.start_s + w.end_s) / 2 <= hi]
            self.skips += len(kept) < len(result.words)
            result.words = kept
        return result


def test_a_sentence_a_decode_skipped_is_decoded_again(decoder, tmp_path: Path) -> None:
    pause = np.zeros(round(0.2 * SAMPLE_RATE), np.float32)  # too short to end an utterance
    clips = []
    for i, text in enumerate(SAID):
        clip = decode_audio(str(espeak_wav(tmp_path / f"{i}.wav", "en-us", text)))
        voiced = np.flatnonzero(np.abs(clip) > 0.01)  # espeak's own silence trimmed
        clips.append(clip[voiced[0] : voiced[-1] + 1])
    audio = np.concatenate([x for clip in clips for x in (clip, pause)] + [np.zeros(16000)])
    starts = np.cumsum([0] + [len(c) + len(pause) for c in clips]) / SAMPLE_RATE
    skipper = SkipsFromBefore(decoder, (starts[1], starts[2] - 0.2))  # the second sentence

    segmenter = Segmenter()
    stream = CaptionStream("s", "en", "transcribe", decoder.count_tokens)
    events = []
    block = round(0.2 * SAMPLE_RATE)
    chunks = []
    for i in range(0, len(audio), block):
        chunks += segmenter.feed(audio[i : i + block]).chunks
    chunks += segmenter.finish()
    assert sum(c.starts_utterance for c in chunks) == 1  # one utterance, the pauses in it
    for chunk in chunks:
        stream.push(chunk)
        while stream.wants_decode():
            request = stream.make_request()
            events += stream.apply(request, skipper.decode(request)).events
    assert skipper.skips  # decodes did skip the sentence
    said = normalise_text(" ".join(e.text for e in events if e.kind == "final")).split()
    assert said == normalise_text(" ".join(SAID)).split(), said
