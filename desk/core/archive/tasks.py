"""What the archive job's executors run, one Arrow batch stream at a time.

Each function takes an iterator of ``pyarrow.RecordBatch`` and yields batches, the shape Spark's
``mapInArrow`` calls; none imports Spark, so they are tested and profiled without a cluster.
They call the desktop's own code (the importer's cleaning, :func:`detect`, the matcher's
:func:`~desk.core.matching.index.pairs`, :func:`weak_pairs`, :func:`score_pairs`,
:func:`attachments`, :func:`group_record`): the archive cannot drift from the library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa

from desk.core.archive.articles import (
    FIELDS,
    ArchiveArticle,
    Skipped,
    from_file,
    from_json_line,
    from_record,
)
from desk.core.archive.quotes import detect, group_record
from desk.core.matching import MatchQuote, MatchSettings, Prepared, Relation
from desk.core.matching.groups import Tie, attachments, speakers_agree
from desk.core.matching.index import Postings, pairs
from desk.core.matching.matcher import score_pairs, weak_pairs
from desk.core.matching.pairs import SHORT_WORDS, bigram_hashes, trigram_hashes

Batches = Iterator[pa.RecordBatch]

ARTICLE, QUOTE, SKIPPED = "article", "quote", "skipped"
DETECTED = pa.schema(
    [
        ("row", pa.string()),  # ARTICLE (one per article read), QUOTE or SKIPPED
        ("article", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
        ("speaker", pa.string()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("partial", pa.bool_()),
        ("words", pa.int32()),
        ("distinct", pa.int32()),
        ("tri", pa.list_(pa.int64())),
        ("bi", pa.list_(pa.int64())),
        ("reason", pa.string()),
    ]
)
PAIRS = pa.schema(
    [("kind", pa.string()), ("x", pa.int64()), ("y", pa.int64()), ("shared", pa.int64())]
)
CANDIDATES = pa.schema([("x", pa.int64()), ("y", pa.int64())])
LINKS = pa.schema(
    [("a", pa.int64()), ("b", pa.int64()), ("relation", pa.string()), ("score", pa.float64())]
)
EDGES = pa.schema([("low", pa.int64()), ("high", pa.int64())])
GROUPS = pa.schema([("group", pa.int64()), ("size", pa.int64()), ("record", pa.string())])


# --- reading and detection ---------------------------------------------------------------


def detect_files(batches: Batches) -> Batches:
    """Article files (column ``path``, each a JSON string: a file name may hold a line break),
    read, cleaned and detected where the task runs."""
    for batch in batches:
        yield _detected(from_file(json.loads(path)) for path in batch.column("path").to_pylist())


def detect_lines(batches: Batches) -> Batches:
    """JSON Lines (columns ``value``: the line, ``source``: its file)."""
    for batch in batches:
        lines, sources = batch.column("value").to_pylist(), batch.column("source").to_pylist()
        found = (from_json_line(line, source) for line, source in zip(lines, sources, strict=True))
        yield _detected(item for item in found if item is not None)


def detect_records(batches: Batches) -> Batches:
    """Parquet records (the columns of :data:`FIELDS`, as text, and ``source``)."""
    for batch in batches:
        for record in batch.to_pylist():
            source = record.pop("source")
            yield _detected([from_record({k: record.get(k) for k in FIELDS}, source)])


def _detected(items: Iterable[ArchiveArticle | Skipped]) -> pa.RecordBatch:
    rows: dict[str, list[Any]] = {name: [] for name in DETECTED.names}

    def add(**values: Any) -> None:
        for name in DETECTED.names:
            rows[name].append(values.get(name))

    for item in items:
        if isinstance(item, Skipped):
            add(row=SKIPPED, article=item.source, reason=item.reason)
            continue
        add(row=ARTICLE, article=item.id, outlet=item.outlet, published=item.published)
        try:
            quotes = detect(item)
        except Exception as error:  # one bad article must not fail the job
            add(row=SKIPPED, article=item.id, reason=f"detection failed ({error})")
            continue
        for quote in quotes:
            forms = Prepared.of(quote.text).forms
            tri = sorted(trigram_hashes(forms))
            add(
                row=QUOTE,
                article=item.id,
                outlet=quote.outlet,
                published=quote.published,
                speaker=quote.speaker,
                text=quote.text,
                start=quote.start,
                end=quote.end,
                partial=quote.partial,
                words=len(forms),
                distinct=len(tri),
                tri=tri,
                bi=sorted(bigram_hashes(forms)),
            )
    return pa.RecordBatch.from_pydict(rows, schema=DETECTED)


# --- candidates ----------------------------------------------------------------------------


def _whole(batches: Batches, schema: pa.Schema | None = None) -> pa.Table | None:
    """A partition's batches as one table (None when empty): the steps below need a whole
    shingle's postings, or a whole group's rows, at once."""
    collected = list(batches)
    if not collected or not any(b.num_rows for b in collected):
        return None
    return pa.Table.from_batches(collected, schema=schema)


def shingle_pairs(cap: int, batches: Batches) -> Batches:
    """Candidate pairs from postings partitioned by shingle (columns ``kind``, ``hash``,
    ``id``, ``words``): every posting of a shingle is in this partition, so skipping a shingle
    of more than ``cap`` quotes is exact, as in the single-machine index."""
    table = _whole(batches)
    if table is None:
        return
    kinds = np.asarray(table.column("kind").to_numpy(zero_copy_only=False))
    for kind in ("tri", "bi"):
        mine = kinds == kind
        if not mine.any():
            continue
        ids = table.column("id").to_numpy()[mine]
        words = table.column("words").to_numpy()[mine]
        local_ids, local = np.unique(ids, return_inverse=True)
        needs = None
        if kind == "bi":
            local_words = np.zeros(local_ids.size, dtype=np.int64)
            local_words[local] = words
            needs = local_words < SHORT_WORDS
        found = pairs(
            Postings(
                table.column("hash").to_numpy()[mine].astype(np.int64), local.astype(np.int64)
            ),
            cap,
            needs=needs,
        )
        if found.size:
            yield pa.RecordBatch.from_pydict(
                {
                    "kind": [kind] * len(found),
                    "x": local_ids[found[:, 0]],
                    "y": local_ids[found[:, 1]],
                    "shared": found[:, 2],
                },
                schema=PAIRS,
            )


def keep_candidates(batches: Batches) -> Batches:
    """The pairs worth scoring: in different articles, and not two long quotes that share a
    single 3-shingle (:func:`weak_pairs`); word-pair candidates always pass."""
    for batch in batches:
        column = batch.column
        tri = np.asarray(column("kind").to_numpy(zero_copy_only=False)) == "tri"
        weak = weak_pairs(
            column("shared").to_numpy(),
            column("words_x").to_numpy(),
            column("words_y").to_numpy(),
            column("distinct_x").to_numpy(),
            column("distinct_y").to_numpy(),
        )
        apart = np.asarray(column("article_x").to_numpy(zero_copy_only=False)) != np.asarray(
            column("article_y").to_numpy(zero_copy_only=False)
        )
        keep = apart & ~(tri & weak)
        yield pa.RecordBatch.from_pydict(
            {"x": column("x").to_numpy()[keep], "y": column("y").to_numpy()[keep]},
            schema=CANDIDATES,
        )


# --- verification --------------------------------------------------------------------------


def score(settings: MatchSettings, batches: Batches) -> Batches:
    """Each candidate pair (columns ``x``, ``y``, ``text_x``, ``text_y``, ``speaker_x``,
    ``speaker_y``) judged by the matcher's :func:`score_pairs`."""
    for batch in batches:
        if not batch.num_rows:
            continue
        ids = np.column_stack((batch.column("x").to_numpy(), batch.column("y").to_numpy())).ravel()
        texts = _interleave(batch, "text")
        speakers = _interleave(batch, "speaker")
        prepared = [Prepared.of(text) for text in texts]
        candidates = np.arange(len(texts), dtype=np.int64).reshape(-1, 2)
        links = score_pairs(candidates, prepared, settings, speakers)
        yield pa.RecordBatch.from_pydict(
            {
                "a": [int(ids[link.a]) for link in links],
                "b": [int(ids[link.b]) for link in links],
                "relation": [link.relation.value for link in links],
                "score": [link.score for link in links],
            },
            schema=LINKS,
        )


def _interleave(batch: pa.RecordBatch, name: str) -> list[Any]:
    xs, ys = batch.column(f"{name}_x").to_pylist(), batch.column(f"{name}_y").to_pylist()
    return [value for pair in zip(xs, ys, strict=True) for value in pair]


# --- groups --------------------------------------------------------------------------------


def attach(settings: MatchSettings, batches: Batches) -> Batches:
    """The snowball guard's choice (:func:`attachments`) for fragment links partitioned by
    their shorter side's group (columns ``low``, ``high``, ``low_words``, ``high_words``,
    ``relation``, ``score``, ``speaker_a``, ``speaker_b``)."""
    table = _whole(batches)
    if table is None:
        return
    ties = (
        Tie(
            row["low"],
            row["high"],
            row["low_words"],
            row["high_words"],
            Relation(row["relation"]),
            row["score"],
            speakers_agree(row["speaker_a"], row["speaker_b"]),
        )
        for row in table.to_pylist()
    )
    joined = attachments(ties, settings)
    if joined:
        low, high = zip(*joined, strict=True)
        yield pa.RecordBatch.from_pydict({"low": low, "high": high}, schema=EDGES)


def describe(settings: MatchSettings, batches: Batches) -> Batches:
    """``groups.jsonl`` lines for the groups of this partition (quote rows with ``group``)."""
    table = _whole(batches)
    if table is None:
        return
    members: dict[int, list[dict[str, Any]]] = {}
    for row in table.to_pylist():
        members.setdefault(row["group"], []).append(row)
    labels, sizes, records = [], [], []
    for label, rows in members.items():
        rows.sort(key=lambda r: r["id"])
        quotes = [_match_quote(row) for row in rows]
        labels.append(label)
        sizes.append(len(rows))
        records.append(json.dumps(group_record(label, quotes, settings), ensure_ascii=False))
    yield pa.RecordBatch.from_pydict(
        {"group": labels, "size": sizes, "record": records}, schema=GROUPS
    )


def _match_quote(row: dict[str, Any]) -> MatchQuote:
    published = row["published"]
    return MatchQuote(
        key=row["id"],
        article=row["article"],
        text=row["text"],
        speaker=row["speaker"],
        outlet=row["outlet"],
        published=published if isinstance(published, date) else None,
        start=row["start"],
        end=row["end"],
        partial=bool(row["partial"]),
    )
