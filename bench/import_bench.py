"""Import speed: the five samples, and a folder of generated articles.

Run: ``python bench/import_bench.py [--articles 1000]``. Prints wall time, articles per second
and peak memory; nothing is asserted (figures go into the issue notes, not into tests).
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from desk.core.library import Library

SAMPLES = Path(__file__).resolve().parent.parent / "library"

FURNITURE_TOP = ["Go to Contents Go to Navigation", "Breaking News", "Top Stories", "Main News"]
FURNITURE_BOTTOM = ["Send Feedback", "Related Articles", "Back to top button", "Latest News"]
OUTLETS = ["(Yonhap)", "(AFP)", "(Reuters)"]


def generate_folder(folder: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` distinct articles built from the samples' sentences; return bytes."""
    rng = random.Random(seed)
    sentences = [
        s.strip() + "."
        for path in sorted(SAMPLES.glob("*.txt"))
        for s in path.read_text(encoding="utf-8").replace("\n", " ").split(". ")
        if len(s.split()) > 6
    ]
    total = 0
    for number in range(count):
        paragraphs = [
            " ".join(rng.sample(sentences, rng.randint(1, 3))) for _ in range(rng.randint(8, 20))
        ]
        paragraphs[0] = f"SEOUL, March {number % 28 + 1} {rng.choice(OUTLETS)} -- {paragraphs[0]}"
        text = "\n\n".join(
            [
                rng.choice(FURNITURE_TOP),
                f"Generated headline number {number}",
                f"By Reporter {number % 37}",
                *paragraphs,
                rng.choice(FURNITURE_BOTTOM),
            ]
        )
        path = folder / f"article-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def timed_import(paths: list[Path], db: Path) -> tuple[float, int]:
    with Library.open(f"sqlite:///{db}") as library:
        start = time.perf_counter()
        report = library.import_paths(paths)
        elapsed = time.perf_counter() - start
    return elapsed, len(report.imported)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        elapsed, stored = timed_import(sorted(SAMPLES.glob("*.txt")), work / "samples.sqlite3")
        print(f"five samples:        {stored} stored in {elapsed * 1000:7.1f} ms")

        folder = work / "generated"
        folder.mkdir()
        size = generate_folder(folder, args.articles)
        elapsed, stored = timed_import([folder], work / "generated.sqlite3")
        print(
            f"{args.articles} generated:    {stored} stored in {elapsed:7.2f} s "
            f"({stored / elapsed:,.0f} articles/s, {size / elapsed / 1e6:.1f} MB/s of text)"
        )
        started = time.perf_counter()
        _, again = timed_import([folder], work / "generated.sqlite3")
        print(f"re-import (all dups): {time.perf_counter() - started:7.2f} s, {again} new")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory:         {peak_mb:.0f} MB (whole process)")


if __name__ == "__main__":
    main()
