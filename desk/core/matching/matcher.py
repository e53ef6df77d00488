"""Matching a batch of quotes: index, candidates, verification, groups.

The same steps serve ``desk match PATH…`` (files, no database), the library (whose stored
index makes them incremental, see :mod:`desk.core.storage.matches`) and the benchmark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from desk.core.matching.groups import Group, MatchQuote, build_groups, speakers_agree
from desk.core.matching.index import IntArray, Postings, pairs, shingle_rows
from desk.core.matching.pairs import SHORT_WORDS, Link, Prepared, Relation, contained, fragment
from desk.core.matching.settings import DEFAULT_SETTINGS, MatchSettings
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

#: Candidate pairs scored between two progress reports and cancel checks.
_STEP = 20_000

#: See :func:`candidates`.
LONG_WORDS = 9


@dataclass(frozen=True, slots=True)
class MatchResult:
    quotes: tuple[MatchQuote, ...]
    links: tuple[Link, ...]
    groups: tuple[Group, ...]
    candidates: int


def candidates(
    lengths: IntArray,
    settings: MatchSettings,
    tri: Postings,
    bi: Postings,
    fresh: npt.NDArray[np.bool_] | None = None,
    *,
    distinct: IntArray | None = None,
) -> IntArray:
    """Pairs worth scoring, as an (n, 2) array of quote numbers (``lengths`` in words, by number).

    A shared 3-shingle makes a candidate, and so does a shared word pair with a short quote.
    Two quotes of ``LONG_WORDS`` or more words whose only common ground is one 3-shingle are
    neither the same statement nor one inside the other (an edit every three words would be
    needed), so such pairs need two shared shingles, unless ``distinct`` (each quote's number
    of distinct 3-shingles, when known) says the shorter one has only one ("Never, never,
    never, …"): then sharing it is sharing them all. With ``fresh``, only pairs with a fresh
    quote are made (incremental matching).
    """
    by_three = pairs(tri, settings.max_shingle_quotes, needs=fresh)
    x, y = by_three[:, 0], by_three[:, 1]
    by_three = by_three[
        ~weak_pairs(
            by_three[:, 2],
            lengths[x],
            lengths[y],
            None if distinct is None else distinct[x],
            None if distinct is None else distinct[y],
        )
    ]
    found = [by_three[:, :2]]
    short = lengths < SHORT_WORDS
    if short.any():
        by_pair = pairs(bi, settings.max_shingle_quotes, needs=short)[:, :2]
        if fresh is not None:
            by_pair = by_pair[fresh[by_pair[:, 0]] | fresh[by_pair[:, 1]]]
        found.append(by_pair)
    every: IntArray = np.unique(np.concatenate(found), axis=0) if len(found) > 1 else found[0]
    return every


def weak_pairs(
    shared: IntArray,
    words_x: IntArray,
    words_y: IntArray,
    distinct_x: IntArray | None = None,
    distinct_y: IntArray | None = None,
) -> npt.NDArray[np.bool_]:
    """Which 3-shingle pairs :func:`candidates` drops: long quotes sharing one shingle only.

    On arrays, one entry per pair, so the archive job applies the same rule to its pairs.
    """
    weak: npt.NDArray[np.bool_] = (shared < 2) & (np.minimum(words_x, words_y) >= LONG_WORDS)
    if distinct_x is not None and distinct_y is not None and weak.any():
        weak &= np.where(words_x <= words_y, distinct_x, distinct_y) > 1
    return weak


def across_articles(pairs: IntArray, articles: Sequence[int | str]) -> IntArray:
    """The pairs whose quotes are in different articles: an article repeating itself is not
    a second report."""
    if pairs.size == 0:
        return pairs
    codes: dict[int | str, int] = {}
    article_ids = np.fromiter(
        (codes.setdefault(a, len(codes)) for a in articles), dtype=np.int64, count=len(articles)
    )
    kept: IntArray = pairs[article_ids[pairs[:, 0]] != article_ids[pairs[:, 1]]]
    return kept


def distinct_counts(tri: Postings, size: int) -> IntArray:
    """How many distinct 3-shingles each quote has."""
    order = np.lexsort((tri.hashes, tri.quotes))
    quotes, hashes = tri.quotes[order], tri.hashes[order]
    new = np.ones(quotes.size, dtype=bool)
    new[1:] = (quotes[1:] != quotes[:-1]) | (hashes[1:] != hashes[:-1])
    counts: IntArray = np.bincount(quotes[new], minlength=size)
    return counts


def word_counts(prepared: Sequence[Prepared]) -> IntArray:
    return np.fromiter((len(p.forms) for p in prepared), dtype=np.int64, count=len(prepared))


def score_pairs(
    candidate_pairs: IntArray,
    prepared: Sequence[Prepared],
    settings: MatchSettings,
    speakers: Sequence[str | None] | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> list[Link]:
    """The candidate pairs that are the same statement, as :func:`verify` judges each one.

    Whole-quote and window scores run in rapidfuzz's batch scorer on every core; Python only
    refines the few pairs that pass. A quote under ``min_words`` words is a common phrase as
    often as a fragment ("dead heat"): it never links two people who cannot be one person, and
    inside a longer quote only when both speakers are known and agree.
    """
    lengths = word_counts(prepared)
    chars = np.fromiter((len(p.norm) for p in prepared), dtype=np.int64, count=len(prepared))
    # partial_ratio ≥ t needs a common subsequence of t / (200 − t) of the shorter text (its
    # best window may be a little shorter than the text), which the much cheaper Indel
    # distance bounds: the window score runs on the pairs that can still reach it.
    reach = settings.loose_threshold / (200 - settings.loose_threshold)
    links: list[Link] = []
    total = len(candidate_pairs)
    for begin in range(0, total, _STEP):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(begin, total, "Comparing quotes")
        chunk = candidate_pairs[begin : begin + _STEP]
        x, y = chunk[:, 0], chunk[:, 1]
        swap = (lengths[x] > lengths[y]) | ((lengths[x] == lengths[y]) & (x > y))
        short, long = np.where(swap, y, x), np.where(swap, x, y)
        keep = lengths[short] >= 2
        # Short and said by people who cannot be one person: two uses of a phrase.
        agreed = np.ones(short.size, dtype=bool)  # both known and compatible
        if speakers is not None:
            for k in np.flatnonzero(keep & (lengths[short] < settings.min_words)).tolist():
                a, b = speakers[short[k]], speakers[long[k]]
                agreed[k] = bool(a and b and speakers_agree(a, b))
                keep[k] = agreed[k] or not (a and b)
        short, long, agreed = short[keep], long[keep], agreed[keep]
        whole = _batch(fuzz.ratio, prepared, short, long, settings.threshold)
        hit = whole > 0
        for a, b, score in zip(
            short[hit].tolist(), long[hit].tolist(), whole[hit].tolist(), strict=True
        ):
            links.append(Link(a, b, Relation.SAME, round(score, 1)))
        few = ~hit & (lengths[short] < settings.min_words)
        # Inside a longer quote, a short phrase counts only when both speakers are known.
        for a, b in zip(short[few & agreed].tolist(), long[few & agreed].tolist(), strict=True):
            link = contained(a, prepared[a], b, prepared[b])
            if link is not None:
                links.append(link)
        many = ~hit & ~few
        short, long = short[many], long[many]
        distance = _batch(Indel.distance, prepared, short, long)
        common = (chars[short] + chars[long] - distance) / 2
        possible = common >= reach * chars[short]
        short, long = short[possible], long[possible]
        window = _batch(fuzz.partial_ratio, prepared, short, long, settings.loose_threshold)
        for a, b in zip(short[window > 0].tolist(), long[window > 0].tolist(), strict=True):
            link = fragment(a, prepared[a], b, prepared[b], settings)
            if link is not None:
                links.append(link)
    progress(total, total, "Comparing quotes")
    return links


def _batch(
    scorer: Callable[..., float],
    prepared: Sequence[Prepared],
    short: IntArray,
    long: IntArray,
    cutoff: float | None = None,
) -> npt.NDArray[np.float64]:
    """``scorer`` on the pairs (short[k], long[k]), in rapidfuzz's batch scorer on every core."""
    scores: npt.NDArray[np.float64] = process.cpdist(
        [prepared[i].norm for i in short],
        [prepared[i].norm for i in long],
        scorer=scorer,
        score_cutoff=cutoff,
        workers=-1,
    )
    return scores


def match_quotes(
    quotes: Sequence[MatchQuote],
    settings: MatchSettings = DEFAULT_SETTINGS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> MatchResult:
    """Group ``quotes`` from scratch; every quote ends in exactly one group."""
    prepared = [Prepared.of(q.text) for q in quotes]
    tri, bi = shingle_rows(prepared)
    links, found = link_quotes(quotes, prepared, tri, bi, settings, progress, cancel)
    groups = build_groups(quotes, links, settings, prepared)
    return MatchResult(tuple(quotes), tuple(links), tuple(groups), found)


def link_quotes(
    quotes: Sequence[MatchQuote],
    prepared: Sequence[Prepared],
    tri: Postings,
    bi: Postings,
    settings: MatchSettings = DEFAULT_SETTINGS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> tuple[list[Link], int]:
    """The matched pairs among ``quotes`` (their postings given), and how many were scored."""
    distinct = distinct_counts(tri, len(prepared))
    found = candidates(word_counts(prepared), settings, tri, bi, distinct=distinct)
    found = across_articles(found, [q.article for q in quotes])
    speakers = [q.speaker for q in quotes]
    return score_pairs(found, prepared, settings, speakers, progress, cancel), len(found)
