"""The Spark engine against the local one, on a generated archive with known reprint families."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from desk.core.archive import run_archive
from desk.core.archive.articles import from_record

pytestmark = pytest.mark.spark


def grouped_pairs(result: Path, key: Any = lambda article, start: (article, start)) -> set[Any]:
    """Pairs of quotes in one group, each quote named by ``key(article, start)``."""
    table = pq.read_table(result / "quotes.parquet").to_pydict()
    members: dict[int, list[Any]] = {}
    for article, start, group in zip(table["article"], table["start"], table["group"], strict=True):
        members.setdefault(group, []).append(key(article, start))
    return {pair for names in members.values() for pair in itertools.combinations(sorted(names), 2)}


def groups_of(result: Path) -> list[dict[str, Any]]:
    with (result / "groups.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def summary_of(result: Path) -> dict[str, Any]:
    summary: dict[str, Any] = json.loads((result / "summary.json").read_text())
    return summary


def numbering(result: Path) -> dict[str, list[Any]]:
    """Each quote's id and group, in id order."""
    columns = ["id", "article", "start", "group"]
    table = pq.read_table(result / "quotes.parquet", columns=columns).sort_by("id")
    return table.to_pydict()


def test_spark_and_local_engines_give_the_same_ids_and_groups(
    spark_result: Path, local_result: Path
) -> None:
    assert len(grouped_pairs(local_result)) > 1000  # the archive has reprints to agree on
    # Ids break the grouping's ties, so equal ids are what make equal groups certain.
    assert numbering(spark_result) == numbering(local_result)
    spark_summary, local_summary = summary_of(spark_result), summary_of(local_result)
    assert spark_summary["engine"] == "spark"
    assert local_summary["engine"] == "local"
    for field in ("articles", "quotes", "groups", "grouped_quotes"):
        assert spark_summary[field] == local_summary[field]
    assert groups_of(spark_result) == groups_of(local_result)


def test_spark_groups_hold_the_known_reprints(spark_result: Path, generated: Any) -> None:
    table = pq.read_table(spark_result / "quotes.parquet").to_pydict()
    articles, texts = table["article"], table["text"]
    true, lost = generated.known_pairs(articles, texts)
    assert lost == 0
    order = {key: n for n, key in enumerate(zip(articles, table["start"], strict=True))}
    found = {
        min(order[a], order[b]) * len(articles) + max(order[a], order[b])
        for a, b in grouped_pairs(spark_result)
    }
    true_set = set(true.tolist())
    recall = len(found & true_set) / len(true_set)
    precision = len(found & true_set) / len(found)
    assert recall >= 0.95, recall
    assert precision >= 0.99, precision


def test_first_seen_is_the_earliest_dated_report(spark_result: Path, generated: Any) -> None:
    dates = {a["id"]: date.fromisoformat(a["published"]) for a in generated.articles}
    outlets = {a["id"]: a["outlet"] for a in generated.articles}
    groups = groups_of(spark_result)
    assert groups
    for group in groups:
        earliest = min(dates[q["article"]] for q in group["quotes"])
        first = group["first_seen"]
        assert date.fromisoformat(first["published"]) == earliest
        assert dates[first["article"]] == earliest
        assert first["outlet"] == outlets[first["article"]]
        assert first["article"] in {q["article"] for q in group["quotes"]}


def test_group_lines_read_like_desk_match_json(spark_result: Path, generated: Any) -> None:
    texts = {a["id"]: from_record(a, "test") for a in generated.articles}
    for group in groups_of(spark_result)[:200]:
        assert {"id", "quotes", "canonical", "canonical_quote", "variants", "flags"} <= set(group)
        assert len(group["quotes"]) >= 2
        for quote in group["quotes"]:
            article = texts[quote["article"]]
            assert article.text[quote["start"] : quote["end"]] == quote["text"]
            assert quote["outlet"] == article.outlet
        for variant in group["variants"]:
            assert 0 <= variant["quote"] < len(group["quotes"])
            assert all(op in {"equal", "insert", "delete", "replace"} for op, _ in variant["diff"])


def test_quotes_parquet_carries_every_quote_and_its_group(spark_result: Path) -> None:
    table = pq.read_table(spark_result / "quotes.parquet").to_pydict()
    assert len(table["id"]) == summary_of(spark_result)["quotes"]
    assert len(set(table["id"])) == len(table["id"])
    sizes: dict[int, int] = {}
    for group in table["group"]:
        sizes[group] = sizes.get(group, 0) + 1
    assert all(sizes[g] == s for g, s in zip(table["group"], table["group_size"], strict=True))
    # A group's id is its smallest quote id, so it names one of its members.
    members = dict(zip(table["id"], table["group"], strict=True))
    assert all(members[g] == g for g in sizes)


def test_folder_and_json_lines_inputs_give_the_same_result(
    spark_folder_result: Path, spark_result: Path
) -> None:
    def by_stem(article: str, start: int) -> tuple[str, int]:
        return (Path(article).stem, start)

    folder_pairs = grouped_pairs(spark_folder_result, by_stem)
    assert folder_pairs
    assert folder_pairs == grouped_pairs(spark_result, by_stem)
    # An article file's id is its path; the order of the paths is the order of the stems.
    from_folder = numbering(spark_folder_result)
    from_folder["article"] = [Path(article).stem for article in from_folder["article"]]
    assert from_folder == numbering(spark_result)


def test_inputs_that_give_no_article_are_counted_not_fatal(
    spark_result: Path, spark_folder_result: Path
) -> None:
    lines = summary_of(spark_result)["skipped"]
    assert sum(lines.values()) == 3, lines
    assert lines.get("no text") == 1
    files = summary_of(spark_folder_result)["skipped"]
    assert sum(files.values()) == 2, files
    skipped = [
        json.loads(line)
        for line in (spark_folder_result / "skipped.jsonl").read_text().splitlines()
    ]
    assert {Path(s["source"]).name for s in skipped} == {"empty.txt", "binary.txt"}


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_a_killed_run_leaves_the_old_result_whole(
    spark_result: Path, archive_inputs: dict[str, Path], tmp_path: Path
) -> None:
    import shutil

    out = tmp_path / "result"
    shutil.copytree(spark_result, out)
    before = _digest(out)
    job = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desk",
            "archive",
            "match",
            str(archive_inputs["jsonl"]),
            "--out",
            str(out),
            "--engine",
            "spark",
            "--master",
            "local[1]",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the JVM is its child: kill the whole group
    )
    partial = tmp_path / ".result.partial"
    deadline = time.monotonic() + 180
    try:
        while not (partial / "_work" / "detected").exists():
            assert job.poll() is None, "the job ended before it could be killed"
            assert time.monotonic() < deadline, "the job never started writing"
            time.sleep(0.2)
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait(timeout=60)
    assert partial.exists()  # killed mid-write
    assert _digest(out) == before
    # The next run clears what the killed one left and replaces the result whole.
    run_archive([str(archive_inputs["jsonl"])], out, engine="local")
    assert not partial.exists()
    assert summary_of(out)["engine"] == "local"
    assert numbering(out) == numbering(spark_result)
