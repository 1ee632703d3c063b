"""Captions into subtitle cues that people can read: where cues break, their lines, their times.

Follows common subtitling practice (Netflix's and the BBC's guidelines): at most two lines
of about 42 columns, where East Asian wide characters take two columns; cues break at
sentence ends, then clause ends and pauses, never inside a word (a word split across two
finals, "cold" + "-hearted", is joined first) and as rarely as possible after an article or
preposition; a cue lasts 1 to 7 seconds and is shown long enough to read at 20 characters
a second where the next cue leaves room.

A session's captions are cut into words, each timed by sharing its caption's time in
proportion to text width; the best cue breaks are then chosen over the whole stretch of
speech at once, weighing the quality of each break against cues too short, too hurried,
too sparse or running from one sentence into the next.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.transcripts.spacing import is_wide, joint, needs_space
from app.transcripts.transcript import Caption

SENTENCE_END = frozenset(".!?…。！？")
CLAUSE_END = frozenset(",;:、，；：")
_CLOSERS = "\"'”’»)]」』）"  # may follow a sentence's last mark: «He said "no."»
# A full stop after these ends no sentence ("Mr. Dashwood"); nor after initials ("J. R.").
_ABBREVIATIONS = frozenset(
    ("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "vs.", "e.g.", "i.e.", "approx.")
)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
# Words a reader expects to see with the word after them (subtitling guidelines: do not
# end a line or cue on an article, a preposition or a conjunction).
_LEADING_WORDS = frozenset(
    ("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into",
     "onto", "about", "as", "and", "or", "but", "nor", "so", "if", "than", "that", "which",
     "who", "whose", "my", "your", "his", "her", "its", "our", "their", "this", "these",
     "those", "i", "we", "you", "he", "she", "they")
)  # fmt: skip


@dataclass(frozen=True)
class LayoutRules:
    max_line_width: int = 42  # columns; a wide (CJK) character takes two
    max_lines: int = 2
    min_duration_s: float = 1.0  # shorter cues flash by before they can be read
    max_duration_s: float = 7.0  # longer ones outstay the speech they show
    max_chars_per_s: float = 20.0  # reading speed, where the next cue leaves time for it
    pause_s: float = 0.6  # a silence this long is a natural place to break
    max_pause_in_cue_s: float = 2.0  # text is not left on screen through a longer silence
    chain_gap_s: float = 0.5  # a shorter gap between cues flickers: the first stays up


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


def text_width(text: str) -> int:
    """Columns ``text`` takes on screen: wide characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if is_wide(ch) else 1 for ch in text)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` (a word or a whole caption) ends a sentence; "Mr." does not."""
    stripped = text.rstrip(_CLOSERS)
    if not stripped or stripped[-1] not in SENTENCE_END:
        return False
    word = stripped.split()[-1].lower()
    return word not in _ABBREVIATIONS and not _INITIALS.fullmatch(word)


def _ends_clause(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in CLAUSE_END


@dataclass(frozen=True)
class _Token:
    """An unbreakable piece of text: a word, or a single CJK character with its punctuation."""

    text: str
    space_before: bool
    glued: bool = False  # breaking before it is a last resort (inside a long word, after a label)
    start_s: float = 0.0
    end_s: float = 0.0
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


def _words(text: str, max_width: int) -> list[tuple[str, int, bool, bool]]:
    """(word, offset in ``text``, space before, glued) for each unbreakable piece."""
    words: list[list] = []
    spaced = False
    for offset, ch in enumerate(text):
        if ch.isspace():
            spaced = True
            continue
        if words and not spaced and _sticks_to_previous(words[-1][0], ch):
            words[-1][0] += ch
        else:
            words.append([ch, offset, spaced and bool(words), False])
        spaced = False
    return [piece for word in words for piece in _hard_break(*word, max_width)]


def _hard_break(
    word: str, offset: int, spaced: bool, glued: bool, max_width: int
) -> list[tuple[str, int, bool, bool]]:
    """A word wider than a line (a URL, say) has to be cut somewhere."""
    if text_width(word) <= max_width:
        return [(word, offset, spaced, glued)]
    pieces: list[tuple[str, int, bool, bool]] = []
    current, start = "", offset
    for i, ch in enumerate(word):
        if current and text_width(current + ch) > max_width:
            pieces.append((current, start, spaced and not pieces, bool(pieces)))
            current, start = "", offset + i
        current += ch
    pieces.append((current, start, False, True))
    return pieces


def _timed_tokens(captions: Sequence[Caption], max_width: int) -> list[_Token]:
    """The captions' words as one text joined by ``spacing.join``, each word timed by its
    place in its caption: a caption's time is shared out in proportion to text width."""
    text = ""
    before: list[float] = []  # time at the start of each character of ``text``
    after: list[float] = []  # and at its end
    for caption in captions:
        piece = " ".join(caption.text.split())
        # ``text`` is already tidy: only the joint is new, not a ``join`` of all of it.
        gap = joint(text, piece)
        before += [caption.start_s] * len(gap)
        after += [caption.start_s] * len(gap)
        total = max(1, text_width(piece))
        done = 0
        for ch in piece:
            before.append(caption.start_s + caption.duration_s * done / total)
            done += text_width(ch)
            after.append(caption.start_s + caption.duration_s * done / total)
        text += gap + piece
    tokens: list[_Token] = []
    for word, offset, spaced, glued in _words(text, max_width):
        # Overlapping captions would give words out of order; cues follow the text.
        start = max(before[offset], tokens[-1].start_s if tokens else 0.0)
        end = max(start, after[offset + len(word) - 1])
        tokens.append(_Token(word, spaced, glued, start, end))
    return tokens


def _width(tokens: Sequence[_Token]) -> int:
    return sum(t.width + (1 if t.space_before and i else 0) for i, t in enumerate(tokens))


def _join(tokens: Sequence[_Token]) -> str:
    return "".join((" " if t.space_before and i else "") + t.text for i, t in enumerate(tokens))


def _leads_on(word: str) -> bool:
    return word.lower() in _LEADING_WORDS


def _break_bonus(before: _Token, after: _Token | None) -> float:
    """How good a place the gap after ``before`` is for a line break."""
    if after is not None and after.glued:
        return -1.0
    if ends_sentence(before.text):
        return 1.0
    if _ends_clause(before.text):
        return 0.5
    return -0.5 if _leads_on(before.text) else 0.0


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


def _labelled(tokens: Sequence[_Token], prefix: list[_Token]) -> list[_Token]:
    if not prefix or not tokens:
        return list(tokens)
    return [*prefix, replace(tokens[0], space_before=True, glued=True), *tokens[1:]]


def _stretches(captions: Sequence[Caption], rules: LayoutRules) -> list[list[Caption]]:
    """Runs of one speaker's captions that cues may join: another speaker, or a silence
    longer than any cue may show through, separates them; a word split across two
    captions never is."""
    runs: list[list[Caption]] = []
    run_end_s = 0.0
    for caption in captions:
        if not caption.text.strip():
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is None
            or last.session != caption.session
            or (
                caption.start_s - run_end_s > rules.max_pause_in_cue_s
                and (needs_space(last.text.strip(), caption.text.strip()) or _opens(caption))
            )
        ):
            runs.append([caption])
            run_end_s = caption.end_s
        else:
            runs[-1].append(caption)
            run_end_s = max(run_end_s, caption.end_s)
    return runs


def _opens(caption: Caption) -> bool:
    """Whether a cue may start with this caption's first character (CJK, with no space)."""
    return caption.text.strip()[0].isalnum()


class _Breaks:
    """The best cue breaks for one stretch of timed words (dynamic programming: each
    cue's cost depends only on its own words and the break after it)."""

    def __init__(self, tokens: list[_Token], prefix: list[_Token], rules: LayoutRules) -> None:
        self.tokens, self.prefix, self.rules = tokens, prefix, rules
        self.capacity = rules.max_line_width * rules.max_lines
        self.label_width = _width(prefix) + 1 if prefix else 0
        n = len(tokens)
        # Prefix sums make a cue's width, inner sentence ends and inner pauses O(1).
        self.widths = [0] * (n + 1)
        self.spaces = [0] * (n + 1)
        self.sentence_ends = [0] * (n + 1)
        self.pauses = [0.0] * (n + 1)
        for k, token in enumerate(tokens):
            self.widths[k + 1] = self.widths[k] + token.width
            self.spaces[k + 1] = self.spaces[k] + (1 if token.space_before and k else 0)
            self.sentence_ends[k + 1] = self.sentence_ends[k] + ends_sentence(token.text)
            gap = token.start_s - tokens[k - 1].end_s if k else 0.0
            self.pauses[k + 1] = self.pauses[k] + self._pause_cost(gap)

    def _pause_cost(self, gap_s: float) -> float:
        """What a silence inside a cue costs: the text stays up while nothing is said."""
        if gap_s < self.rules.pause_s:
            return 0.0
        return 6.0 + 4.0 * gap_s

    def cues(self) -> list[list[_Token]]:
        n = len(self.tokens)
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for j in range(1, n + 1):
            for i in range(j - 1, -1, -1):
                width = self.widths[j] - self.widths[i] + self.spaces[j] - self.spaces[i + 1]
                speech_s = self.tokens[j - 1].end_s - self.tokens[i].start_s
                if j - i > 1 and (
                    width + self.label_width > self.capacity or speech_s > self.rules.max_duration_s
                ):
                    break
                if j - i > 1 and not self._fits(i, j, width):
                    break  # fewer words fit no worse: an earlier start fits no better
                cost = best[i] + self._cost(i, j, width)
                if cost < best[j]:
                    best[j], back[j] = cost, i
        cuts: list[list[_Token]] = []
        j = n
        while j > 0:
            cuts.append(self.tokens[back[j] : j])
            j = back[j]
        return cuts[::-1]

    def _fits(self, i: int, j: int, width: int) -> bool:
        if width + self.label_width <= self.rules.max_line_width:
            return True
        return _wrap(_labelled(self.tokens[i:j], self.prefix), self.rules) is not None

    def _break_cost(self, j: int) -> float:
        """What breaking after the ``j``-th token costs (0 at the end of the stretch)."""
        if j == len(self.tokens):
            return 0.0
        last, following = self.tokens[j - 1], self.tokens[j]
        if following.glued:
            return 50.0
        if ends_sentence(last.text):
            return 0.0
        cost = 1.5 if _ends_clause(last.text) else 4.0 + (3.0 if _leads_on(last.text) else 0.0)
        if following.start_s - last.end_s >= self.rules.pause_s:
            cost = min(cost, 1.5)
        return cost

    def _cost(self, i: int, j: int, width: int) -> float:
        rules, tokens = self.rules, self.tokens
        cost = self._break_cost(j)
        cost += 2.0 * (1.0 - min(width, self.capacity) / self.capacity) ** 2  # fuller cues
        complete = ends_sentence(tokens[j - 1].text)
        inner_ends = self.sentence_ends[j - 1] - self.sentence_ends[i]
        # A sentence gets a cue of its own where time allows; whole short sentences may
        # share one ("Yes. I agree."); starting the next and cutting it off may not
        # ("maintenance. Our main risk").
        cost += inner_ends * (3.0 if complete else 12.0)
        cost += self.pauses[j] - self.pauses[i + 1]
        # Time the cue can stay up: until the next cue's words begin, at most the maximum.
        shown_s = tokens[j].start_s - tokens[i].start_s if j < len(tokens) else math.inf
        shown_s = min(shown_s, rules.max_duration_s)
        # Softer than the rules above: ``_settle`` can still make the next cue wait.
        if shown_s < rules.min_duration_s:
            cost += 8.0 * (rules.min_duration_s - shown_s) / rules.min_duration_s
        reading_s = width / rules.max_chars_per_s
        if shown_s < reading_s:
            cost += 5.0 * (reading_s - shown_s) / reading_s
        if width < 12 and not complete:
            cost += 3.0  # a scrap of a sentence on its own reads as noise
        return cost


def _settle(cues: list[Cue], rules: LayoutRules) -> list[Cue]:
    """Make times safe to play: in order, never overlapping, each shown at least the
    minimum and long enough to read where the next cue leaves room, at most the maximum."""
    cues = sorted(cues, key=lambda c: c.start_s)
    settled: list[Cue] = []
    for i, cue in enumerate(cues):
        start = max(0.0, cue.start_s, settled[-1].end_s if settled else 0.0)
        next_start = cues[i + 1].start_s if i + 1 < len(cues) else math.inf
        reading_s = sum(text_width(line) for line in cue.lines) / rules.max_chars_per_s
        end = max(cue.end_s, start + rules.min_duration_s, start + reading_s)
        if next_start - end < rules.chain_gap_s:
            end = max(end, next_start)
        end = min(end, start + rules.max_duration_s)
        if end > next_start:
            # The next cue wins over reading speed, but the minimum holds: it waits.
            end = max(next_start, min(end, start + rules.min_duration_s))
        settled.append(Cue(start, max(start, end), cue.lines))
    return settled


def layout(
    captions: Sequence[Caption], rules: LayoutRules = DEFAULT_RULES, label: str = ""
) -> list[Cue]:
    """Cues for ``captions``: joined, broken, wrapped and timed per ``rules``.

    With ``label`` every cue starts with ``"{label}: "``, counted in its line width, as a
    meeting export needs.
    """
    prefix = [_Token(f"{label}:", space_before=False)] if label else []
    ordered = sorted(captions, key=lambda c: c.start_s)
    cues: list[Cue] = []
    for stretch in _stretches(ordered, rules):
        tokens = _timed_tokens(stretch, rules.max_line_width)
        for chunk in _Breaks(tokens, prefix, rules).cues():
            lines = _wrap(_labelled(chunk, prefix), rules)
            if lines is None:  # only a label plus an overlong word: keep the text, lose the shape
                lines = [_labelled(chunk, prefix)]
            text = tuple(_join(line) for line in lines)
            cues.append(Cue(chunk[0].start_s, chunk[-1].end_s, text))
    return _settle(cues, rules)
