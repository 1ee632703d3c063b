"""Which audio sources this computer has, and opening one from what a user typed.

Used by ``captionist devices`` and the window's source picker. Listing never raises:
with no PortAudio devices, no PulseAudio server or no PyAudioWPatch, the list is just
shorter, because an empty picker is better than a window that fails to open.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.audio.base import AudioSource
from app.audio.sources import DeviceSource, FileSource, SystemAudioSource
from app.errors import DeviceError
from app.i18n import N_, message

log = logging.getLogger(__name__)

SourceKind = Literal["microphone", "system", "file"]

# Virtual devices that hand an input the sound being played (macOS has no loopback of its
# own, Windows drivers sometimes offer "Stereo Mix"). Matched in lower case.
_LOOPBACK_NAMES = ("blackhole", "soundflower", "loopback audio", "stereo mix", "what u hear")

#: What system audio is for, in one line: the source list and ``captionist devices`` say it.
# Shown in the window's source list: the window translates it (app.i18n).
SYSTEM_AUDIO_HINT = N_("System audio captions what others in a call say, no virtual cable needed")

# ALSA's ways into the sound server: each records the server's default input, so they
# are one device to a user ("default" is the one to show; the others duplicate it).
_ALSA_SERVER_ROUTES = {
    "default": "Default microphone",
    "pulse": "Default microphone (through PulseAudio)",
    "pipewire": "Default microphone (through PipeWire)",
}


@dataclass(frozen=True)
class SourceInfo:
    """One source a user can pick.

    ``id`` starts with where the source comes from (``portaudio:``, ``pulse:``,
    ``wasapi:``, ``file:``) and is built from names, not indices, so a saved choice
    survives a reboot or a device plugged in before it.
    """

    id: str
    name: str  # what the user reads: "Default microphone", "System audio: Speakers"
    kind: SourceKind
    index: int | None = None  # PortAudio index (PyAudioWPatch's for ``wasapi:``)
    pulse_name: str | None = None  # the PulseAudio source, for ``pulse:``
    is_default: bool = False
    # The system's own name ("default", "pulse"): older settings and scripts may use it.
    raw_name: str = ""
    # Another way to the same sound as a listed source (ALSA's "pulse" beside "default"):
    # pickers leave it out, but a saved choice naming it still opens it.
    is_hidden: bool = False


def list_sources(rescan: bool = False) -> list[SourceInfo]:
    """Every input, then every system-audio source; defaults and duplicates flagged.

    PortAudio lists devices as they were when it started; ``rescan`` restarts it so a
    device plugged in since then shows up. That closes every PortAudio stream, so callers
    rescan only while none is open (the window: while no session runs).
    """
    if rescan:
        _restart_portaudio()
    sources = _portaudio_inputs()
    if sys.platform.startswith("linux"):
        sources += _pulse_monitors()
    elif sys.platform == "win32":
        sources += _wasapi_loopbacks()
    return sources


def _restart_portaudio() -> None:
    try:
        import sounddevice

        sounddevice._terminate()  # the documented way to re-scan (sounddevice issue #47)
        sounddevice._initialize()
    except (ImportError, OSError) as exc:
        log.info("could not re-scan audio devices: %s", exc)


def open_source(
    name_or_index: str,
    files_in_real_time: bool = True,
    sources: list[SourceInfo] | None = None,
) -> AudioSource:
    """The (not yet started) source called ``name_or_index``.

    Tried in order: an id or exact name, a PortAudio index, ``file:PATH`` or the path of an
    existing file (played in real time, or read as fast as it can be decoded), then the
    name in any case, then a part of a name. ``sources`` is a listing made since PortAudio
    last restarted (the window's): listing again can take seconds.
    """
    key = name_or_index.strip()
    if key.startswith("file:"):
        return FileSource(key.removeprefix("file:"), realtime=files_in_real_time)
    if sources is None:
        sources = list_sources()
    named = find_source(sources, key)
    if named is not None:
        return _open(named)
    shown = [info for info in sources if not info.is_hidden]
    names = "; ".join(info.name for info in shown) or message(N_("none at all"))
    if key.isdigit():
        for info in sources:
            if info.id.startswith("portaudio:") and info.index == int(key):
                return _open(info)
        raise DeviceError(
            N_("There is no audio input number {key}; the sources are: {names}."),
            key=key,
            names=names,
        )
    with contextlib.suppress(OSError):  # a path we may not even look at is no file
        if Path(key).is_file():
            return FileSource(key, realtime=files_in_real_time)
    # Parts of names only among the listed sources: "microphone" must not be ambiguous
    # because of a hidden second way to the same device.
    matches = [info for info in shown if key.lower() in info.name.lower()]
    exact = [info for info in sources if key.lower() in map(str.lower, _names(info))]
    if len(exact) == 1:
        return _open(exact[0])
    if len(matches) == 1:
        return _open(matches[0])
    if matches:
        several = "; ".join(info.name for info in matches)
        raise DeviceError(
            N_("'{key}' matches several audio sources, say which: {several}."),
            key=key,
            several=several,
        )
    raise DeviceError(
        N_("There is no audio source '{key}'; the sources are: {names}."), key=key, names=names
    )


def find_source(sources: list[SourceInfo], key: str) -> SourceInfo | None:
    """The source whose id, shown name or system name is exactly ``key``.

    Settings saved before names were made friendly hold the system's name ("pulse"), so
    all three count.
    """
    return next((info for info in sources if key in _names(info)), None)


def _names(info: SourceInfo) -> set[str]:
    return {name for name in (info.id, info.name, info.raw_name) if name}


def _open(info: SourceInfo) -> AudioSource:
    if info.id.startswith("pulse:"):
        return SystemAudioSource(info.pulse_name, name=info.name)
    if info.id.startswith("wasapi:"):
        return SystemAudioSource(info.index, name=info.name)
    assert info.index is not None
    return DeviceSource(info.index, name=info.name)


def _unique(name: str, taken: set[str]) -> str:
    """Two identical USB microphones still need two names."""
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} #{number}", number + 1
    taken.add(candidate)
    return candidate


def _portaudio_inputs() -> list[SourceInfo]:
    try:
        import sounddevice as sd
    except OSError as exc:
        log.warning("PortAudio is not available, so no input devices are listed: %s", exc)
        return []
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
    except sd.PortAudioError as exc:
        log.warning("PortAudio could not list devices: %s", exc)
        return []
    default = -1
    with contextlib.suppress(sd.PortAudioError, ValueError):
        default = int(sd.query_devices(kind="input")["index"])
    inputs = [device for device in devices if device["max_input_channels"] > 0]
    if not inputs:
        return []
    # Windows lists each device once per host API (MME, DirectSound, WASAPI...); showing
    # only the default input's host API keeps one entry per device.
    hostapi = devices[default]["hostapi"] if default >= 0 else inputs[0]["hostapi"]
    api_name = hostapis[hostapi]["name"]
    inputs = [device for device in inputs if device["hostapi"] == hostapi]
    raw_names = {device["name"] for device in inputs}
    sources, taken = [], set()
    for device in inputs:
        raw = device["name"]
        is_loopback = any(word in raw.lower() for word in _LOOPBACK_NAMES)
        # The id keeps the name this code showed before friendly names, so that saved
        # settings still find their device.
        unique = _unique(f"System audio: {raw}" if is_loopback else raw, taken)
        route = _ALSA_SERVER_ROUTES.get(raw)
        shown = _unique(route, taken) if route else unique
        sources.append(
            SourceInfo(
                id=f"portaudio:{api_name}:{unique}",
                name=shown,
                kind="system" if is_loopback else "microphone",
                index=int(device["index"]),
                is_default=device["index"] == default,
                raw_name=raw,
                is_hidden=bool(route) and raw != "default" and "default" in raw_names,
            )
        )
    return sources


def _pactl(*args: str) -> str | None:
    """pactl's output, or None when it is missing or the server is not running."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        done = subprocess.run(
            [pactl, *args],
            capture_output=True,
            timeout=5,
            env={**os.environ, "LC_ALL": "C"},  # the text format is translated otherwise
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.info("pactl %s failed: %s", " ".join(args), exc)
        return None
    if done.returncode != 0:
        log.info("pactl %s: %s", " ".join(args), done.stderr.decode(errors="replace").strip())
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _pactl_objects(what: str) -> list[dict[str, Any]]:
    """``pactl list <what>`` as dicts with lower-case keys."""
    text = _pactl("-f", "json", "list", what)
    if text is not None:
        with contextlib.suppress(ValueError):
            return [entry for entry in json.loads(text) if isinstance(entry, dict)]
    # pactl before 16.0 has no JSON output; its text output reads "Key: value" lines
    # indented by one tab under a "Source #3" header.
    text = _pactl("list", what)
    objects: list[dict[str, Any]] = []
    for line in (text or "").splitlines():
        if line and not line[0].isspace():
            objects.append({})
        elif objects and line.startswith("\t") and not line.startswith("\t\t") and ":" in line:
            key, _, value = line.strip().partition(":")
            objects[-1][key.strip().lower()] = value.strip()
    return objects


def _pulse_default_sink() -> str | None:
    text = _pactl("info")  # the text format: JSON info appeared only in pactl 16
    for line in (text or "").splitlines():
        if line.startswith("Default Sink:"):
            return line.partition(":")[2].strip()
    return None


def _pulse_monitors() -> list[SourceInfo]:
    sources = _pactl_objects("sources")
    if not sources:
        return []
    sinks = {sink.get("name"): sink.get("description") for sink in _pactl_objects("sinks")}
    default_sink = _pulse_default_sink()
    monitors, taken = [], set()
    for source in sources:
        name = source.get("name")
        # pactl 16's JSON calls the monitored sink "monitor_source" (sic); text says
        # "Monitor of Sink"; the device class is the fallback if a later pactl renames it.
        sink = source.get("monitor_source") or source.get("monitor of sink")
        properties = source.get("properties")
        if (
            not sink
            and isinstance(properties, dict)
            and properties.get("device.class") == "monitor"
        ):
            sink = str(name).removesuffix(".monitor")
        if not name or not sink or sink == "n/a":
            continue
        label = sinks.get(sink) or source.get("description") or sink
        shown = _unique(f"System audio: {label}", taken)
        monitors.append(
            SourceInfo(
                id=f"pulse:{name}",
                name=shown,
                kind="system",
                pulse_name=name,
                is_default=sink == default_sink,
                raw_name=name,
            )
        )
    return monitors


def _wasapi_loopbacks() -> list[SourceInfo]:
    try:
        import pyaudiowpatch as pyaudio
    except ImportError:
        log.info("PyAudioWPatch is not installed, so system audio is not offered")
        return []
    audio = pyaudio.PyAudio()
    try:
        default = None
        with contextlib.suppress(LookupError, OSError):
            default = audio.get_default_wasapi_loopback()["index"]
        sources, taken = [], set()
        for info in audio.get_loopback_device_info_generator():
            speakers = info["name"].removesuffix(" [Loopback]")
            sources.append(
                SourceInfo(
                    id=f"wasapi:{info['name']}",
                    name=_unique(f"System audio: {speakers}", taken),
                    kind="system",
                    index=int(info["index"]),
                    is_default=info["index"] == default,
                    raw_name=info["name"],
                )
            )
        return sources
    except OSError as exc:
        log.warning("Could not list WASAPI loopback devices: %s", exc)
        return []
    finally:
        audio.terminate()
