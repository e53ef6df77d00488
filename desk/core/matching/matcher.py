"""Matching a batch of quotes: index, candidates, verification, groups.

The same steps serve ``desk match PATH…`` (files, no database), the library (whose stored
index makes them incremental, see :mod:`desk.core.storage.matches`) and the benchmark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from desk.core.matching.groups import Group, MatchQuote, build_groups, speakers_agree
from desk.core.matching.index import IntArray, Postings, pairs, shingle_rows
from desk.core.matching.pairs import Link, Prepared, Relation, contained, fragment
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
    prepared: Sequence[Prepared],
    articles: Sequence[int | str],
    settings: MatchSettings,
    tri: Postings,
    bi: Postings,
    fresh: npt.NDArray[np.bool_] | None = None,
) -> IntArray:
    """Pairs worth scoring, as an (n, 2) array: a shared 3-shingle, or a shared word pair with
    a short quote; never two quotes of the same article (an article repeating itself is not a
    second report).

    Two quotes of ``LONG_WORDS`` or more words whose only common ground is one 3-shingle are
    neither the same statement nor one inside the other (an edit every three words would be
    needed), so such pairs need ``2`` shared shingles.
    """
    lengths = np.fromiter((len(p.forms) for p in prepared), dtype=np.int64, count=len(prepared))
    by_three = pairs(tri, settings.max_shingle_quotes, needs=fresh)
    shorter = np.minimum(lengths[by_three[:, 0]], lengths[by_three[:, 1]])
    by_three = by_three[(by_three[:, 2] >= 2) | (shorter < LONG_WORDS)]
    found = [by_three[:, :2]]
    short = lengths < 5
    if short.any():
        by_pair = pairs(bi, settings.max_shingle_quotes, needs=short)[:, :2]
        if fresh is not None:
            by_pair = by_pair[fresh[by_pair[:, 0]] | fresh[by_pair[:, 1]]]
        found.append(by_pair)
    every = np.unique(np.concatenate(found), axis=0) if len(found) > 1 else found[0]
    if every.size == 0:
        return every
    codes: dict[int | str, int] = {}
    article_ids = np.fromiter(
        (codes.setdefault(a, len(codes)) for a in articles), dtype=np.int64, count=len(articles)
    )
    kept: IntArray = every[article_ids[every[:, 0]] != article_ids[every[:, 1]]]
    return kept


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
    often as a fragment ("dead heat"), so it links only when both speakers are known to agree.
    """
    lengths = np.fromiter((len(p.forms) for p in prepared), dtype=np.int64, count=len(prepared))
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
        short, long = short[keep], long[keep]
        whole = process.cpdist(
            [prepared[i].norm for i in short],
            [prepared[i].norm for i in long],
            scorer=fuzz.ratio,
            score_cutoff=settings.threshold,
            workers=-1,
        )
        for a, b, score in zip(
            short[whole > 0].tolist(),
            long[whole > 0].tolist(),
            whole[whole > 0].tolist(),
            strict=True,
        ):
            links.append(Link(a, b, Relation.SAME, round(score, 1)))
        rest = whole == 0
        few = rest & (lengths[short] < settings.min_words)
        for a, b in zip(short[few].tolist(), long[few].tolist(), strict=True):
            if speakers is not None and not (
                speakers[a] and speakers[b] and speakers_agree(speakers[a], speakers[b])
            ):
                continue
            link = contained(a, prepared[a], b, prepared[b])
            if link is not None:
                links.append(link)
        many = rest & ~few
        short, long = short[many], long[many]
        window = process.cpdist(
            [prepared[i].norm for i in short],
            [prepared[i].norm for i in long],
            scorer=fuzz.partial_ratio,
            score_cutoff=settings.loose_threshold,
            workers=-1,
        )
        for a, b in zip(short[window > 0].tolist(), long[window > 0].tolist(), strict=True):
            link = fragment(a, prepared[a], b, prepared[b], settings)
            if link is not None:
                links.append(link)
    progress(total, total, "Comparing quotes")
    return links


def match_quotes(
    quotes: Sequence[MatchQuote],
    settings: MatchSettings = DEFAULT_SETTINGS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> MatchResult:
    """Group ``quotes`` from scratch; every quote ends in exactly one group."""
    prepared = [Prepared.of(q.text) for q in quotes]
    tri, bi = shingle_rows(prepared)
    found = candidates(prepared, [q.article for q in quotes], settings, tri, bi)
    speakers = [q.speaker for q in quotes]
    links = score_pairs(found, prepared, settings, speakers, progress, cancel)
    groups = build_groups(quotes, links, settings, prepared)
    return MatchResult(tuple(quotes), tuple(links), tuple(groups), len(found))
