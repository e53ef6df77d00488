"""Quote sheets of a library with an archive result attached: each format, read back with a
reader that is not the writer, says where a quote was first seen and how the archive worded it.
The PDF is Qt's and is read back in tests/ui/test_archive_ui.py."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desk.core.export import ExportFormat, QuoteSheet, build_sheet, write
from desk.core.export.csv_xlsx import ARCHIVE_COLUMN_NAMES, COLUMN_NAMES
from desk.core.library import Library

EXPORTED_AT = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)
PROMISE = "We will rebuild the harbour bridge"
TOLL = "Nobody in this town"


@pytest.fixture
def library(archive_library: Library) -> Library:
    return archive_library


@pytest.fixture
def sheet(library: Library) -> QuoteSheet:
    return build_sheet(library, exported_at=EXPORTED_AT)


def _ids(sheet: QuoteSheet) -> tuple[int, int]:
    """The Coastline Post's bridge promise, and its toll promise (which the archive lacks)."""
    coastline = [e for e in sheet.entries if e.article.outlet == "Coastline Post"]
    promise = next(e.quote.id for e in coastline if e.quote.text.startswith(PROMISE))
    toll = next(e.quote.id for e in coastline if e.quote.text.startswith(TOLL))
    return promise, toll


def test_the_sheet_carries_the_archive_report(sheet: QuoteSheet, archive_result: Path) -> None:
    promise, toll = _ids(sheet)
    entries = {e.quote.id: e for e in sheet.entries}
    assert sheet.archive == str(archive_result)
    report = entries[promise].archive
    assert report is not None
    assert report.first_seen_line == "Lakeside Wire, 2019-03-01"
    assert [w.outlet for w in report.wordings] == ["Lakeside Wire", "Northfield Courier"]
    assert entries[toll].archive is None


def test_csv_adds_the_archive_columns_at_the_end(sheet: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    write(sheet, ExportFormat.CSV, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert tuple(header) == COLUMN_NAMES + ARCHIVE_COLUMN_NAMES
    assert ARCHIVE_COLUMN_NAMES == (
        "archive_first_seen",
        "archive_first_seen_article",
        "archive_wordings",
    )
    records = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    promise, toll = _ids(sheet)
    row = records[str(promise)]
    assert row["archive_first_seen"] == "Lakeside Wire, 2019-03-01"
    assert row["archive_first_seen_article"].endswith("lakeside-wire-2019-03-01.html")
    lakeside, northfield = row["archive_wordings"].split("\n")
    assert lakeside.startswith("Lakeside Wire, 2019-03-01, Elena Varga: We will rebuild")
    assert lakeside.endswith("the cost to [-our-] {+the+} city,")
    assert northfield.startswith("Northfield Courier, 2019-03-02, Elena Varga: ")
    assert "[-arrive-] {+come+}" in northfield
    assert records[str(toll)]["archive_first_seen"] == ""
    assert records[str(toll)]["archive_wordings"] == ""


def test_xlsx_adds_the_archive_columns_at_the_end(sheet: QuoteSheet, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    write(sheet, ExportFormat.XLSX, path)
    book = load_workbook(path)
    header, *rows = list(book["Quotes"].iter_rows(values_only=True))
    assert header == COLUMN_NAMES + ARCHIVE_COLUMN_NAMES
    records = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    promise, toll = _ids(sheet)
    assert records[promise]["archive_first_seen"] == "Lakeside Wire, 2019-03-01"
    assert "Northfield Courier, 2019-03-02" in str(records[promise]["archive_wordings"])
    assert records[toll]["archive_first_seen"] is None
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Archive"] == sheet.archive


def test_without_an_archive_the_columns_are_as_before(library: Library, tmp_path: Path) -> None:
    library.attach_archive(None)
    sheet = build_sheet(library, exported_at=EXPORTED_AT)
    assert sheet.archive is None
    assert all(e.archive is None for e in sheet.entries)
    path = tmp_path / "sheet.csv"
    write(sheet, ExportFormat.CSV, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == COLUMN_NAMES
    write(sheet, ExportFormat.JSON, tmp_path / "sheet.json")
    data = json.loads((tmp_path / "sheet.json").read_text(encoding="utf-8"))
    assert "archive" not in data
    assert all("archive" not in q for q in data["quotes"])


def test_docx_shows_first_seen_and_the_archive_wordings(sheet: QuoteSheet, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "sheet.docx"
    write(sheet, ExportFormat.DOCX, path)
    document = Document(str(path))
    promise, _toll = _ids(sheet)
    number = [e.quote.id for e in sheet.entries].index(promise)
    table = document.tables[number]
    rows = {row.cells[0].text: row.cells[1] for row in table.rows}
    assert rows["First seen"].text.startswith("Lakeside Wire, 1 March 2019 — ")
    assert "lakeside-wire-2019-03-01.html" in rows["First seen"].text
    wordings = [row.cells[1] for row in table.rows if row.cells[0].text == "In the archive"]
    assert [w.text.split("\n")[0] for w in wordings] == [
        "Lakeside Wire, 1 March 2019, Elena Varga (2 reports)",
        "Northfield Courier, 2 March 2019, Elena Varga",
    ]
    struck = [r.text.strip() for p in wordings[1].paragraphs for r in p.runs if r.font.strike]
    underlined = [
        r.text.strip() for p in wordings[1].paragraphs for r in p.runs if r.font.underline
    ]
    assert "arrive" in struck
    assert "come" in underlined


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.deleted: list[str] = []
        self._in_del = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_del = tag == "span" and ("class", "del") in attrs

    def handle_endtag(self, tag: str) -> None:
        self._in_del = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_del:
            self.deleted.append(data)


def test_html_and_markdown_show_first_seen_and_the_wordings(
    sheet: QuoteSheet, tmp_path: Path
) -> None:
    write(sheet, ExportFormat.HTML, tmp_path / "sheet.html")
    page = _Text()
    page.feed((tmp_path / "sheet.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert "First seen" in page.text
    assert "Lakeside Wire, 1 March 2019 — " in text
    assert "In the archive" in page.text
    assert "Northfield Courier, 2 March 2019, Elena Varga" in text
    assert "arrive" in page.deleted
    assert "our" in page.deleted

    write(sheet, ExportFormat.MD, tmp_path / "sheet.md")
    markdown = (tmp_path / "sheet.md").read_text(encoding="utf-8")
    assert "- **First seen:** Lakeside Wire, 1 March 2019 — " in markdown
    assert "- **In the archive** (~~only here~~, **only there**):" in markdown
    assert "  - Northfield Courier, 2 March 2019, Elena Varga: “" in markdown
    assert "~~arrive~~ **come**" in markdown


def test_json_has_the_archive_report(sheet: QuoteSheet, tmp_path: Path) -> None:
    write(sheet, ExportFormat.JSON, tmp_path / "sheet.json")
    data = json.loads((tmp_path / "sheet.json").read_text(encoding="utf-8"))
    assert data["archive"] == sheet.archive
    quotes = {q["id"]: q for q in data["quotes"]}
    promise, toll = _ids(sheet)
    archive = quotes[promise]["archive"]
    assert archive["first_seen"]["outlet"] == "Lakeside Wire"
    assert archive["first_seen"]["published"] == "2019-03-01"
    assert archive["reports"] == 3
    northfield = archive["wordings"][1]
    assert northfield["outlet"] == "Northfield Courier"
    assert northfield["speaker"] == "Elena Varga"
    assert ["delete", "arrive"] in northfield["diff"]
    assert ["insert", "come"] in northfield["diff"]
    assert quotes[toll]["archive"] is None
