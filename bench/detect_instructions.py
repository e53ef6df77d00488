"""How much work detection does, counted in machine instructions rather than seconds.

Wall-clock speed on a shared machine swings with whatever else the host runs (the same code has
measured from about 300 to over 500 articles per second on one machine). An instruction count does
not: valgrind counts the instructions the interpreter executes, the same on every run of the
same code, input and Python. This script runs Python twice under ``valgrind --tool=lackey``,
once to import and load the corpus, once to do that and detect the quotations of the first
``--articles`` articles, and prints the difference: the instructions detection itself takes.

It measures the code of the checkout it lies in: to compare two versions, run each checkout's
copy. Compile the bytecode first (``python -m compileall desk``) so that no count includes
compiling. Needs valgrind (Debian: ``apt-get install valgrind``). About two minutes for the
default 150 articles.

Run: ``python bench/detect_instructions.py [--articles N] [--corpus PATH]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "quote-corpus" / "polnear-train-dev.jsonl"
_CHILD = """
import json, sys
from desk.core.detection import detect_quotes
with open(sys.argv[1], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for _, line in zip(range(int(sys.argv[2])), lines)]
if sys.argv[3] == "detect":
    for text in texts:
        detect_quotes(text)
"""
_TOTAL = re.compile(r"guest instrs:\s*([\d,]+)")


def _count(corpus: Path, articles: int, stage: str) -> int:
    """Instructions of one run of the child script under valgrind."""
    result = subprocess.run(
        [
            "valgrind",
            "--tool=lackey",
            "--basic-counts=yes",
            sys.executable,
            "-c",
            _CHILD,
            str(corpus),
            str(articles),
            stage,
        ],
        capture_output=True,
        text=True,
        check=True,
        # This checkout's code, and the same hash seed on every run: set and dict order, and so
        # the work, never vary.
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(REPO)},
    )
    found = _TOTAL.search(result.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found (Debian: apt-get install valgrind)")
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    base = _count(args.corpus, args.articles, "load")
    total = _count(args.corpus, args.articles, "detect")
    detection = total - base
    print(f"import and load: {base / 1e6:,.0f} M instructions")
    print(
        f"detection of {args.articles} articles: {detection / 1e6:,.0f} M instructions "
        f"({detection / args.articles / 1e6:.2f} M per article)"
    )


if __name__ == "__main__":
    main()
