"""The sheet as a Word document an editor can file: title, story, date, a table per quote
grouped by speaker, and "Page N of M" in the footer.

python-docx has no call for hyperlinks or page-number fields, so both are written as the small
pieces of WordprocessingML Word itself writes for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.core.export import layout
from desk.core.export.files import atomic_path
from desk.core.export.sheet import QuoteSheet, SheetEntry, Variant

_LABEL_WIDTH_CM = 3.2
_VALUE_WIDTH_CM = 13.8


def write_docx(sheet: QuoteSheet, path: Path) -> None:
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
        _link(item, article.url, layout.headline(article), italic=True)
        item.add_run(f" — {layout.article_line(article)}")

    number = 0
    for group in sheet.groups:
        document.add_heading(layout.speaker_heading(group.speaker, group.role), level=1)
        for entry in group.entries:
            number += 1
            _entry_table(document, number, entry)
            document.add_paragraph()
    with atomic_path(path) as temporary:
        document.save(str(temporary))


def _entry_table(document: Any, number: int, entry: SheetEntry) -> None:
    from docx.shared import Cm, Pt, RGBColor

    quote = entry.quote
    article = entry.article
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False

    def row(label: str) -> Any:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(_LABEL_WIDTH_CM), Cm(_VALUE_WIDTH_CM)
        label_run = cells[0].paragraphs[0].add_run(label)
        label_run.font.size = Pt(9)
        label_run.font.color.rgb = RGBColor(0x5F, 0x63, 0x68)
        return cells[1].paragraphs[0]

    wording = row(f"{number}. Quote")
    lines = quote.text.split("\n")
    for index, line in enumerate(lines):
        text = ("“" if index == 0 else "") + line + ("”" if index == len(lines) - 1 else "")
        run = wording.add_run(text)
        run.font.size = Pt(11.5)
        if index < len(lines) - 1:
            run.add_break()
    _shade(table.rows[-1].cells[1], "F6F6F2")

    status = row("Status")
    verdict = status.add_run(quote.status.label)
    verdict.bold = True
    verdict.font.color.rgb = RGBColor.from_string(layout.STATUS_COLOURS[quote.status][1:].upper())
    status.add_run(" — " + layout.checked_by(entry))

    where = row("Article")
    _link(where, article.url, layout.headline(article))
    where.add_run().add_break()
    where.add_run(layout.article_line(article))
    if article.url and layout.safe_link(article.url) is None:
        where.add_run().add_break()
        where.add_run(article.url)
    row("Where").add_run(layout.position(entry) + (" (partial quote)" if quote.partial else ""))

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
                _link(cell, value, value)
            else:
                cell.add_run(value)
    if quote.note:
        row("Note").add_run(quote.note)
    for variant in entry.variants:
        _variant(row("Elsewhere"), variant)
    if entry.history:
        cell = row("History")
        for index, step in enumerate(entry.history):
            if index:
                cell.add_run().add_break()
            run = cell.add_run(step.describe())
            run.font.size = Pt(9)
    for table_row in table.rows:
        _keep_row_whole(table_row)


def _variant(paragraph: Any, variant: Variant) -> None:
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import RGBColor

    where = f"{variant.outlet or 'Unknown outlet'}, {layout.day(variant.published)}"
    _link(paragraph, variant.url, where)
    paragraph.add_run().add_break()
    paragraph.add_run("“")
    for op, text in layout.spaced_diff(variant):
        run = paragraph.add_run(text)
        if op == "delete":
            run.font.strike = True
            run.font.color.rgb = RGBColor(0xB3, 0x26, 0x1E)
        elif op == "insert":
            run.font.underline = True
            run.font.color.rgb = RGBColor(0x1E, 0x7A, 0x34)
        elif op == "replace":
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    paragraph.add_run("”")


def _link(paragraph: Any, url: str | None, text: str | None, *, italic: bool = False) -> None:
    """A clickable link for web addresses; anything else is written as plain text."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    label = text or url or ""
    safe = layout.safe_link(url)
    if safe is None:
        paragraph.add_run(label).italic = italic or None
        return
    rel = paragraph.part.relate_to(safe, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
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
