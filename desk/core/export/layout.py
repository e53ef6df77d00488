"""What a person reads on a sheet, in words: shared by the HTML, Markdown and Word layouts.

Keeping the wording here means the three document formats list the same facts under the same
labels; each only decides how to mark them up.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

from desk.core.archived import ArchiveReport, ArchiveWording
from desk.core.entities import QuoteStatus
from desk.core.export.sheet import DiffOp, QuoteSheet, SheetArticle, SheetEntry, Variant
from desk.core.matching.diff import spaced

STATUS_COLOURS = {
    QuoteStatus.UNCHECKED: "#5f6368",
    QuoteStatus.VERIFIED: "#1e7a34",
    QuoteStatus.DISPUTED: "#b06000",
    QuoteStatus.MISQUOTED: "#b3261e",
    QuoteStatus.MISATTRIBUTED: "#b3261e",
    QuoteStatus.UNVERIFIABLE: "#5f6368",
}


def day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "no date"


def moment(value: datetime | None) -> str:
    return f"{value.day} {value:%B %Y, %H:%M} UTC" if value else "—"


def safe_link(url: str | None) -> str | None:
    """The address if a reader may follow it: web links only, never ``javascript:`` or files."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def article_line(article: SheetArticle) -> str:
    """ "Outlet, 4 October 2013", the way a citation names where a quote ran."""
    return f"{article.outlet or 'Unknown outlet'}, {day(article.published)}"


def headline(article: SheetArticle) -> str:
    return article.title or f"Article {article.id}"


def speaker_heading(name: str, role: str | None) -> str:
    return f"{name} — {role}" if role else name


def checked_by(entry: SheetEntry) -> str:
    """ "checked by Ana, 3 May 2024, 14:05 UTC", or that nobody has yet."""
    quote = entry.quote
    if quote.checked_at is None and quote.checked_by is None:
        return "not checked yet"
    return f"checked by {quote.checked_by or 'unknown'}, {moment(quote.checked_at)}"


def status_heading(entry: SheetEntry) -> str:
    """ "Verified — Yonhap, 4 October 2013": a quote's heading in the document formats."""
    return f"{entry.quote.status.label} — {article_line(entry.article)}"


def checked_line(entry: SheetEntry) -> str:
    return f"{entry.quote.status.label} — {checked_by(entry)}"


def position(entry: SheetEntry) -> str:
    return f"characters {entry.quote.start}–{entry.quote.end} of the article text"


def summary(sheet: QuoteSheet) -> str:
    """ "12 quotes: 9 verified, 2 misquoted, 1 unchecked"."""
    total = len(sheet.entries)
    parts = [f"{n} {status.value}" for status, n in sheet.status_counts().items()]
    noun = "quote" if total == 1 else "quotes"
    return f"{total} {noun}" + (": " + ", ".join(parts) if parts else "")


def exported_line(sheet: QuoteSheet) -> str:
    who = f" for {sheet.organisation}" if sheet.organisation else ""
    return f"Exported {moment(sheet.exported_at)}{who} from Quote Desk"


def variant_where(variant: Variant) -> str:
    """ "Other Wire, 19 May 2015": where another report of a quote ran."""
    return f"{variant.outlet or 'Unknown outlet'}, {day(variant.published)}"


def spaced_diff(variant: Variant | ArchiveWording) -> list[tuple[DiffOp, str]]:
    """The variant's diff with a space wherever two parts would otherwise run together."""
    return spaced(variant.diff)


def first_seen(report: ArchiveReport) -> str | None:
    """ "Lakeside Wire, 1 March 2019 — articles/lakeside.html": where the archive first has
    the statement, and the article as the archive names it; None when nothing is dated."""
    seen = report.first_seen
    if seen is None:
        return None
    return f"{seen.outlet or 'Unknown outlet'}, {day(seen.published)} — {seen.article}"


def archive_where(wording: ArchiveWording) -> str:
    """ "Northfield Courier, 2 March 2019, Elena Varga": an archive wording's first report,
    with how many reports carry it when more than one."""
    parts = [wording.outlet or "Unknown outlet", day(wording.published)]
    if wording.speaker:
        parts.append(wording.speaker)
    more = f" ({wording.reports} reports)" if wording.reports > 1 else ""
    return ", ".join(parts) + more


def archive_size(report: ArchiveReport) -> str:
    noun = "report" if report.size == 1 else "reports"
    return f"{report.size} {noun} of this statement in the archive"
