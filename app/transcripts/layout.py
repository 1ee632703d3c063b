"""Captions into subtitle cues that people can read: line length, line count, timing.

Follows common subtitling practice: at most two lines of about 42 columns, where East
Asian wide characters take two columns; long captions split at punctuation or between
words (between characters for CJK, which has no spaces), with their time shared out in
proportion to text width; the live engine's short finals merged into fuller cues; every
cue shown at least ~0.8 s unless that would run into the next one.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.transcripts.transcript import Caption

SENTENCE_END = frozenset(".!?…。！？")
CLAUSE_END = frozenset(",;:、，；：")


@dataclass(frozen=True)
class LayoutRules:
    max_line_width: int = 42  # columns; a wide (CJK) character takes two
    max_lines: int = 2
    min_duration_s: float = 0.8  # shorter cues flash by before they can be read
    max_duration_s: float = 7.0  # merged cues stop growing at this length
    merge_gap_s: float = 0.6  # finals closer than this are one breath, so one cue
    sentence_width: int = 20  # a cue this wide that ends a sentence takes no more captions


DEFAULT_RULES = LayoutRules()


@dataclass(frozen=True)
class Cue:
    """One subtitle on screen: its lines and when it shows, in seconds."""

    start_s: float
    end_s: float
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def text_width(text: str) -> int:
    """Columns ``text`` takes on screen: wide characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if is_wide(ch) else 1 for ch in text)


@dataclass(frozen=True)
class _Token:
    """An unbreakable piece of text: a word, or a single CJK character with its punctuation."""

    text: str
    space_before: bool
    glued: bool = False  # breaking before it is a last resort (inside a long word, after a label)
    width: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Measured once: layout asks for widths many times per token while fitting lines.
        object.__setattr__(self, "width", text_width(self.text))


def _sticks_to_previous(prev: str, ch: str) -> bool:
    if unicodedata.category(ch) in ("Pe", "Pf", "Po"):
        return True  # closing punctuation never starts a line (kinsoku for CJK)
    if unicodedata.category(prev[-1]) in ("Ps", "Pi"):
        return True  # nor does an opening bracket end one
    return not is_wide(prev[-1]) and not is_wide(ch)  # letters of one word


def _tokenize(text: str, max_width: int) -> list[_Token]:
    words: list[str] = []
    spaced_before: list[bool] = []
    spaced = False
    for ch in text:
        if ch.isspace():
            spaced = True
            continue
        if words and not spaced and _sticks_to_previous(words[-1], ch):
            words[-1] += ch
        else:
            words.append(ch)
            spaced_before.append(spaced and len(words) > 1)
        spaced = False
    tokens = [_Token(w, space_before=s) for w, s in zip(words, spaced_before, strict=True)]
    return [piece for token in tokens for piece in _hard_break(token, max_width)]


def _hard_break(token: _Token, max_width: int) -> list[_Token]:
    """A word wider than a line (a URL, say) has to be cut somewhere."""
    if token.width <= max_width:
        return [token]
    pieces: list[_Token] = []
    current = ""
    for ch in token.text:
        if current and text_width(current + ch) > max_width:
            pieces.append(_Token(current, space_before=not pieces and token.space_before))
            current = ""
        current += ch
    pieces.append(_Token(current, space_before=False))
    return [pieces[0]] + [replace(p, glued=True) for p in pieces[1:]]


def _width(tokens: Sequence[_Token]) -> int:
    return sum(t.width + (1 if t.space_before and i else 0) for i, t in enumerate(tokens))


def _join(tokens: Sequence[_Token]) -> str:
    return "".join((" " if t.space_before and i else "") + t.text for i, t in enumerate(tokens))


def _break_bonus(before: _Token, after: _Token | None) -> float:
    """How good a place the gap after ``before`` is for a line or cue break."""
    if after is not None and after.glued:
        return -1.0
    if before.text[-1] in SENTENCE_END:
        return 1.0
    if before.text[-1] in CLAUSE_END:
        return 0.5
    return 0.0


def _wrap(tokens: Sequence[_Token], rules: LayoutRules) -> list[list[_Token]] | None:
    """Lines for ``tokens``, or None if they need more than ``rules.max_lines``."""
    lines: list[list[_Token]] = []
    width = 0
    for token in tokens:
        grown = width + (1 if token.space_before else 0) + token.width
        if lines and grown <= rules.max_line_width:
            lines[-1].append(token)
            width = grown
        else:
            lines.append([token])
            width = token.width
    if len(lines) > rules.max_lines:
        return None
    if len(lines) == 2:
        # Greedy filling leaves a stub second line; balanced lines read faster.
        total = _width(tokens)
        best_k, best = 1, math.inf
        first = 0
        for k in range(1, len(tokens)):
            first += tokens[k - 1].width + (1 if k > 1 and tokens[k - 1].space_before else 0)
            second = total - first - (1 if tokens[k].space_before else 0)
            if max(first, second) > rules.max_line_width:
                continue
            badness = max(first, second) - 6 * _break_bonus(tokens[k - 1], tokens[k])
            if badness < best:
                best_k, best = k, badness
        lines = [list(tokens[:best_k]), list(tokens[best_k:])]
    return lines


def _fits(tokens: Sequence[_Token], rules: LayoutRules) -> bool:
    return _wrap(tokens, rules) is not None


def _labelled(tokens: Sequence[_Token], prefix: list[_Token]) -> list[_Token]:
    if not prefix or not tokens:
        return list(tokens)
    return [*prefix, replace(tokens[0], space_before=True, glued=True), *tokens[1:]]


def _chunks(tokens: list[_Token], prefix: list[_Token], rules: LayoutRules) -> list[list[_Token]]:
    """Split into pieces that each fit one cue, similar in size, preferring punctuation."""
    capacity = rules.max_line_width * rules.max_lines * 0.95  # wrapping wastes some room
    chunks: list[list[_Token]] = []
    i = 0
    while i < len(tokens):
        rest = tokens[i:]
        if _fits(_labelled(rest, prefix), rules):
            chunks.append(rest)
            break
        target = _width(rest) / math.ceil(_width(rest) / capacity)
        best_j, best_score = i + 1, -math.inf
        for j in range(i + 1, len(tokens)):
            piece = tokens[i:j]
            if not _fits(_labelled(piece, prefix), rules):
                break
            score = -abs(_width(piece) - target) / target
            score += 0.5 * _break_bonus(tokens[j - 1], tokens[j])
            if score > best_score:
                best_j, best_score = j, score
        chunks.append(tokens[i:best_j])
        i = best_j
    return chunks


@dataclass
class _Block:
    """Captions merged into one run of text, before it is cut into cues."""

    tokens: list[_Token]
    start_s: float
    end_s: float
    session: str


def _append(block: _Block, tokens: list[_Token]) -> list[_Token]:
    # CJK runs on without a space; anything else is separated by one.
    both_wide = is_wide(block.tokens[-1].text[-1]) and is_wide(tokens[0].text[0])
    return [*block.tokens, replace(tokens[0], space_before=not both_wide), *tokens[1:]]


def _merge(captions: Sequence[Caption], prefix: list[_Token], rules: LayoutRules) -> list[_Block]:
    blocks: list[_Block] = []
    for caption in captions:
        tokens = _tokenize(caption.text, rules.max_line_width)
        if not tokens:
            continue
        last = blocks[-1] if blocks else None
        if last is not None and last.session == caption.session:
            ends_sentence = last.tokens[-1].text[-1] in SENTENCE_END
            merged = _append(last, tokens)
            if (
                caption.start_s - last.end_s < rules.merge_gap_s
                and caption.end_s - last.start_s <= rules.max_duration_s
                and not (ends_sentence and _width(last.tokens) >= rules.sentence_width)
                and _fits(_labelled(merged, prefix), rules)
            ):
                last.tokens = merged
                last.end_s = max(last.end_s, caption.end_s)
                continue
        blocks.append(_Block(tokens, caption.start_s, caption.end_s, caption.session))
    return blocks


def _split_times(block: _Block, chunks: list[list[_Token]]) -> list[tuple[float, float]]:
    """Share the block's time among its chunks in proportion to their width."""
    widths = [max(1, _width(chunk)) for chunk in chunks]
    total = sum(widths)
    duration = max(0.0, block.end_s - block.start_s)
    times: list[tuple[float, float]] = []
    done = 0
    for width in widths:
        start = block.start_s + duration * done / total
        done += width
        times.append((start, block.start_s + duration * done / total))
    return times


def _settle(cues: list[Cue], rules: LayoutRules) -> list[Cue]:
    """Make times safe to play: in order, never overlapping, shown long enough if there is room."""
    cues = sorted(cues, key=lambda c: c.start_s)
    settled: list[Cue] = []
    for i, cue in enumerate(cues):
        start = max(0.0, cue.start_s, settled[-1].end_s if settled else 0.0)
        next_start = cues[i + 1].start_s if i + 1 < len(cues) else math.inf
        end = max(cue.end_s, start + rules.min_duration_s)
        end = max(start, min(end, next_start))  # the next cue wins over the minimum
        settled.append(Cue(start, end, cue.lines))
    return settled


def layout(
    captions: Sequence[Caption], rules: LayoutRules = DEFAULT_RULES, label: str = ""
) -> list[Cue]:
    """Cues for ``captions``: merged, split, wrapped and timed per ``rules``.

    With ``label`` every cue starts with ``"{label}: "``, counted in its line width, as a
    meeting export needs.
    """
    prefix = [_Token(f"{label}:", space_before=False)] if label else []
    ordered = sorted(captions, key=lambda c: c.start_s)
    cues: list[Cue] = []
    for block in _merge(ordered, prefix, rules):
        chunks = _chunks(block.tokens, prefix, rules)
        for chunk, (start, end) in zip(chunks, _split_times(block, chunks), strict=True):
            lines = _wrap(_labelled(chunk, prefix), rules)
            if lines is None:  # only a label plus an overlong word: keep the text, lose the shape
                lines = [_labelled(chunk, prefix)]
            cues.append(Cue(start, end, tuple(_join(line) for line in lines)))
    return _settle(cues, rules)
