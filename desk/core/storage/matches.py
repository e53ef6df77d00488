"""The stored side of matching: the shingle index, the matched pairs, the match state.

Matching is incremental: a quote without a match state is looked up in the stored index, its
candidates are read and scored, and its links stored, in one transaction; the rest of the
library is never re-read. Groups are assembled from the stored links when asked for, which
takes a fraction of a second for a laptop's library, so they need no table of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import cast

import numpy as np
from sqlalchemy import ColumnElement, Table, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.core.entities import Review
from desk.core.matching import Link, MatchQuote, MatchSettings, Prepared, Relation
from desk.core.matching.index import Postings, shingle_rows
from desk.core.matching.matcher import (
    across_articles,
    candidates,
    distinct_counts,
    score_pairs,
    word_counts,
)
from desk.core.matching.pairs import SHORT_WORDS
from desk.core.storage.schema import (
    ArticleRow,
    Base,
    PersonRow,
    QuoteLinkRow,
    QuoteMatchQueueRow,
    QuoteMatchStateRow,
    QuoteRow,
    QuoteShingleCountRow,
    QuoteShingleRow,
)

#: Hashes per ``IN (…)`` look-up: well under every backend's parameter limit.
_CHUNK = 500


def _live() -> list[ColumnElement[bool]]:
    """Quotes matching looks at: live, not rejected (a rejected suggestion is not a quote)."""
    return [QuoteRow.deleted_at.is_(None), QuoteRow.review != Review.REJECTED.value]


def _table(row: type[Base]) -> Table:
    """A model's table, for Core inserts: several times faster than ORM bulk inserts."""
    return cast(Table, row.__table__)


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
        """Quotes waiting to be matched (new, or their span edited since), oldest first."""
        query = (
            select(QuoteMatchQueueRow.quote_id).order_by(QuoteMatchQueueRow.quote_id).limit(limit)
        )
        return list(self._session.scalars(query))

    def count_pending(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(QuoteMatchQueueRow)) or 0)

    # -- writing -----------------------------------------------------------------------------

    def enqueue(self, quote_ids: Sequence[int]) -> None:
        """Queue quotes for matching (the caller's transaction makes it part of the change)."""
        queued = set(quote_ids)
        for chunk in _chunks(sorted(queued)):
            queued -= set(
                self._session.scalars(
                    select(QuoteMatchQueueRow.quote_id).where(
                        QuoteMatchQueueRow.quote_id.in_(chunk)
                    )
                )
            )
        if queued:
            self._session.execute(
                insert(_table(QuoteMatchQueueRow)), [{"quote_id": q} for q in sorted(queued)]
            )

    def enqueue_unmatched(self, quote_ids: Sequence[int]) -> None:
        """Queue the quotes that were never matched: a rejected or deleted quote leaves the
        queue unmatched, and needs matching when it comes back."""
        matched: set[int] = set()
        for chunk in _chunks(sorted(set(quote_ids))):
            matched.update(
                self._session.scalars(
                    select(QuoteMatchStateRow.quote_id).where(
                        QuoteMatchStateRow.quote_id.in_(chunk)
                    )
                )
            )
        self.enqueue([q for q in quote_ids if q not in matched])

    def forget(self, quote_ids: Sequence[int]) -> None:
        """Take quotes out of the index (their span changed): they are matched again later."""
        for chunk in _chunks(list(quote_ids)):
            gone = self._session.execute(
                select(QuoteShingleRow.hash, func.count())
                .where(QuoteShingleRow.quote_id.in_(chunk))
                .group_by(QuoteShingleRow.hash)
            ).all()
            self._count(dict(gone), -1)
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
        """Empty the index and queue every quote, to match them all again (new thresholds)."""
        tables = (
            QuoteLinkRow,
            QuoteShingleRow,
            QuoteShingleCountRow,
            QuoteMatchStateRow,
            QuoteMatchQueueRow,
        )
        for table in tables:
            self._session.execute(delete(table))
        self._session.execute(
            insert(_table(QuoteMatchQueueRow)).from_select(["quote_id"], select(QuoteRow.id))
        )

    def match(self, quote_ids: Sequence[int], settings: MatchSettings) -> list[Link]:
        """Index ``quote_ids`` and link them to the library's matched quotes and each other.

        Candidates come from the stored index alone (hashes, then the partners' word counts);
        only the partners that survive that filter are read. A partner not matched yet is left
        for its own turn, which finds these quotes in the index. Returns the new links,
        numbered by quote id.
        """
        self.forget(quote_ids)
        for chunk in _chunks(list(quote_ids)):
            self._session.execute(
                delete(QuoteMatchQueueRow).where(QuoteMatchQueueRow.quote_id.in_(chunk))
            )
        # Deleted and rejected quotes leave the queue unmatched; restoring one does not need
        # matching again unless it never was.
        fresh = self.match_quotes(quote_ids)
        if not fresh:
            return []
        prepared = [Prepared.of(q.text) for q in fresh]
        fresh_lengths = word_counts(prepared)
        tri, bi = shingle_rows(prepared)
        ids = [int(q.key) for q in fresh]
        self._index(ids, prepared, tri, bi)

        cap = settings.max_shingle_quotes
        tri_rows = self._postings(sorted(set(tri.hashes.tolist())), cap)
        # Word pairs find short partners: every partner of a short fresh quote, and the short
        # partners of a long one (its long partners share 3-shingles with it).
        short = fresh_lengths[bi.quotes] < SHORT_WORDS
        bi_rows = self._postings(sorted(set(bi.hashes[short].tolist())), cap)
        bi_rows += self._postings(
            sorted(set(bi.hashes[~short].tolist())), cap, shorter_than=SHORT_WORDS
        )
        number = {quote_id: n for n, quote_id in enumerate(ids)}
        partners = self._sizes({q for _, q in tri_rows + bi_rows} - set(ids))
        for quote_id in partners:
            number[quote_id] = len(number)
        sizes = np.array(list(partners.values()), dtype=np.int64).reshape(-1, 2)
        lengths = np.concatenate((fresh_lengths, sizes[:, 0]))
        distinct = np.concatenate((distinct_counts(tri, len(ids)), sizes[:, 1]))

        def postings(rows: list[tuple[int, int]]) -> Postings:
            return Postings.of_rows((h, number[q]) for h, q in rows if q in number)

        is_fresh = np.zeros(len(number), dtype=bool)
        is_fresh[: len(ids)] = True
        found = candidates(
            lengths, settings, postings(tri_rows), postings(bi_rows), is_fresh, distinct=distinct
        )
        # Read only the partners some fresh quote may match, and renumber.
        wanted = sorted({int(n) for n in np.unique(found)} | set(range(len(ids))))
        by_number = {n: i for i, n in number.items()}
        others = self.match_quotes([by_number[n] for n in wanted if n >= len(ids)])
        quotes = [*fresh, *others]
        renumber = {int(q.key): n for n, q in enumerate(quotes)}
        local = [*prepared, *(Prepared.of(q.text) for q in others)]
        pairs = np.array(
            [
                (renumber[by_number[x]], renumber[by_number[y]])
                for x, y in found.tolist()
                if by_number[x] in renumber and by_number[y] in renumber
            ],
            dtype=np.int64,
        ).reshape(-1, 2)
        pairs = across_articles(pairs, [q.article for q in quotes])
        scored = score_pairs(pairs, local, settings, [q.speaker for q in quotes])
        links = [
            Link(int(quotes[k.a].key), int(quotes[k.b].key), k.relation, k.score, k.within)
            for k in scored
        ]
        if links:
            self._session.execute(
                insert(_table(QuoteLinkRow)),
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

    def _index(
        self, ids: list[int], prepared: Sequence[Prepared], tri: Postings, bi: Postings
    ) -> None:
        """Store the fresh quotes' shingles and mark them matched, in the caller's transaction."""
        rows = {
            (h, ids[q])
            for h, q in zip(
                np.concatenate((tri.hashes, bi.hashes)).tolist(),
                np.concatenate((tri.quotes, bi.quotes)).tolist(),
                strict=True,
            )
        }
        if rows:
            self._session.execute(
                insert(_table(QuoteShingleRow)), [{"hash": h, "quote_id": q} for h, q in rows]
            )
            added: dict[int, int] = {}
            for h, _ in rows:
                added[h] = added.get(h, 0) + 1
            self._count(added, 1)
        now = datetime.now(UTC)
        self._session.execute(
            insert(_table(QuoteMatchStateRow)),
            [
                {"quote_id": quote_id, "matched_at": now, "words": len(p.forms), "shingles": n}
                for quote_id, p, n in zip(
                    ids, prepared, distinct_counts(tri, len(ids)).tolist(), strict=True
                )
            ],
        )

    def _sizes(self, quote_ids: set[int]) -> dict[int, tuple[int, int]]:
        """Words and distinct 3-shingles of matched quotes, from the match state (no text is
        read); a partner not matched yet is left for its own turn."""
        found: dict[int, tuple[int, int]] = {}
        query = select(
            QuoteMatchStateRow.quote_id, QuoteMatchStateRow.words, QuoteMatchStateRow.shingles
        )
        for chunk in _chunks(sorted(quote_ids)):
            for quote_id, words, shingles in self._session.execute(
                query.where(QuoteMatchStateRow.quote_id.in_(chunk))
            ):
                found[quote_id] = (words, shingles)
        return found

    def _count(self, hashes: dict[int, int], sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) ``hashes[h]`` quotes from each shingle's count."""
        if not hashes:
            return
        table = _table(QuoteShingleCountRow)
        if sign < 0:
            self._session.execute(
                update(table)
                .where(table.c.hash == bindparam("h"))
                .values(quotes=table.c.quotes - bindparam("n")),
                [{"h": h, "n": n} for h, n in hashes.items()],
            )
            return
        dialect = self._session.get_bind().dialect.name
        upsert = pg_insert(table) if dialect == "postgresql" else sqlite_insert(table)
        self._session.execute(
            upsert.on_conflict_do_update(
                index_elements=[table.c.hash],
                set_={"quotes": table.c.quotes + upsert.excluded.quotes},
            ),
            [{"hash": h, "quotes": n} for h, n in hashes.items()],
        )

    def _postings(
        self, hashes: Sequence[int], cap: int, *, shorter_than: int | None = None
    ) -> list[tuple[int, int]]:
        """(hash, quote id) rows for the hashes found in at most ``cap`` quotes; with
        ``shorter_than``, only the rows of matched quotes of fewer words."""
        found: list[tuple[int, int]] = []
        for chunk in _chunks(hashes):
            useful = list(
                self._session.scalars(
                    select(QuoteShingleCountRow.hash).where(
                        QuoteShingleCountRow.hash.in_(chunk),
                        QuoteShingleCountRow.quotes.between(2, cap),
                    )
                )
            )
            if not useful:
                continue
            query = select(QuoteShingleRow.hash, QuoteShingleRow.quote_id).where(
                QuoteShingleRow.hash.in_(useful)
            )
            if shorter_than is not None:
                query = query.join(
                    QuoteMatchStateRow, QuoteMatchStateRow.quote_id == QuoteShingleRow.quote_id
                ).where(QuoteMatchStateRow.words < shorter_than)
            found.extend((h, q) for h, q in self._session.execute(query))
        return found
