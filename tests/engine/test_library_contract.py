"""What Captionist uses of faster-whisper and sounddevice beyond their documented API.

The decoder drives CTranslate2 through faster-whisper's model internals, the language list
and model catalogue come from faster-whisper's private tables, and the device list is
re-scanned through sounddevice's private functions. None of that is promised by those
libraries, so an upgrade may remove it without notice: these tests name each piece, so
the upgrade fails here, with the name of what went missing, instead of deep in a decode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from faster_whisper import WhisperModel

import app

APP_DIR = Path(app.__file__).resolve().parent

# Each (module, name) that app/ imports or calls although the library does not document it.
MODULE_NAMES = [
    ("faster_whisper.audio", "pad_or_trim"),  # decoder.py: the padded 30 s fallback
    ("faster_whisper.tokenizer", "Tokenizer"),  # decoder.py
    ("faster_whisper.tokenizer", "_LANGUAGE_CODES"),  # engine/language.py: valid languages
    ("faster_whisper.transcribe", "get_suppressed_tokens"),  # decoder.py
    ("faster_whisper.transcribe", "TranscriptionOptions"),  # decoder.py: a file's windows
    ("faster_whisper.feature_extractor", "FeatureExtractor"),  # engine/features.py
    ("faster_whisper.utils", "_MODELS"),  # models/catalog.py: model name -> Hub repository
    ("sounddevice", "_terminate"),  # audio/devices.py: re-scan devices (sounddevice #47)
    ("sounddevice", "_initialize"),
]
# Attributes of a loaded WhisperModel that decoder.py reads.
MODEL_ATTRIBUTES = [
    "model", "hf_tokenizer", "feature_extractor", "max_length", "tokens_per_second",
    # A file's windows are decoded with the offline pass's own steps.
    "generate_with_fallback", "_split_segments_by_timestamps",
]  # fmt: skip
# Methods of the CTranslate2 model behind it (WhisperModel.model) that decoder.py calls.
CT2_ATTRIBUTES = ["encode", "generate", "align", "detect_language", "is_multilingual"]
# Attributes of faster-whisper's Tokenizer that decoder.py reads.
TOKENIZER_ATTRIBUTES = [
    "sot_prev",
    "sot_sequence",
    "eot",
    "timestamp_begin",
    "decode",
    "split_to_word_tokens",
]

_PRIVATE_USE = re.compile(r"from (faster_whisper[\w.]*) import (_\w+)|\b(sounddevice)\.(_\w+)\(")


def missing(thing: object, names: list[str], what: str) -> list[str]:
    return [f"{what}.{name}" for name in names if not hasattr(thing, name)]


def gone_message(gone: list[str]) -> str:
    return (
        f"{', '.join(gone)} no longer exist(s) in the installed library; Captionist relies "
        "on them (see the comments in tests/engine/test_library_contract.py): adapt the "
        "code that uses them, or pin the library below this version in pyproject.toml."
    )


@pytest.fixture(scope="module")
def whisper_model(model_dir: Path) -> Iterator[WhisperModel]:
    yield WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=1)


def test_module_level_names_exist() -> None:
    import importlib

    gone = [
        f"{module}.{name}"
        for module, name in MODULE_NAMES
        if not hasattr(importlib.import_module(module), name)
    ]
    assert not gone, gone_message(gone)


def test_private_tables_hold_what_the_app_reads() -> None:
    from faster_whisper.tokenizer import _LANGUAGE_CODES
    from faster_whisper.utils import _MODELS

    assert {"en", "de", "zh"} <= set(_LANGUAGE_CODES), "faster_whisper _LANGUAGE_CODES changed"
    assert all(isinstance(repo, str) and "/" in repo for repo in _MODELS.values()), (
        "faster_whisper.utils._MODELS no longer maps model names to Hub repositories"
    )
    assert "base" in _MODELS and "large-v3" in _MODELS


def test_loaded_model_internals_exist(whisper_model: WhisperModel) -> None:
    from faster_whisper.tokenizer import Tokenizer

    tokenizer = Tokenizer(whisper_model.hf_tokenizer, True, task="transcribe", language="en")
    gone = (
        missing(whisper_model, MODEL_ATTRIBUTES, "WhisperModel")
        + missing(getattr(whisper_model, "model", None), CT2_ATTRIBUTES, "WhisperModel.model")
        + missing(tokenizer, TOKENIZER_ATTRIBUTES, "Tokenizer")
    )
    assert not gone, gone_message(gone)
    assert whisper_model.hf_tokenizer.encode("hello", add_special_tokens=False).ids
    assert whisper_model.tokens_per_second > 0 and whisper_model.max_length > 0


def test_every_private_use_in_the_app_is_listed_here() -> None:
    """A new reliance on a private name must be added above, so an upgrade checks it."""
    listed = set(MODULE_NAMES)
    unlisted = set()
    for path in APP_DIR.rglob("*.py"):
        for match in _PRIVATE_USE.finditer(path.read_text("utf-8")):
            module = match.group(1) or match.group(3)
            name = match.group(2) or match.group(4)
            if (module, name) not in listed:
                unlisted.add(f"{module}.{name} in {path.relative_to(APP_DIR.parent)}")
    assert not unlisted, f"add to MODULE_NAMES: {sorted(unlisted)}"
