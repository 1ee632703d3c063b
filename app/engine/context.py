"""The rolling context of one session: its own recent final text, fed back as the prompt.

Whisper reads the previous text to keep names, spelling and style consistent. The
context belongs to a session and is built only from that session's committed captions:
a shared context lets one language leak into another's decoding, the bug Captionist
was started to fix.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

# Whisper allows half its 448-token window for the previous text.
MAX_PROMPT_TOKENS = 224


class RollingContext:
    def __init__(
        self,
        count_tokens: Callable[[str], int],
        max_tokens: int = MAX_PROMPT_TOKENS,
    ) -> None:
        self._count_tokens = count_tokens
        self._max_tokens = max_tokens
        self._pieces: deque[tuple[str, int]] = deque()
        self._tokens = 0

    def add(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        cost = self._count_tokens(" " + text)
        self._pieces.append((text, cost))
        self._tokens += cost
        while self._tokens > self._max_tokens and len(self._pieces) > 1:
            _, dropped = self._pieces.popleft()
            self._tokens -= dropped

    @property
    def tokens(self) -> int:
        return self._tokens

    def prompt(self, extra: str = "") -> str:
        """The prompt text: recent context, then ``extra`` (text of the current buffer)."""
        parts = [text for text, _ in self._pieces]
        if extra.strip():
            parts.append(extra.strip())
        return " ".join(parts)

    def clear(self) -> None:
        self._pieces.clear()
        self._tokens = 0
