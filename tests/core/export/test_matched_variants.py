"""Variants from the library's own cross-outlet matching, in every format, read back.

Three invented articles report one statement of a mayor: the Harbour Times and the Valley Post
in the same words, the Coast Wire with one word changed ("autumn" for "winter"). A transcript
(a source document) carries it too, and is not another outlet. The Harbour Times also has a
quote nobody else carried.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desk.core.entities import ArticleDraft, DocumentKind, MetadataEdit
from desk.core.export import ExportFormat, QuoteSheet, SheetEntry, build_sheet, write
from desk.core.export.csv_xlsx import COLUMN_NAMES
from desk.core.library import Library

STATEMENT = "We will rebuild the north pier before the winter storms arrive, and we will pay for it"
CHANGED = STATEMENT.replace("winter", "autumn")
LONELY = "The budget is balanced for the first time in a decade"

#: outlet, date, address, kind, text
ARTICLES = [
    (
        "Harbour Times",
        date(2024, 3, 1),
        "https://harbour.example/pier",
        DocumentKind.ARTICLE,
        f"Mayor Lena Ortiz spoke on Monday.\n\n“{STATEMENT},” Ortiz said.\n\n"
        f"“{LONELY},” she added.",
    ),
    (
        "Coast Wire",
        date(2024, 3, 2),
        "https://coast.example/pier",
        DocumentKind.ARTICLE,
        f"The mayor addressed the council.\n\n“{CHANGED},” Ortiz told reporters.",
    ),
    (
        "Valley Post",
        date(2024, 3, 3),
        None,
        DocumentKind.ARTICLE,
        f"Council news from the coast.\n\n“{STATEMENT},” Mayor Ortiz said.",
    ),
    (
        "City Hall",
        date(2024, 3, 1),
        None,
        DocumentKind.SOURCE,
        f"Transcript of the mayor's remarks.\n\nORTIZ: {STATEMENT}. Thank you.",
    ),
]


@dataclass
class Pier:
    library: Library
    quotes: dict[str, int]  # "times", "lonely", "wire", "post", "transcript" → quote id


def build_pier(library: Library) -> dict[str, int]:
    """The four documents, each quote marked by hand (no detector suggestions)."""
    names = ["times", "wire", "post", "transcript"]
    quotes: dict[str, int] = {}
    ortiz = library.add_person("Lena Ortiz", "Mayor").id
    for name, (outlet, published, url, kind, text) in zip(names, ARTICLES, strict=True):
        draft = ArticleDraft(
            text=text,
            raw_text=text,
            title=f"{outlet}: pier to be rebuilt",
            outlet=outlet,
            kind=DocumentKind.SOURCE,  # no suggestions; made an article below
        )
        article_id = library.store(draft, f"{name}.txt").article_id
        assert article_id is not None
        library.update_metadata(article_id, MetadataEdit(kind=kind, url=url, published=published))
        for key, words in ((name, STATEMENT), (name, CHANGED), ("lonely", LONELY)):
            if words in text:
                start = text.index(words)
                quote = library.mark_quote(
                    article_id, start, start + len(words), speaker_id=ortiz, by="Ana"
                )
                quotes[key] = quote.id
    return quotes


@pytest.fixture
def pier(db_url: str) -> Iterator[Pier]:
    with Library.open(db_url) as library:
        yield Pier(library, build_pier(library))


def _entry(sheet: QuoteSheet, quote_id: int) -> SheetEntry:
    return next(e for e in sheet.entries if e.quote.id == quote_id)


# -- the sheet -------------------------------------------------------------------------------


def test_sheet_has_the_other_outlets_wording_on_each_backend(library_url: str) -> None:
    with Library.open(library_url) as library:
        quotes = build_pier(library)
        assert library.pending_matches() > 0  # nothing matched yet: the sheet must do it
        sheet = build_sheet(library)
        assert library.pending_matches() == 0

    times = _entry(sheet, quotes["times"])
    assert [v.outlet for v in times.variants] == ["Coast Wire"]
    variant = times.variants[0]
    assert variant.text == CHANGED
    assert variant.article_id is not None
    assert variant.url == "https://coast.example/pier"
    assert variant.published == date(2024, 3, 2)
    assert ("delete", "winter") in variant.diff
    assert ("insert", "autumn") in variant.diff
    assert "".join(t for op, t in variant.diff if op in ("equal", "insert")) == CHANGED
    # The Valley Post carried it word for word; the transcript is no outlet.
    assert [v.outlet for v in times.same_wording] == ["Valley Post"]
    assert [f.kind for f in times.flags] == ["wording-differs"]
    assert "“autumn” for “winter”" in times.flags[0].reason

    wire = _entry(sheet, quotes["wire"])  # the changed one: both others differ from it
    assert [v.outlet for v in wire.variants] == ["Harbour Times", "Valley Post"]
    assert ("delete", "autumn") in wire.variants[0].diff
    assert wire.same_wording == ()

    post = _entry(sheet, quotes["post"])
    assert [v.outlet for v in post.variants] == ["Coast Wire"]
    assert [v.outlet for v in post.same_wording] == ["Harbour Times"]

    lonely = _entry(sheet, quotes["lonely"])
    assert lonely.variants == ()
    assert lonely.same_wording == ()
    assert [f.kind for f in lonely.flags] == ["single-source"]


def test_without_matching_the_sheet_has_no_variants(pier: Pier) -> None:
    sheet = build_sheet(pier.library, matching=False)
    assert all(e.variants == () and e.same_wording == () and e.flags == () for e in sheet.entries)
    assert pier.library.pending_matches() > 0  # and nothing was matched


def test_a_quote_edited_since_matching_is_matched_again(pier: Pier) -> None:
    from desk.core.entities import QuoteEdit

    build_sheet(pier.library)
    # The Coast Wire's quote ends before the changed word now: only the first words remain.
    wire = pier.library.quote(pier.quotes["wire"])
    short = "We will rebuild the north pier before the"
    pier.library.edit_quote(
        wire.id, QuoteEdit(end=wire.start + len(short)), expected_version=None, by="Ana"
    )
    assert pier.library.pending_matches() == 1
    times = _entry(build_sheet(pier.library), pier.quotes["times"])
    assert pier.library.pending_matches() == 0
    assert not any("autumn" in v.text for v in times.variants)


# -- each format, read back ------------------------------------------------------------------


def test_csv_has_variants_same_wording_and_flags(pier: Pier, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    write(build_sheet(pier.library), ExportFormat.CSV, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {int(r["quote_id"]): r for r in csv.DictReader(handle)}
    assert tuple(next(iter(rows.values()))) == COLUMN_NAMES
    times = rows[pier.quotes["times"]]
    assert times["variants"] == f"Coast Wire: {CHANGED}"
    assert times["same_wording"] == "Valley Post, 2024-03-03"
    assert times["flags"].startswith("wording-differs: ")
    assert "“autumn” for “winter”" in times["flags"]
    lonely = rows[pier.quotes["lonely"]]
    assert lonely["variants"] == ""
    assert lonely["same_wording"] == ""
    assert lonely["flags"] == "single-source: No other article in the library reports this quote."


def test_xlsx_has_variants_same_wording_and_flags(pier: Pier, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    write(build_sheet(pier.library), ExportFormat.XLSX, path)
    rows = list(load_workbook(path)["Quotes"].iter_rows(values_only=True))
    assert rows[0] == COLUMN_NAMES
    records = {r[0]: dict(zip(COLUMN_NAMES, r, strict=True)) for r in rows[1:]}
    times = records[pier.quotes["times"]]
    assert times["variants"] == f"Coast Wire: {CHANGED}"
    assert times["same_wording"] == "Valley Post, 2024-03-03"
    assert str(times["flags"]).startswith("wording-differs: ")
    lonely = records[pier.quotes["lonely"]]
    assert lonely["variants"] is None
    assert lonely["same_wording"] is None


def test_json_has_the_diff(pier: Pier, tmp_path: Path) -> None:
    path = tmp_path / "sheet.json"
    write(build_sheet(pier.library), ExportFormat.JSON, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    quotes = {q["id"]: q for q in data["quotes"]}
    times = quotes[pier.quotes["times"]]
    (variant,) = times["variants"]
    assert variant["outlet"] == "Coast Wire"
    assert variant["text"] == CHANGED
    assert variant["published"] == "2024-03-02"
    assert ["delete", "winter"] in variant["diff"]
    assert ["insert", "autumn"] in variant["diff"]
    assert [s["outlet"] for s in times["same_wording"]] == ["Valley Post"]
    assert [f["kind"] for f in times["flags"]] == ["wording-differs"]
    lonely = quotes[pier.quotes["lonely"]]
    assert lonely["variants"] == []
    assert lonely["same_wording"] == []
    assert lonely["flags"] == [
        {"kind": "single-source", "reason": "No other article in the library reports this quote."}
    ]


class _Marks(HTMLParser):
    """The text of each table row's value cell, and the words in del/ins spans."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[str, str]] = []
        self.rows: list[list[str]] = []
        self._span: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "span":
            self._span = dict(attrs).get("class")
        elif tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._span = None

    def handle_data(self, data: str) -> None:
        if self._span in ("del", "ins"):
            self.spans.append((self._span, data))
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def test_html_marks_the_changed_word(pier: Pier, tmp_path: Path) -> None:
    path = tmp_path / "sheet.html"
    write(build_sheet(pier.library), ExportFormat.HTML, path)
    page = _Marks()
    page.feed(path.read_text(encoding="utf-8"))
    assert ("del", "winter") in page.spans
    assert ("ins", "autumn") in page.spans
    cells = {(row[0], row[1]) for row in page.rows if len(row) == 2}
    elsewhere = [value for label, value in cells if label == "Elsewhere"]
    assert any(v.startswith("Coast Wire, 2 March 2024") and "north pier" in v for v in elsewhere)
    assert ("Same words", "Valley Post, 3 March 2024") in cells
    assert any(label == "Flags" and "“autumn” for “winter”" in v for label, v in cells)


def test_markdown_marks_the_changed_word(pier: Pier, tmp_path: Path) -> None:
    path = tmp_path / "sheet.md"
    write(build_sheet(pier.library), ExportFormat.MD, path)
    text = path.read_text(encoding="utf-8")
    assert "[Coast Wire, 2 March 2024](<https://coast.example/pier>)" in text
    assert "before the ~~winter~~ **autumn** storms arrive" in text
    assert "- **Same words:** Valley Post, 3 March 2024" in text
    assert "No other article in the library reports this quote." in text


def test_docx_strikes_and_underlines_the_changed_word(pier: Pier, tmp_path: Path) -> None:
    from docx import Document

    sheet = build_sheet(pier.library)
    path = tmp_path / "sheet.docx"
    write(sheet, ExportFormat.DOCX, path)
    document = Document(str(path))
    rows = [(r.cells[0].text, r.cells[1]) for t in document.tables for r in t.rows]
    elsewhere = [cell for label, cell in rows if label == "Elsewhere"]
    times = next(c for c in elsewhere if c.text.startswith("Coast Wire, 2 March 2024"))
    runs = [r for p in times.paragraphs for r in p.runs]
    assert [r.text for r in runs if r.font.strike] == ["winter "]
    assert [r.text for r in runs if r.font.underline] == ["autumn"]
    assert f"“{CHANGED}”" in "".join(r.text for r in runs if not r.font.strike)
    same = [cell.text for label, cell in rows if label == "Same words"]
    assert "Valley Post, 3 March 2024" in same
    flags = [cell.text for label, cell in rows if label == "Flags"]
    assert "No other article in the library reports this quote." in flags
    # The quote nobody else carried has no "Elsewhere" row.
    lonely_table = next(
        t for t in document.tables if any(LONELY in c.text for r in t.rows for c in r.cells)
    )
    assert "Elsewhere" not in [r.cells[0].text for r in lonely_table.rows]


def test_a_fragment_is_flagged_on_the_fragment_only(pier: Pier) -> None:
    """A fourth outlet quotes ten words of the statement unchanged: they are compared with the
    part of the whole quote they cover, and only the fragment is flagged as one."""
    words = "We will rebuild the north pier before the winter storms arrive"
    text = f"Briefly.\n\n“{words},” the mayor said of the pier."
    draft = ArticleDraft(
        text=text, raw_text=text, title="Brief", outlet="Pier Brief", kind=DocumentKind.SOURCE
    )
    article_id = pier.library.store(draft, "brief.txt").article_id
    assert article_id is not None
    pier.library.update_metadata(article_id, MetadataEdit(kind=DocumentKind.ARTICLE))
    start = text.index(words)
    fragment = pier.library.mark_quote(article_id, start, start + len(words), by="Ana").id
    sheet = build_sheet(pier.library)

    times = _entry(sheet, pier.quotes["times"])
    assert "fragment" not in [f.kind for f in times.flags]
    brief = _entry(sheet, fragment)
    assert "fragment" in [f.kind for f in brief.flags]
    # The fragment's words are the Harbour Times' words: carried word for word.
    assert "Harbour Times" in [v.outlet for v in brief.same_wording]
    # Seen from the Harbour Times, the brief quotes the same words as far as it goes.
    assert "Pier Brief" in [v.outlet for v in times.same_wording]
