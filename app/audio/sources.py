"""Where sound comes from: audio files, microphones, and what the computer plays.

Every source hands out 16 kHz mono float32 blocks (see ``base.AudioSource``). Live
sources receive audio on a thread they do not own (a PortAudio callback, a pipe reader)
and pass it to the capture thread through a bounded queue; resampling happens on the
capture thread, so the audio callback only copies.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import av
import numpy as np

from app.audio.base import SAMPLE_RATE, AudioSource
from app.audio.resample import Resampler
from app.errors import AudioUnreadable, DeviceError
from app.i18n import N_, message

log = logging.getLogger(__name__)


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.float32)


def _unreadable(path: Path, reason: str, **arguments: object) -> AudioUnreadable:
    """``reason``: a clause marked with ``N_`` (or the system's words), with ``arguments``."""
    return AudioUnreadable(
        N_("Cannot read the audio file '{path}': {reason}."),
        path=path,
        reason=message(reason, **arguments),
    )


def decode_file(path: Path) -> np.ndarray:
    """Decode any file PyAV/faster-whisper can read to 16 kHz mono int16 samples.

    int16 rather than float32 halves the memory a long recording takes; faster-whisper's
    own ``decode_audio`` goes through int16 too, so nothing is lost against it.
    """
    try:
        # Opened here first so that each common problem gets a plain reason, not PyAV's.
        with path.open("rb") as handle:
            head = handle.read(12)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError as exc:
        raise _unreadable(path, N_("it does not exist")) from exc
    except IsADirectoryError as exc:
        raise _unreadable(path, N_("it is a folder, not a file")) from exc
    except PermissionError as exc:  # also what Windows says for a folder
        is_folder = False
        with contextlib.suppress(OSError):
            is_folder = path.is_dir()
        reason = N_("it is a folder, not a file") if is_folder else N_("permission denied")
        raise _unreadable(path, reason) from exc
    except OSError as exc:
        raise _unreadable(path, (exc.strerror or str(exc)).lower()) from exc
    if not head:
        raise _unreadable(path, N_("the file is empty"))
    if _riff_is_cut(head, size):
        raise _unreadable(path, N_("it is truncated (shorter than its header says)"))
    try:
        samples, declared_s, container_format = _decode_with_pyav(path)
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        # The log file keeps FFmpeg's words ("[Errno 1094995529] Invalid data..."); the
        # console shows only the sentence the caller prints.
        log.info("PyAV could not decode %s: %s", path, exc)
        damaged = N_("it is damaged or not in an audio format Captionist knows")
        raise _unreadable(path, damaged) from exc
    decoded_s = len(samples) / SAMPLE_RATE
    if decoded_s == 0:
        raise _unreadable(path, N_("it contains no audio"))
    if declared_s and decoded_s < 0.9 * declared_s and declared_s - decoded_s > 0.5:
        reason = N_("it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)")
        # Without a Xing header an MP3's length is guessed from its first frame's bitrate,
        # so a short result may be a wrong guess rather than a cut file: keep the audio.
        if container_format != "mp3":
            raise _unreadable(path, reason, decoded_s=decoded_s, declared_s=declared_s)
        log.warning(
            "%s: %s; using the audio that could be decoded",
            path, reason.format(decoded_s=decoded_s, declared_s=declared_s),
        )  # fmt: skip
    return samples


def _riff_is_cut(head: bytes, size: int) -> bool:
    """A WAV whose RIFF header promises more bytes than the file has.

    FFmpeg measures a WAV by its file size, so a cut copy decodes without complaint;
    the header is the only witness. 0 and 0xFFFFFFFF are what streaming writers leave.
    """
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return False
    declared = int.from_bytes(head[4:8], "little")
    return 0 < declared < 0xFFFFFFFF and declared + 8 > size


def _decode_with_pyav(path: Path) -> tuple[np.ndarray, float | None, str]:
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        if not container.streams.audio:
            raise _unreadable(path, "it holds no audio track")
        stream = container.streams.audio[0]
        declared_s = None
        if stream.duration and stream.time_base:
            declared_s = float(stream.duration * stream.time_base)
        elif container.duration:
            declared_s = container.duration / av.time_base
        skipped = 0
        # Packet by packet rather than container.decode(): there one damaged packet ends
        # the generator (faster-whisper stops there); here it is skipped and the rest kept.
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                skipped += 1
                continue
            for frame in frames:
                frame.pts = None  # the resampler checks timestamps; damage breaks them
                chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(frame))
        chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
        if skipped:
            log.warning("Skipped %d damaged packets in %s", skipped, path)
        container_format = container.format.name
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
    return samples.astype(np.int16, copy=False), declared_s, container_format


class FileSource(AudioSource):
    """An audio file, delivered as fast as possible or at the pace of a sound card."""

    def __init__(
        self, path: str | os.PathLike[str], realtime: bool, block_s: float = 0.032
    ) -> None:
        self.path = Path(path)
        self.name = f"File: {self.path.name}"
        self._realtime = realtime
        self._block = max(1, round(block_s * SAMPLE_RATE))
        self._samples: np.ndarray | None = None
        self._position = 0
        self._started_at = 0.0
        # An Event rather than time.sleep, so stop() wakes a reader waiting for a block.
        self._stopped = threading.Event()

    @property
    def is_realtime(self) -> bool:
        return self._realtime

    @property
    def duration_s(self) -> float:
        if self._samples is None:
            raise RuntimeError("duration_s is known once the file has been started")
        return len(self._samples) / SAMPLE_RATE

    def start(self) -> None:
        # Decoding everything up front is what lets a damaged or truncated file fail here,
        # before a session starts, instead of halfway through.
        self._samples = decode_file(self.path)
        self._position = 0
        self._stopped.clear()
        self._started_at = time.monotonic()
        log.info("Opened %s (%.1f s, realtime=%s)", self.path, self.duration_s, self._realtime)

    def whole_audio(self) -> np.ndarray | None:
        return self._samples

    def read(self, timeout_s: float = 0.5) -> np.ndarray | None:
        samples = self._samples
        if samples is None or self._stopped.is_set() or self._position >= len(samples):
            return None
        end = min(self._position + self._block, len(samples))
        if self._realtime:
            # Due times come from the start time, never from the last read, so the time
            # spent between reads does not add up to drift.
            wait_s = self._started_at + end / SAMPLE_RATE - time.monotonic()
            if wait_s > timeout_s:
                return None if self._stopped.wait(timeout_s) else _empty()
            if wait_s > 0 and self._stopped.wait(wait_s):
                return None
            # A reader that fell behind gets everything already due, as from a sound card.
            due = int((time.monotonic() - self._started_at) * SAMPLE_RATE)
            whole_blocks = max(1, (due - self._position) // self._block)
            end = min(self._position + whole_blocks * self._block, len(samples))
        block = samples[self._position : end].astype(np.float32) / 32768.0
        self._position = end
        return block

    def stop(self) -> None:
        self._stopped.set()


def _sounddevice() -> Any:
    """sounddevice, imported late: it raises OSError where PortAudio is missing, and file
    sources must keep working there."""
    try:
        import sounddevice
    except OSError as exc:
        raise DeviceError(
            N_(
                "PortAudio is not installed, so no audio device can be used (install "
                "libportaudio2)."
            )
        ) from exc
    return sounddevice


class DeviceSource(AudioSource):
    """A PortAudio input device at its own rate and channels, resampled to 16 kHz mono."""

    #: Duration of one callback block; also the unit the queue bound is counted in.
    BLOCK_S = 0.02

    def __init__(
        self,
        device: int | str,
        *,
        name: str | None = None,
        channels: int | None = None,
        samplerate: float | None = None,
        max_queue_s: float = 10.0,
        stall_s: float | None = 2.0,
        first_audio_s: float = 5.0,
    ) -> None:
        self.device = device
        self.name = name or str(device)
        self._channels = channels
        self._samplerate = samplerate
        self._max_blocks = max(2, math.ceil(max_queue_s / self.BLOCK_S))
        self._stall_s = stall_s
        # Devices may take a while to deliver the first block (a Bluetooth headset
        # switching profile, an idle PulseAudio sink waking up), hence a longer grace.
        self._first_audio_s = first_audio_s
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(self._max_blocks)
        self._resampler: Resampler | None = None
        self._stream: Any = None
        self._in_rate = float(SAMPLE_RATE)
        self._running = False
        self._ended = False
        self._error: str | None = None
        self._started_at = 0.0
        self._last_audio_at: float | None = None
        # Written by the audio thread, reported (and reset) by the reading thread, so that
        # nothing slow such as logging ever runs inside the audio callback.
        self._dropped_s = 0.0
        self._status_count = 0
        self._status_text = ""
        self._status_logged_at = -math.inf

    def start(self) -> None:
        if self._running:
            return
        self._queue = queue.Queue(self._max_blocks)
        self._ended, self._error, self._last_audio_at = False, None, None
        self._running = True
        self._started_at = time.monotonic()
        try:
            self._open()
        except BaseException:
            self._running = False
            self._close()
            raise
        self._resampler = Resampler(self._in_rate)
        log.info("Capturing from %s at %.0f Hz", self.name, self._in_rate)

    def read(self, timeout_s: float = 0.5) -> np.ndarray | None:
        if self._ended or not self._running:
            return self._end()
        try:
            items = [self._queue.get(timeout=timeout_s)]
        except queue.Empty:
            self._check_alive()
            return _empty()
        with contextlib.suppress(queue.Empty):
            while True:  # take the whole backlog: fewer, larger blocks when behind
                items.append(self._queue.get_nowait())
        self._report_trouble()
        assert self._resampler is not None
        audio = []
        for item in items:
            if item is None:
                self._ended = True
                audio.append(self._resampler.flush())  # the filter's tail is audio too
                break
            audio.append(self._resampler.process(item))
        if self._ended and not sum(len(block) for block in audio):
            return self._end()
        return np.concatenate(audio)

    def stop(self) -> None:
        self._running = False
        self._close()
        self._put_last(None)  # wakes a reader blocked in read()

    # -- producer side: called on the audio thread -----------------------------------------

    def _push(self, block: np.ndarray) -> None:
        self._last_audio_at = time.monotonic()
        try:
            self._queue.put_nowait(block)
        except queue.Full:
            self._put_last(block)

    def _put_last(self, item: np.ndarray | None) -> None:
        """Queue ``item``, dropping the oldest block if full: a stalled reader must cost
        old audio, never unbounded memory."""
        while True:
            try:
                self._queue.put_nowait(item)
                return
            except queue.Full:
                with contextlib.suppress(queue.Empty):
                    dropped = self._queue.get_nowait()
                    if dropped is not None:
                        self._dropped_s += len(dropped) / self._in_rate

    def _fail(self, message: str) -> None:
        if self._running and self._error is None:
            self._error = message
            self._put_last(None)

    def _note_status(self, status: object) -> None:
        self._status_count += 1
        self._status_text = str(status)

    def _on_audio(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if status:
            self._note_status(status)
        self._push(indata.copy())

    def _on_finished(self) -> None:
        self._fail(
            message(
                N_(
                    "The audio input '{name}' stopped unexpectedly; it may have been "
                    "unplugged or taken by another program."
                ),
                name=self.name,
            )
        )

    # -- consumer side ---------------------------------------------------------------------

    def _end(self) -> None:
        if self._error is not None:
            raise DeviceError(self._error)
        return None

    def _check_alive(self) -> None:
        """Called when a read times out: a device that was unplugged often just goes quiet."""
        if not self._running or self._stall_s is None:
            return
        now = time.monotonic()
        if self._last_audio_at is None and now - self._started_at > self._first_audio_s:
            self._error = message(
                N_("The audio input '{name}' delivered no audio after it was opened."),
                name=self.name,
            )
        elif self._last_audio_at is not None and now - self._last_audio_at > self._stall_s:
            self._error = message(
                N_(
                    "The audio input '{name}' stopped delivering audio; it may have been "
                    "unplugged or taken by another program."
                ),
                name=self.name,
            )
        if self._error is not None:
            self._ended = True
            raise DeviceError(self._error)

    def _report_trouble(self) -> None:
        if self._dropped_s:
            dropped_s, self._dropped_s = self._dropped_s, 0.0
            log.warning("%s: reader fell behind, dropped the oldest %.2f s", self.name, dropped_s)
        # Overflow flags are logged, not fatal: one lost buffer costs a few milliseconds of
        # audio, ending the session would cost all of it.
        if self._status_count and time.monotonic() - self._status_logged_at > 5.0:
            log.warning(
                "%s reported '%s' (%d times so far)",
                self.name,
                self._status_text,
                self._status_count,
            )
            self._status_logged_at = time.monotonic()

    # -- the device itself -----------------------------------------------------------------

    def _open(self) -> None:
        sd = _sounddevice()
        try:
            info = sd.query_devices(self.device, kind="input")
        except (ValueError, sd.PortAudioError) as exc:
            raise DeviceError(
                N_("There is no audio input device '{device}' ({reason})."),
                device=self.device,
                reason=exc,
            ) from exc
        if self.name == str(self.device):
            self.name = info["name"]
        self._in_rate = float(self._samplerate or info["default_samplerate"])
        max_channels = int(info["max_input_channels"])
        # ALSA's virtual devices (pulse, default, dmix) claim 32 or more channels and would
        # up-mix a stereo source; real multi-channel inputs have at most 8.
        channels = self._channels or (max_channels if max_channels <= 8 else 2)
        try:
            self._stream = sd.InputStream(
                device=info["index"],
                channels=channels,
                samplerate=self._in_rate,
                dtype="float32",
                blocksize=round(self._in_rate * self.BLOCK_S),
                callback=self._on_audio,
                finished_callback=self._on_finished,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            reason = exc.args[0] if exc.args else str(exc)
            raise DeviceError(
                N_("Could not open the audio input '{name}': {reason}."),
                name=self.name,
                reason=reason,
            ) from exc

    def _close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close(ignore_errors=True)


class SystemAudioSource(DeviceSource):
    """What the computer is playing ("what you hear"), so remote voices can be captioned.

    ``target`` depends on the platform:

    - Linux: a PulseAudio/PipeWire monitor source name, e.g. ``alsa_output....monitor``
      (``None``: the monitor of whichever output is the default).
    - Windows: a PyAudioWPatch WASAPI loopback device index (``None``: default speakers).
    - macOS: a loopback input device such as BlackHole; it is an ordinary input, so it is
      captured exactly like a microphone.
    """

    def __init__(self, target: str | int | None, *, name: str | None = None, **kwargs: Any) -> None:
        shown = name or f"System audio: {'default output' if target is None else target}"
        if target is None:
            target = "@DEFAULT_MONITOR@" if sys.platform.startswith("linux") else ""
        super().__init__(target, **kwargs)
        self.name = shown
        self._parec: subprocess.Popen[bytes] | None = None
        self._pump: threading.Thread | None = None
        self._pyaudio: Any = None

    def _open(self) -> None:
        if sys.platform.startswith("linux"):
            self._open_parec()
        elif sys.platform == "win32":
            self._open_wasapi()
        else:
            super()._open()

    def _close(self) -> None:
        proc, self._parec = self._parec, None
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=2.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if self._pump is not None:
                self._pump.join(timeout=2.0)  # exits on the pipe's end of file
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()
        if self._pyaudio is not None:
            stream, self._stream = self._stream, None
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.stop_stream()
                    stream.close()
            self._pyaudio.terminate()
            self._pyaudio = None
        super()._close()

    # -- Linux -----------------------------------------------------------------------------
    # Capture runs through a `parec` subprocess rather than PortAudio's 'pulse' device with
    # PULSE_SOURCE set. That variable is process-wide: two system sources opening at once
    # would race on it, and changing the environment while other threads run is unsafe in
    # C. PortAudio also only has a 'pulse' device if PulseAudio was running when it was
    # initialised, and only with the ALSA pulse plugin. parec names its source explicitly,
    # lets the server resample to 16 kHz mono, and a server that goes away makes it exit
    # with a message instead of leaving a silent stream.

    def _open_parec(self) -> None:
        parec, pactl = shutil.which("parec"), shutil.which("pactl")
        if parec is None:
            raise DeviceError(
                N_("Capturing system audio needs the 'parec' program (package pulseaudio-utils).")
            )
        if pactl is not None:  # a missing source should fail now, not on the first read
            try:
                check = subprocess.run(
                    [pactl, "get-source-mute", str(self.device)],
                    capture_output=True,
                    timeout=5,
                    env={**os.environ, "LC_ALL": "C"},
                    check=False,
                )
                reason = check.stderr.decode(errors="replace").strip().rstrip(".")
                failed = check.returncode != 0
            except (OSError, subprocess.TimeoutExpired) as exc:
                reason = message(N_("PulseAudio did not answer ({reason})"), reason=exc)
                failed = True
            if failed:
                raise DeviceError(
                    N_("Cannot capture '{name}': {reason}."),
                    name=self.name,
                    reason=reason or message(N_("unknown error")),
                )
        self._in_rate = float(SAMPLE_RATE)
        command = [
            parec,
            "--raw",
            "--format=float32le",
            f"--rate={SAMPLE_RATE}",
            "--channels=1",
            f"--device={self.device}",
            f"--latency-msec={round(self.BLOCK_S * 1000)}",  # without it: 2 s bursts
            "--client-name=Captionist",
        ]
        try:
            self._parec = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        except OSError as exc:
            raise DeviceError(
                N_("Cannot capture '{name}': parec did not start ({reason})."),
                name=self.name,
                reason=exc,
            ) from exc
        self._pump = threading.Thread(
            target=self._pump_parec, args=(self._parec,), name=f"parec {self.device}", daemon=True
        )
        self._pump.start()

    def _pump_parec(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None and proc.stderr is not None
        chunk = 4 * round(SAMPLE_RATE * self.BLOCK_S)
        pending = b""
        while data := os.read(proc.stdout.fileno(), chunk):
            pending += data
            usable = len(pending) - len(pending) % 4  # a read may end inside a sample
            if usable:
                self._push(np.frombuffer(pending[:usable], dtype="<f4"))
                pending = pending[usable:]
        code = proc.wait()
        if self._running:
            said = proc.stderr.read().decode(errors="replace").strip().splitlines()
            log.warning("parec for %s exited with code %d: %s", self.name, code, "; ".join(said))
            if any("connection" in line.lower() for line in said):
                # parec says it twice ("Connection failure: Connection terminated",
                # "Stream error: ..."); what the user needs is who went away.
                reason = message(N_("the sound server (PulseAudio) closed the connection"))
            else:
                reason = (
                    said[-1].rstrip(".")
                    if said
                    else message(N_("parec exited with code {code}"), code=code)
                )
            self._fail(
                message(
                    N_("System audio capture from '{name}' stopped: {reason}."),
                    name=self.name,
                    reason=reason,
                )
            )

    # -- Windows (not runnable on the Linux machines the tests run on) ---------------------

    def _open_wasapi(self) -> None:
        try:
            import pyaudiowpatch as pyaudio
        except ImportError as exc:
            raise DeviceError(
                N_("Capturing system audio on Windows needs the PyAudioWPatch package.")
            ) from exc
        self._pyaudio = pyaudio.PyAudio()
        try:
            if self.device in ("", None):
                info = self._pyaudio.get_default_wasapi_loopback()
            else:
                info = self._pyaudio.get_device_info_by_index(int(self.device))
            channels = int(info["maxInputChannels"])
            self._in_rate = float(info["defaultSampleRate"])

            def on_audio(data: bytes, frames: int, time_info: Any, status: int) -> tuple:
                if status:
                    self._note_status(status)
                self._push(np.frombuffer(data, dtype=np.float32).reshape(-1, channels))
                return (None, pyaudio.paContinue)

            self._stream = self._pyaudio.open(
                format=pyaudio.paFloat32,
                channels=channels,
                rate=int(self._in_rate),
                input=True,
                input_device_index=int(info["index"]),
                frames_per_buffer=round(self._in_rate * self.BLOCK_S),
                stream_callback=on_audio,
            )
        except (OSError, ValueError, LookupError) as exc:
            raise DeviceError(
                N_("Could not capture '{name}': {reason}."), name=self.name, reason=exc
            ) from exc
        # WASAPI loopback delivers nothing at all while nothing plays, so silence is not a
        # sign of a lost device there; _check_alive asks the stream instead.
        self._stall_s = None

    def _check_alive(self) -> None:
        if self._pyaudio is not None and self._running and not self._stream.is_active():
            self._error = message(
                N_("System audio capture from '{name}' stopped unexpectedly."), name=self.name
            )
            self._ended = True
            raise DeviceError(self._error)
        super()._check_alive()
