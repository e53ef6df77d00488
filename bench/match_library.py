"""Incremental matching in a stored library: one new article against a large library.

The issue's target: one new article of 30 quotes matched against a 1M-quote library in under
200 ms. The library is a real SQLite file made by ``Library.open`` (so with the real schema and
indexes); its quotes and their shingle index are bulk-loaded with ``sqlite3`` for speed, which
is the one shortcut: loading 1M quotes through ``desk import`` would take hours of detection
that this benchmark does not measure. Then a new article of 30 quotes (variants of statements
the library holds, and some new ones) is stored and ``Library.match_pending()`` is timed: the
index look-up, reading the candidates, scoring, and storing the links — each run in one
transaction, as the app does after an import.

    python bench/match_library.py                 # 1,000,000 quotes (several minutes to build)
    python bench/match_library.py --quotes 100000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _families import FakeQuote, generate

from desk.core.entities import ArticleDraft
from desk.core.library import Library
from desk.core.matching.index import shingle_rows
from desk.core.matching.pairs import Prepared

_BATCH = 100_000


def _load(path: Path, quotes: list[FakeQuote]) -> None:
    """Bulk-load ``quotes`` as matched quotes of synthetic articles, index included."""
    now = datetime.now(UTC).isoformat(sep=" ")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("DROP INDEX ix_quote_shingles_quote_id")
    speakers = sorted({q.speaker for q in quotes if q.speaker})
    person = {name: n + 1 for n, name in enumerate(speakers)}
    db.executemany(
        "INSERT INTO people (id, name, key, anonymous, created_at) VALUES (?, ?, ?, 0, ?)",
        [(i, name, name.casefold(), now) for name, i in person.items()],
    )
    articles = sorted({q.article for q in quotes})
    outlet = {q.article: q.outlet for q in quotes}
    db.executemany(
        "INSERT INTO articles (id, kind, title, outlet, source_format, text, raw_text, chars,"
        " content_hash, imported_at, updated_at, detected_at)"
        " VALUES (?, 'article', ?, ?, 'text', '', '', 0, ?, ?, ?, ?)",
        [(a + 1, f"Article {a}", outlet[a], f"{a:064x}", now, now, now) for a in articles],
    )
    rows = []
    for number, q in enumerate(quotes, start=1):
        speaker = person.get(q.speaker) if q.speaker else None
        rows.append((number, q.article + 1, 0, len(q.text), q.text, speaker, int(q.partial), now))
    db.executemany(
        'INSERT INTO quotes (id, article_id, start, "end", text, speaker_id, partial, origin,'
        " review, status, created_at, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'detected', 'suggested', 'unchecked', ?, ?8, 1)",
        rows,
    )
    db.executemany(
        "INSERT INTO quote_match_state (quote_id, matched_at, words, shingles) VALUES (?, ?, ?, ?)",
        [
            (n, now, len(p.forms), len(set(zip(p.forms, p.forms[1:], p.forms[2:], strict=False))))
            for n, p in enumerate((Prepared.of(q.text) for q in quotes), start=1)
        ],
    )
    hashes, owners = [], []
    for begin in range(0, len(quotes), _BATCH):
        prepared = [Prepared.of(q.text) for q in quotes[begin : begin + _BATCH]]
        for postings in shingle_rows(prepared):
            hashes.append(postings.hashes)
            owners.append(postings.quotes + begin + 1)
    h, q = np.concatenate(hashes), np.concatenate(owners)
    order = np.lexsort((q, h))
    h, q = h[order], q[order]
    keep = np.r_[True, (h[1:] != h[:-1]) | (q[1:] != q[:-1])]
    h, q = h[keep], q[keep]
    for begin in range(0, h.size, 1_000_000):
        db.executemany(
            "INSERT INTO quote_shingles (hash, quote_id) VALUES (?, ?)",
            zip(
                h[begin : begin + 1_000_000].tolist(),
                q[begin : begin + 1_000_000].tolist(),
                strict=True,
            ),
        )
    distinct, counts = np.unique(h, return_counts=True)
    db.executemany(
        "INSERT INTO quote_shingle_counts (hash, quotes) VALUES (?, ?)",
        zip(distinct.tolist(), counts.tolist(), strict=True),
    )
    db.execute("CREATE INDEX ix_quote_shingles_quote_id ON quote_shingles (quote_id)")
    db.commit()
    db.execute("ANALYZE")
    db.close()
    print(f"  index: {h.size:,} shingle rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--article-quotes", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the library at this path and keep it")
    args = parser.parse_args()

    families = generate(args.quotes + 4 * args.article_quotes, seed=11)
    # The new article: members of families the library already holds, plus a few new quotes.
    held: set[int] = set()
    chosen: list[int] = []
    seen: dict[int, int] = {}
    for quote in families.quotes:
        seen[quote.family] = seen.get(quote.family, 0) + 1
    for index, quote in enumerate(families.quotes):
        if len(chosen) >= args.article_quotes:
            break
        if seen[quote.family] > 1 and quote.family not in held and not quote.partial:
            chosen.append(index)
            held.add(quote.family)
    picked = set(chosen)
    library_quotes = [q for i, q in enumerate(families.quotes) if i not in picked][: args.quotes]
    article = [families.quotes[i] for i in chosen]

    folder = Path(tempfile.mkdtemp(prefix="desk-match-bench-"))
    path = args.keep or folder / "library.sqlite3"
    os.environ.pop("DESK_DB", None)
    started = time.perf_counter()
    with Library.open(str(path)):
        pass
    _load(path, library_quotes)
    built = time.perf_counter() - started
    size = path.stat().st_size / 2**20
    print(f"library: {len(library_quotes):,} quotes, built in {built:.0f} s, {size:,.0f} MiB")

    text = "\n\n".join(f"“{q.text},” {q.speaker or 'an official'} said." for q in article)
    with Library.open(str(path)) as library:
        outcome = library.store(
            ArticleDraft(text=text, raw_text=text, title="New article"), "bench"
        )
        new_ids = [q.id for q in library.quotes([outcome.article_id or 0])]
        print(f"new article: {len(new_ids)} quotes detected")
        times = []
        links = 0
        for run in range(args.runs):
            if run:
                with library._db.begin() as session:
                    from desk.core.storage.matches import MatchRepository

                    MatchRepository(session).forget(new_ids)
                    MatchRepository(session).enqueue(new_ids)
            t = time.perf_counter()
            library.match_pending()
            times.append(time.perf_counter() - t)
        report = library.match_report() if args.quotes <= 200_000 else None
        with library._db.read() as session:
            from sqlalchemy import text as sql

            listed = ",".join(map(str, new_ids))
            query = f"SELECT count(*) FROM quote_links WHERE quote_id IN ({listed})"
            links = session.execute(sql(f"{query} OR other_id IN ({listed})")).scalar_one()
    median, low, high = (1000 * f(times) for f in (statistics.median, min, max))
    print(
        f"match one article of {len(new_ids)} quotes: median {median:.0f} ms"
        f" (min {low:.0f}, max {high:.0f}; {args.runs} runs), {links} links"
    )
    if report is not None:
        grouped = sum(1 for i in new_ids if report.matches(i))
        print(f"  {grouped} of {len(new_ids)} new quotes grouped with library quotes")
    if not args.keep:
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
