"""The archive job in one process, its result folder, and lookups in its index."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from desk.core.archive import ArchiveIndex, ArchiveProblem, OutputRefused, run_archive, tasks
from desk.core.archive.articles import from_record
from desk.core.archive.output import recover
from desk.core.matching import MatchQuote, Relation
from desk.core.matching.index import Postings, pairs


def grouped_pairs(result: Path) -> set[tuple[Any, Any]]:
    table = pq.read_table(result / "quotes.parquet").to_pydict()
    members: dict[int, list[Any]] = {}
    for article, start, group in zip(table["article"], table["start"], table["group"], strict=True):
        members.setdefault(group, []).append((Path(article).stem, start))
    return {p for m in members.values() for p in itertools.combinations(sorted(m), 2)}


def test_parquet_records_give_the_same_groups_as_json_lines(
    local_result: Path, archive_inputs: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "from-parquet"
    summary = run_archive([str(archive_inputs["parquet"])], out, engine="local")
    assert summary.skipped == {}
    assert grouped_pairs(out) == grouped_pairs(local_result)


def test_the_order_articles_are_read_in_changes_no_id_and_no_group(
    local_result: Path, archive_inputs: dict[str, Path], tmp_path: Path
) -> None:
    lines = archive_inputs["jsonl"].read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(11).shuffle(lines)
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "from-shuffled"
    run_archive([str(shuffled)], out, engine="local")
    columns = ["id", "article", "start", "group"]
    again = pq.read_table(out / "quotes.parquet", columns=columns).to_pydict()
    first = pq.read_table(local_result / "quotes.parquet", columns=columns).to_pydict()
    assert len(again["id"]) > 1000
    assert again == first
    assert (out / "groups.jsonl").read_bytes() == (local_result / "groups.jsonl").read_bytes()


def test_a_rerun_replaces_the_result_whole(local_result: Path, tmp_path: Path) -> None:
    out = tmp_path / "result"
    small = tmp_path / "small.jsonl"
    small.write_text(
        json.dumps(
            {
                "id": "only",
                "outlet": "Reuters",
                "text": "Talks went on.\n\n“We will keep talking to everyone,” Ana Ortez said.",
            }
        )
        + "\n"
    )
    run_archive([str(small)], out, engine="local")
    first = json.loads((out / "summary.json").read_text())
    assert first["quotes"] == 1
    (out / "stray-file").write_text("left by hand")
    run_archive([str(small)], out, engine="local")
    assert not (out / "stray-file").exists()  # replaced whole, not merged
    assert not list(tmp_path.glob(".result.*"))


def test_a_folder_that_is_not_a_result_is_never_replaced(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("keep me")
    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "x", "text": "Nothing quoted here."}\n')
    with pytest.raises(OutputRefused, match="not an archive result"):
        run_archive([str(small)], documents, engine="local")
    assert (documents / "letter.txt").read_text() == "keep me"


def test_a_swap_stopped_halfway_is_undone(tmp_path: Path) -> None:
    out = tmp_path / "result"
    old = tmp_path / ".result.old"
    old.mkdir()
    (old / "summary.json").write_text("{}")
    recover(out)  # the old result was moved aside and the new one never arrived
    assert (out / "summary.json").exists()
    assert not old.exists()


def test_lookup_finds_a_reprinted_quote_and_where_it_first_appeared(
    local_result: Path, generated: Any
) -> None:
    group = json.loads((local_result / "groups.jsonl").read_text().splitlines()[0])
    member = group["quotes"][0]
    with ArchiveIndex(local_result) as index:
        found = index.lookup(
            [MatchQuote(key=1, article="library-article", text=member["text"], speaker=None)]
        )
    assert len(found) == 1
    assert found[0]
    best = found[0][0]
    assert best.relation is Relation.SAME
    assert best.size == len(group["quotes"])
    assert best.first_seen is not None
    assert best.first_seen.published.isoformat() == group["first_seen"]["published"]
    assert best.first_seen.outlet == group["first_seen"]["outlet"]
    assert {q.text for q in best.members} == {q["text"] for q in group["quotes"]}


def test_lookup_leaves_out_the_quote_s_own_article_and_unrelated_words(
    local_result: Path,
) -> None:
    table = pq.read_table(local_result / "quotes.parquet").to_pydict()
    alone = table["group_size"].index(1)
    text, article = table["text"][alone], table["article"][alone]
    with ArchiveIndex(local_result) as index:
        own, elsewhere, nothing = index.lookup(
            [
                MatchQuote(key=0, article=article, text=text),
                MatchQuote(key=1, article="another", text=text),
                MatchQuote(key=2, article="another", text="Completely unrelated words here."),
            ]
        )
    assert own == []
    assert [m.quote.article for m in elsewhere] == [article]
    assert nothing == []


def test_an_index_that_cannot_be_used_says_why(local_result: Path, tmp_path: Path) -> None:
    with pytest.raises(ArchiveProblem, match="not an archive result"):
        ArchiveIndex(tmp_path)
    import shutil

    newer = tmp_path / "newer"
    shutil.copytree(local_result, newer)
    with sqlite3.connect(newer / "index" / "quotes.sqlite") as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'format'")
    with pytest.raises(ArchiveProblem, match="newer"):
        ArchiveIndex(newer)
    broken = tmp_path / "broken"
    shutil.copytree(local_result, broken)
    (broken / "index" / "tri.hashes.npy").unlink()
    with pytest.raises(ArchiveProblem, match="incomplete"):
        ArchiveIndex(broken)


def test_the_shingle_task_makes_the_pairs_the_single_machine_index_makes() -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 40, size=600)
    quotes = rng.integers(1000, 1200, size=600) * 7  # sparse ids, as Spark assigns them
    words = (quotes % 11).astype(np.int64)
    batch = pa.RecordBatch.from_pydict(
        {"kind": ["tri"] * 600, "hash": hashes, "id": quotes, "words": words}
    )
    made = pa.Table.from_batches(list(tasks.shingle_pairs(12, iter([batch])))).to_pydict()
    ids, local = np.unique(quotes, return_inverse=True)
    expected = pairs(Postings(hashes.astype(np.int64), local.astype(np.int64)), 12)
    assert sorted(zip(made["x"], made["y"], made["shared"], strict=True)) == sorted(
        (int(ids[x]), int(ids[y]), int(s)) for x, y, s in expected.tolist()
    )


def test_detection_rows_skip_a_bad_record_and_keep_the_rest() -> None:
    batch = pa.RecordBatch.from_pydict(
        {
            "value": [
                '{"id": "a", "text": "“We will talk again soon,” Ana Ortez said."}',
                "not json",
                "",
            ],
            "source": ["f.jsonl"] * 3,
        }
    )
    rows = pa.Table.from_batches(list(tasks.detect_lines(iter([batch])))).to_pydict()
    assert rows["row"] == [tasks.ARTICLE, tasks.QUOTE, tasks.SKIPPED]
    assert rows["speaker"][1] == "Ana Ortez"
    article = from_record({"id": "a", "text": "“We will talk again soon,” Ana Ortez said."}, "f")
    assert article.text[rows["start"][1] : rows["end"][1]] == rows["text"][1]


def test_desk_archive_match_and_lookup_on_the_command_line(
    archive_inputs: dict[str, Path], local_result: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cli"
    done = subprocess.run(
        [sys.executable, "-m", "desk", "archive", "match", str(archive_inputs["jsonl"]),
         "--out", str(out), "--engine", "local"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "statements reported more than once" in done.stdout
    assert "3 inputs skipped" in done.stdout
    group = json.loads((out / "groups.jsonl").read_text().splitlines()[0])
    lookup = subprocess.run(
        [sys.executable, "-m", "desk", "archive", "lookup", str(out), group["quotes"][0]["text"]],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert lookup.returncode == 0, lookup.stderr
    answer = json.loads(lookup.stdout)
    assert answer["matches"][0]["first_seen"] == group["first_seen"]


def test_spark_without_java_says_so_in_one_line(tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "x", "text": "Nothing quoted here."}\n')
    empty = tmp_path / "bin"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "desk", "archive", "match", str(small), "--out",
         str(tmp_path / "out"), "--engine", "spark"],
        capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": str(empty), "HOME": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Java runtime" in lines[0] or "PySpark" in lines[0]
    assert not (tmp_path / "out").exists()


def test_desk_archive_attach_and_detach_a_library(
    local_result: Path, tmp_path: Path, db_url: str
) -> None:
    from desk.core.library import Library

    def desk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desk", "archive", *args],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    attached = desk("attach", str(local_result), "--db", db_url)
    assert attached.returncode == 0, attached.stderr
    assert "quotes) to the library" in attached.stdout
    with Library.open(db_url) as library:
        assert library.archive_path() == local_result.absolute()
    refused = desk("attach", str(tmp_path), "--db", db_url)
    assert refused.returncode == 1
    assert "not an archive result" in refused.stderr
    with Library.open(db_url) as library:
        assert library.archive_path() == local_result.absolute()  # the old one stays
    assert desk("detach", "--db", db_url).returncode == 0
    with Library.open(db_url) as library:
        assert library.archive_path() is None


def test_spark_without_pyspark_says_what_to_install(tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "x", "text": "Nothing quoted here."}\n')
    # As if the archive extra were not installed: importing pyspark fails.
    script = (
        "import sys; sys.modules['pyspark'] = None; from desk.cli import main;"
        f" sys.exit(main(['archive', 'match', {str(small)!r}, '--out', {str(tmp_path / 'out')!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        'desk: --engine spark needs PySpark: pip install -e ".[archive]" (or use --engine local)'
    ]
