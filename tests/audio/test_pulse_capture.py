"""Real capture end to end: a private PulseAudio server plays espeak-ng speech into null
sinks ("speakers"), and the sources under test record them from the sinks' monitors."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.audio.devices import list_sources, open_source
from app.audio.sources import DeviceSource, SystemAudioSource
from app.errors import DeviceError
from tests.speech import ENGLISH

from .helpers import PulseServer, best_correlation, record, wait_for_audio


def test_list_sources_offers_each_sinks_monitor(pulse: PulseServer) -> None:
    system = {info.name: info for info in list_sources() if info.kind == "system"}
    assert {"System audio: Meeting", "System audio: Other"} <= set(system)
    meeting = system["System audio: Meeting"]
    assert meeting.pulse_name == "meeting.monitor" and meeting.id == "pulse:meeting.monitor"
    assert meeting.is_default and not system["System audio: Other"].is_default

    by_name = open_source("System audio: Other")
    assert isinstance(by_name, SystemAudioSource) and by_name.device == "other.monitor"
    by_part = open_source("meet")
    assert by_part.name == "System audio: Meeting"
    assert open_source("pulse:other.monitor").name == "System audio: Other"
    with pytest.raises(DeviceError, match=r"System audio: Meeting.*System audio: Other"):
        open_source("the projector")
    with pytest.raises(DeviceError, match="several"):
        open_source("System audio")


@pytest.fixture(scope="module")
def speech_capture(pulse: PulseServer, speech: Path) -> Iterator[np.ndarray]:
    """13 s recorded from the meeting sink's monitor while the 12 s of speech play into it."""
    source = open_source("System audio: Meeting")
    source.start()
    try:
        wait_for_audio(source)
        pulse.play(decode_audio(str(speech)), "meeting")
        yield record(source, 13.0)
    finally:
        source.stop()


def test_system_audio_records_what_plays(speech_capture: np.ndarray, speech: Path) -> None:
    original = decode_audio(str(speech))
    assert 13.0 <= len(speech_capture) / 16_000 < 14.0
    assert speech_capture.dtype == np.float32 and np.max(np.abs(speech_capture)) <= 1.0
    # 12 s of speech in 13 s, at the level it was played (the sink's volume is 100 %).
    ratio = np.sqrt(np.mean(speech_capture**2)) / np.sqrt(np.mean(original**2))
    assert 0.8 < ratio < 1.1, f"level ratio {ratio:.2f}"
    score, delay = best_correlation(speech_capture, original)
    assert score > 0.9, f"correlation {score:.3f}"
    assert delay / 16_000 < 1.0  # playback started right after the capture was flowing


def test_the_recording_transcribes_word_for_word(
    speech_capture: np.ndarray, model_dir: Path
) -> None:
    """The capture is good enough for the real model to hear every word."""
    from faster_whisper import WhisperModel

    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2)
    segments, _ = model.transcribe(speech_capture, language="en", beam_size=5)

    def words(text: str) -> list[str]:
        return re.sub(r"[^a-z' ]", " ", text.lower()).split()

    heard = words(" ".join(segment.text for segment in segments))
    assert heard == words(ENGLISH)  # what the model writes from the file itself


def test_two_sinks_are_captured_apart(
    pulse: PulseServer, speech: Path, german_speech: Path
) -> None:
    """Two meetings at once: each source must get its own sink's audio and nothing else."""
    playing = {"meeting": speech, "other": german_speech}
    originals = {sink: decode_audio(str(clip)) for sink, clip in playing.items()}
    sources = {sink: SystemAudioSource(f"{sink}.monitor") for sink in playing}
    captured: dict[str, np.ndarray] = {}
    for source in sources.values():
        source.start()
    try:
        for source in sources.values():
            wait_for_audio(source)
        for sink, audio in originals.items():
            pulse.play(audio, sink)

        def capture(sink: str) -> None:
            captured[sink] = record(sources[sink], 12.0)

        threads = [threading.Thread(target=capture, args=(sink,)) for sink in sources]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        for source in sources.values():
            source.stop()
    assert set(captured) == set(playing)
    for sink, other in (("meeting", "other"), ("other", "meeting")):
        own, _ = best_correlation(captured[sink], originals[sink])
        leaked, _ = best_correlation(captured[sink], originals[other])
        assert own > 0.9, f"{sink}: correlation with its own clip {own:.3f}"
        assert leaked < 0.2, f"{sink}: correlation with the other sink's clip {leaked:.3f}"


def test_old_pactl_text_output_gives_the_same_list(
    pulse: PulseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pactl before 16.0 has no JSON: the plain text of the same server must do."""
    from app.audio import devices

    with_json = [info for info in list_sources() if info.kind == "system"]
    real_pactl = devices._pactl

    def pactl_without_json(*args: str) -> str | None:
        return None if args[:1] == ("-f",) else real_pactl(*args)

    monkeypatch.setattr(devices, "_pactl", pactl_without_json)
    assert [info for info in list_sources() if info.kind == "system"] == with_json


def test_a_stalled_reader_drops_old_audio(
    pulse: PulseServer, caplog: pytest.LogCaptureFixture
) -> None:
    # No target: the default output's monitor, here the 'meeting' sink's.
    source = SystemAudioSource(None, max_queue_s=0.2)
    source.start()
    try:
        wait_for_audio(source)
        time.sleep(1.0)
        with caplog.at_level(logging.WARNING):
            block = source.read(0.5)
    finally:
        source.stop()
    assert block is not None and len(block) / 16_000 <= 0.25
    assert "dropped the oldest" in caplog.text


def test_a_missing_monitor_fails_at_start(pulse: PulseServer) -> None:
    source = SystemAudioSource("nothing.monitor", name="System audio: Nothing")
    with pytest.raises(DeviceError, match=r"System audio: Nothing.*No such entity"):
        source.start()
    assert source.read() is None


@pytest.fixture
def portaudio_sees(private_pulse: PulseServer) -> Iterator[PulseServer]:
    """PortAudio lists ALSA's 'pulse' device only if a server runs when it initialises,
    so it is re-initialised around the test (with no stream open; private API)."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()
    try:
        yield private_pulse
    finally:
        private_pulse.kill()
        sd._terminate()
        sd._initialize()


def test_portaudio_capture_and_a_server_that_dies(
    portaudio_sees: PulseServer, speech: Path
) -> None:
    """DeviceSource records PulseAudio's default source through PortAudio; then the server
    goes away mid-stream and both kinds of live source say so with a DeviceError."""
    import sounddevice as sd

    if "pulse" not in [device["name"] for device in sd.query_devices()]:
        pytest.skip("PortAudio has no 'pulse' device (ALSA pulse plugin not installed)")
    microphone = open_source("pulse")
    assert isinstance(microphone, DeviceSource)
    system = SystemAudioSource("meeting.monitor")
    microphone.start()
    system.start()
    try:
        wait_for_audio(microphone)
        wait_for_audio(system)
        original = decode_audio(str(speech))
        portaudio_sees.play(original, "meeting")
        score, _ = best_correlation(record(microphone, 4.0), original[: 4 * 16_000])
        assert score > 0.9, f"correlation {score:.3f}"

        portaudio_sees.kill()
        for source in (microphone, system):
            deadline = time.monotonic() + 5
            with pytest.raises(DeviceError) as caught:
                while time.monotonic() < deadline:
                    assert source.read(0.5) is not None
            assert "\n" not in str(caught.value)
    finally:
        microphone.stop()
        system.stop()
