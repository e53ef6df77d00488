"""``desk match``: the same statement across articles, its wordings, and what looks wrong.

With PATHs it reads those files and matches their quotes without opening a library; without,
it brings the library's matching up to date (only new quotes are matched) and reports on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli.common import UsageError, db_option, read_articles, terminal_progress
from desk.core import importing, matching
from desk.core.archive.articles import ArchiveArticle
from desk.core.archive.quotes import detect
from desk.core.entities import display_path
from desk.core.errors import InputRefused
from desk.core.library import Library

if TYPE_CHECKING:
    from desk.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "match",
        help="group the same quote across articles and flag what differs",
        description="Group quotes that report the same statement, show how their words "
        "differ and flag the suspicious: a wording that departs from the others, the same "
        "words under different speakers, a quote no other article carries, a fragment. "
        "With PATHs, files are read and nothing is stored; without, the library is matched "
        "(incrementally) and reported on.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="FILE",
        help="a primary source (transcript, statement) to align every quote against",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--all", action="store_true", help="also list quotes no other article has")
    p.add_argument(
        "--rematch", action="store_true", help="match the whole library again (new thresholds)"
    )
    db_option(p)
    p.set_defaults(handler=_cmd_match)


def _cmd_match(args: argparse.Namespace) -> int:
    if args.paths and (args.db or args.rematch):
        raise UsageError("--db and --rematch work on the library; give them without PATHs")
    if args.paths:
        quotes, read = _quotes_from_files(args.paths)
        if not quotes:
            if read:  # else each file's reason is already printed, one line each
                print("desk: no quotes found in the given files", file=sys.stderr)
            return 1
        result = matching.match_quotes(quotes, progress=terminal_progress())
        report = matching.MatchReport(result.quotes, result.groups)
    else:
        with Library.open(args.db) as library:
            progress = terminal_progress()
            if args.rematch:
                library.rematch(progress=progress)
            else:
                library.match_pending(progress=progress)
            report = library.match_report()
    sources = [_source(Path(p)) for p in args.source]
    if args.json:
        print(json.dumps(_report_json(report, sources), ensure_ascii=False))
    else:
        _print_report(report, sources, everything=args.all)
    return 0


def _quotes_from_files(paths: Sequence[str]) -> tuple[list[matching.MatchQuote], int]:
    """The quotes found in the files, and how many files could be read."""
    quotes: list[matching.MatchQuote] = []
    read = 0
    for item, draft in read_articles(paths):
        read += 1
        article = ArchiveArticle(str(item), draft.text, draft.outlet, published=draft.published)
        first = len(quotes)
        quotes.extend(replace(q, key=first + n) for n, q in enumerate(detect(article)))
    return quotes, read


def _source(path: Path) -> tuple[str, matching.Source]:
    try:
        draft = importing.parse_file(path)
    except InputRefused as refused:
        raise UsageError(str(refused)) from refused
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror or error})") from error
    return str(path), matching.Source(draft.text)


def _report_json(
    report: matching.MatchReport, sources: Sequence[tuple[str, matching.Source]]
) -> dict[str, Any]:
    library = any(isinstance(q.article, int) for q in report.quotes)
    groups = [matching.group_json(g, report.quotes, with_ids=library) for g in report.groups]
    result: dict[str, Any] = {"groups": groups}
    if sources:
        result["sources"] = [
            {"source": name, "alignments": _alignments(report, source)} for name, source in sources
        ]
    return result


def _alignments(report: matching.MatchReport, source: matching.Source) -> list[dict[str, Any]]:
    found = []
    for group in report.groups:
        for position, index in enumerate(group.members):
            match = source.align(report.quotes[index].text)
            if match is None or match.band is matching.Band.ABSENT:
                continue
            found.append(
                {
                    "group": group.id,
                    "quote": position,
                    "start": match.start,
                    "end": match.end,
                    "score": match.score,
                    "band": match.band.value,
                    "diff": [list(part) for part in match.diff],
                }
            )
    return found


def _marked(diff: matching.Diff) -> str:
    """A diff as text: [-removed-] {+added+}."""
    marks = {
        "equal": ("", ""),
        "delete": ("[-", "-]"),
        "insert": ("{+", "+}"),
        "replace": ("{~", "~}"),
    }
    out = ""
    for op, text in diff:
        if not text:
            continue
        if out and not out[-1].isspace() and not text[0].isspace():
            out += " "  # "grisly" removed, "grizzly" added: never "[-grisly-]{+grizzly+}"
        out += f"{marks[op][0]}{text}{marks[op][1]}"
    return out


def _print_report(
    report: matching.MatchReport,
    sources: Sequence[tuple[str, matching.Source]],
    *,
    everything: bool,
) -> None:
    shared = [g for g in report.groups if len(g.members) > 1]
    for group in report.groups if everything else shared:
        print(
            f"Group {group.id}: {len(group.members)} report{'s' if len(group.members) > 1 else ''}"
        )
        for position, index in enumerate(group.members):
            quote = report.quotes[index]
            where = quote.outlet or display_path(str(quote.article))
            who = quote.speaker or "?"
            variant = group.variant_of(position)
            text = _marked(variant.diff) if variant else quote.text
            lead = "*" if position == group.canonical else " "
            print(f"  {lead} {where} — {who}: “{text}”")
        for flag in group.flags:
            print(f"    ! {flag.kind.value}: {flag.reason}")
    for name, source in sources:
        print(f"Against {display_path(name)}:")
        for group in report.groups:
            for index in group.members:
                quote = report.quotes[index]
                match = source.align(quote.text)
                if match is None or match.band is matching.Band.ABSENT:
                    continue
                print(
                    f"  {quote.source_name}: {match.band.value} ({match.score:.0f}),"
                    f" characters {match.start}–{match.end}: “{_marked(match.diff)}”"
                )
    single = len(report.groups) - len(shared)
    print(
        f"{_count(len(report.quotes), 'quote')}: {_count(len(shared), 'statement')} reported"
        f" more than once, {single} reported once."
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
