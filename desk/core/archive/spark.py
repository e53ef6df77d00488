"""The archive job on Apache Spark: the same steps as the local engine, spread over a cluster.

Stages (ARCHITECTURE.md has the reasoning and a sizing for 100M quotes):

1. read and detect in the executors (:mod:`desk.core.archive.tasks`), sorted and written once
   to Parquet, so that every later stage reads the same quotes, numbered in the order the local
   engine numbers them;
2. candidates: postings shuffled by shingle hash, pairs made per shingle where the whole
   posting list is in one task, a shingle of more than ``max_shingle_quotes`` quotes skipped
   (so no task ever makes more than cap² / 2 pairs from one shingle), then summed per pair;
3. verification with rapidfuzz in the executors;
4. groups: connected components by iterative min-label propagation on the cluster, twice (the
   whole-quote links, then the snowball guard's attachments between those groups);
5. output: the quotes as Parquet, ``groups.jsonl`` and the lookup index streamed to the driver
   one partition at a time, so the driver's memory does not grow with the archive.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from desk.core.archive import output, tasks
from desk.core.archive.articles import FIELDS, Skipped, article_files, record_files
from desk.core.archive.index import IndexWriter
from desk.core.archive.quotes import QUOTE_ORDER
from desk.core.archive.summary import ArchiveSummary
from desk.core.errors import DeskError
from desk.core.matching import MatchSettings, Relation
from desk.core.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

STAGES = 9


class SparkMissing(DeskError):
    """PySpark or a Java runtime is missing; the message says what to install."""


def check_spark() -> None:
    """Fail early, in one line, when Spark cannot run here."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkMissing(
            '--engine spark needs PySpark: pip install -e ".[archive]" (or use --engine local)'
        ) from None
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").exists()):
        raise SparkMissing(
            "--engine spark needs a Java runtime (17 or newer), and none was found: install one"
            " (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
        )


@contextmanager
def spark_session(master: str, partitions: int | None = None) -> Iterator[SparkSession]:
    """A session for one job: the active one if there is one (a notebook, a test), else a new
    one on ``master`` that is stopped afterwards."""
    check_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName("Quote Desk archive")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.showConsoleProgress", "true")
    )
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def run_spark(
    inputs: Sequence[str],
    out: Path,
    settings: MatchSettings,
    *,
    master: str = "local[*]",
    partitions: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> ArchiveSummary:
    with spark_session(master, partitions) as spark:
        return _Job(spark, settings, partitions, progress).run(inputs, out)


class _Job:
    def __init__(
        self,
        spark: SparkSession,
        settings: MatchSettings,
        partitions: int | None,
        progress: Progress,
    ) -> None:
        self.spark = spark
        self.settings = settings
        self.partitions = partitions or int(spark.conf.get("spark.sql.shuffle.partitions") or 8)
        self.progress = progress
        self.began = time.monotonic()
        self.stage = 0
        self.stats: dict[str, int] = {}

    def step(self, text: str) -> None:
        self.stage += 1
        elapsed = time.monotonic() - self.began
        self.progress(self.stage - 1, STAGES, f"{text} ({elapsed:.0f} s)")

    def run(self, inputs: Sequence[str], out: Path) -> ArchiveSummary:
        with output.result_folder(out) as folder:
            work = folder / "_work"
            work.mkdir()
            try:
                summary = self._run(inputs, folder, work)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            output.write_summary(folder, summary.json())
        self.progress(STAGES, STAGES, "Done")
        return summary

    def _run(self, inputs: Sequence[str], folder: Path, work: Path) -> ArchiveSummary:
        from pyspark.sql import functions as F

        spark = self.spark
        self.step("Reading articles and finding quotes")
        detected = self._saved(self._detect(inputs, work), work / "detected")
        quotes = self._numbered(
            detected.where(F.col("row") == tasks.QUOTE).drop("row", "reason"), work
        )

        self.step("Proposing candidate pairs by shared shingles")
        postings = self._postings(quotes)
        candidates = self._saved(self._candidates(postings, quotes), work / "candidates")
        self.stats["candidates"] = candidates.count()

        self.step("Scoring candidate pairs")
        texts = quotes.select("id", "text", "speaker")
        scoring = candidates.join(_suffixed(texts, "x"), "x").join(_suffixed(texts, "y"), "y")
        links = self._saved(
            scoring.mapInArrow(functools.partial(tasks.score, self.settings), _ddl(tasks.LINKS)),
            work / "links",
        )
        self.stats["links"] = links.count()

        self.step("Grouping whole-quote matches")
        same = links.where(F.col("relation") == Relation.SAME.value).select(
            F.col("a").alias("src"), F.col("b").alias("dst")
        )
        first, self.stats["rounds_same"] = components(spark, same, work / "same")
        labelled = self._saved(
            quotes.select("id", "words", "speaker")
            .join(first, "id", "left")
            .select("id", "words", "speaker", F.coalesce("label", "id").alias("label")),
            work / "labelled",
        )

        self.step("Attaching fragments (snowball guard)")
        edges = self._attachments(links, labelled)
        second, self.stats["rounds_attached"] = components(spark, edges, work / "attached")
        top = second.select(F.col("id").alias("label"), F.col("label").alias("top"))
        final = self._saved(
            labelled.join(top, "label", "left").select(
                "id", F.coalesce("top", "label").alias("group")
            ),
            work / "final",
        )
        sizes = final.groupBy("group").agg(F.count("*").alias("group_size"))
        grouped = quotes.join(final, "id").join(sizes, "group")

        self.step("Writing the quotes as Parquet")
        columns = [F.col(c) for c in output.QUOTE_COLUMNS if c != "group_size"]
        result = self._saved(
            grouped.select(*columns, F.col("group_size").cast("int")), folder / output.QUOTES
        )

        self.step("Describing groups")
        described = self._saved(
            result.where(F.col("group_size") > 1)
            .repartition(self.partitions, "group")
            .mapInArrow(functools.partial(tasks.describe, self.settings), _ddl(tasks.GROUPS)),
            work / "groups",
        )
        groups = 0
        grouped_quotes = 0
        ordered = described.orderBy(F.col("size").desc(), F.col("group"))
        with (folder / output.GROUPS).open("w", encoding="utf-8") as lines:
            for row in ordered.select("size", "record").toLocalIterator():
                groups += 1
                grouped_quotes += row["size"]
                lines.write(row["record"] + "\n")

        self.step("Building the lookup index")
        self._index(folder / output.INDEX, quotes, final, postings, work)

        self.step("Counting articles and skipped inputs")
        counts = {r["row"]: r["count"] for r in detected.groupBy("row").count().collect()}
        rows: Iterator[Any] = iter(())
        if counts.get(tasks.SKIPPED):
            skipped = detected.where(F.col("row") == tasks.SKIPPED).select("article", "reason")
            rows = skipped.toLocalIterator()
        reasons = output.write_skipped(
            folder, (Skipped(row["article"], row["reason"]) for row in rows)
        )
        return ArchiveSummary(
            engine="spark",
            articles=counts.get(tasks.ARTICLE, 0),
            quotes=counts.get(tasks.QUOTE, 0),
            groups=groups,
            grouped_quotes=grouped_quotes,
            skipped=dict(reasons),
            seconds=round(time.monotonic() - self.began, 1),
            stats=self.stats,
        )

    def _saved(self, frame: DataFrame, path: Path) -> DataFrame:
        """``frame`` computed once and read back: later stages reuse it without recomputing
        its lineage (and ids assigned in it never change)."""
        frame.write.parquet(_uri(path))
        return self.spark.read.parquet(_uri(path))

    def _numbered(self, quotes: DataFrame, work: Path) -> DataFrame:
        """``quotes`` with ``id`` 0, 1, 2 … in the order of :data:`QUOTE_ORDER`.

        Ids break the grouping's ties, so they must not depend on how the input was split into
        partitions: a range sort puts partition *p* before *p* + 1, and within a partition
        ``monotonically_increasing_id`` counts rows up from ``p << 33``; a partition's offset is
        the number of rows before it.
        """
        from pyspark.sql import functions as F

        ordered = self._saved(
            quotes.orderBy(*QUOTE_ORDER)
            .withColumn("_part", F.spark_partition_id())
            .withColumn("_row", F.monotonically_increasing_id()),
            work / "quotes",
        )
        sizes: dict[int, int] = dict(ordered.groupBy("_part").count().collect())
        before, offsets = 0, [0]
        for part in range(max(sizes, default=0)):
            before += sizes.get(part, 0)
            offsets.append(before)
        offset = F.element_at(
            F.array(*[F.lit(n).cast("bigint") for n in offsets]), F.col("_part") + 1
        )
        rank = F.col("_row") - F.shiftleft(F.col("_part").cast("bigint"), 33)
        return ordered.withColumn("id", offset + rank).drop("_part", "_row")

    # --- stages --------------------------------------------------------------------------

    def _detect(self, inputs: Sequence[str], work: Path) -> DataFrame:
        """Every input as detected rows (:data:`tasks.DETECTED`), read inside the executors."""
        from pyspark.sql import functions as F

        spark = self.spark
        parts: list[DataFrame] = []
        # Folders are listed here, as ``desk import`` lists them, into a file the executors
        # read: the driver holds one path at a time.
        listing = work / "files.txt"
        listed = 0
        skipped: list[dict[str, Any]] = []
        with listing.open("w", encoding="utf-8") as paths:
            for item in article_files(inputs):
                if isinstance(item, str):
                    paths.write(json.dumps(item) + "\n")
                    listed += 1
                else:
                    skipped.append({"article": item.source, "reason": item.reason})
        if listed:
            files = (
                spark.read.text(_uri(listing))
                .select(F.col("value").alias("path"))
                .repartition(self.partitions)
            )
            parts.append(files.mapInArrow(tasks.detect_files, _ddl(tasks.DETECTED)))
        lines = [p for p in record_files(inputs) if p.suffix.lower() != ".parquet"]
        if lines:
            text = spark.read.text([_uri(p) for p in lines]).select(
                "value", F.input_file_name().alias("source")
            )
            parts.append(
                text.repartition(self.partitions).mapInArrow(
                    tasks.detect_lines, _ddl(tasks.DETECTED)
                )
            )
        for path in record_files(inputs):
            if path.suffix.lower() != ".parquet":
                continue
            table = spark.read.parquet(_uri(path))
            present = set(table.columns)
            records = table.select(
                *[
                    (F.col(c).cast("string") if c in present else F.lit(None).cast("string")).alias(
                        c
                    )
                    for c in FIELDS
                ],
                F.lit(str(path)).alias("source"),
            )
            parts.append(
                records.repartition(self.partitions).mapInArrow(
                    tasks.detect_records, _ddl(tasks.DETECTED)
                )
            )
        if skipped:
            parts.append(
                spark.createDataFrame(skipped).select(
                    *[
                        (
                            F.lit(tasks.SKIPPED)
                            if name == "row"
                            else F.col(name)
                            if name in ("article", "reason")
                            else F.lit(None)
                        )
                        .cast(_spark_type(name))
                        .alias(name)
                        for name in tasks.DETECTED.names
                    ]
                )
            )
        if not parts:
            return spark.createDataFrame([], _ddl(tasks.DETECTED))
        return functools.reduce(lambda a, b: a.unionByName(b), parts)

    def _postings(self, quotes: DataFrame) -> DataFrame:
        from pyspark.sql import functions as F

        return quotes.select(
            "id", "words", F.explode("tri").alias("hash"), F.lit("tri").alias("kind")
        ).unionByName(
            quotes.select("id", "words", F.explode("bi").alias("hash"), F.lit("bi").alias("kind"))
        )

    def _candidates(self, postings: DataFrame, quotes: DataFrame) -> DataFrame:
        from pyspark.sql import functions as F

        cap = self.settings.max_shingle_quotes
        by_shingle = postings.repartition(self.partitions, "kind", "hash").mapInArrow(
            functools.partial(tasks.shingle_pairs, cap), _ddl(tasks.PAIRS)
        )
        # A pair may share shingles that landed in different tasks: sum them.
        summed = by_shingle.groupBy("kind", "x", "y").agg(F.sum("shared").alias("shared"))
        facts = quotes.select("id", "article", "words", "distinct")
        joined = summed.join(_suffixed(facts, "x"), "x").join(_suffixed(facts, "y"), "y")
        kept = joined.mapInArrow(tasks.keep_candidates, _ddl(tasks.CANDIDATES))
        return kept.distinct()

    def _attachments(self, links: DataFrame, labelled: DataFrame) -> DataFrame:
        """Edges between whole-quote groups, chosen by :func:`tasks.attach` per shorter group."""
        from pyspark.sql import functions as F

        longest = labelled.groupBy("label").agg(F.max("words").alias("longest"))
        side = labelled.join(longest, "label").select("id", "label", "longest", "speaker")
        ties = (
            links.where(F.col("relation") != Relation.SAME.value)
            .join(_suffixed(side, "a", key="id"), F.col("a") == F.col("id_a"))
            .join(_suffixed(side, "b", key="id"), F.col("b") == F.col("id_b"))
            .select(
                F.col("label_a").alias("low"),
                F.col("label_b").alias("high"),
                F.col("longest_a").alias("low_words"),
                F.col("longest_b").alias("high_words"),
                "relation",
                "score",
                "speaker_a",
                "speaker_b",
            )
        )
        return (
            ties.repartition(self.partitions, "low")
            .mapInArrow(functools.partial(tasks.attach, self.settings), _ddl(tasks.EDGES))
            .select(F.col("low").alias("src"), F.col("high").alias("dst"))
        )

    def _index(
        self,
        folder: Path,
        quotes: DataFrame,
        final: DataFrame,
        postings: DataFrame,
        work: Path,
    ) -> None:
        """The lookup index, written by the driver from Parquet it reads a batch at a time."""
        from pyspark.sql import functions as F

        cap = self.settings.max_shingle_quotes
        counts = postings.groupBy("kind", "hash").agg(F.count("*").alias("n"))
        kept = postings.join(counts.where(F.col("n") <= cap).drop("n"), ["kind", "hash"])
        for kind in ("tri", "bi"):
            kept.where(F.col("kind") == kind).select("hash", "id").orderBy(
                "hash", "id"
            ).write.parquet(_uri(work / f"postings_{kind}"))
        rows = quotes.join(final, "id").select(
            "id",
            "article",
            "outlet",
            F.date_format("published", "yyyy-MM-dd").alias("published"),
            "speaker",
            "text",
            "start",
            "end",
            F.col("partial").cast("int").alias("partial"),
            "group",
            "words",
            "distinct",
        )
        rows.write.parquet(_uri(work / "index_quotes"))
        writer = IndexWriter(folder, self.settings)
        for batch in _parquet_batches(work / "index_quotes"):
            writer.add_quotes(
                zip(*(batch.column(i).to_pylist() for i in range(batch.num_columns)), strict=True)
            )
        for kind in ("tri", "bi"):
            parts = work / f"postings_{kind}"
            total = sum(b.num_rows for b in _parquet_batches(parts, metadata_only=True))
            writer.add_postings(kind, _sorted_postings(parts), total)
            self.stats["index_postings"] = self.stats.get("index_postings", 0) + total
        writer.close()


def components(spark: SparkSession, edges: DataFrame, checkpoints: Path) -> tuple[DataFrame, int]:
    """Connected components of ``edges`` (``src``, ``dst``) as ``id``, ``label`` rows (the
    smallest id of the component), by iterative min-label propagation on the cluster; and the
    number of rounds it took.

    Each round every vertex takes the smallest label among itself and its neighbours; it
    stops when a round changes nothing, so the rounds are the components' diameter, which the
    snowball guard keeps small. Each round's labels are written out, so the plan stays short
    and the driver holds nothing but a count.
    """
    from pyspark.sql import functions as F

    both = (
        edges.select("src", "dst")
        .unionByName(edges.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
        .where(F.col("src") != F.col("dst"))
        .distinct()
    )
    both.write.parquet(_uri(checkpoints / "edges"))
    both = spark.read.parquet(_uri(checkpoints / "edges"))
    labels = both.groupBy(F.col("src").alias("id")).agg(
        F.least(F.min("dst"), F.first("src")).alias("label")
    )
    round_ = 0
    while True:
        path = checkpoints / f"round-{round_}"
        labels.write.parquet(_uri(path))
        labels = spark.read.parquet(_uri(path))
        offered = (
            both.join(labels.withColumnRenamed("id", "dst"), "dst")
            .groupBy(F.col("src").alias("id"))
            .agg(F.min("label").alias("offer"))
        )
        moved = labels.join(offered, "id").where(F.col("offer") < F.col("label")).count()
        labels = labels.join(offered, "id", "left").select(
            "id", F.least("label", F.coalesce("offer", "label")).alias("label")
        )
        round_ += 1
        if moved == 0:
            return labels, round_


def _suffixed(frame: DataFrame, suffix: str, key: str | None = None) -> DataFrame:
    """``frame`` with each column renamed ``name_suffix``, except the join key, renamed to the
    suffix itself (``id`` -> ``x``) unless ``key`` says to keep it suffixed too."""
    from pyspark.sql import functions as F

    cols: list[Column] = []
    for name in frame.columns:
        if name == "id" and key is None:
            cols.append(F.col(name).alias(suffix))
        else:
            cols.append(F.col(name).alias(f"{name}_{suffix}"))
    return frame.select(*cols)


def _uri(path: Path) -> str:
    return path.absolute().as_uri()


def _parquet_batches(folder: Path, metadata_only: bool = False) -> Iterator[Any]:
    import pyarrow.parquet as pq

    for part in sorted(folder.glob("part-*.parquet")):
        file = pq.ParquetFile(part)
        if metadata_only:
            yield file.metadata
            continue
        yield from file.iter_batches(batch_size=65_536)


def _sorted_postings(folder: Path) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The postings parts in order; Spark's ``orderBy`` wrote them as consecutive ranges."""
    last = None
    for batch in _parquet_batches(folder):
        hashes = batch.column("hash").to_numpy()
        if hashes.size and last is not None and hashes[0] < last:
            raise DeskError("the index postings came back out of order")
        if hashes.size:
            last = hashes[-1]
        yield hashes, batch.column("id").to_numpy()


def _spark_type(name: str, schema: Any = tasks.DETECTED) -> str:
    import pyarrow as pa

    kind = schema.field(name).type
    if pa.types.is_list(kind):
        return "array<bigint>"
    return {
        pa.string(): "string",
        pa.date32(): "date",
        pa.int32(): "int",
        pa.int64(): "bigint",
        pa.float64(): "double",
        pa.bool_(): "boolean",
    }[kind]


def _ddl(schema: Any) -> str:
    """An Arrow schema of :mod:`tasks` as the DDL string Spark's ``mapInArrow`` takes."""
    return ", ".join(f"`{name}` {_spark_type(name, schema)}" for name in schema.names)
