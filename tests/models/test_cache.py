"""The inference thread's model cache: shared copies, LRU eviction, failed loads."""

from __future__ import annotations

import pytest

from app.models.cache import MAX_MODELS, ModelCache
from app.session import ModelChoice


def test_same_choice_is_loaded_once_and_shared() -> None:
    loaded: list[ModelChoice] = []
    cache = ModelCache(lambda choice: loaded.append(choice) or object())
    first = cache.get(ModelChoice("base"))
    assert cache.get(ModelChoice("base")) is first
    assert loaded == [ModelChoice("base")]


def test_device_and_precision_are_part_of_the_key() -> None:
    cache = ModelCache(lambda choice: object())
    assert cache.get(ModelChoice("base", "cpu", "int8")) is not cache.get(
        ModelChoice("base", "cpu", "float32")
    )
    assert cache.loads == 2


def test_least_recently_used_is_evicted_beyond_three() -> None:
    cache = ModelCache(lambda choice: object())
    names = ["tiny", "base", "small", "medium"]
    cache.get(ModelChoice("tiny"))
    cache.get(ModelChoice("base"))
    cache.get(ModelChoice("small"))
    cache.get(ModelChoice("tiny"))  # used again: now the newest
    cache.get(ModelChoice("medium"))
    assert len(cache) == MAX_MODELS
    assert [k.name for k in cache.loaded()] == ["small", "tiny", "medium"]
    assert ModelChoice("base") not in cache
    assert set(names) > {k.name for k in cache.loaded()}


def test_failed_load_leaves_the_cache_usable() -> None:
    def loader(choice: ModelChoice) -> object:
        if choice.name == "broken":
            raise RuntimeError("bad file")
        return object()

    cache = ModelCache(loader)
    good = cache.get(ModelChoice("base"))
    with pytest.raises(RuntimeError):
        cache.get(ModelChoice("broken"))
    assert cache.get(ModelChoice("base")) is good
    assert len(cache) == 1
