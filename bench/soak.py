"""Soak: import many generated articles and make many quote edits through the core, on SQLite and
on PostgreSQL, then check the library whole. Prints throughput, peak memory and the check.

    python bench/soak.py                       # 10,000 articles, 50,000 edits, both backends
    python bench/soak.py --articles 500 --edits 2000 --backend sqlite
    python bench/soak.py --hostile             # peak memory of `desk import` on the bad corpus

PostgreSQL: ``DESK_TEST_POSTGRES`` if set, else a private durable server (fsync on) started from
the machine's PostgreSQL binaries, as the tests do (tests/pgserver.py). Each backend runs in its
own process so that its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def run_one(url: str, articles: int, edits: int) -> dict[str, object]:
    """The soak itself, in this process, on the (empty) library at ``url``."""
    workload = _load("desk_workload", REPO / "tests" / "reliability" / "workload.py")
    from desk.core.entities import QuoteEdit, QuoteStatus
    from desk.core.library import Library

    figures: dict[str, object] = {}
    with Library.open(url) as library:
        started = time.perf_counter()
        for number in range(articles):
            outcome = library.import_text(workload.article_text(number, 42), label=str(number))
            assert outcome.article_id is not None, outcome
        elapsed = time.perf_counter() - started
        figures["import_s"] = round(elapsed, 1)
        figures["articles_per_s"] = round(articles / elapsed, 1)

        quotes = library.quotes()
        figures["quotes"] = len(quotes)
        versions = {q.id: q.version for q in quotes}
        ids = list(versions)
        statuses = [s for s in QuoteStatus if s is not QuoteStatus.UNCHECKED]
        started = time.perf_counter()
        for number in range(edits):
            quote_id = ids[(number * 7919) % len(ids)]
            edit = (
                QuoteEdit(note=f"soak note {number}")
                if number % 2
                else QuoteEdit(status=statuses[number % len(statuses)])
            )
            saved = library.edit_quote(
                quote_id, edit, expected_version=versions[quote_id], by=f"checker{number % 5}"
            )
            versions[quote_id] = saved.version
        elapsed = time.perf_counter() - started
        figures["edit_s"] = round(elapsed, 1)
        figures["edits_per_s"] = round(edits / elapsed, 1) if edits else None
        stored = {q.id: q.version for q in library.quotes()}
        figures["versions_match"] = stored == versions
        figures["edits_recorded"] = sum(v - 1 for v in stored.values())

    started = time.perf_counter()
    check = workload.check_library(url, every_article_has_quotes=True)
    figures["check_s"] = round(time.perf_counter() - started, 1)
    figures["articles"] = check.articles
    figures["history_rows"] = check.history
    figures["problems"] = check.problems
    figures["peak_rss_mb"] = round(_peak_mb(), 1)
    return figures


def _child(backend: str, url: str, articles: int, edits: int) -> dict[str, object]:
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--one",
            url,
            "--articles",
            str(articles),
            "--edits",
            str(edits),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{backend} run failed:\n{result.stderr[-3000:]}")
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def hostile() -> None:
    """Peak memory of `desk import` on the hostile corpus (50 MB file, 1 MB line, deep HTML)."""
    corpus_module = _load("desk_hostile", REPO / "tests" / "reliability" / "hostile.py")
    with tempfile.TemporaryDirectory() as scratch:
        corpus_module.build(Path(scratch) / "corpus")
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desk",
                "import",
                str(Path(scratch) / "corpus"),
                "--db",
                str(Path(scratch) / "lib.sqlite3"),
            ],
            check=False,
            capture_output=True,
        )
        elapsed = time.perf_counter() - started
    print(
        f"hostile corpus: desk import took {elapsed:.1f} s, "
        f"peak RSS {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=50_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--hostile", action="store_true", help="measure the hostile corpus only")
    parser.add_argument("--one", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    if args.one:
        print(json.dumps(run_one(args.one, args.articles, args.edits)))
        return 0
    if args.hostile:
        hostile()
        return 0

    pgserver = _load("desk_pgserver", REPO / "tests" / "pgserver.py")
    print(f"soak: {args.articles} articles, {args.edits} quote edits, one transaction each")
    failed = False
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        if backend == "sqlite":
            with tempfile.TemporaryDirectory() as scratch:
                figures = _child(
                    backend, f"sqlite:///{scratch}/soak.sqlite3", args.articles, args.edits
                )
        else:
            try:
                server = pgserver.obtain_server(durable=True)
            except pgserver.NoServer as missing:
                print(f"postgresql: skipped ({missing})")
                continue
            try:
                url = server.create_database("desk_soak")
                try:
                    figures = _child(backend, url, args.articles, args.edits)
                finally:
                    server.drop_database(url)
            finally:
                server.stop()
        problems = figures["problems"]
        failed = failed or bool(problems) or not figures["versions_match"]
        print(
            f"{backend:>10}: import {figures['articles_per_s']} articles/s "
            f"({figures['import_s']} s, {figures['quotes']} quotes); "
            f"edits {figures['edits_per_s']} /s ({figures['edit_s']} s); "
            f"peak RSS {figures['peak_rss_mb']} MB; check {figures['check_s']} s: "
            f"{figures['articles']} articles, {figures['history_rows']} history rows, "
            f"{figures['edits_recorded']} edits recorded, versions match: "
            f"{figures['versions_match']}, problems: {problems or 'none'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
