"""The archive's lookup index: which archive quotes say what a library quote says.

A result folder holds ``index/``: the archive's quotes in a SQLite file (text, speaker, where
they appeared, their group) and its shingle postings as sorted arrays, one pair of ``.npy``
files per kind (word 3-shingles, word pairs). A lookup finds a quote's candidates by binary
search in memory-mapped arrays, so opening an index of a million quotes reads a few pages,
and then scores them with the matcher's own :func:`~desk.core.matching.matcher.score_pairs`.
A shingle held by more than ``max_shingle_quotes`` archive quotes is not stored: as in the
library's index it tells no statement apart.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from desk.core.errors import DeskError
from desk.core.matching import MatchQuote, MatchSettings, Prepared, Relation
from desk.core.matching.index import IntArray, Postings, shingle_rows
from desk.core.matching.matcher import distinct_counts, score_pairs, weak_pairs
from desk.core.matching.pairs import SHORT_WORDS

FORMAT = 1
KINDS = ("tri", "bi")
#: A group's members listed with a match; a statement repeated in thousands of articles is
#: shown by its earliest reports.
MEMBERS_SHOWN = 50
_QUOTE_COLUMNS = (
    "id, article, outlet, published, speaker, text, start, end_, partial, group_id, words,"
    " distinct_"
)


class ArchiveProblem(DeskError):
    """An archive result that cannot be used as it is (missing, incomplete, newer)."""


@dataclass(frozen=True, slots=True)
class FirstSeen:
    article: str
    outlet: str | None
    published: date

    def json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "outlet": self.outlet,
            "published": self.published.isoformat(),
        }


def first_seen(quotes: Iterable[MatchQuote]) -> FirstSeen | None:
    """The earliest dated report (ties: the smallest article id); None when none is dated."""
    dated = [(q.published, str(q.article), q.outlet) for q in quotes if q.published is not None]
    if not dated:
        return None
    published, article, outlet = min(dated, key=lambda d: (d[0], d[1]))
    return FirstSeen(article, outlet, published)


@dataclass(frozen=True, slots=True)
class ArchiveMatch:
    """An archive group that also carries a library quote: the archive quote that matched it
    best, how, and the group's reports (earliest first, at most :data:`MEMBERS_SHOWN`)."""

    group: int
    quote: MatchQuote
    relation: Relation
    score: float
    size: int
    members: tuple[MatchQuote, ...]
    first_seen: FirstSeen | None


def sorted_postings(postings: Postings, cap: int) -> tuple[IntArray, IntArray]:
    """Distinct (hash, quote) rows sorted by hash, without the hashes of more than ``cap``
    quotes: the index as stored."""
    if postings.hashes.size == 0:
        return postings.hashes, postings.quotes
    rows = np.unique(np.stack((postings.hashes, postings.quotes), axis=1), axis=0)
    hashes, quotes = rows[:, 0], rows[:, 1]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, hashes.size])
    keep = np.repeat(sizes <= cap, sizes)
    return hashes[keep].copy(), quotes[keep].copy()


class IndexWriter:
    """Builds ``index/`` in a result folder that is still being written."""

    def __init__(self, folder: Path, settings: MatchSettings) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.settings = settings
        self._db = sqlite3.connect(folder / "quotes.sqlite")
        self._db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY, article TEXT NOT NULL, outlet TEXT, published TEXT,
                speaker TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, end_ INTEGER NOT NULL,
                partial INTEGER NOT NULL, group_id INTEGER NOT NULL, words INTEGER NOT NULL,
                distinct_ INTEGER NOT NULL
            );
            """
        )

    def add_quotes(self, rows: Iterable[Sequence[Any]]) -> None:
        """Rows in :data:`_QUOTE_COLUMNS` order; ``published`` as an ISO date or None."""
        self._db.executemany(f"INSERT INTO quotes ({_QUOTE_COLUMNS}) VALUES ({'?,' * 11}?)", rows)

    def add_postings(
        self, kind: str, batches: Iterable[tuple[IntArray, IntArray]], total: int
    ) -> None:
        """``total`` rows arriving in batches already sorted by hash, written to memory-mapped
        arrays so that the writer's memory stays one batch whatever the archive's size."""
        hashes = np.lib.format.open_memmap(
            self.folder / f"{kind}.hashes.npy", mode="w+", dtype=np.int64, shape=(total,)
        )
        quotes = np.lib.format.open_memmap(
            self.folder / f"{kind}.quotes.npy", mode="w+", dtype=np.int64, shape=(total,)
        )
        at = 0
        for batch_hashes, batch_quotes in batches:
            hashes[at : at + batch_hashes.size] = batch_hashes
            quotes[at : at + batch_hashes.size] = batch_quotes
            at += batch_hashes.size
        if at != total:
            raise ArchiveProblem(f"the {kind} postings held {at} rows, not {total}")
        hashes.flush()
        quotes.flush()
        del hashes, quotes

    def close(self) -> None:
        self._db.execute("CREATE INDEX quotes_by_group ON quotes (group_id, published)")
        meta = {
            "format": str(FORMAT),
            "settings": json.dumps(self.settings.as_dict()),
        }
        self._db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        self._db.commit()
        self._db.close()


class ArchiveIndex:
    """A finished archive result, opened read-only for lookups."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        index = folder / "index"
        database = index / "quotes.sqlite"
        if not database.is_file():
            raise ArchiveProblem(f"{folder}: not an archive result (no index/quotes.sqlite)")
        try:
            self._db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as error:
            raise ArchiveProblem(f"{folder}: the archive index cannot be read ({error})") from None
        version = int(meta.get("format", "0"))
        if version > FORMAT:
            raise ArchiveProblem(
                f"{folder}: written by a newer Quote Desk (index format {version}); update to"
                " use it"
            )
        self.settings = MatchSettings.from_dict(json.loads(meta.get("settings", "{}")))
        self._postings: dict[str, tuple[IntArray, IntArray]] = {}
        for kind in KINDS:
            try:
                self._postings[kind] = (
                    np.load(index / f"{kind}.hashes.npy", mmap_mode="r"),
                    np.load(index / f"{kind}.quotes.npy", mmap_mode="r"),
                )
            except (OSError, ValueError) as error:
                raise ArchiveProblem(
                    f"{folder}: the archive index is incomplete ({error})"
                ) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ArchiveIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def size(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        return count

    def lookup(self, quotes: Sequence[MatchQuote]) -> list[list[ArchiveMatch]]:
        """For each quote, the archive groups that carry it, best match first.

        The same candidate rules and scoring as matching within the library: a shared
        3-shingle (two for long quotes), a shared word pair for a short quote, then
        :func:`score_pairs`. A quote's own article in the archive is not a second report.
        """
        found: list[list[ArchiveMatch]] = [[] for _ in quotes]
        if not quotes:
            return found
        prepared = [Prepared.of(q.text) for q in quotes]
        tri, bi = shingle_rows(prepared)
        words = np.fromiter((len(p.forms) for p in prepared), dtype=np.int64, count=len(quotes))
        distinct = distinct_counts(tri, len(quotes))
        tri_pairs = self._hits("tri", tri)
        bi_pairs = self._hits("bi", bi)
        ids = np.unique(np.concatenate((tri_pairs[:, 1], bi_pairs[:, 1])))
        if ids.size == 0:
            return found
        # The candidates' sizes first: most quotes sharing one shingle with a long quote are
        # ruled out by them, and only the survivors' texts are read and prepared.
        sizes = {row[0]: (row[1], row[2]) for row in self._facts(ids.tolist())}
        their_words = np.array([sizes[i][0] for i in tri_pairs[:, 1].tolist()], dtype=np.int64)
        their_distinct = np.array([sizes[i][1] for i in tri_pairs[:, 1].tolist()], dtype=np.int64)
        t_q = tri_pairs[:, 0]
        strong = ~weak_pairs(
            tri_pairs[:, 2], words[t_q], their_words, distinct[t_q], their_distinct
        )
        b_words = np.array([sizes[i][0] for i in bi_pairs[:, 1].tolist()], dtype=np.int64)
        short = np.minimum(words[bi_pairs[:, 0]], b_words) < SHORT_WORDS
        kept = np.concatenate((tri_pairs[strong, :2], bi_pairs[short, :2]))
        if kept.size == 0:
            return found
        rows = {row[0]: row for row in self._rows("id", np.unique(kept[:, 1]).tolist())}
        archive_ids = sorted(rows)
        position = {qid: len(quotes) + k for k, qid in enumerate(archive_ids)}
        theirs = [_quote(rows[qid]) for qid in archive_ids]
        candidates = np.unique(
            np.column_stack((kept[:, 0], [position[i] for i in kept[:, 1].tolist()])).astype(
                np.int64
            ),
            axis=0,
        )
        # A quote is not reported again by its own article (a library article also archived).
        same_article = np.fromiter(
            (
                str(quotes[q].article) == str(theirs[a - len(quotes)].article)
                for q, a in candidates.tolist()
            ),
            dtype=bool,
            count=len(candidates),
        )
        candidates = candidates[~same_article]
        everyone = [*prepared, *(Prepared.of(q.text) for q in theirs)]
        speakers = [q.speaker for q in (*quotes, *theirs)]
        links = score_pairs(candidates, everyone, self.settings, speakers)
        best: dict[tuple[int, int], tuple[tuple[float, float], MatchQuote, Relation, float]] = {}
        for link in links:
            ours, other = (link.a, link.b) if link.a < len(quotes) else (link.b, link.a)
            quote = theirs[other - len(quotes)]
            group = rows[quote.key][9]
            rank = (float(link.relation is Relation.SAME), link.score)
            if (ours, group) not in best or rank > best[ours, group][0]:
                best[ours, group] = (rank, quote, link.relation, link.score)
        members = self._members({group for _, group in best})
        for (ours, group), (_rank, quote, relation, score) in sorted(
            best.items(), key=lambda item: (item[0][0], item[1][0]), reverse=True
        ):
            size, shown = members[group]
            found[ours].append(
                ArchiveMatch(group, quote, relation, score, size, shown, first_seen(shown))
            )
        return found

    def _hits(self, kind: str, postings: Postings) -> IntArray:
        """(query quote, archive quote, shared shingles) rows for the query's postings."""
        hashes, owners = self._postings[kind]
        if postings.hashes.size == 0 or hashes.size == 0:
            return np.empty((0, 3), dtype=np.int64)
        rows = np.unique(np.stack((postings.hashes, postings.quotes), axis=1), axis=0)
        low = np.searchsorted(hashes, rows[:, 0], side="left")
        high = np.searchsorted(hashes, rows[:, 0], side="right")
        sizes = high - low
        if not sizes.any():
            return np.empty((0, 3), dtype=np.int64)
        query = np.repeat(rows[:, 1], sizes)
        starts = np.repeat(low - np.cumsum(sizes) + sizes, sizes)
        archive = np.asarray(owners[np.arange(sizes.sum()) + starts], dtype=np.int64)
        pairs, shared = np.unique(np.stack((query, archive), axis=1), axis=0, return_counts=True)
        return np.column_stack((pairs, shared))

    def _facts(self, ids: Sequence[int]) -> Iterator[tuple[int, int, int]]:
        """(id, words, distinct 3-shingles) of archive quotes."""
        for begin in range(0, len(ids), 500):
            chunk = ids[begin : begin + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT id, words, distinct_ FROM quotes WHERE id IN ({marks})", chunk
            )

    def _rows(self, column: str, values: Sequence[int]) -> Iterator[tuple[Any, ...]]:
        for begin in range(0, len(values), 500):
            chunk = values[begin : begin + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE {column} IN ({marks})"
            yield from self._db.execute(sql, chunk)

    def _members(self, groups: set[int]) -> dict[int, tuple[int, tuple[MatchQuote, ...]]]:
        shown: dict[int, tuple[int, tuple[MatchQuote, ...]]] = {}
        for group in groups:
            size = self._db.execute(
                "SELECT count(*) FROM quotes WHERE group_id = ?", (group,)
            ).fetchone()[0]
            rows = self._db.execute(
                f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE group_id = ?"
                " ORDER BY published IS NULL, published, article, start LIMIT ?",
                (group, MEMBERS_SHOWN),
            )
            shown[group] = (size, tuple(_quote(row) for row in rows))
        return shown


def _quote(row: Sequence[Any]) -> MatchQuote:
    published = date.fromisoformat(row[3]) if row[3] else None
    return MatchQuote(
        key=row[0],
        article=row[1],
        text=row[5],
        speaker=row[4],
        outlet=row[2],
        published=published,
        start=row[6],
        end=row[7],
        partial=bool(row[8]),
    )
