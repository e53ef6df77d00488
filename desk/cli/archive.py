"""``desk archive``: detection and matching over a newsroom's archive, and its use in a library.

``desk archive match`` writes a result folder (``groups.jsonl``, Parquet quotes, a lookup
index); ``attach`` links one to the library, whose quotes then show where the archive first
carried them; ``lookup`` asks a result about quotes from the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli.common import UsageError, db_option, terminal_progress
from desk.core import archive
from desk.core.library import Library
from desk.core.matching import MatchQuote, quote_json
from desk.core.progress import Progress

if TYPE_CHECKING:
    from desk.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "archive",
        help="match a whole archive (Spark or one process) and use the result in the library",
        description="Archive-scale matching: find the quotes of every article in an archive, "
        "group the same statement across it, and tell where each first appeared.",
    )
    commands = p.add_subparsers(dest="archive_command", required=True, metavar="ACTION")

    m = commands.add_parser(
        "match",
        help="detect and group the quotes of an archive into a result folder",
        description="Read folders of article files and JSON Lines or Parquet files of records "
        "{id, outlet, title, published, url, text}; find the quotes; group the same statement "
        "across the archive; write groups.jsonl (each group with first_seen), the quotes as "
        "Parquet and a lookup index into OUT. OUT is replaced whole at the end, or not at all.",
    )
    m.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, .jsonl or .parquet files")
    m.add_argument("--out", required=True, type=Path, metavar="DIR", help="the result folder")
    m.add_argument(
        "--engine",
        choices=archive.ENGINES,
        default="spark",
        help="spark (default: any cluster, or this machine's cores) or local (one process)",
    )
    m.add_argument(
        "--master",
        default="local[*]",
        metavar="URL",
        help="Spark master: local[*] (default), spark://host:7077, yarn, k8s://…",
    )
    m.add_argument(
        "--partitions", type=int, metavar="N", help="Spark shuffle partitions (default: Spark's)"
    )
    m.set_defaults(handler=_cmd_match)

    a = commands.add_parser(
        "attach",
        help="link an archive result to the library",
        description="Link an archive result to the library: the window and quote sheets then "
        "show, for a quote the archive also holds, where it was first seen and in which words.",
    )
    a.add_argument("folder", type=Path, metavar="DIR", help="a folder desk archive match wrote")
    db_option(a)
    a.set_defaults(handler=_cmd_attach)

    d = commands.add_parser("detach", help="unlink the library's archive result")
    db_option(d)
    d.set_defaults(handler=_cmd_detach)

    lookup = commands.add_parser(
        "lookup",
        help="look quotes up in an archive result",
        description="Print, as one JSON object per quote, the archive groups that carry it: "
        "first_seen and the archive's wordings.",
    )
    lookup.add_argument("folder", type=Path, metavar="DIR", help="an archive result")
    lookup.add_argument("quotes", nargs="+", metavar="QUOTE", help="the words of a quote")
    lookup.add_argument("--speaker", help="who the quotes are attributed to")
    lookup.set_defaults(handler=_cmd_lookup)


def _cmd_match(args: argparse.Namespace) -> int:
    if args.partitions is not None and args.partitions < 1:
        raise UsageError("--partitions must be at least 1")
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    summary = archive.run_archive(
        args.inputs,
        args.out,
        engine=args.engine,
        master=args.master,
        partitions=args.partitions,
        progress=_stage_progress(),
    )
    for line in summary.lines():
        print(line)
    print(f"Result: {args.out.absolute()}")
    return 0


def _stage_progress() -> Progress:
    """A line per stage of a job (a few steps: a job runs for minutes and its log is read
    afterwards too); the live counter for the long steps within one."""
    live = terminal_progress()

    def report(done: int, total: int, text: str) -> None:
        if 0 < total <= _STEPS:
            print(f"[{done}/{total}] {text}", file=sys.stderr, flush=True)
        else:
            live(done, max(total, done + 1), text)

    return report


#: Progress with at most this many steps is a job's stages, each printed on its own line.
_STEPS = 12


def _cmd_attach(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        library.attach_archive(args.folder.absolute())
    with archive.ArchiveIndex(args.folder.absolute()) as index:
        size = index.size
    print(f"Attached {args.folder.absolute()} ({size} quotes) to the library.")
    return 0


def _cmd_detach(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        library.attach_archive(None)
    print("The library has no archive attached now.")
    return 0


def _cmd_lookup(args: argparse.Namespace) -> int:
    quotes = [
        MatchQuote(key=n, article="", text=text, speaker=args.speaker)
        for n, text in enumerate(args.quotes)
    ]
    with archive.ArchiveIndex(args.folder) as index:
        found = index.lookup(quotes)
    for quote, matches in zip(quotes, found, strict=True):
        print(json.dumps({"quote": quote.text, "matches": [_match_json(m) for m in matches]}))
    return 0


def _match_json(match: archive.ArchiveMatch) -> dict[str, Any]:
    return {
        "group": match.group,
        "relation": match.relation.value,
        "score": match.score,
        "size": match.size,
        "first_seen": match.first_seen.json() if match.first_seen else None,
        "quote": quote_json(match.quote),
        "wordings": [quote_json(q) for q in match.members],
    }
