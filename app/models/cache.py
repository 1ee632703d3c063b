"""The inference thread's model cache: loaded models, shared by every session using them.

Keyed by (model, device, precision) and bounded (least recently used goes first), so
memory grows with the number of distinct models in use, not with sessions or languages.
Only the inference thread touches it; it needs no lock.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from app.session import ModelChoice

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_MODELS = 3


class ModelCache(Generic[T]):
    def __init__(self, loader: Callable[[ModelChoice], T], capacity: int = MAX_MODELS) -> None:
        self._loader = loader
        self._capacity = capacity
        self._models: OrderedDict[ModelChoice, T] = OrderedDict()
        self.loads = 0  # how many times a model was loaded; tests and the benchmark read it

    def __contains__(self, key: ModelChoice) -> bool:
        return key in self._models

    def __len__(self) -> int:
        return len(self._models)

    def loaded(self) -> list[ModelChoice]:
        return list(self._models)

    def get(self, key: ModelChoice) -> T:
        """The loaded model for ``key``, loading it (and evicting the oldest) if needed.

        A failed load raises and leaves the cache as it was.
        """
        if key in self._models:
            self._models.move_to_end(key)
            return self._models[key]
        model = self._loader(key)
        self.loads += 1
        self._models[key] = model
        while len(self._models) > self._capacity:
            evicted, _ = self._models.popitem(last=False)
            log.info("model cache full: unloaded %s", evicted)
        return model

    def discard(self, key: ModelChoice) -> None:
        self._models.pop(key, None)
