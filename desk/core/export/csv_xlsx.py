"""One row per quote, for spreadsheets: CSV and XLSX with the same, stable columns.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and an
article or a note can begin with anything, so such cells are neutralised: in CSV with a leading
apostrophe (the OWASP advice; spreadsheets hide it), in XLSX by storing the cell as text with
Excel's quote-prefix flag, which keeps the wording exact.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.core.archived import marked
from desk.core.export.files import atomic_path
from desk.core.export.sheet import ArchiveWording, QuoteSheet, SheetEntry, Variant
from desk.core.export.steps import Steps
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

Cell = str | int | date | datetime | None

#: The columns, in order, with what each holds; ``docs/export-columns.md`` repeats this table
#: and a test keeps the two in step. Renaming a column breaks users' spreadsheets: add instead.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("quote_id", "The quote's id in the library (as in `desk check QUOTE_ID`)."),
    ("status", "unchecked, verified, disputed, misquoted, misattributed or unverifiable."),
    ("speaker", "Who the quote is attributed to; empty when nobody is."),
    ("speaker_role", "The speaker's role or description, as stored for that person."),
    ("quote", "The exact wording as published, marks excluded."),
    ("partial", "yes when only part of a sentence is quoted, else no."),
    ("outlet", "The outlet that published the article."),
    ("headline", "The article's headline."),
    ("published", "The article's publication date (YYYY-MM-DD)."),
    ("article_url", "The article's web address."),
    ("article_id", "The article's id in the library."),
    ("start", "Where the quote starts in the article's cleaned text (characters)."),
    ("end", "Where the quote ends in the article's cleaned text (characters, exclusive)."),
    ("checked_by", "Who last set the status."),
    ("checked_at", "When the status was last set (UTC, ISO 8601)."),
    ("evidence_url", "A link to the primary source the quote was checked against."),
    ("evidence_document", "The stored source document the quote was checked against."),
    ("evidence_start", "Where the evidence starts in that document (characters)."),
    ("evidence_end", "Where the evidence ends in that document (characters, exclusive)."),
    ("evidence_excerpt", "The words of the source document at that place."),
    ("note", "The checker's note."),
    ("review", "accepted (marked or confirmed by a person) or suggested (found by the detector)."),
    ("variants", "Other outlets' wording of the statement: 'Outlet: wording', one per line."),
    ("history", "Status, note, evidence and speaker changes: when, who, old → new; one per line."),
    (
        "same_wording",
        "Other outlets that carried the quote word for word: 'Outlet, YYYY-MM-DD', one per line.",
    ),
    (
        "flags",
        "What cross-outlet matching flags: 'kind: reason', one per line (kinds: wording-differs,"
        " speaker-conflict, single-source, fragment).",
    ),
)

COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)

#: Columns added after :data:`COLUMNS` when the library has an archive result attached; a
#: sheet made without one keeps exactly the columns above.
ARCHIVE_COLUMNS: tuple[tuple[str, str], ...] = (
    (
        "archive_first_seen",
        "Where the attached archive first has the statement: 'Outlet, YYYY-MM-DD'.",
    ),
    (
        "archive_first_seen_article",
        "That first report's article, as the archive names it (file path or record id).",
    ),
    (
        "archive_wordings",
        "The archive's wordings of the statement: 'Outlet, YYYY-MM-DD, speaker: wording' with"
        " the differences from the quote marked [-only here-] {+only there+}, one per line.",
    ),
)

ARCHIVE_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in ARCHIVE_COLUMNS)


def column_names(sheet: QuoteSheet) -> tuple[str, ...]:
    """The sheet's columns: the archive's at the end when it was made with one."""
    return COLUMN_NAMES + (ARCHIVE_COLUMN_NAMES if sheet.archive is not None else ())


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Make a cell a spreadsheet shows as text instead of running it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def row(entry: SheetEntry, *, archive: bool = False) -> dict[str, Cell]:
    """The cells of one quote, typed: numbers stay numbers and dates stay dates; with
    ``archive``, the archive's columns too."""
    quote = entry.quote
    article = entry.article
    evidence = entry.evidence
    cells: dict[str, Cell] = {
        "quote_id": quote.id,
        "status": quote.status.value,
        "speaker": quote.speaker,
        "speaker_role": quote.speaker_role,
        "quote": quote.text,
        "partial": "yes" if quote.partial else "no",
        "outlet": article.outlet,
        "headline": article.title,
        "published": article.published,
        "article_url": article.url,
        "article_id": article.id,
        "start": quote.start,
        "end": quote.end,
        "checked_by": quote.checked_by,
        "checked_at": quote.checked_at,
        "evidence_url": quote.evidence_url,
        "evidence_document": evidence.article_title if evidence else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_excerpt": evidence.excerpt if evidence else None,
        "note": quote.note,
        "review": quote.review.value,
        "variants": "\n".join(f"{v.outlet or 'Unknown outlet'}: {v.text}" for v in entry.variants)
        or None,
        "history": "\n".join(step.describe() for step in entry.history) or None,
        "same_wording": "\n".join(_reported(v) for v in entry.same_wording) or None,
        "flags": "\n".join(flag.describe() for flag in entry.flags) or None,
    }
    assert tuple(cells) == COLUMN_NAMES
    if archive:
        cells.update(archive_cells(entry))
    return cells


def archive_cells(entry: SheetEntry) -> dict[str, Cell]:
    report = entry.archive
    seen = report.first_seen if report is not None else None
    wordings = report.wordings if report is not None else ()
    cells: dict[str, Cell] = {
        "archive_first_seen": report.first_seen_line if report is not None else None,
        "archive_first_seen_article": seen.article if seen is not None else None,
        "archive_wordings": "\n".join(_archive_wording(w) for w in wordings) or None,
    }
    assert tuple(cells) == ARCHIVE_COLUMN_NAMES
    return cells


def _archive_wording(wording: ArchiveWording) -> str:
    who = f", {wording.speaker}" if wording.speaker else ""
    return f"{wording.where}{who}: {marked(wording.diff)}"


def _reported(variant: Variant) -> str:
    outlet = variant.outlet or "Unknown outlet"
    return f"{outlet}, {variant.published.isoformat()}" if variant.published else outlet


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def render_csv(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
    text: str = "Writing quotes…",
) -> str:
    """RFC 4180 CSV (CRLF row ends, fields quoted when needed), header row first."""
    steps = Steps(len(sheet.entries), text, progress, cancel)
    steps.start()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    archive = sheet.archive is not None
    writer.writerow(column_names(sheet))
    for entry in steps.each(sheet.entries):
        writer.writerow([_csv_text(v) for v in row(entry, archive=archive).values()])
    return out.getvalue()


def write_csv(
    sheet: QuoteSheet,
    path: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> None:
    """UTF-8 with a byte-order mark: without it, Excel reads the file as the local code page."""
    text = render_csv(sheet, progress=progress, cancel=cancel, text=f"Writing {Path(path).name}…")
    with atomic_path(path) as temporary:
        temporary.write_text("\ufeff" + text, encoding="utf-8", newline="")


_WIDTHS = {
    "quote": 60,
    "note": 40,
    "headline": 40,
    "variants": 50,
    "history": 50,
    "same_wording": 30,
    "flags": 60,
    "archive_first_seen": 24,
    "archive_first_seen_article": 30,
    "archive_wordings": 60,
}


def write_xlsx(
    sheet: QuoteSheet,
    path: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> None:
    """A workbook with a "Quotes" sheet (the columns) and an "About" sheet (the selection).

    Progress is reported per quote; a cancel between quotes raises
    :class:`~desk.core.progress.Cancelled` and leaves ``path`` as it was.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    steps = Steps(len(sheet.entries), f"Writing {Path(path).name}…", progress, cancel)
    steps.start()
    book = Workbook()
    quotes = book.active
    quotes.title = "Quotes"
    names = column_names(sheet)
    archive = sheet.archive is not None
    quotes.append(list(names))
    for cell in quotes[1]:
        cell.font = Font(bold=True)
    quotes.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, entry in enumerate(steps.each(sheet.entries), start=2):
        for column, value in enumerate(row(entry, archive=archive).values(), start=1):
            cell = quotes.cell(row=index, column=column)
            _set_cell(cell, value)
            cell.alignment = wrap
    for column, name in enumerate(names, start=1):
        quotes.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(name, 14)
    quotes.auto_filter.ref = quotes.dimensions

    about = book.create_sheet("About")
    for label, value in _about(sheet):
        about.append([label])
        _set_cell(about.cell(row=about.max_row, column=2), value)
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 80
    with atomic_path(path) as temporary:
        book.save(temporary)


def _set_cell(cell: Any, value: Cell) -> None:
    # openpyxl turns any string that begins with "=" into a formula; text stays text here.
    if isinstance(value, datetime):
        # Excel has no time zones (the column says UTC) and shows no fractions of a second.
        value = value.replace(tzinfo=None, microsecond=0)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"


def _about(sheet: QuoteSheet) -> list[tuple[str, Cell]]:
    statuses = ", ".join(s.value for s in sheet.selection.statuses) or "all"
    about: list[tuple[str, Cell]] = [
        ("Title", sheet.title),
        ("Story", sheet.story),
        ("Exported", sheet.exported_at),
        ("Organisation", sheet.organisation),
        ("Statuses", statuses),
        ("Quotes", len(sheet.entries)),
    ]
    if sheet.archive is not None:
        about.append(("Archive", sheet.archive))
    return about


__all__ = [
    "ARCHIVE_COLUMNS",
    "ARCHIVE_COLUMN_NAMES",
    "COLUMNS",
    "COLUMN_NAMES",
    "column_names",
    "neutralise",
    "render_csv",
    "row",
    "write_csv",
    "write_xlsx",
]
