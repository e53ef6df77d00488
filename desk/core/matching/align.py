"""A quote against a primary source (a transcript, a statement): where it is, and how close.

``partial_ratio_alignment`` finds the best window of a long text in well under a millisecond,
but places needles over 64 characters heuristically; so the window where the quote's word
3-shingles cluster is scored too, and the better one is refined at word boundaries.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from desk.core.matching.diff import Diff, differs, word_diff
from desk.core.matching.pairs import Prepared
from desk.core.matching.words import Word, words


class Band(enum.StrEnum):
    """What a score means to a checker (bands from measurement on edited quotes)."""

    VERBATIM = "verbatim"  # ≥ 95: the source says this, up to marks and spelling
    NEAR = "near-verbatim"  # 85–95: a word or two changed
    PARAPHRASE = "paraphrase"  # 70–85: the same thought in other words
    ABSENT = "not found"  # below 70

    @classmethod
    def of(cls, score: float) -> Band:
        if score >= 95:
            return cls.VERBATIM
        if score >= 85:
            return cls.NEAR
        if score >= 70:
            return cls.PARAPHRASE
        return cls.ABSENT


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """Where a quote sits in a source: character offsets into the source text, the score, and
    the word differences from the source's wording to the quote's."""

    start: int
    end: int
    score: float
    band: Band
    diff: Diff

    @property
    def verbatim(self) -> bool:
        return self.band is Band.VERBATIM


class Source:
    """A source text prepared once, to align many quotes against it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[Word] = words(text)
        self.prepared = Prepared.of_forms(tuple(w.form for w in self.words))
        self._positions: dict[tuple[str, str, str], list[int]] = {}
        forms = self.prepared.forms
        for i in range(len(forms) - 2):
            self._positions.setdefault((forms[i], forms[i + 1], forms[i + 2]), []).append(i)

    def align(self, quote: str) -> SourceMatch | None:
        """The quote's best span in the source, or None when either has no words."""
        mine = Prepared.of(quote)
        n = len(self.prepared.forms)
        if not mine.forms or not n:
            return None
        candidates = []
        found = fuzz.partial_ratio_alignment(mine.norm, self.prepared.norm)
        if found is not None:
            first = self.prepared.word_at(found.dest_start)
            last = self.prepared.word_at(max(found.dest_start, found.dest_end - 1)) + 1
            candidates.append((first, last))
        anchor = self._anchor(mine)
        if anchor is not None:
            candidates.append((anchor, min(n, anchor + len(mine.forms))))
        best, span = -1.0, (0, min(n, len(mine.forms)))
        for first, last in candidates:
            for i in range(max(0, first - 3), min(n, first + 4)):
                for j in range(max(i + 1, last - 3), min(n, last + 3) + 1):
                    score = fuzz.ratio(mine.norm, " ".join(self.prepared.forms[i:j]))
                    if score > best:
                        best, span = score, (i, j)
        start, end = self.words[span[0]].start, self.words[span[1] - 1].end
        score = round(max(best, 0.0), 1)
        diff = word_diff(self.text[start:end], quote)
        band = Band.of(score)
        if band is Band.VERBATIM and differs(diff):
            # A long quote with "never" for "not" still scores 95: a changed word is not verbatim.
            band = Band.NEAR
        return SourceMatch(start, end, score, band, diff)

    def _anchor(self, mine: Prepared) -> int | None:
        """The source word where most of the quote's 3-shingles say the quote begins."""
        votes: Counter[int] = Counter()
        forms = mine.forms
        for k in range(len(forms) - 2):
            for position in self._positions.get((forms[k], forms[k + 1], forms[k + 2]), ()):
                votes[position - k] += 1
        if not votes:
            return None
        return max(0, votes.most_common(1)[0][0])


def align_to_source(quote: str, source: str) -> SourceMatch | None:
    """Where ``quote`` is in ``source``; prepare a :class:`Source` to align many quotes."""
    return Source(source).align(quote)
