"""Commands on articles: import, list, show, edit, info, and the offscreen screenshot."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli.common import UsageError, db_option, terminal_progress
from desk.core.entities import (
    ArticleSummary,
    DocumentKind,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    MetadataEdit,
    display_path,
)
from desk.core.errors import DeskError
from desk.core.library import Library

if TYPE_CHECKING:
    from desk.cli.common import Subparsers


def register(sub: Subparsers) -> None:

    p = sub.add_parser(
        "import",
        help="import article files, folders or standard input",
        description="Import .txt, .md and .html files or whole folders. "
        "'-' reads one article from standard input.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--source",
        action="store_true",
        help="store them as primary-source documents (transcripts, statements)",
    )
    p.add_argument("--json", action="store_true", help="print the outcome of each input as JSON")
    db_option(p)
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser(
        "list",
        help="list the stored articles",
        description="List the stored articles and source documents.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    db_option(p)
    p.set_defaults(handler=_cmd_list)

    p = sub.add_parser("show", help="print one article", description="Print one article.")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="metadata and text as JSON")
    p.add_argument("--raw", action="store_true", help="the text as imported, before cleaning")
    db_option(p)
    p.set_defaults(handler=_cmd_show)

    p = sub.add_parser(
        "edit",
        help="change an article's metadata",
        description="Change an article's metadata; an empty value clears it.",
    )
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--byline")
    p.add_argument("--url")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date ('' clears it)")
    p.add_argument("--kind", choices=[k.value for k in DocumentKind])
    db_option(p)
    p.set_defaults(handler=_cmd_edit)

    p = sub.add_parser(
        "info",
        help="where the library is and what it holds",
        description="Show the database location, schema and article count.",
    )
    db_option(p)
    p.set_defaults(handler=_cmd_info)

    p = sub.add_parser(
        "screenshot",
        help="render the window offscreen to a PNG file",
        description="Render the main window offscreen to a PNG file, with the given "
        "articles imported, two open side by side and a quote selected. When matching finds "
        "a quote another article reports differently, those two articles are shown with that "
        "quote selected, its counterpart highlighted and the changed words in the details.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    p.add_argument("--size", default="1600x900", metavar="WxH")
    p.add_argument("--dark", action="store_true", help="render with a dark palette")
    p.add_argument(
        "--scratch",
        action="store_true",
        help="import into a new temporary library, not yours (nothing is kept)",
    )
    db_option(p)
    p.set_defaults(handler=_cmd_screenshot)


def _cmd_import(args: argparse.Namespace) -> int:
    kind = DocumentKind.SOURCE if args.source else DocumentKind.ARTICLE
    with Library.open(args.db) as library:
        paths = [p for p in args.paths if p != "-"]
        report = library.import_paths(
            [Path(p) for p in paths], kind=kind, progress=terminal_progress()
        )
        if "-" in args.paths:
            outcome = library.import_text(sys.stdin.read(), label="standard input", kind=kind)
            report = ImportReport((*report.outcomes, outcome))
        matched = library.match_pending(progress=terminal_progress()) if report.imported else 0
    if args.json:
        print(json.dumps([_outcome_json(o) for o in report.outcomes], indent=2))
    else:
        _print_report(report, matched)
    return 0 if report.imported or report.duplicates else 1


def _print_report(report: ImportReport, matched: int = 0) -> None:
    for outcome in report.outcomes:
        source = display_path(outcome.source) if outcome.source != "standard input" else "-"
        if outcome.status is ImportStatus.SKIPPED:
            print(f"  skipped   {source}: {outcome.reason}")
        elif outcome.status is ImportStatus.DUPLICATE:
            print(f"  present   {source} (article {outcome.article_id})")
        else:
            quotes = f" ({outcome.quotes} quotes suggested)" if outcome.quotes else ""
            print(
                f"  imported  {source} → article {outcome.article_id}: "
                f"{outcome.title or ''}{quotes}"
            )
    if matched:
        print(f"  matched   {matched} new quotes against the library (see 'desk match')")
    print(report.summary())


def _outcome_json(outcome: ImportOutcome) -> dict[str, Any]:
    return {
        "source": outcome.source,
        "status": outcome.status.name.lower(),
        "id": outcome.article_id,
        "title": outcome.title,
        "reason": outcome.reason,
        "quotes": outcome.quotes,
    }


def _summary_json(article: ArticleSummary) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline,
        "url": article.url,
        "path": article.path,
        "chars": article.chars,
        "kind": article.kind.value,
    }


def _cmd_list(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        articles = library.articles()
    if args.json:
        print(json.dumps([_summary_json(a) for a in articles], indent=2, ensure_ascii=False))
        return 0
    if not articles:
        print("The library is empty. Add articles with: desk import PATH...")
        return 0
    for a in articles:
        when = a.published.isoformat() if a.published else "—"
        marker = " [source]" if a.kind is DocumentKind.SOURCE else ""
        print(
            f"{a.id:>5}  {when:<10}  {(a.outlet or '—')[:18]:<18}  {a.title or '(untitled)'}"
            f"{marker}"
        )
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        article = library.article(args.id)
    if args.json:
        data = _summary_json(article.summary())
        data |= {"text": article.text, "raw_text": article.raw_text}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if args.raw:
        print(article.raw_text)
        return 0
    print(article.title or "(untitled)")
    details = [
        article.outlet,
        article.byline,
        article.published.isoformat() if article.published else None,
        article.url,
    ]
    if any(details):
        print(" · ".join(d for d in details if d))
    print()
    print(article.text)
    return 0


def _cmd_edit(args: argparse.Namespace) -> int:
    published: date | None = None
    clear = False
    if args.date is not None:
        if args.date.strip() == "":
            clear = True
        else:
            try:
                published = date.fromisoformat(args.date.strip())
            except ValueError:
                raise UsageError(f"--date {args.date!r} is not a date like 2013-10-04") from None
    edit = MetadataEdit(
        title=args.title,
        outlet=args.outlet,
        byline=args.byline,
        url=args.url,
        published=published,
        clear_published=clear,
        kind=DocumentKind(args.kind) if args.kind else None,
    )
    with Library.open(args.db) as library:
        article = library.update_metadata(args.id, edit)
    print(f"article {article.id}: {article.title or '(untitled)'}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        print(f"database: {library.location}")
        print(f"schema:   {library.schema_revision}")
        print(f"articles: {library.count()}")
    return 0


def _cmd_screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {args.size!r} is not like 1400x860") from None
    if args.scratch and args.db:
        raise UsageError("--scratch renders from a temporary library; give it without --db")
    try:
        from desk.ui.app import take_screenshot  # Qt loads only when needed
    except ImportError as error:
        raise DeskError(f"the window cannot be rendered: {error}") from error
    with tempfile.TemporaryDirectory(prefix="quote-desk-") as scratch:
        db = f"sqlite:///{Path(scratch) / 'library.sqlite3'}" if args.scratch else args.db
        take_screenshot(
            db=db,
            paths=[Path(p) for p in args.paths],
            out=args.out,
            size=(width, height),
            dark=args.dark,
        )
    print(f"wrote {args.out}")
    return 0
