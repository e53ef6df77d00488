"""Each format written to a file and read back with a reader that is not the writer."""

from __future__ import annotations

import csv
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from desk.core.entities import QuoteStatus
from desk.core.export import ExportFormat, MissingOrganisation, QuoteSheet, write
from desk.core.export.csv_xlsx import COLUMN_NAMES

Fixture = Any  # the ``checked`` fixture of conftest.py: .library and .ids


def _by_id(sheet: QuoteSheet) -> dict[int, Any]:
    return {e.quote.id: e for e in sheet.entries}


def test_csv_one_row_per_quote_with_the_documented_columns(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    write(sheet, ExportFormat.CSV, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == COLUMN_NAMES
    assert len(rows) == len(sheet.entries)
    grisly = next(r for r in rows if r["quote_id"] == str(checked.ids["grisly"]))
    assert grisly["quote"] == "grotesque and grisly"
    assert grisly["status"] == "verified"
    assert grisly["speaker"] == "John Kerry"
    assert grisly["outlet"] == "Voice of America"
    assert grisly["published"] == "2015-05-18"
    assert grisly["checked_by"] == "Ana Checker"
    assert grisly["checked_at"] == "2024-05-03T14:05:00+00:00"
    assert grisly["evidence_url"] == "https://state.example/transcripts/2015-05-18"
    assert grisly["variants"] == "Other Wire: grotesque and grizzly, truly"
    article = checked.library.article(int(grisly["article_id"]))
    assert article.text[int(grisly["start"]) : int(grisly["end"])] == grisly["quote"]
    hope = next(r for r in rows if r["quote_id"] == str(checked.ids["hope"]))
    assert hope["note"].startswith("'=HYPERLINK(")  # neutralised


def test_xlsx_rows_typed_and_formulas_stay_text(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    write(sheet, ExportFormat.XLSX, path)
    book = load_workbook(path)
    quotes = book["Quotes"]
    rows = list(quotes.iter_rows(values_only=True))
    assert rows[0] == COLUMN_NAMES
    assert len(rows) == len(sheet.entries) + 1
    records = [dict(zip(COLUMN_NAMES, r, strict=True)) for r in rows[1:]]
    six = next(r for r in records if r["quote_id"] == checked.ids["six parties"])
    assert six["quote"].startswith("I think the six parties")
    assert six["status"] == "verified"
    assert isinstance(six["start"], int)
    hope_row = next(
        i for i, r in enumerate(records, start=2) if r["quote_id"] == checked.ids["hope"]
    )
    note = quotes.cell(row=hope_row, column=COLUMN_NAMES.index("note") + 1)
    assert note.value == '=HYPERLINK("https://evil.example","x")'  # exact wording kept
    assert note.data_type == "s"
    assert note.quotePrefix
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    assert "<f " not in sheet_xml
    assert book["About"]["B4"].value == "Example Fact Desk"


def test_docx_reads_back_as_an_editor_would_see_it(sheet: QuoteSheet, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "sheet.docx"
    write(sheet, ExportFormat.DOCX, path)
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Quote sheet"
    assert "Exported 6 May 2024, 09:30 UTC for Example Fact Desk from Quote Desk" in paragraphs
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Unattributed"
    assert "John Kerry — U.S. Secretary of State" in headings
    cells = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert len(document.tables) == len(sheet.entries)
    assert ["4. Quote", "“grotesque and grisly”"] in cells
    status = next(c[1] for c in cells if c[0] == "Status" and c[1].startswith("Misquoted"))
    assert "checked by Ana Checker" in status
    assert any(c[0] == "Evidence" and "“security guarantees”" in c[1] for c in cells)
    variant = next(
        table.rows[i].cells[1]
        for table in document.tables
        for i, row in enumerate(table.rows)
        if row.cells[0].text == "Elsewhere"
    )
    struck = [r.text for p in variant.paragraphs for r in p.runs if r.font.strike]
    assert struck == ["grisly "]
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer
    assert "NUMPAGES" in footer
    assert document.core_properties.title == "Quote sheet"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def test_html_holds_the_sheet(sheet: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.html"
    write(sheet, ExportFormat.HTML, path)
    page = _parse(path.read_text(encoding="utf-8"))
    text = " ".join(page.text)
    assert "script" not in page.tags
    assert ("http-equiv", "Content-Security-Policy") in page.attrs
    assert page.tags.count("table") == len(sheet.entries)
    for entry in sheet.entries:
        assert entry.quote.text in text
    assert "Misattributed" in text
    assert "Example Fact Desk" in text
    assert ("class", "del") in page.attrs
    assert ("class", "ins") in page.attrs
    assert ("href", "https://news.example/voa/kerry-not-even-close") in page.attrs


def test_markdown_holds_the_sheet(sheet: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.md"
    write(sheet, ExportFormat.MD, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Quote sheet\n")
    assert "## John Kerry — U.S. Secretary of State" in text
    assert "> grotesque and grisly" in text
    assert "~~grisly~~ **grizzly, truly**" in text
    assert text.count("\n### ") == len(sheet.entries)


def test_json_has_the_full_data_and_a_schema_version(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.json"
    write(sheet, ExportFormat.JSON, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "quote-desk/quote-sheet"
    assert data["schema_version"] == 1
    assert data["exported_at"] == "2024-05-06T09:30:00+00:00"
    assert len(data["quotes"]) == len(sheet.entries)
    assert {a["id"] for a in data["articles"]} == {q["article_id"] for q in data["quotes"]}
    grisly = next(q for q in data["quotes"] if q["id"] == checked.ids["grisly"])
    assert grisly["variants"][0]["diff"] == [
        ["equal", "grotesque and "],
        ["delete", "grisly"],
        ["insert", "grizzly, truly"],
        ["replace", "[sic]"],
    ]
    egregious = next(q for q in data["quotes"] if q["id"] == checked.ids["egregious"])
    assert egregious["evidence"]["excerpt"] == "security guarantees"
    assert egregious["history"][0] == {
        "at": "2024-05-03T14:05:00+00:00",
        "by": "Ana Checker",
        "field": "status",
        "old": "unchecked",
        "new": "misquoted",
    }


def test_claimreview_for_judged_quotes_only(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.claimreview.jsonld"
    write(sheet, ExportFormat.CLAIMREVIEW, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    judged = [
        e
        for e in sheet.entries
        if e.quote.status
        in (QuoteStatus.VERIFIED, QuoteStatus.MISQUOTED, QuoteStatus.MISATTRIBUTED)
    ]
    assert len(reviews) == len(judged) == 4
    review = next(r for r in reviews if "egregious" in r["claimReviewed"])
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"].startswith("John Kerry said: “Which makes")
    assert review["reviewRating"]["alternateName"] == "Misquoted"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk"}
    assert review["datePublished"] == "2024-05-03"
    item = review["itemReviewed"]
    assert item["author"] == {
        "@type": "Person",
        "name": "John Kerry",
        "jobTitle": "U.S. Secretary of State",
    }
    assert item["appearance"]["url"] == "https://news.example/voa/kerry-not-even-close"
    assert item["appearance"]["publisher"]["name"] == "Voice of America"


def test_claimreview_needs_an_organisation(sheet: QuoteSheet, tmp_path: Path) -> None:
    from dataclasses import replace

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(MissingOrganisation, match="--organisation"):
        write(replace(sheet, organisation=None), ExportFormat.CLAIMREVIEW, out / "x.jsonld")
    assert list(out.iterdir()) == []


def test_web_annotations_anchor_in_the_article(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.annotations.jsonld"
    write(sheet, ExportFormat.WEBANNOTATION, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == len(sheet.entries)
    for item in items:
        assert item["type"] == "Annotation"
        assert item["id"].startswith("urn:uuid:")
        quote_sel, position = item["target"]["selector"]
        text = checked.library.article(item["target"]["desk:articleId"]).text
        start, end = position["start"], position["end"]
        assert quote_sel["type"] == "TextQuoteSelector"
        assert text[start:end] == quote_sel["exact"]
        assert text[:start].endswith(quote_sel["prefix"])
        assert text[end:].startswith(quote_sel["suffix"])
        assert len(quote_sel["prefix"]) == 32
    grisly = next(i for i in items if i["desk:quoteId"] == checked.ids["grisly"])
    assert grisly["target"]["source"] == "https://news.example/voa/kerry-not-even-close"
    assert {"type": "TextualBody", "purpose": "assessing", "value": "verified"} in grisly["body"]
    assert grisly["creator"] == {"type": "Person", "name": "Ana Checker"}


def test_a_failed_write_leaves_the_old_file_and_no_debris(
    sheet: QuoteSheet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.core.export import csv_xlsx

    out = tmp_path / "out"
    out.mkdir()
    path = out / "sheet.xlsx"
    path.write_bytes(b"the previous export")

    def broken(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr("openpyxl.Workbook.save", broken)
    with pytest.raises(OSError, match="disk full"):
        csv_xlsx.write_xlsx(sheet, path)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["sheet.xlsx"]


def test_documented_columns_match_the_code() -> None:
    from desk.core.export.csv_xlsx import ARCHIVE_COLUMNS, COLUMNS

    docs = Path(__file__).resolve().parents[3] / "docs" / "export-columns.md"
    table = [
        line.split("|")[1:3]
        for line in docs.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    documented = [(name.strip().strip("`"), text.strip()) for name, text in table]
    assert documented == [*COLUMNS, *ARCHIVE_COLUMNS]
