"""Candidate pairs from posting lists, computed on arrays so 100,000 quotes take seconds.

Every quote is indexed under its word 3-shingles and its word pairs. Two quotes are candidates
when they share a 3-shingle; a short quote (too short to have useful 3-shingles) pairs with the
quotes that share a word pair with it. A shingle found in more than ``cap`` quotes is skipped:
"we are going to" proposes thousands of pairs and tells no statement apart, and skipping it
keeps the work near linear in the library's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desk.core.matching.pairs import BIGRAM, SHORT_WORDS, TRIGRAM, Prepared, word_hash
from desk.core.matching.words import STOPWORDS

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Postings:
    """(shingle hash, quote number) rows, as a stored index or a batch holds them."""

    hashes: IntArray
    quotes: IntArray

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[int, int]]) -> Postings:
        flat = np.fromiter((v for row in rows for v in row), dtype=np.int64)
        return cls(flat[0::2].copy(), flat[1::2].copy())


def shingle_rows(prepared: Sequence[Prepared]) -> tuple[Postings, Postings]:
    """The 3-shingle and word-pair postings of a batch of quotes, numbered by position.

    Computed on one array of word hashes for the whole batch; the arithmetic is the same as
    :func:`~desk.core.matching.pairs.trigram_hashes`, so stored and batch hashes agree.
    """
    lengths = np.fromiter((len(p.forms) for p in prepared), dtype=np.int64, count=len(prepared))
    flat = np.fromiter(
        (word_hash(f) for p in prepared for f in p.forms), dtype=np.uint64, count=int(lengths.sum())
    )
    content = np.fromiter(
        (len(p.forms) < SHORT_WORDS or f not in STOPWORDS for p in prepared for f in p.forms),
        dtype=bool,
        count=flat.size,
    )
    owner = np.repeat(np.arange(len(prepared), dtype=np.int64), lengths)
    a3, b3 = (np.uint64(k) for k in TRIGRAM)
    a2, b2 = (np.uint64(k) for k in BIGRAM)
    with np.errstate(over="ignore"):
        three = flat[:-2] * a3 + flat[1:-1] * b3 + flat[2:]
        two = flat[:-1] * a2 + flat[1:] * b2
    in_three = owner[:-2] == owner[2:]
    # As in bigram_hashes: a long quote's pairs of grammar words ("of the") are left out.
    in_two = (owner[:-1] == owner[1:]) & (content[:-1] | content[1:])
    return (
        Postings(three[in_three].view(np.int64), owner[:-2][in_three]),
        Postings(two[in_two].view(np.int64), owner[:-1][in_two]),
    )


def pairs(
    postings: Postings,
    cap: int,
    *,
    needs: npt.NDArray[np.bool_] | None = None,
) -> IntArray:
    """Distinct candidate pairs ``(x, y, shared)``, x < y, as an (n, 3) array; ``shared`` is
    how many shingles the two quotes share.

    ``needs`` (indexed by quote number) keeps only pairs with at least one such quote: the
    fresh quotes of an incremental match, or the short quotes for word-pair postings.
    """
    if postings.hashes.size == 0:
        return np.empty((0, 3), dtype=np.int64)
    hashes, quotes = postings.hashes, postings.quotes
    if needs is not None:
        # Only shingles some needed quote has can make a wanted pair: drop the rest first.
        wanted = np.isin(hashes, np.unique(hashes[needs[quotes]]))
        hashes, quotes = hashes[wanted], quotes[wanted]
    order = np.lexsort((quotes, hashes))
    hashes, quotes = hashes[order], quotes[order]
    distinct = np.ones(hashes.size, dtype=bool)
    distinct[1:] = (hashes[1:] != hashes[:-1]) | (quotes[1:] != quotes[:-1])
    hashes, quotes = hashes[distinct], quotes[distinct]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, hashes.size])
    found: list[IntArray] = []
    for size in np.unique(sizes):
        if size < 2 or size > cap:
            continue
        first = starts[sizes == size]
        block = quotes[first[:, None] + np.arange(size)]  # one row per shingle
        rows, cols = np.triu_indices(int(size), k=1)
        found.append(np.stack((block[:, rows].ravel(), block[:, cols].ravel()), axis=1))
    if not found:
        return np.empty((0, 3), dtype=np.int64)
    every = np.concatenate(found)  # x < y already: each posting list is sorted by quote
    if needs is not None:
        every = every[needs[every[:, 0]] | needs[every[:, 1]]]
    if every.size == 0:
        return np.empty((0, 3), dtype=np.int64)
    width = int(every.max()) + 1
    codes, shared = np.unique(every[:, 0] * width + every[:, 1], return_counts=True)
    return np.stack((codes // width, codes % width, shared), axis=1)
