"""LocalAgreement-2: a word becomes final once two successive decodes agree on it.

Whisper re-decodes the growing utterance buffer several times. Words near the end of
the buffer change between passes; words that two consecutive passes agree on (as a
common prefix after what is already final) do not change any more and are committed.
This is the policy of whisper_streaming (Macháček et al., 2023), kept Qt- and model-free.

All times are session seconds. Committed words are never revised: the tracker only
ever appends to what it has committed, so final text cannot duplicate or lose words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from itertools import takewhile

from app.engine.events import Word

_MAX_NGRAM = 5
_UNSURE_DECODES = 3  # decodes in a row that must agree on a word the model doubts
_SENTENCE_ENDS = set(".?!。？！")
# A translated sentence whose words are mostly those of the sentence before it is that
# sentence told again (see ``StabilityTracker._without_retellings``).
_RETOLD_MIN_WORDS = 4
_RETOLD_MIN_SHARE = 0.7
_MAX_SENTENCE = 60  # words of a last sentence kept for that comparison
# Two decodes heard the same word if its middle lies this close in both (alignment moves
# a word by a frame or two between decodes; 0.8 s settled the same words on real speech).
_SAME_PLACE_S = 0.5
# ``settle`` looks for a word in this many decodes before the latest (see there).
_HEARD_ALIKE_DECODES = 2


def normalise(text: str) -> str:
    """Compare words by their letters: case, punctuation and spacing do not count."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", folded)


def in_order(words: Sequence[Word], after_s: float) -> list[Word]:
    """``words`` with times that never go backwards, from ``after_s`` on: alignment can
    wobble, a transcript's times cannot."""
    out = []
    for word in words:
        start = max(word.start_s, after_s)
        after_s = max(word.end_s, start)
        out.append(Word(word.text, start, after_s, word.probability))
    return out


def ends_sentence(word: Word) -> bool:
    return word.text.rstrip()[-1:] in _SENTENCE_ENDS


class StabilityTracker:
    """Commits words by agreement between successive hypotheses of one session.

    ``translated``: the hypotheses are translations, whose words line up with the audio
    only roughly; a sentence told again in other words is then caught by its words
    (``_without_retellings``) rather than by its times.

    ``unsure_below``: a word the latest decode gives a probability under this needs one
    more decode to agree (three in a row, not two). Two interim decodes of an utterance
    cut off mid-sentence can agree on the same wrong reading of a word the model doubts:
    on real_de two agreed on "Unabhängigkeit zur" where the decode of the whole sentence
    had "Unabhängigkeitserklärung", and the first reading was final by then.
    """

    def __init__(self, translated: bool = False, unsure_below: float = 0.0) -> None:
        self.translated = translated
        self.unsure_below = unsure_below
        self.committed: list[Word] = []
        self._previous: list[Word] = []  # last hypothesis, minus what is committed
        self._heard: list[int] = []  # decodes in a row that had each word of _previous
        # The hypotheses before it, newest first, minus what was committed: ``settle``
        # looks for a word in them.
        self._before: list[list[Word]] = []

    @property
    def committed_end_s(self) -> float:
        return self.committed[-1].end_s if self.committed else 0.0

    @property
    def tentative(self) -> list[Word]:
        """The words shown as a partial caption: said, not yet agreed on."""
        return list(self._previous)

    def _new_part(self, hypothesis: Sequence[Word]) -> list[Word]:
        """The hypothesis after what is committed, with a re-heard tail removed."""
        # A word whose middle lies in committed time was already said, even if this decode
        # spells it differently ("asked" / "ask").
        after = [
            w
            for w in hypothesis
            if (w.start_s + w.end_s) / 2 > self.committed_end_s and normalise(w.text)
        ]
        if self.translated:
            after = self._without_retellings(hypothesis, after)
        if not after or not self.committed:
            return after
        # The decoder may hear the last committed words again at the start of the new
        # part with times shifted past the committed end; drop the longest such n-gram.
        # A phrase of two or more words repeated at once is taken as a re-hearing (real
        # speech rarely does it; a duplicated caption is the worse error). A single word
        # counts as re-heard only if it overlaps committed time: "no, no" stays.
        if after[0].start_s < self.committed_end_s + 1.0:
            tail = [normalise(w.text) for w in self.committed[-_MAX_NGRAM:]]
            head = [normalise(w.text) for w in after[:_MAX_NGRAM]]
            overlaps = after[0].start_s < self.committed_end_s - 0.1
            for n in range(min(len(tail), len(head)), 0, -1):
                if tail[-n:] == head[:n] and (n >= 2 or overlaps):
                    return after[n:]
        return after

    def _without_retellings(self, hypothesis: Sequence[Word], after: list[Word]) -> list[Word]:
        """``after`` without the sentences that tell the sentence before them again.

        Translating, the decoder tells a sentence again in other words, and alignment
        places the retelling after it, where times cannot catch it. An utterance is
        decoded with the end of the one before in front (``StreamConfig.lead_in_s``):
        "...but it turns out to be normal when there is a public." was followed by "it is
        normal, if there is a public." (real_de). A final decode with the session's text
        as prompt said "Blocks can also be used to improve the writing skills of students.
        Blocks can also improve the writing skills of students of students improve." A
        sentence of ``_RETOLD_MIN_WORDS`` or more whose words are mostly those of the
        sentence before it (the last committed one, if it follows that at once) is such a
        retelling; so is any part of the first one whose start was skipped as already heard.
        """
        if not after:
            return after
        before: list[Word] = []
        if self.committed and after[0].start_s < self.committed_end_s + 1.0:
            before = self.committed[self._last_sentence_start() :]
        at = next(i for i, w in enumerate(hypothesis) if w is after[0])
        continues = at > 0 and not ends_sentence(hypothesis[at - 1])
        previous = {normalise(w.text) for w in before}
        kept: list[Word] = []
        start = 0
        while start < len(after):
            stop = next(
                (i + 1 for i in range(start, len(after)) if ends_sentence(after[i])), len(after)
            )
            told = [normalise(w.text) for w in after[start:stop]]
            least = 1 if start == 0 and continues else _RETOLD_MIN_WORDS
            share = sum(word in previous for word in told) / len(told)
            if len(told) < least or share < _RETOLD_MIN_SHARE:
                kept += after[start:stop]
            previous = set(told)
            start = stop
        return kept

    def _last_sentence_start(self) -> int:
        """Where the last committed sentence starts in ``committed`` (its end is the last
        word, whether or not that ends a sentence)."""
        ends = [i for i, w in enumerate(self.committed[:-1]) if ends_sentence(w)]
        return ends[-1] + 1 if ends else 0

    def insert(
        self,
        hypothesis: Sequence[Word],
        commit_until_s: float = math.inf,
        whole_sentences: bool = False,
    ) -> list[Word]:
        """Take a new decode; return the words it commits (possibly none).

        Words ending after ``commit_until_s`` stay tentative even if agreed: the last
        word before the end of the audio is often cut short ("meet" for "meeting") and
        two decodes can agree on the same wrong cut. ``whole_sentences`` commits agreed
        words only up to a sentence end: a translation of half a sentence changes once
        the rest is heard (meeting_de: two decodes agreed on "begins in January and
        October" before the rest, "und dauert etwa drei Monate", was said).
        """
        new = self._new_part(hypothesis)
        heard = [1] * len(new)
        agreed: list[Word] = []
        held = False  # a word stays tentative, and so does every word after it
        for i, (old_word, new_word) in enumerate(zip(self._previous, new, strict=False)):
            if normalise(old_word.text) != normalise(new_word.text):
                break
            heard[i] = (self._heard[i] if i < len(self._heard) else 1) + 1
            unsure = new_word.probability < self.unsure_below and heard[i] < _UNSURE_DECODES
            held = held or new_word.end_s > commit_until_s or unsure
            if not held:
                agreed.append(new_word)
        if whole_sentences:
            ends = [i for i, w in enumerate(agreed) if ends_sentence(w)]
            agreed = agreed[: ends[-1] + 1] if ends else []
        self._commit(agreed)
        self._before = [self._previous, *self._before][:_HEARD_ALIKE_DECODES]
        self._previous = new[len(agreed) :]
        self._heard = heard[len(agreed) :]
        return agreed

    def finish(self, hypothesis: Sequence[Word]) -> list[Word]:
        """The utterance ended: commit everything this last decode heard."""
        new = self._new_part(hypothesis)
        self._commit(new)
        self._previous, self._heard, self._before = [], [], []
        return new

    def settle(self, heard_alike_s: float, anyway_s: float) -> list[Word]:
        """Commit the old tentative words that agreement has not: one word that flips
        between decodes ("an easy reach" / "easy reach") blocks agreement on every word
        after it, and a sentence waited for the end of its utterance.

        A word ending by ``heard_alike_s`` becomes final if one of the two decodes before
        the latest heard it too, the same word in the same place, though they differ
        before it; any word ending by ``anyway_s`` becomes final as the latest decode has
        it. The words after one that is neither wait with it.

        Two decodes back, not one: real_en's "say" / "same" / "say" (for "Sie") waited a
        decode more for the middle one. Replays of both pairs over five cost scales, one
        decode back / two: WER en 5.0/5.0, es 10.5/10.5, de 20.0/19.2, fr 32.1/31.8 %,
        longest undecided word 5.23/4.98, 5.15/5.15, 5.92/5.54, 5.80/5.79 s, final p95 de
        3.09/2.99, fr 3.68/3.46 s, medians within 0.05 s; three back read the same as two.
        Settling every word at 2.5 s as the latest decode had it made final what only that
        decode heard: on real_fr "du tingue, il n'y en a pas, on ne semble" where the
        decode before had "du tingue dans le sombre pas au jugement" and the whole
        utterance's decode "ne ressemble pas".
        """
        # The decodes before, as (letters, middle) once: every tentative word is looked for.
        before = [(normalise(w.text), (w.start_s + w.end_s) / 2) for h in self._before for w in h]

        def heard_before(word: Word) -> bool:
            text, middle = normalise(word.text), (word.start_s + word.end_s) / 2
            return any(t == text and abs(m - middle) < _SAME_PLACE_S for t, m in before)

        settled = list(takewhile(
            lambda w: w.end_s <= heard_alike_s and (w.end_s <= anyway_s or heard_before(w)),
            self._previous,
        ))  # fmt: skip
        return self._commit_tentative(settled)

    def commit_through(self, time_s: float) -> list[Word]:
        """Commit the tentative words that end by ``time_s`` without waiting for agreement.

        Used when agreement stalls on a long run of speech, to keep the buffer bounded.
        """
        return self._commit_tentative(list(takewhile(lambda w: w.end_s <= time_s, self._previous)))

    def _commit_tentative(self, leading: list[Word]) -> list[Word]:
        """Commit ``leading``, the first words of the tentative ones, without agreement."""
        self._commit(leading)
        self._previous = self._previous[len(leading) :]
        self._heard = self._heard[len(leading) :]
        return leading

    def abandon(self) -> list[Word]:
        """Give up the tentative words (the utterance ended without a usable decode)."""
        dropped, self._previous, self._heard, self._before = self._previous, [], [], []
        return dropped

    def _commit(self, words: list[Word]) -> None:
        """Append, in place, so the caller's list holds the times as committed."""
        words[:] = in_order(words, self.committed_end_s)
        self.committed.extend(words)

    def forget_before(self, time_s: float) -> None:
        """Drop committed words that ended before ``time_s`` (kept only as context);
        translating, the last sentence stays, which a retelling is compared with."""
        last_sentence = len(self.committed)
        if self.translated:
            last_sentence = max(self._last_sentence_start(), len(self.committed) - _MAX_SENTENCE)
        # The last committed word stays: it anchors the overlap check.
        first = next(
            (i for i, w in enumerate(self.committed) if w.end_s > time_s),
            max(len(self.committed) - 1, 0),
        )
        self.committed = self.committed[min(first, last_sentence) :]
