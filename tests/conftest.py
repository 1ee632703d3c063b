"""Fixtures for every test: isolated user folders, the real clips, the real model.

The user folders (config, cache, data, logs) point into a temporary directory before
anything imports platformdirs, so tests never touch the real home and subprocesses
inherit the same isolation.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="captionist-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"  # nothing downloads in tests unless a test says so

import numpy as np  # noqa: E402
import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
AUDIO_DIR = Path(os.environ.get("CAPTIONIST_TEST_AUDIO", REPO.parent / "shared" / "audio"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


def need_shared(path: Path) -> Path:
    """``path`` from ../shared: a test without it is skipped on a fresh clone, but fails
    under CI (``CI=true``), where ../shared is always laid beside the repository."""
    if not path.exists():
        message = f"test audio not found: {path}; set CAPTIONIST_TEST_AUDIO"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def clips() -> Path:
    need_shared(AUDIO_DIR / "jfk.flac")
    return AUDIO_DIR


@pytest.fixture(scope="session")
def real_clips(clips: Path) -> Path:
    """Recordings of real people (en, de, es, fr) with references and manifests."""
    return need_shared(clips / "real" / "real_es.manifest.tsv").parent


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """English sentences spoken by espeak-ng, a 16 kHz WAV made at test time: for tests that
    need some speech but none of ../shared's recordings, so they run on a fresh clone."""
    from tests.speech import ENGLISH, espeak_wav

    return espeak_wav(tmp_path_factory.mktemp("speech") / "speech.wav", "en-us", ENGLISH)


@pytest.fixture(scope="session")
def german_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """German sentences spoken by espeak-ng (tests.speech.GERMAN), a 16 kHz WAV."""
    from tests.speech import GERMAN, espeak_wav

    return espeak_wav(tmp_path_factory.mktemp("german") / "german.wav", "de", GERMAN)


@pytest.fixture(scope="session")
def spanish_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Spanish sentences spoken by espeak-ng (tests.speech.SPANISH), a 16 kHz WAV:
    "presupuesto" comes back from the base model."""
    from tests.speech import SPANISH, espeak_wav

    return espeak_wav(tmp_path_factory.mktemp("spanish") / "spanish.wav", "es", SPANISH)


@pytest.fixture(scope="session")
def long_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 30 s of English spoken by espeak-ng without a pause (tests.speech.TALK), a
    16 kHz WAV: a live session stopped at any moment has speech still undecided."""
    from tests.speech import TALK, espeak_wav

    return espeak_wav(tmp_path_factory.mktemp("talk") / "talk.wav", "en-us", TALK)


@pytest.fixture(scope="session")
def load_clip(clips: Path):
    from faster_whisper import decode_audio

    cache: dict[str, np.ndarray] = {}

    def load(name: str) -> np.ndarray:
        if name not in cache:
            cache[name] = decode_audio(str(clips / name))
        return cache[name]

    return load


@pytest.fixture(scope="session")
def reference(clips: Path):
    def read(name: str) -> str:
        return (clips / name).read_text(encoding="utf-8")

    return read


@pytest.fixture(scope="session")
def model_dir() -> Path:
    from app.models import embedded

    return embedded.ensure_model()


@pytest.fixture(scope="session")
def decoder(model_dir: Path) -> Iterator[object]:
    """The real embedded model, loaded once for the whole run."""
    from app.models.loader import load_decoder
    from app.session import ModelChoice

    yield load_decoder(ModelChoice("base", "cpu", "int8"))
