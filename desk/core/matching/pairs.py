"""Which quotes are the same statement: candidates from shared word shingles, then rapidfuzz.

Comparing every pair is quadratic (hours at 100,000 quotes); two reports of one statement
almost always share a run of three words, so an inverted index of word 3-shingles proposes the
pairs worth scoring. Short quotes (under three words of shingles) are found by word pairs.
The hashes are stable across processes, so a stored index and a distributed job agree.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from desk.core.matching.settings import MatchSettings
from desk.core.matching.words import STOPWORDS, forms, informative

_MASK = (1 << 64) - 1

#: Quotes this short have too few 3-shingles and are looked up by word pairs.
SHORT_WORDS = 5
TRIGRAM = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)
BIGRAM = (0x165667B19E3779F9, 0x27D4EB2F165667C5)
_word_hashes: dict[str, int] = {}


class Relation(enum.StrEnum):
    """How a matched quote stands to its partner."""

    SAME = "same"  # the same statement, perhaps with small wording changes
    FRAGMENT = "fragment"  # part of the longer quote
    POSSIBLE = "possible"  # a short fragment: likely, but the user should confirm


def word_hash(form: str) -> int:
    value = _word_hashes.get(form)
    if value is None:
        digest = hashlib.blake2b(form.encode(), digest_size=8).digest()
        value = _word_hashes[form] = int.from_bytes(digest, "little")
    return value


def _signed(value: int) -> int:
    """A 64-bit hash as a signed integer, as SQL and Spark store them."""
    return value - (1 << 64) if value >= 1 << 63 else value


def trigram_hashes(forms: Sequence[str]) -> set[int]:
    h = [word_hash(f) for f in forms]
    a, b = TRIGRAM
    return {_signed((h[i] * a + h[i + 1] * b + h[i + 2]) & _MASK) for i in range(len(h) - 2)}


def bigram_hashes(forms: Sequence[str]) -> set[int]:
    """A quote's word pairs; a long quote's leave out pairs of grammar words ("of the"): only a
    short quote looks word pairs up, and one made of grammar words alone never links to a long
    one (see :func:`contained`)."""
    h = [word_hash(f) for f in forms]
    a, b = BIGRAM
    every = len(forms) < SHORT_WORDS
    return {
        _signed((h[i] * a + h[i + 1] * b) & _MASK)
        for i in range(len(h) - 1)
        if every or forms[i] not in STOPWORDS or forms[i + 1] not in STOPWORDS
    }


class Prepared:
    """A quote reduced to what matching compares, computed once per quote."""

    __slots__ = ("_offsets", "forms", "norm")

    def __init__(self, forms: tuple[str, ...], norm: str) -> None:
        self.forms = forms
        self.norm = norm
        self._offsets: tuple[int, ...] | None = None

    @classmethod
    def of(cls, text: str) -> Prepared:
        return cls.of_forms(forms(text))

    @classmethod
    def of_forms(cls, words: tuple[str, ...]) -> Prepared:
        return cls(words, " ".join(words))

    @property
    def offsets(self) -> tuple[int, ...]:
        """Where each word starts in ``norm``, to turn a character alignment into words;
        worked out on first use, since most quotes are never aligned."""
        if self._offsets is None:
            words = self.forms
            steps = (len(w) + 1 for w in words[:-1])
            self._offsets = tuple(itertools.accumulate(steps, initial=0)) if words else ()
        return self._offsets

    def word_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.offsets, char) - 1)

    def __repr__(self) -> str:
        return f"Prepared({self.norm!r})"


@dataclass(frozen=True, slots=True)
class Link:
    """Two quotes found to be the same statement; ``a`` is the shorter (or earlier) one.

    For a fragment, ``within`` is the word span of ``a`` inside ``b``.
    """

    a: int
    b: int
    relation: Relation
    score: float
    within: tuple[int, int] | None = None


def verify(a: int, pa: Prepared, b: int, pb: Prepared, settings: MatchSettings) -> Link | None:
    """Score one candidate pair; a :class:`Link` when they are the same statement."""
    if len(pa.forms) > len(pb.forms) or (len(pa.forms) == len(pb.forms) and a > b):
        a, pa, b, pb = b, pb, a, pa
    n = len(pa.forms)
    if n < 2:
        return None
    score = fuzz.ratio(pa.norm, pb.norm, score_cutoff=settings.threshold)
    if score:
        return Link(a, b, Relation.SAME, round(score, 1))
    if n < settings.min_words:
        return contained(a, pa, b, pb)
    if not fuzz.partial_ratio(pa.norm, pb.norm, score_cutoff=settings.loose_threshold):
        return None
    return fragment(a, pa, b, pb, settings)


def contained(a: int, pa: Prepared, b: int, pb: Prepared) -> Link | None:
    """A short quote counts only word for word, and only if its words say something."""
    if not informative(pa.forms):
        return None
    n = len(pa.forms)
    for start in range(len(pb.forms) - n + 1):
        if pb.forms[start : start + n] == pa.forms:
            return Link(a, b, Relation.POSSIBLE, 100.0, (start, start + n))
    return None


def locate(part: Prepared, whole: Prepared) -> tuple[tuple[int, int], float]:
    """The word span of ``whole`` that ``part`` is best aligned to, and how well (0–100).

    ``partial_ratio`` places needles over 64 characters heuristically, so the window it
    returns is re-scored with plain ``ratio`` at word boundaries, two words either way.
    """
    found = fuzz.partial_ratio_alignment(part.norm, whole.norm)
    if found is None or not whole.forms:
        return (0, len(whole.forms)), 0.0
    first = whole.word_at(found.dest_start)
    last = whole.word_at(max(found.dest_start, found.dest_end - 1)) + 1
    best, span = -1.0, (first, last)
    n = len(whole.forms)
    for i in range(max(0, first - 2), min(n, first + 3)):
        for j in range(max(i + 1, last - 2), min(n, last + 2) + 1):
            score = fuzz.ratio(part.norm, " ".join(whole.forms[i:j]), score_cutoff=max(best, 0.0))
            if score > best:
                best, span = score, (i, j)
    return span, max(best, 0.0)


def fragment(a: int, pa: Prepared, b: int, pb: Prepared, settings: MatchSettings) -> Link | None:
    """The shorter quote against its best window in the longer one (whose ``partial_ratio``
    already passed), guarded: a plain subset score calls any short quote a match of every
    text that contains its words, so they must also share ``min_words`` words."""
    span, score = locate(pa, pb)
    if score < settings.loose_threshold:
        return None
    if len(set(pa.forms) & set(pb.forms[span[0] : span[1]])) < settings.min_words:
        return None
    sure = len(pa.forms) >= settings.sure_words
    return Link(a, b, Relation.FRAGMENT if sure else Relation.POSSIBLE, round(score, 1), span)
