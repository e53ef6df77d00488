"""The stored side of matching: the shingle index, the matched pairs, the match state.

Matching is incremental: a quote without a match state is looked up in the stored index, its
candidates are read and scored, and its links stored, in one transaction; the rest of the
library is never re-read. Groups are assembled from the stored links when asked for, which
takes a fraction of a second for a laptop's library, so they need no table of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import ColumnElement, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from desk.core.entities import Review
from desk.core.matching import Link, MatchQuote, MatchSettings, Prepared, Relation
from desk.core.matching.index import Postings, shingle_rows
from desk.core.matching.matcher import candidates, score_pairs
from desk.core.storage.schema import (
    ArticleRow,
    PersonRow,
    QuoteLinkRow,
    QuoteMatchStateRow,
    QuoteRow,
    QuoteShingleRow,
)

#: Hashes per ``IN (…)`` look-up: well under every backend's parameter limit.
_CHUNK = 500


def _live() -> list[ColumnElement[bool]]:
    """Quotes matching looks at: live, not rejected (a rejected suggestion is not a quote)."""
    return [QuoteRow.deleted_at.is_(None), QuoteRow.review != Review.REJECTED.value]


def _chunks(values: Sequence[int], size: int = _CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class MatchRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading -----------------------------------------------------------------------------

    def match_quotes(self, quote_ids: Sequence[int] | None = None) -> list[MatchQuote]:
        """Live quotes as matching sees them, in id order (all of them without ``quote_ids``)."""
        query = (
            select(
                QuoteRow.id,
                QuoteRow.article_id,
                QuoteRow.text,
                PersonRow.name,
                ArticleRow.outlet,
                ArticleRow.published,
                QuoteRow.start,
                QuoteRow.end,
                QuoteRow.partial,
            )
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .outerjoin(PersonRow, PersonRow.id == QuoteRow.speaker_id)
            .where(*_live())
            .order_by(QuoteRow.id)
        )
        if quote_ids is None:
            rows = list(self._session.execute(query))
        else:
            rows = []
            for chunk in _chunks(sorted(set(quote_ids))):
                rows.extend(self._session.execute(query.where(QuoteRow.id.in_(chunk))))
        return [MatchQuote(*row) for row in rows]

    def links(
        self, quote_ids: Sequence[int] | None = None
    ) -> list[tuple[int, int, Relation, float]]:
        """Stored links between live quotes: (shorter id, longer id, relation, score)."""
        query = select(
            QuoteLinkRow.quote_id, QuoteLinkRow.other_id, QuoteLinkRow.relation, QuoteLinkRow.score
        )
        if quote_ids is None:
            rows = list(self._session.execute(query))
        else:
            rows = []
            for chunk in _chunks(sorted(set(quote_ids))):
                rows.extend(
                    self._session.execute(
                        query.where(
                            or_(QuoteLinkRow.quote_id.in_(chunk), QuoteLinkRow.other_id.in_(chunk))
                        )
                    )
                )
        return [(a, b, Relation(relation), score) for a, b, relation, score in rows]

    def pending(self, limit: int) -> list[int]:
        """Live quotes not matched yet (new, or their span edited since), oldest first."""
        query = (
            select(QuoteRow.id)
            .outerjoin(QuoteMatchStateRow, QuoteMatchStateRow.quote_id == QuoteRow.id)
            .where(QuoteMatchStateRow.quote_id.is_(None), *_live())
            .order_by(QuoteRow.id)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def count_pending(self) -> int:
        query = (
            select(func.count())
            .select_from(QuoteRow)
            .outerjoin(QuoteMatchStateRow, QuoteMatchStateRow.quote_id == QuoteRow.id)
            .where(QuoteMatchStateRow.quote_id.is_(None), *_live())
        )
        return int(self._session.scalar(query) or 0)

    # -- writing -----------------------------------------------------------------------------

    def forget(self, quote_ids: Sequence[int]) -> None:
        """Take quotes out of the index (their span changed): they are matched again later."""
        for chunk in _chunks(list(quote_ids)):
            self._session.execute(
                delete(QuoteShingleRow).where(QuoteShingleRow.quote_id.in_(chunk))
            )
            self._session.execute(
                delete(QuoteLinkRow).where(
                    or_(QuoteLinkRow.quote_id.in_(chunk), QuoteLinkRow.other_id.in_(chunk))
                )
            )
            self._session.execute(
                delete(QuoteMatchStateRow).where(QuoteMatchStateRow.quote_id.in_(chunk))
            )

    def forget_all(self) -> None:
        """Empty the index, so that every quote is matched again (after new thresholds)."""
        for table in (QuoteLinkRow, QuoteShingleRow, QuoteMatchStateRow):
            self._session.execute(delete(table))

    def match(self, quote_ids: Sequence[int], settings: MatchSettings) -> list[Link]:
        """Index ``quote_ids`` and link them to the library's quotes (and to each other).

        Returns the new links, numbered by quote id.
        """
        self.forget(quote_ids)
        fresh = self.match_quotes(quote_ids)
        if not fresh:
            return []
        prepared = [Prepared.of(q.text) for q in fresh]
        tri, bi = shingle_rows(prepared)
        ids = np.array([int(q.key) for q in fresh], dtype=np.int64)
        rows = {
            (h, int(ids[q]))
            for h, q in zip(
                np.concatenate((tri.hashes, bi.hashes)).tolist(),
                np.concatenate((tri.quotes, bi.quotes)).tolist(),
                strict=True,
            )
        }
        if rows:
            self._session.execute(
                insert(QuoteShingleRow), [{"hash": h, "quote_id": q} for h, q in rows]
            )
        now = datetime.now(UTC)
        self._session.execute(
            insert(QuoteMatchStateRow), [{"quote_id": int(i), "matched_at": now} for i in ids]
        )
        tri_found = self._postings(sorted(set(tri.hashes.tolist())), settings.max_shingle_quotes)
        bi_found = self._postings(sorted(set(bi.hashes.tolist())), settings.max_shingle_quotes)
        # Number the quotes locally: the fresh ones first, then every partner found.
        number = {int(i): n for n, i in enumerate(ids.tolist())}
        for _, quote_id in tri_found + bi_found:
            number.setdefault(quote_id, len(number))
        others = self.match_quotes([i for i in number if i not in set(ids.tolist())])
        by_id = {int(q.key): q for q in (*fresh, *others)}
        known = [i for i in number if i in by_id]  # a partner deleted meanwhile drops out
        number = {i: n for n, i in enumerate(known)}
        quotes = [by_id[i] for i in known]
        local = [Prepared.of(q.text) for q in quotes]
        local[: len(prepared)] = prepared

        def postings(found: list[tuple[int, int]]) -> Postings:
            return Postings.of_rows((h, number[q]) for h, q in found if q in number)

        is_fresh = np.zeros(len(quotes), dtype=bool)
        is_fresh[: len(fresh)] = True
        pairs = candidates(
            local,
            [q.article for q in quotes],
            settings,
            postings(tri_found),
            postings(bi_found),
            is_fresh,
        )
        found = score_pairs(pairs, local, settings, [q.speaker for q in quotes])
        links = [
            Link(
                int(quotes[link.a].key),
                int(quotes[link.b].key),
                link.relation,
                link.score,
                link.within,
            )
            for link in found
        ]
        if links:
            self._session.execute(
                insert(QuoteLinkRow),
                [
                    {
                        "quote_id": link.a,
                        "other_id": link.b,
                        "relation": link.relation.value,
                        "score": link.score,
                        "within_start": link.within[0] if link.within else None,
                        "within_end": link.within[1] if link.within else None,
                    }
                    for link in links
                ],
            )
        return links

    def _postings(self, hashes: Sequence[int], cap: int) -> list[tuple[int, int]]:
        """(hash, quote id) rows for the hashes found in at most ``cap`` quotes."""
        found: list[tuple[int, int]] = []
        for chunk in _chunks(hashes):
            counts = self._session.execute(
                select(QuoteShingleRow.hash, func.count())
                .where(QuoteShingleRow.hash.in_(chunk))
                .group_by(QuoteShingleRow.hash)
            )
            useful = [h for h, n in counts if 2 <= n <= cap]
            if useful:
                found.extend(
                    (h, q)
                    for h, q in self._session.execute(
                        select(QuoteShingleRow.hash, QuoteShingleRow.quote_id).where(
                            QuoteShingleRow.hash.in_(useful)
                        )
                    )
                )
        return found
