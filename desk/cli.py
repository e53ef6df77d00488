"""The ``desk`` command: the headless commands, or the desktop app when none is given.

``desk [PATH...]`` opens the window (importing PATHs first); ``desk import|list|show|edit|info``
work without a display on the same :class:`~desk.core.library.Library` as the window. User
mistakes end in one line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desk import __version__
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
from desk.core.progress import NO_PROGRESS, Progress
from desk.core.storage.database import DB_ENV

PROG = "desk"
COMMANDS = ("import", "list", "show", "edit", "info", "screenshot")


class UsageError(DeskError):
    """A mistake in the command line itself."""


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL or SQLite file (default: ${DB_ENV}, else your own library)",
    )


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Quote Desk: check the quotations of news articles. Without a command, opens the "
            f"window; commands: {', '.join(COMMANDS)} (see 'desk COMMAND --help')."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to import before the window opens",
    )
    _db_option(parser)
    parser.add_argument("--version", action="version", version=f"Quote Desk {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Quote Desk's headless commands.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

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
    _db_option(p)

    p = sub.add_parser(
        "list",
        help="list the stored articles",
        description="List the stored articles and source documents.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    _db_option(p)

    p = sub.add_parser("show", help="print one article", description="Print one article.")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="metadata and text as JSON")
    p.add_argument("--raw", action="store_true", help="the text as imported, before cleaning")
    _db_option(p)

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
    _db_option(p)

    p = sub.add_parser(
        "info",
        help="where the library is and what it holds",
        description="Show the database location, schema and article count.",
    )
    _db_option(p)

    p = sub.add_parser(
        "screenshot",
        help="render the window offscreen to a PNG file",
        description="Render the main window offscreen, with the given "
        "articles imported and the first of them open, to a PNG file.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    p.add_argument("--size", default="1400x860", metavar="WxH")
    _db_option(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # trafilatura logs a warning for every page it finds no article in; the import report
    # already says so in words a user understands.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    first = next((a for a in args_list if not a.startswith("-")), None)
    try:
        if first in COMMANDS:
            args = _command_parser().parse_args(args_list)
            return int(_HANDLERS[args.command](args))
        args = _gui_parser().parse_args(args_list)
        return _run_gui(args)
    except DeskError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2 if isinstance(error, UsageError) else 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run_gui(args: argparse.Namespace) -> int:
    if not _display_available():
        raise DeskError(
            "no display to open the window on; the headless commands work anywhere "
            "(desk --help), and QT_QPA_PLATFORM=offscreen renders without a screen"
        )
    try:
        from desk.ui.app import run_gui  # Qt loads only when a window is wanted
    except ImportError as error:
        raise DeskError(f"the desktop window cannot start: {error}") from error
    return run_gui(db=args.db, paths=args.paths)


def _display_available() -> bool:
    """On Linux and BSD, Qt aborts the process without a display; say so in one line instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


# -- commands -------------------------------------------------------------------------------


def _cmd_import(args: argparse.Namespace) -> int:
    kind = DocumentKind.SOURCE if args.source else DocumentKind.ARTICLE
    with Library.open(args.db) as library:
        paths = [p for p in args.paths if p != "-"]
        report = library.import_paths(
            [Path(p) for p in paths], kind=kind, progress=_terminal_progress()
        )
        if "-" in args.paths:
            outcome = library.import_text(sys.stdin.read(), label="standard input", kind=kind)
            report = ImportReport((*report.outcomes, outcome))
    if args.json:
        print(json.dumps([_outcome_json(o) for o in report.outcomes], indent=2))
    else:
        _print_report(report)
    return 0 if report.imported or report.duplicates else 1


def _print_report(report: ImportReport) -> None:
    for outcome in report.outcomes:
        source = display_path(outcome.source) if outcome.source != "standard input" else "-"
        if outcome.status is ImportStatus.SKIPPED:
            print(f"  skipped   {source}: {outcome.reason}")
        elif outcome.status is ImportStatus.DUPLICATE:
            print(f"  present   {source} (article {outcome.article_id})")
        else:
            print(f"  imported  {source} → article {outcome.article_id}: {outcome.title or ''}")
    print(report.summary())


def _outcome_json(outcome: ImportOutcome) -> dict[str, Any]:
    return {
        "source": outcome.source,
        "status": outcome.status.name.lower(),
        "id": outcome.article_id,
        "title": outcome.title,
        "reason": outcome.reason,
    }


def _terminal_progress() -> Progress:
    """Progress on stderr, only when a person is watching a terminal."""
    if not sys.stderr.isatty():
        return NO_PROGRESS

    def report(done: int, total: int, text: str) -> None:
        line = f"\r[{done}/{total}] {text[:60]}" if text else "\r"
        sys.stderr.write(line.ljust(80) + ("\n" if done >= total else ""))
        sys.stderr.flush()

    return report


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
    try:
        from desk.ui.app import take_screenshot  # Qt loads only when needed
    except ImportError as error:
        raise DeskError(f"the window cannot be rendered: {error}") from error
    take_screenshot(
        db=args.db, paths=[Path(p) for p in args.paths], out=args.out, size=(width, height)
    )
    print(f"wrote {args.out}")
    return 0


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _cmd_import,
    "list": _cmd_list,
    "show": _cmd_show,
    "edit": _cmd_edit,
    "info": _cmd_info,
    "screenshot": _cmd_screenshot,
}
