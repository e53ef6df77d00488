"""The archive job at scale: both engines on generated archives, and lookups in the result.

For each size (quotes; about five per article) an archive is generated with known reprint
families (``bench/_archives.py``: realistic variants, fragments, misattributions) and written as
JSON Lines. Then, for each engine, ``desk archive match`` runs in a child process that reports
its own peak memory (the Spark driver's Python process and, separately, its JVM, which in
local mode also runs the executors). Printed per run: wall time, peak memory, quotes found,
and precision and recall of the known reprint pairs (two quotes of one family in different
articles) among the grouped pairs. Last, the lookup a library makes for one new article: 30
quotes (reprints of archive statements with an edit, and new ones) looked up in the result's
index; median and worst time over ``--lookups`` articles, after one untimed warm-up.

    python bench/archive.py                          # 100k and 1M quotes, both engines
    python bench/archive.py --quotes 100000 --engines local
    python bench/archive.py --keep /tmp/archives     # keep inputs and results there
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _archives import GeneratedArchive, generate_archive
from _families import group_pairs

from desk.core.archive import ArchiveIndex
from desk.core.matching import MatchQuote

# Runs in the child: the job, then its peak memory (VmHWM) and the JVM's, as a JSON line.
_CHILD = """
import json, os, sys, time
from pathlib import Path
os.environ["PYSPARK_PYTHON"] = sys.executable
from desk.core.archive import run_archive

def peak(pid="self"):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0

engine, out, master, partitions, *inputs = sys.argv[1:]
jvm = {}
if engine == "spark":
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master(master).config("spark.driver.memory", "6g")
             .config("spark.sql.shuffle.partitions", partitions)
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    proc = spark.sparkContext._gateway.proc
began = time.perf_counter()
summary = run_archive(inputs, Path(out), engine=engine, master=master,
                      partitions=int(partitions))
seconds = time.perf_counter() - began
if engine == "spark":
    jvm = {"jvm_peak": peak(proc.pid)}
print(json.dumps({"seconds": seconds, "python_peak": peak(), **jvm, **summary.json()}))
"""


def _run(engine: str, source: Path, out: Path, master: str, partitions: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, engine, str(out), master, str(partitions), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{engine} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _quality(result: Path, archive: GeneratedArchive) -> tuple[float, float, int]:
    table = pq.read_table(result / "quotes.parquet", columns=["article", "text", "group"])
    articles = table.column("article").to_pylist()
    true, lost = archive.known_pairs(articles, table.column("text").to_pylist())
    codes = {a: k for k, a in enumerate(dict.fromkeys(articles))}
    article = np.fromiter((codes[a] for a in articles), dtype=np.int64, count=len(articles))
    found = group_pairs(table.column("group").to_numpy().astype(np.int64), article)
    hit = np.intersect1d(true, found).size
    return hit / max(1, found.size), hit / max(1, true.size), lost


def _lookups(result: Path, archive: GeneratedArchive, runs: int) -> list[float]:
    """Seconds per lookup of one new article's 30 quotes."""
    rng = random.Random(3)
    quotes = archive.library.quotes
    times: list[float] = []
    with ArchiveIndex(result) as index:
        for run in range(runs + 1):
            batch = []
            for n in range(30):
                if n < 20:  # a reprint of an archive statement, one word changed
                    words = rng.choice(quotes).text.split()
                    words[rng.randrange(len(words))] = "meanwhile"
                    text = " ".join(words)
                else:  # a statement the archive never carried
                    text = " ".join(rng.choice(quotes).text.split()[::-1])
                batch.append(MatchQuote(key=n, article=f"new-{run}", text=text))
            began = time.perf_counter()
            index.lookup(batch)
            if run:  # the first opens the files: a warm-up
                times.append(time.perf_counter() - began)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--engines",
        nargs="*",
        default=["local", "spark"],
        help="none: only the lookups, in the results --keep already holds",
    )
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--lookups", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="keep inputs and results in this folder")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="desk-archive-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    for size in args.quotes:
        began = time.perf_counter()
        archive = generate_archive(size)
        source = archive.write_jsonl(base / f"archive-{size}.jsonl")
        print(
            f"\n{size:,} quotes in {len(archive.articles):,} articles"
            f" ({source.stat().st_size / 2**20:.0f} MiB of JSON Lines),"
            f" generated in {time.perf_counter() - began:.0f} s"
        )
        for engine in args.engines:
            out = base / f"result-{size}-{engine}"
            run = _run(engine, source, out, args.master, args.partitions)
            precision, recall, lost = _quality(out, archive)
            memory = f"peak {run['python_peak'] / 2**20:,.0f} MiB"
            if "jvm_peak" in run:
                memory = f"driver (Python) {memory}, JVM {run['jvm_peak'] / 2**20:,.0f} MiB"
            where = f" on {args.master}" if engine == "spark" else ""
            print(
                f"  {engine}{where}: {run['seconds']:.0f} s, {memory};"
                f" {run['quotes']:,} quotes, {run['groups']:,} groups;"
                f" reprint pairs P {precision:.3f} R {recall:.3f}"
                + (f" ({lost} quotes not traced)" if lost else "")
            )
        out = base / f"result-{size}-{(args.engines or ['local'])[0]}"
        times = _lookups(out, archive, args.lookups)
        print(
            f"  lookup of 30 quotes in the {size:,}-quote index: median"
            f" {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms"
            f" ({len(times)} articles)"
        )
    if not args.keep:
        print(f"\n(inputs and results in {base}; delete when done)")


if __name__ == "__main__":
    main()
