"""Commands that take quotes out of the library and back in: export, annotations import.

``desk export`` writes a quote sheet in one of the formats of :mod:`desk.core.export`, with
other outlets' wording of each quote from the library's cross-outlet matching (brought up to
date first); PDF needs Qt, which is imported only for that format. ``desk annotations import``
re-anchors a W3C Web Annotation file onto the stored articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.common import UsageError, db_option, terminal_progress
from desk.core.entities import QuoteStatus
from desk.core.errors import DeskError
from desk.core.export import ExportFormat, QuoteSheet, Selection, build_sheet, write
from desk.core.export.reanchor import import_annotations, read_annotations
from desk.core.library import Library, default_checker
from desk.core.progress import NO_PROGRESS

if TYPE_CHECKING:
    from desk.cli.common import Subparsers

_FORMATS = [f.value for f in ExportFormat]
_STATUSES = [s.value for s in QuoteStatus]
#: The formats slow enough on a big sheet (seconds for a thousand quotes) to show progress.
_SLOW_FORMATS = (ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.XLSX)


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "export",
        help="write a quote sheet (docx, pdf, csv, xlsx, md, html, json, claimreview, …)",
        description="Write the stored quotes as a quote sheet. By default every quote that "
        "was not rejected, of every status; --status and --article narrow it. Each quote comes "
        "with other outlets' differing wording, the outlets that carried it word for word and "
        "what matching flags (quotes not matched yet are matched first). The format comes from "
        "--format, else from the file name.",
    )
    p.add_argument("--format", choices=_FORMATS, help="default: from the --out file's suffix")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="'-' for stdout")
    p.add_argument(
        "--status", nargs="+", action="extend", choices=_STATUSES, help="only these statuses"
    )
    p.add_argument(
        "--article", nargs="+", action="extend", type=int, metavar="ID", help="only these articles"
    )
    p.add_argument("--title", help="the sheet's title (default: 'Quote sheet')")
    p.add_argument(
        "--organisation",
        metavar="NAME",
        help="who checked the quotes, for ClaimReview (default: the library setting)",
    )
    p.add_argument(
        "--save-organisation",
        action="store_true",
        help="also store --organisation as the library's setting",
    )
    db_option(p)
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser(
        "annotations",
        help="import W3C Web Annotations onto the stored articles",
        description="'import FILE': find each annotated quote in the stored articles (even when "
        "the text changed a little), create it there or update the quote already there, and "
        "report what could not be anchored.",
    )
    p.add_argument("action", choices=["import"])
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--by", metavar="NAME", help="who imports (default: $DESK_CHECKER or login)")
    p.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    db_option(p)
    p.set_defaults(handler=_cmd_annotations)


def _format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return ExportFormat(args.format)
    guessed = ExportFormat.for_path(args.out)
    if guessed is None:
        raise UsageError(f"give --format: the file name {args.out.name!r} does not say which")
    return guessed


def _cmd_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    to_stdout = str(args.out) == "-"
    if to_stdout and fmt in (ExportFormat.DOCX, ExportFormat.XLSX, ExportFormat.PDF):
        raise UsageError(f"{fmt.value} is a binary format: give --out FILE")
    if not to_stdout and not args.out.parent.is_dir():
        raise UsageError(f"there is no folder {args.out.parent} to write {args.out.name} in")
    if args.save_organisation and not args.organisation:
        raise UsageError("--save-organisation needs --organisation NAME")
    selection = Selection(
        statuses=tuple(QuoteStatus(s) for s in dict.fromkeys(args.status or ())),
        article_ids=tuple(dict.fromkeys(args.article or ())),
    )
    with Library.open(args.db) as library:
        if args.save_organisation:
            library.set_setting("organisation", args.organisation)
        known = {a.id for a in library.articles()}
        missing = [i for i in selection.article_ids if i not in known]
        if missing:
            raise UsageError(f"there is no article with id {', '.join(map(str, missing))}")
        # Quotes not matched across outlets yet are matched first (with progress on a
        # terminal), so the sheet's variants and flags cover every quote.
        sheet = build_sheet(
            library,
            selection,
            title=args.title,
            organisation=args.organisation,
            progress=terminal_progress(),
        )
    if to_stdout:
        from desk.core.export import TEXT_RENDERERS

        sys.stdout.write(TEXT_RENDERERS[fmt](sheet))
        return 0
    pages = _write(sheet, fmt, args.out)
    count = len(sheet.entries)
    extra = f", {pages} page{'s' if pages != 1 else ''}" if pages else ""
    print(f"wrote {args.out}: {count} quote{'s' if count != 1 else ''}{extra} ({fmt.value})")
    return 0


def _write(sheet: QuoteSheet, fmt: ExportFormat, out: Path) -> int | None:
    """Write the file, with progress on the terminal for the slow formats."""
    progress = terminal_progress() if fmt in _SLOW_FORMATS else NO_PROGRESS
    if fmt is not ExportFormat.PDF:
        try:
            write(sheet, fmt, out, progress=progress)
        except OSError as error:
            raise DeskError(f"cannot write {out}: {error.strerror or error}") from error
        return None
    try:
        from desk.ui.export_pdf import write_pdf  # Qt loads only for PDF
    except ImportError as error:
        raise DeskError(f"PDF needs Qt, which cannot be loaded: {error}") from error
    try:
        return write_pdf(sheet, out, progress=progress)
    except OSError as error:
        raise DeskError(f"cannot write {out}: {error.strerror or error}") from error


def _cmd_annotations(args: argparse.Namespace) -> int:
    annotations, unreadable = read_annotations(args.file)
    with Library.open(args.db) as library:
        report = import_annotations(
            library, annotations, by=args.by or default_checker(), dry_run=args.dry_run
        )
    failed = [*unreadable, *report.unanchored]
    if args.json:
        print(
            json.dumps(
                {
                    "anchored": [
                        {
                            "annotation": a.annotation_id,
                            "article": a.article_id,
                            "quote": a.quote_id,
                            "start": a.start,
                            "end": a.end,
                            "method": a.method,
                            "action": a.action,
                        }
                        for a in report.anchored
                    ],
                    "not_anchored": [
                        {"annotation": u.annotation_id, "exact": u.exact, "reason": u.reason}
                        for u in failed
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for a in report.anchored:
            how = " (text had changed)" if a.method == "fuzzy" else ""
            target = f"quote {a.quote_id}" if a.quote_id is not None else "a new quote"
            print(f"  {a.action:<9} {target} in article {a.article_id} at {a.start}–{a.end}{how}")
        for u in failed:
            words = f"“{_short(u.exact)}”: " if u.exact else ""
            print(f"  not anchored  {words}{u.reason}")
        dry = " (dry run: nothing changed)" if args.dry_run else ""
        print(f"{len(report.anchored)} anchored, {len(failed)} not anchored{dry}")
    return 1 if failed else 0


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
