"""The archive job in one process, with the single-machine matcher.

For an archive that fits in memory, and as the reference the Spark engine is tested against:
the same reading, detection, candidate rules, scoring, snowball guard and group description.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from desk.core.archive import output
from desk.core.archive.articles import Skipped, read_all
from desk.core.archive.index import IndexWriter, sorted_postings
from desk.core.archive.quotes import detect, group_record, numbered
from desk.core.archive.summary import ArchiveSummary
from desk.core.matching import MatchQuote, MatchSettings, Prepared
from desk.core.matching.groups import cluster
from desk.core.matching.index import Postings, shingle_rows
from desk.core.matching.matcher import distinct_counts, link_quotes
from desk.core.progress import NO_PROGRESS, CancelToken, Progress


def run_local(
    inputs: Sequence[str],
    out: Path,
    settings: MatchSettings,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> ArchiveSummary:
    began = time.monotonic()
    quotes: list[MatchQuote] = []
    skipped: list[Skipped] = []
    articles = 0
    for item in read_all(inputs):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        articles += 1
        quotes.extend(detect(item))
        if articles % 200 == 0:
            progress(articles, 0, f"Reading articles: {articles}, {len(quotes)} quotes")
    progress(1, 1, f"Read {articles} articles, {len(quotes)} quotes")
    quotes = numbered(quotes)
    prepared = [Prepared.of(q.text) for q in quotes]
    tri, bi = shingle_rows(prepared)
    links, scored = link_quotes(quotes, prepared, tri, bi, settings, progress, cancel)
    clusters = cluster(quotes, prepared, links, settings)
    label = np.arange(len(quotes), dtype=np.int64)
    size = np.ones(len(quotes), dtype=np.int64)
    for members in clusters:
        label[members] = min(members)
        size[members] = len(members)
    shared = sorted((m for m in clusters if len(m) > 1), key=lambda m: (-len(m), min(m)))
    with output.result_folder(out) as folder:
        with (folder / output.GROUPS).open("w", encoding="utf-8") as lines:
            for number, members in enumerate(shared):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                progress(number, len(shared), "Describing groups")
                ordered = sorted(members)
                record = group_record(
                    int(label[ordered[0]]),
                    [quotes[i] for i in ordered],
                    settings,
                    [prepared[i] for i in ordered],
                )
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
        _write_quotes(folder / output.QUOTES, quotes, label, size)
        indexed = _write_index(folder / output.INDEX, quotes, prepared, label, tri, bi, settings)
        reasons = output.write_skipped(folder, skipped)
        summary = ArchiveSummary(
            engine="local",
            articles=articles,
            quotes=len(quotes),
            groups=len(shared),
            grouped_quotes=sum(len(m) for m in shared),
            skipped=dict(reasons),
            seconds=round(time.monotonic() - began, 1),
            stats={"candidates": scored, "links": len(links), "index_postings": indexed},
        )
        output.write_summary(folder, summary.json())
    return summary


def _write_quotes(
    folder: Path, quotes: Sequence[MatchQuote], label: np.ndarray, size: np.ndarray
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir()
    table = pa.table(
        {
            "id": pa.array([q.key for q in quotes], pa.int64()),
            "article": pa.array([str(q.article) for q in quotes], pa.string()),
            "outlet": pa.array([q.outlet for q in quotes], pa.string()),
            "published": pa.array([q.published for q in quotes], pa.date32()),
            "speaker": pa.array([q.speaker for q in quotes], pa.string()),
            "text": pa.array([q.text for q in quotes], pa.string()),
            "start": pa.array([q.start for q in quotes], pa.int32()),
            "end": pa.array([q.end for q in quotes], pa.int32()),
            "partial": pa.array([q.partial for q in quotes], pa.bool_()),
            "group": pa.array(label, pa.int64()),
            "group_size": pa.array(size, pa.int32()),
        }
    )
    pq.write_table(table, folder / "part-00000.parquet")


def _write_index(
    folder: Path,
    quotes: Sequence[MatchQuote],
    prepared: Sequence[Prepared],
    label: np.ndarray,
    tri: Postings,
    bi: Postings,
    settings: MatchSettings,
) -> int:
    """The lookup index; returns how many postings it holds."""
    writer = IndexWriter(folder, settings)
    indexed = 0
    distinct = distinct_counts(tri, len(quotes))
    writer.add_quotes(
        (
            q.key,
            str(q.article),
            q.outlet,
            q.published.isoformat() if q.published else None,
            q.speaker,
            q.text,
            q.start,
            q.end,
            int(q.partial),
            int(label[i]),
            len(prepared[i].forms),
            int(distinct[i]),
        )
        for i, q in enumerate(quotes)
    )
    for kind, postings in (("tri", tri), ("bi", bi)):
        hashes, owners = sorted_postings(postings, settings.max_shingle_quotes)
        writer.add_postings(kind, [(hashes, owners)], hashes.size)
        indexed += hashes.size
    writer.close()
    return indexed
