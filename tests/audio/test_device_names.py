"""Sources named for what they are, read from a real PulseAudio server through PortAudio:
"Default microphone" and "System audio: Meeting", not ALSA's "default" and "pulse"; and
the old names still open the same devices."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.audio.devices import SYSTEM_AUDIO_HINT, list_sources, open_source
from app.audio.sources import DeviceSource

from .helpers import PulseServer, wait_for_audio
from .test_pulse_capture import portaudio_sees  # noqa: F401  (a fixture)


def _portaudio_names() -> list[str]:
    import sounddevice as sd

    names = [device["name"] for device in sd.query_devices()]
    if not {"pulse", "default"} <= set(names):
        pytest.skip("PortAudio lists no 'pulse' and 'default' (ALSA pulse plugin missing)")
    return names


def test_the_list_names_sources_for_what_they_are(portaudio_sees: PulseServer) -> None:  # noqa: F811
    _portaudio_names()
    sources = list_sources()
    shown = [info.name for info in sources if not info.is_hidden]
    assert shown == ["Default microphone", "System audio: Meeting", "System audio: Other"]
    default = next(info for info in sources if info.name == "Default microphone")
    assert default.is_default and default.kind == "microphone" and default.raw_name == "default"
    # ALSA's "pulse" records the same server default: kept, but out of the pickers.
    hidden = [info for info in sources if info.is_hidden]
    assert [(info.raw_name, info.kind) for info in hidden] == [("pulse", "microphone")]


def test_old_names_open_the_same_devices(portaudio_sees: PulseServer) -> None:  # noqa: F811
    names = _portaudio_names()
    # What settings saved before friendly names hold: ids built from the raw names, or the
    # raw names themselves as typed on a command line.
    for key, raw in (
        ("portaudio:ALSA:pulse", "pulse"),
        ("pulse", "pulse"),
        ("portaudio:ALSA:default", "default"),
        ("default", "default"),
        ("Default microphone", "default"),
        ("microphone", "default"),  # a part of a shown name: the hidden twin is no rival
    ):
        source = open_source(key)
        assert isinstance(source, DeviceSource), key
        assert source.device == names.index(raw), key
    saved = open_source("portaudio:ALSA:pulse")
    saved.start()
    try:
        wait_for_audio(saved)  # it really records
    finally:
        saved.stop()


def test_the_devices_command_prints_a_table(portaudio_sees: PulseServer) -> None:  # noqa: F811
    _portaudio_names()
    result = subprocess.run(
        [sys.executable, "-m", "app", "devices"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["INDEX", "NAME", "KIND", "DEFAULT"]
    rows = lines[1:4]
    # Every column starts where its header does.
    starts = [lines[0].index(header) for header in ("NAME", "KIND", "DEFAULT")]
    for row, name, kind in zip(
        rows,
        ("Default microphone", "System audio: Meeting", "System audio: Other"),
        ("microphone", "system audio", "system audio"),
        strict=True,
    ):
        assert row[starts[0] :].startswith(name), row
        assert row[starts[1] :].startswith(kind), row
    assert rows[0][starts[2] :] == "yes" and rows[1][starts[2] :] == "yes"
    assert len(rows[2]) < starts[2]  # not the default
    assert "(default)" not in result.stdout and "pulse" not in result.stdout
    assert f"{SYSTEM_AUDIO_HINT}." in lines
