"""Commands on quotes and people: detect, list, check, mark, history, people.

``desk quotes PATH...`` reads files and prints what the detector finds without opening a
library, so it serves scripts and the detector's own evaluation; every other command works on
the stored library.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desk.cli.common import UsageError, db_option, read_articles
from desk.core import detection
from desk.core.entities import KEEP, Quote, QuoteEdit, QuoteStatus, Review, display_path
from desk.core.library import Library, default_checker

if TYPE_CHECKING:
    from desk.cli.common import Subparsers

_STATUSES = [s.value for s in QuoteStatus]
_REVIEWS = [r.value for r in Review]


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "quotes",
        help="find the quotes in files, or list the stored ones",
        description="With PATHs: detect the quotations in those files and who said them, "
        "without touching the library. Without: list the library's stored quotes.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--json", action="store_true", help="JSON: one object per line")
    p.add_argument("--article", type=int, action="append", metavar="ID", help="only this article")
    p.add_argument("--status", action="append", choices=_STATUSES, help="only this status")
    p.add_argument("--review", action="append", choices=_REVIEWS, help="only suggested/…")
    db_option(p)
    p.set_defaults(handler=_cmd_quotes)

    p = sub.add_parser(
        "check",
        help="set a quote's status, note, evidence or review",
        description="Record the check of one stored quote. Each change is kept in the "
        "quote's history with who made it and when.",
    )
    p.add_argument("id", type=int, metavar="QUOTE_ID")
    p.add_argument("--status", choices=_STATUSES)
    p.add_argument("--note", help="a note ('' clears it)")
    p.add_argument("--source", metavar="URL", help="evidence: a link to the primary source")
    p.add_argument("--by", metavar="NAME", help="who checked it (default: $DESK_CHECKER or login)")
    p.add_argument("--speaker", metavar="NAME", help="attribute the quote to this person")
    review = p.add_mutually_exclusive_group()
    review.add_argument("--accept", action="store_true", help="accept a suggested quote")
    review.add_argument("--reject", action="store_true", help="reject a suggested quote")
    p.add_argument("--json", action="store_true", help="print the quote as JSON")
    db_option(p)
    p.set_defaults(handler=_cmd_check)

    p = sub.add_parser(
        "mark",
        help="mark a span of an article as a quote",
        description="Mark characters START to END of an article's text as a quote.",
    )
    p.add_argument("article", type=int, metavar="ARTICLE_ID")
    p.add_argument("start", type=int)
    p.add_argument("end", type=int)
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--by", metavar="NAME")
    p.add_argument("--json", action="store_true")
    db_option(p)
    p.set_defaults(handler=_cmd_mark)

    p = sub.add_parser(
        "history",
        help="every change to a quote",
        description="Print a quote's history: who changed what, when, from what to what.",
    )
    p.add_argument("id", type=int, metavar="QUOTE_ID")
    p.add_argument("--json", action="store_true")
    db_option(p)
    p.set_defaults(handler=_cmd_history)

    p = sub.add_parser(
        "people",
        help="list, rename or merge the people quoted",
        description="Without arguments, list the people quoted. 'rename ID NAME' corrects a "
        "name; 'merge KEEP OTHER...' makes several people one.",
    )
    p.add_argument("action", nargs="?", choices=["list", "rename", "merge"], default="list")
    p.add_argument("args", nargs="*")
    p.add_argument("--role", help="with rename: the person's role or description")
    p.add_argument("--json", action="store_true")
    db_option(p)
    p.set_defaults(handler=_cmd_people)


# -- detection without a library ------------------------------------------------------------


def _found_json(quote: detection.FoundQuote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker.name if quote.speaker else None,
        "role": quote.speaker.role if quote.speaker else None,
        "anonymous": quote.speaker.anonymous if quote.speaker else None,
        "partial": quote.partial,
        "confidence": round(quote.confidence, 3),
    }


def _detect_files(args: argparse.Namespace) -> int:
    found_any = False
    for item, draft in read_articles(args.paths):
        found_any = True
        quotes = detection.detect_quotes(draft.text)
        title_quotes = detection.detect_quotes(draft.title, headline=True) if draft.title else []
        if args.json:
            record = {
                "path": str(item),
                "title": draft.title,
                "outlet": draft.outlet,
                "published": draft.published.isoformat() if draft.published else None,
                "text": draft.text,
                "quotes": [_found_json(q) for q in quotes],
                "title_quotes": [_found_json(q) for q in title_quotes],
            }
            print(json.dumps(record, ensure_ascii=False))
            continue
        print(f"{display_path(item)}: {draft.title or '(untitled)'} — {len(quotes)} quotes")
        for quote in quotes:
            who = quote.speaker.name if quote.speaker else "?"
            kind = " (partial)" if quote.partial else ""
            print(f"  {quote.start:>6}  {who}: “{_short(quote.text)}”{kind}")
    return 0 if found_any else 1


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- the stored library ---------------------------------------------------------------------


def quote_json(quote: Quote) -> dict[str, Any]:
    """A stored quote as the command line prints it; the field names are documented in README."""

    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "id": quote.id,
        "article": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "role": quote.speaker_role,
        "partial": quote.partial,
        "confidence": quote.confidence,
        "review": quote.review.value,
        "status": quote.status.value,
        "note": quote.note,
        "evidence_url": quote.evidence_url,
        "evidence_article": quote.evidence_article_id,
        "evidence_start": quote.evidence_start,
        "evidence_end": quote.evidence_end,
        "checked_by": quote.checked_by,
        "checked_at": when(quote.checked_at),
        "updated_by": quote.updated_by,
        "updated_at": when(quote.updated_at),
        "version": quote.version,
        "deleted": quote.deleted,
    }


def _cmd_quotes(args: argparse.Namespace) -> int:
    if args.paths:
        if args.db or args.article or args.status or args.review:
            raise UsageError(
                "--db, --article, --status and --review list stored quotes; give them without PATHs"
            )
        return _detect_files(args)
    with Library.open(args.db) as library:
        quotes = library.quotes(
            args.article,
            statuses=[QuoteStatus(s) for s in args.status or ()],
            reviews=[Review(r) for r in args.review or ()],
        )
        titles = {a.id: a for a in library.articles()}
    if args.json:
        for quote in quotes:
            record = quote_json(quote)
            article = titles.get(quote.article_id)
            record["outlet"] = article.outlet if article else None
            record["title"] = article.title if article else None
            print(json.dumps(record, ensure_ascii=False))
        return 0
    if not quotes:
        print("No quotes match.")
        return 0
    for quote in quotes:
        article = titles.get(quote.article_id)
        outlet = (article.outlet if article else None) or "—"
        print(
            f"{quote.id:>6}  {quote.status.value:<13} {quote.review.value:<9} "
            f"{outlet[:14]:<14} {quote.speaker or '?'}: “{_short(quote.text, 70)}”"
        )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    by = args.by or default_checker()
    with Library.open(args.db) as library:
        quote = library.quote(args.id)
        edit = QuoteEdit(
            status=QuoteStatus(args.status) if args.status else KEEP,
            note=KEEP if args.note is None else args.note,
            evidence_url=KEEP if args.source is None else args.source,
            review=Review.ACCEPTED if args.accept else Review.REJECTED if args.reject else KEEP,
            speaker_id=KEEP if args.speaker is None else _person_id(library, args.speaker),
        )
        if not edit.changes():
            raise UsageError(
                "nothing to change: give --status, --note, --source, --speaker, "
                "--accept or --reject"
            )
        quote = library.edit_quote(args.id, edit, expected_version=quote.version, by=by)
    if args.json:
        print(json.dumps(quote_json(quote), ensure_ascii=False, indent=2))
    else:
        print(
            f"quote {quote.id}: {quote.status.value}, {quote.review.value} "
            f"(checked by {quote.checked_by or by or '?'})"
        )
    return 0


def _person_id(library: Library, name: str) -> int:
    """The person called ``name`` (full name or an alias), created if there is none."""
    found = library.find_person(name)
    return found.id if found is not None else library.add_person(name).id


def _cmd_mark(args: argparse.Namespace) -> int:
    by = args.by or default_checker()
    with Library.open(args.db) as library:
        speaker_id = _person_id(library, args.speaker) if args.speaker else None
        quote = library.mark_quote(args.article, args.start, args.end, speaker_id=speaker_id, by=by)
    if args.json:
        print(json.dumps(quote_json(quote), ensure_ascii=False, indent=2))
    else:
        print(f"quote {quote.id}: “{_short(quote.text)}”")
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        changes = library.history(args.id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "at": c.at.isoformat(),
                        "by": c.by,
                        "action": c.action,
                        "field": c.field,
                        "old": c.old,
                        "new": c.new,
                    }
                    for c in changes
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for c in changes:
        what = f"{c.field}: {c.old!r} → {c.new!r}" if c.field else _short(c.new or c.old or "", 60)
        print(f"{c.at:%Y-%m-%d %H:%M}  {c.by or '(detector)':<14} {c.action:<9} {what}")
    return 0


def _cmd_people(args: argparse.Namespace) -> int:
    with Library.open(args.db) as library:
        if args.action == "rename":
            if len(args.args) != 2 or not args.args[0].isdigit():
                raise UsageError("usage: desk people rename ID 'New Name' [--role ROLE]")
            person = library.rename_person(int(args.args[0]), args.args[1], args.role)
            print(f"person {person.id}: {person.name}")
            return 0
        if args.action == "merge":
            if len(args.args) < 2 or not all(a.isdigit() for a in args.args):
                raise UsageError("usage: desk people merge KEEP_ID OTHER_ID...")
            ids = [int(a) for a in args.args]
            person = library.merge_people(ids[0], ids[1:], by=default_checker())
            print(f"person {person.id}: {person.name} (also: {', '.join(person.aliases)})")
            return 0
        people = library.people()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "name": p.name,
                        "role": p.role,
                        "anonymous": p.anonymous,
                        "aliases": list(p.aliases),
                    }
                    for p in people
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for p in people:
        role = f" — {p.role}" if p.role else ""
        print(f"{p.id:>5}  {p.name}{role}{' (anonymous)' if p.anonymous else ''}")
    return 0
