"""The sheet as a Word document an editor can file: title, story, date, a table per quote
grouped by speaker, and "Page N of M" in the footer.

python-docx has no call for hyperlinks or page-number fields, so both are written as the small
pieces of WordprocessingML Word itself writes for them.

A thousand quotes make a thousand tables, so the per-table work is kept small: the table style
is looked up once (python-docx scans every style for each name it resolves), the column widths
are set once per table (python-docx copies them into each new row's cells), each link
address is related to the document once, and plain run text skips python-docx's
character-by-character pass (:func:`_run`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.core.export import layout
from desk.core.export.files import atomic_path
from desk.core.export.sheet import ArchiveWording, QuoteSheet, SheetEntry, Variant
from desk.core.export.steps import Steps
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

_LABEL_WIDTH_CM = 3.2
_VALUE_WIDTH_CM = 13.8


def write_docx(
    sheet: QuoteSheet,
    path: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> None:
    """Write the sheet as DOCX at ``path``, whole or not at all.

    Progress is reported per quote; a cancel between quotes raises
    :class:`~desk.core.progress.Cancelled` and leaves ``path`` as it was.
    """
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    properties = document.core_properties
    properties.title = sheet.title
    properties.subject = sheet.story
    properties.author = sheet.organisation or "Quote Desk"
    properties.created = sheet.exported_at.replace(tzinfo=None)

    steps = Steps(len(sheet.entries), f"Writing {Path(path).name}…", progress, cancel)
    steps.start()
    links = _Links()
    _footer(section, sheet)
    document.add_heading(sheet.title, level=0)
    story = document.add_paragraph()
    story_run = story.add_run(sheet.story)
    story_run.bold = True
    story_run.font.size = Pt(13)
    for line in (layout.exported_line(sheet), layout.summary(sheet)):
        run = document.add_paragraph().add_run(line)
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x5F, 0x63, 0x68)
    for article in sheet.articles:
        item = document.add_paragraph(style="List Bullet")
        links.add(item, article.url, layout.headline(article), italic=True)
        item.add_run(f" — {layout.article_line(article)}")

    tables = _Tables(document)
    number = 0
    for group in sheet.groups:
        document.add_heading(layout.speaker_heading(group.speaker, group.role), level=1)
        for entry in steps.each(group.entries):
            number += 1
            _entry_table(tables, links, number, entry)
            document.add_paragraph()
    with atomic_path(path) as temporary:
        document.save(str(temporary))


class _Tables:
    """Adds the two-column, "Table Grid" tables, with what they share worked out once."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Cm

        self._document = document
        style = document.styles["Table Grid"]
        assert style.type == WD_STYLE_TYPE.TABLE
        self._style_id: str = style.style_id
        self._widths = (Cm(_LABEL_WIDTH_CM), Cm(_VALUE_WIDTH_CM))

    def add(self) -> Any:
        table = self._document.add_table(rows=0, cols=2)
        # ``table.style = style`` resolves the style again on every table, and even given the
        # style object python-docx scans all styles for the document's default table style:
        # about a fifth of the writing time. The id found once above is set directly instead;
        # python-docx has no public setter that takes a style id.
        table._tbl.tblStyle_val = self._style_id
        table.autofit = False
        # Rows added later copy these grid widths into their cells.
        for column, width in zip(table.columns, self._widths, strict=True):
            column.width = width
        return table


class _Links:
    """Hyperlinks, each web address related to the document once, as python-docx would do,
    without its search of every relationship for the same address on each link."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}

    def add(
        self, paragraph: Any, url: str | None, text: str | None, *, italic: bool = False
    ) -> None:
        _link(paragraph, url, text, italic=italic, rel_ids=self._ids)


def _entry_table(tables: _Tables, links: _Links, number: int, entry: SheetEntry) -> None:
    from docx.shared import Pt, RGBColor

    quote = entry.quote
    article = entry.article
    table = tables.add()
    label_size = Pt(9)
    label_colour = RGBColor(0x5F, 0x63, 0x68)
    value_cells: list[Any] = []

    def row(label: str) -> Any:
        cells = table.add_row().cells
        label_run = _run(cells[0].paragraphs[0], label)
        label_run.font.size = label_size
        label_run.font.color.rgb = label_colour
        value_cells.append(cells[1])
        return cells[1].paragraphs[0]

    wording = row(f"{number}. Quote")
    lines = quote.text.split("\n")
    for index, line in enumerate(lines):
        text = ("“" if index == 0 else "") + line + ("”" if index == len(lines) - 1 else "")
        run = _run(wording, text)
        run.font.size = Pt(11.5)
        if index < len(lines) - 1:
            run.add_break()
    _shade(value_cells[-1], "F6F6F2")

    status = row("Status")
    verdict = _run(status, quote.status.label)
    verdict.bold = True
    verdict.font.color.rgb = RGBColor.from_string(layout.STATUS_COLOURS[quote.status][1:].upper())
    _run(status, " — " + layout.checked_by(entry))

    where = row("Article")
    links.add(where, article.url, layout.headline(article))
    where.add_run().add_break()
    _run(where, layout.article_line(article))
    if article.url and layout.safe_link(article.url) is None:
        where.add_run().add_break()
        _run(where, article.url)
    _run(row("Where"), layout.position(entry) + (" (partial quote)" if quote.partial else ""))

    evidence = entry.evidence
    if evidence is not None:
        cell = row("Evidence")
        parts: list[tuple[str, str | None]] = []
        if evidence.url:
            parts.append(("link", evidence.url))
        if evidence.where:
            parts.append(("text", evidence.where))
        if evidence.excerpt:
            parts.append(("text", f"“{evidence.excerpt}”"))
        for index, (kind, value) in enumerate(parts):
            if index:
                cell.add_run().add_break()
            if kind == "link":
                links.add(cell, value, value)
            else:
                _run(cell, value)
    if quote.note:
        _run(row("Note"), quote.note)
    for variant in entry.variants:
        _variant(row("Elsewhere"), variant, links)
    if entry.same_wording:
        cell = row("Same words")
        for index, variant in enumerate(entry.same_wording):
            if index:
                _run(cell, "; ")
            links.add(cell, variant.url, layout.variant_where(variant))
    if entry.flags:
        cell = row("Flags")
        for index, flag in enumerate(entry.flags):
            if index:
                cell.add_run().add_break()
            _run(cell, flag.reason)
    report = entry.archive
    if report is not None:
        seen = layout.first_seen(report)
        if seen is not None:
            cell = row("First seen")
            _run(cell, seen)
            cell.add_run().add_break()
            _run(cell, layout.archive_size(report))
        for wording in report.wordings:
            cell = row("In the archive")
            _run(cell, layout.archive_where(wording))
            cell.add_run().add_break()
            _diff_runs(cell, wording)
    if entry.history:
        cell = row("History")
        for index, step in enumerate(entry.history):
            if index:
                cell.add_run().add_break()
            run = _run(cell, step.describe())
            run.font.size = Pt(9)
    for table_row in table.rows:
        _keep_row_whole(table_row)


def _run(paragraph: Any, text: str | None) -> Any:
    """``paragraph.add_run(text)``, faster for text without tabs or line breaks.

    python-docx feeds run text through a character-by-character state machine (for tabs and
    breaks) that takes about a tenth of the time here; plain text becomes the very ``<w:t>``
    that machine would make, added with the run element's own (private) ``add_t``, which sets
    ``xml:space`` as needed. No public call adds text without that pass.
    """
    if not text or "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    run = paragraph.add_run()
    run._r.add_t(text)
    return run


def _variant(paragraph: Any, variant: Variant, links: _Links) -> None:
    links.add(paragraph, variant.url, layout.variant_where(variant))
    paragraph.add_run().add_break()
    _diff_runs(paragraph, variant)


def _diff_runs(paragraph: Any, variant: Variant | ArchiveWording) -> None:
    """The wording in quotation marks, its changed words struck, underlined or highlighted."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import RGBColor

    _run(paragraph, "“")
    for op, text in layout.spaced_diff(variant):
        run = _run(paragraph, text)
        if op == "delete":
            run.font.strike = True
            run.font.color.rgb = RGBColor(0xB3, 0x26, 0x1E)
        elif op == "insert":
            run.font.underline = True
            run.font.color.rgb = RGBColor(0x1E, 0x7A, 0x34)
        elif op == "replace":
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    _run(paragraph, "”")


def _link(
    paragraph: Any,
    url: str | None,
    text: str | None,
    *,
    italic: bool = False,
    rel_ids: dict[str, str] | None = None,
) -> None:
    """A clickable link for web addresses; anything else is written as plain text.

    ``rel_ids`` remembers the relationship made for each address, so a repeated address
    reuses it (``relate_to`` would find and return the same one, searching every time).
    """
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    label = text or url or ""
    safe = layout.safe_link(url)
    if safe is None:
        paragraph.add_run(label).italic = italic or None
        return
    rel = rel_ids.get(safe) if rel_ids is not None else None
    if rel is None:
        rel = paragraph.part.relate_to(safe, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        if rel_ids is not None:
            rel_ids[safe] = rel
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1A56A8")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([style, colour, underline])
    if italic:
        props.append(OxmlElement("w:i"))
    run.append(props)
    content = OxmlElement("w:t")
    content.text = label
    content.set(qn("xml:space"), "preserve")
    run.append(content)
    link.append(run)
    paragraph._p.append(link)


def _shade(cell: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _keep_row_whole(row: Any) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _footer(section: Any, sheet: QuoteSheet) -> None:
    """ "Title · Page N of M": Word fills in the numbers when it lays the pages out."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def text(value: str) -> None:
        paragraph.add_run(value).font.size = Pt(8.5)

    def field(code: str) -> None:
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {code} ")
        run = OxmlElement("w:r")
        content = OxmlElement("w:t")
        content.text = "1"
        run.append(content)
        simple.append(run)
        paragraph._p.append(simple)

    text(f"{sheet.title} · Page ")
    field("PAGE")
    text(" of ")
    field("NUMPAGES")
