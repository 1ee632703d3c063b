"""DeviceSource's fault handling. A fake stream stands in for PortAudio here only to
produce faults on cue; real capture (and a real server dying) is in test_pulse_capture."""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
import pytest

from app.audio.devices import list_sources, open_source
from app.audio.sources import DeviceSource, SystemAudioSource
from app.errors import DeviceError


class FakeStream:
    """Calls the source's callbacks from its own thread like PortAudio: ``blocks`` stereo
    blocks at 48 kHz, then whatever ``ending`` says."""

    def __init__(self, source: FakeDevice, blocks: int, ending: str, status: str = "") -> None:
        self.source, self.blocks, self.ending, self.status = source, blocks, ending, status
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def run(self) -> None:
        frames = round(48_000 * DeviceSource.BLOCK_S)
        block = np.full((frames, 2), 0.25, dtype=np.float32)
        for _ in range(self.blocks):
            if self.closed.wait(self.source.pace_s):
                return
            self.source._on_audio(block, frames, None, self.status)
        if self.ending == "finish":  # what PortAudio does when the stream dies
            self.source._on_finished()
        # "silent": no more callbacks, as when a USB device is pulled on some systems

    def close(self, ignore_errors: bool = True) -> None:
        self.closed.set()


class FakeDevice(DeviceSource):
    def __init__(self, blocks: int, ending: str, status: str = "", **kwargs: object) -> None:
        super().__init__("fake", name="Fake microphone", **kwargs)  # type: ignore[arg-type]
        self.plan = (blocks, ending, status)
        self.pace_s = 0.005

    def _open(self) -> None:
        self._in_rate = 48_000.0
        self._stream = FakeStream(self, *self.plan)
        self._stream.start()


def drain(source: DeviceSource, limit_s: float = 5.0) -> list[np.ndarray]:
    blocks, deadline = [], time.monotonic() + limit_s
    while time.monotonic() < deadline:
        block = source.read(0.1)
        if block is None:
            return blocks
        blocks.append(block)
    raise AssertionError("the source never ended")


def test_a_stream_that_dies_surfaces_as_device_error_after_its_audio() -> None:
    source = FakeDevice(blocks=20, ending="finish")
    source.start()
    blocks = []
    with pytest.raises(DeviceError, match=r"Fake microphone.*stopped unexpectedly"):
        while True:
            block = source.read(0.5)
            assert block is not None, "a fault must not look like a clean end"
            blocks.append(block)
    # Everything recorded before the fault still arrived, resampled to 16 kHz mono.
    audio = np.concatenate(blocks)
    assert abs(len(audio) - 20 * 320) <= 2
    assert np.allclose(audio[100:-100], 0.25, atol=0.01)
    with pytest.raises(DeviceError):  # and it keeps saying so
        source.read(0.1)
    source.stop()


def test_a_device_that_goes_quiet_is_reported_lost() -> None:
    source = FakeDevice(blocks=5, ending="silent", stall_s=0.3)
    source.start()
    started = time.monotonic()
    with pytest.raises(DeviceError, match="stopped delivering audio"):
        while True:
            assert source.read(0.1) is not None
    assert time.monotonic() - started < 2.0
    source.stop()


def test_a_device_that_never_delivers_is_reported() -> None:
    source = FakeDevice(blocks=0, ending="silent", first_audio_s=0.3)
    source.start()
    with pytest.raises(DeviceError, match="delivered no audio"):
        while True:
            assert source.read(0.1) is not None
    source.stop()


def test_status_flags_are_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    source = FakeDevice(blocks=10, ending="silent", status="input overflow")
    source.start()
    with caplog.at_level(logging.WARNING):
        audio = np.concatenate([source.read(0.5) for _ in range(5)])
    assert audio.size > 0
    assert "input overflow" in caplog.text
    source.stop()


def test_a_stalled_reader_loses_the_oldest_audio_not_memory(
    caplog: pytest.LogCaptureFixture,
) -> None:
    source = FakeDevice(blocks=200, ending="silent", max_queue_s=0.2)
    source.pace_s = 0.0005
    source.start()
    time.sleep(1.0)  # the reader stalls while 4 s of audio arrive
    with caplog.at_level(logging.WARNING):
        kept = source.read(0.5)
    assert kept is not None
    assert len(kept) / 16_000 <= 0.25  # at most the queue's 0.2 s, plus resampler slack
    assert "dropped the oldest" in caplog.text
    source.stop()


def test_stop_ends_the_stream_and_wakes_a_waiting_reader() -> None:
    source = FakeDevice(blocks=0, ending="silent", first_audio_s=60)
    source.start()
    threading.Timer(0.2, source.stop).start()
    started = time.monotonic()
    assert all(block.size == 0 for block in drain(source))
    assert time.monotonic() - started < 1.0
    assert source.read() is None
    assert source._stream is None  # closed
    source.stop()  # twice is fine


def test_unknown_devices_are_device_errors() -> None:
    for device in (9999, "no such microphone"):
        source = DeviceSource(device)
        with pytest.raises(DeviceError, match="no audio input device"):
            source.start()
        assert source.read() is None
        source.stop()


def test_without_a_pulseaudio_server_nothing_breaks(no_pulse_server: None) -> None:
    sources = list_sources()  # no exception, just no system audio
    assert isinstance(sources, list)
    assert not [info for info in sources if info.id.startswith("pulse:")]
    with pytest.raises(DeviceError, match=r"System audio: meeting|needs the .parec. program"):
        SystemAudioSource("meeting.monitor", name="System audio: meeting").start()
    with pytest.raises(DeviceError, match="no audio source 'no such thing'"):
        open_source("no such thing")


def test_an_unknown_index_is_a_device_error(no_pulse_server: None) -> None:
    with pytest.raises(DeviceError, match="no audio input number 12345"):
        open_source("12345")
