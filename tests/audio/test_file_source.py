"""FileSource: files of every common kind decode to the right length, pace like a sound
card when asked to, and every kind of bad file is refused at start() with one readable
sentence. The files are espeak-ng speech encoded at test time (tests.speech.encode)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from app.audio.devices import open_source
from app.audio.sources import FileSource
from app.errors import AudioUnreadable
from tests.speech import encode

from .helpers import best_correlation


@pytest.fixture(scope="module")
def files(
    speech: Path, german_speech: Path, long_speech: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, float]]:
    """Each file's path and its length in seconds: FLAC, a 30 s MP3 at 44.1 kHz, and a
    44.1 kHz stereo WAV with one voice per channel (English left, German right)."""
    folder = tmp_path_factory.mktemp("formats")
    english, german, talk = (decode_audio(str(p)) for p in (speech, german_speech, long_speech))
    length = max(len(english), len(german))
    left, right = (np.pad(a, (0, length - len(a))) for a in (english, german))
    made = {
        "speech.flac": (encode(folder / "speech.flac", [english], "flac"), len(english)),
        "talk.mp3": (encode(folder / "talk.mp3", [talk], "libmp3lame", 44_100), len(talk)),
        "stereo.wav": (encode(folder / "stereo.wav", [left, right], "pcm_s16le", 44_100), length),
    }
    return {name: (path, samples / 16_000) for name, (path, samples) in made.items()}


def read_all(source: FileSource) -> list[np.ndarray]:
    blocks = []
    while (block := source.read(0.5)) is not None:
        blocks.append(block)
    return blocks


@pytest.mark.parametrize("name", ["speech.flac", "talk.mp3", "stereo.wav"])
def test_files_decode_to_16k_mono_of_the_right_length(files, name: str) -> None:
    path, length_s = files[name]
    source = FileSource(path, realtime=False)
    source.start()
    blocks = read_all(source)
    audio = np.concatenate(blocks)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) / 16_000 == pytest.approx(length_s, rel=0.01)
    assert source.duration_s == pytest.approx(length_s, rel=0.01)
    assert all(len(block) == 512 for block in blocks[:-1])
    assert 0 < len(blocks[-1]) <= 512
    assert np.sqrt(np.mean(audio**2)) > 0.01 and np.max(np.abs(audio)) <= 1.0
    assert source.read() is None  # and stays ended


def test_stereo_is_mixed_from_both_channels(files) -> None:
    """stereo.wav has one speaker per channel: the mix must hold both."""
    path, _ = files["stereo.wav"]
    source = FileSource(path, realtime=False)
    source.start()
    mono = np.concatenate(read_all(source))
    left, right = decode_audio(str(path), split_stereo=True)
    for channel in (left, right):
        score, delay = best_correlation(mono, channel)
        assert score > 0.4 and delay == 0


def test_realtime_pacing_follows_the_clock(speech: Path) -> None:
    source = FileSource(speech, realtime=True)
    source.start()
    started = time.monotonic()
    delivered = 0
    while delivered < 2 * 16_000:
        block = source.read(0.5)
        assert block is not None
        delivered += len(block)
        # Never ahead of the clock: a block is due once a sound card would have recorded it.
        assert delivered / 16_000 <= time.monotonic() - started + 0.005
    elapsed = time.monotonic() - started
    assert 2.0 <= elapsed < 2.15  # and not drifting behind either
    source.stop()
    assert source.read() is None


def test_a_reader_that_falls_behind_gets_the_backlog_at_once(speech: Path) -> None:
    source = FileSource(speech, realtime=True)
    source.start()
    time.sleep(0.5)
    block = source.read(0.5)
    assert block is not None
    assert 0.45 <= len(block) / 16_000 <= 0.6
    assert len(block) % 512 == 0


def test_realtime_read_returns_an_empty_block_when_nothing_is_due(speech: Path) -> None:
    source = FileSource(speech, realtime=True, block_s=0.5)
    source.start()
    block = source.read(timeout_s=0.05)
    assert block is not None and block.size == 0


def test_fast_mode_is_fast_and_is_not_realtime(files) -> None:
    source = FileSource(files["talk.mp3"][0], realtime=False)
    assert not source.is_realtime and FileSource("x.wav", realtime=True).is_realtime
    started = time.monotonic()
    source.start()
    read_all(source)
    assert time.monotonic() - started < 5


def test_open_source_plays_a_file_path_in_real_time(speech: Path, no_pulse_server: None) -> None:
    for key in (str(speech), f"file:{speech}"):
        source = open_source(key)
        assert isinstance(source, FileSource) and source.is_realtime
        assert source.name == f"File: {speech.name}"


def test_before_start_there_is_nothing(speech: Path) -> None:
    source = FileSource(speech, realtime=False)
    assert source.read() is None
    with pytest.raises(RuntimeError):
        _ = source.duration_s
    source.stop()
    source.stop()


def test_file_source_hands_out_the_clip_itself(speech: Path) -> None:
    source = FileSource(speech, realtime=False)
    source.start()
    audio = np.concatenate(read_all(source))
    score, delay = best_correlation(audio, decode_audio(str(speech)))
    assert score > 0.999 and delay == 0


def test_a_damaged_stretch_is_skipped_and_the_rest_kept(files, tmp_path: Path) -> None:
    path, length_s = files["talk.mp3"]
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3000] = np.random.default_rng(7).bytes(3000)
    (tmp_path / "damaged.mp3").write_bytes(bytes(data))
    source = FileSource(tmp_path / "damaged.mp3", realtime=False)
    source.start()
    assert source.duration_s > 0.95 * length_s  # not just the first half


# -- bad files ---------------------------------------------------------------------------


def make_bad_file(case: str, folder: Path, files) -> Path:
    def cut(clip: str, name: str, keep: float) -> Path:
        data = files[clip][0].read_bytes()
        (folder / name).write_bytes(data[: max(64, int(len(data) * keep))])
        return folder / name

    if case == "missing":
        return folder / "missing.wav"
    if case == "folder":
        return folder
    if case == "truncated flac":
        return cut("speech.flac", "cut.flac", 0.3)
    if case == "truncated wav":
        return cut("stereo.wav", "cut.wav", 0.3)
    if case == "header only":
        return cut("stereo.wav", "head.wav", 0)  # 64 bytes
    contents = {"empty": b"", "text": b"not audio\n", "random bytes": os.urandom(5000)}
    path = folder / {"empty": "empty.wav", "text": "notes.wav", "random bytes": "noise.mp3"}[case]
    path.write_bytes(contents[case])
    return path


BAD_FILES = [
    "missing",
    "empty",
    "truncated flac",
    "truncated wav",
    "header only",
    "folder",
    "text",
    "random bytes",
]


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_files_are_refused_at_start(tmp_path: Path, files, case: str) -> None:
    path = make_bad_file(case, tmp_path, files)
    source = FileSource(path, realtime=True)
    with pytest.raises(AudioUnreadable) as caught:
        source.start()
    message = str(caught.value)
    assert path.name in message and "\n" not in message and message.endswith(".")
    assert source.read() is None


@pytest.fixture
def unreadable_file(speech: Path) -> Iterator[Path]:
    # Not pytest's tmp_path: its parent folder is private, and the point is a file that
    # exists but whose own permissions refuse reading.
    folder = Path(tempfile.mkdtemp(prefix="captionist-"))
    folder.chmod(0o755)
    path = folder / "secret.wav"
    shutil.copyfile(speech, path)
    path.chmod(0)
    yield path
    shutil.rmtree(folder)


def test_a_file_without_read_permission_is_refused(unreadable_file: Path) -> None:
    if os.geteuid() != 0:
        with pytest.raises(AudioUnreadable, match="permission denied"):
            FileSource(unreadable_file, realtime=False).start()
        return
    # root reads everything, so the check runs in a child that gives up root first.
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child process
        os.close(reader)
        try:
            os.setgid(65534)
            os.setuid(65534)
            FileSource(unreadable_file, realtime=False).start()
            result = "no error"
        except AudioUnreadable as exc:
            result = f"AudioUnreadable: {exc}"
        except BaseException as exc:
            result = f"{type(exc).__name__}: {exc}"
        os.write(writer, result.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        result = pipe.read()
    os.waitpid(child, 0)
    assert result.startswith("AudioUnreadable:") and "permission denied" in result
    assert "secret.wav" in result
