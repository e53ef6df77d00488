"""The sheet as an HTML page (also the layout the PDF is printed from) and as Markdown.

Every string that came from an article, a note or a person goes through :func:`html.escape`
(or the Markdown escaper), links are kept only when they are web links, and the page carries
a Content-Security-Policy that forbids scripts and remote loads, so an imported page that held
``<script>`` shows it as text and nothing in a sheet can run or fetch.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html import escape

from desk.core.export import layout
from desk.core.export.sheet import ArchiveWording, QuoteSheet, SheetEntry, Variant
from desk.core.export.steps import Steps
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

_CSP = "default-src 'none'; style-src 'unsafe-inline'"

# Qt's rich-text engine (the PDF) reads a subset of CSS: class selectors, colours, fonts,
# table borders, and margins only in px (it drops pt margins); nothing here needs more.
_STYLE = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; color: #202124; }
h1 { font-size: 20pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; }
p.story { font-size: 12pt; margin-top: 0; margin-bottom: 4px; }
p.meta { color: #5f6368; font-size: 9pt; margin-top: 0; margin-bottom: 2px; }
table.quote { border-collapse: collapse; margin-bottom: 14px; }
table.quote td { padding: 3pt 6pt; vertical-align: top; border: 1px solid #d0d0d0; }
td.label { color: #5f6368; font-size: 9pt; }
td.wording { font-size: 11.5pt; background-color: #f6f6f2; }
span.status { font-weight: bold; }
span.del { color: #b3261e; text-decoration: line-through; }
span.ins { color: #1e7a34; text-decoration: underline; }
span.rep { background-color: #fff0b3; }
ul.articles { margin-top: 6px; margin-bottom: 12px; }
"""


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def _paragraphs(text: str) -> str:
    """Quote text keeps its paragraph breaks as ``<br>``; everything else is escaped."""
    return "<br>".join(_e(part) for part in text.split("\n"))


def _link(url: str | None, label: str | None = None) -> str:
    safe = layout.safe_link(url)
    if safe is None:
        return _e(url)  # shown, never followed
    return f'<a href="{_e(safe)}">{_e(label or safe)}</a>'


def _report_link(variant: Variant) -> str:
    """ "Other Wire, 19 May 2015", linked to the report when its address is a web link."""
    where = layout.variant_where(variant)
    return _link(variant.url, where) if layout.safe_link(variant.url) else _e(where)


def diff_html(variant: Variant | ArchiveWording) -> str:
    spans = []
    for op, text in layout.spaced_diff(variant):
        if op == "equal":
            spans.append(_e(text))
        else:
            css = {"insert": "ins", "delete": "del", "replace": "rep"}[op]
            trailing = " " if text[-1].isspace() else ""
            spans.append(f'<span class="{css}">{_e(text.rstrip())}</span>{trailing}')
    return "".join(spans)


def _rows(entry: SheetEntry) -> list[tuple[str, str]]:
    quote = entry.quote
    article = entry.article
    colour = layout.STATUS_COLOURS[quote.status]
    rows = [
        (
            "Status",
            f'<span class="status" style="color: {colour}">{_e(quote.status.label)}</span>'
            f" — {_e(layout.checked_by(entry))}",
        ),
        (
            "Article",
            f"{_link(article.url, layout.headline(article))}<br>{_e(layout.article_line(article))}",
        ),
        ("Where", _e(layout.position(entry)) + (" (partial quote)" if quote.partial else "")),
    ]
    if article.url and layout.safe_link(article.url) is None:
        rows.append(("Link", _e(article.url)))
    evidence = entry.evidence
    if evidence is not None:
        parts = []
        if evidence.url:
            parts.append(_link(evidence.url))
        if evidence.where:
            parts.append(_e(evidence.where))
        if evidence.excerpt:
            parts.append(f"“{_paragraphs(evidence.excerpt)}”")
        rows.append(("Evidence", "<br>".join(parts)))
    if quote.note:
        rows.append(("Note", _paragraphs(quote.note)))
    for variant in entry.variants:
        rows.append(("Elsewhere", f"{_report_link(variant)}<br>“{diff_html(variant)}”"))
    if entry.same_wording:
        rows.append(("Same words", "; ".join(_report_link(v) for v in entry.same_wording)))
    if entry.flags:
        rows.append(("Flags", "<br>".join(_e(flag.reason) for flag in entry.flags)))
    rows += _archive_rows(entry)
    if entry.history:
        rows.append(("History", "<br>".join(_e(step.describe()) for step in entry.history)))
    return rows


def _archive_rows(entry: SheetEntry) -> list[tuple[str, str]]:
    """What the attached archive holds of the quote: first seen, then each wording."""
    report = entry.archive
    if report is None:
        return []
    rows = []
    seen = layout.first_seen(report)
    if seen is not None:
        rows.append(("First seen", f"{_e(seen)}<br>{_e(layout.archive_size(report))}"))
    for wording in report.wordings:
        where = _e(layout.archive_where(wording))
        rows.append(("In the archive", f"{where}<br>“{diff_html(wording)}”"))
    return rows


def _entry_html(number: int, entry: SheetEntry, new_page: bool = False) -> str:
    cells = [
        f'<tr><td class="label" width="16%">{number}. Quote</td>'
        f'<td class="wording">“{_paragraphs(entry.quote.text)}”</td></tr>'
    ]
    cells += [
        f'<tr><td class="label">{label}</td><td>{value}</td></tr>' for label, value in _rows(entry)
    ]
    page = ' style="page-break-before: always"' if new_page else ""
    return (
        f'<table class="quote" cellspacing="0" cellpadding="4" width="100%"{page}>'
        + "".join(cells)
        + "</table>"
    )


def render_html(
    sheet: QuoteSheet,
    *,
    new_pages: Collection[int] = (),
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> str:
    """A self-contained page: inline style, no script, no remote resource.

    ``new_pages`` holds the numbers of quotes to start a printed page with (with their
    speaker's heading, when they are the speaker's first); the PDF printer sets them so that
    a quote's table is not split across pages. Progress is reported per quote; a cancel
    between quotes raises :class:`~desk.core.progress.Cancelled`.
    """
    steps = Steps(len(sheet.entries), "Writing quotes…", progress, cancel)
    steps.start()
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(sheet.title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{_e(sheet.title)}</h1>",
        f'<p class="story">{_e(sheet.story)}</p>',
        f'<p class="meta">{_e(layout.exported_line(sheet))}</p>',
        f'<p class="meta">{_e(layout.summary(sheet))}</p>',
    ]
    if sheet.articles:
        out.append('<ul class="articles">')
        for article in sheet.articles:
            out.append(
                f"<li><i>{_link(article.url, layout.headline(article))}</i> — "
                f"{_e(layout.article_line(article))}</li>"
            )
        out.append("</ul>")
    number = 0
    for group in sheet.groups:
        heading_page = number + 1 in new_pages
        page = ' style="page-break-before: always"' if heading_page else ""
        out.append(f"<h2{page}>{_e(layout.speaker_heading(group.speaker, group.role))}</h2>")
        for index, entry in enumerate(steps.each(group.entries)):
            number += 1
            out.append(_entry_html(number, entry, index > 0 and number in new_pages))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- Markdown --------------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^([#+\->=])")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def md_escape(text: str | None) -> str:
    """One line of plain text that Markdown shows as it is: no markup, no raw HTML."""
    flat = " ".join((text or "").split())
    flat = escape(flat, quote=False)  # & < > become entities: raw HTML never passes
    flat = _MD_INLINE.sub(r"\\\1", flat)
    flat = _MD_LINE_START.sub(r"\\\1", flat)
    return _MD_NUMBERED.sub(r"\1\\\2", flat)


def _md_link(url: str | None, label: str | None = None) -> str:
    safe = layout.safe_link(url)
    if safe is None or any(c in safe for c in " <>()"):
        return md_escape(label or url)
    return f"[{md_escape(label or safe)}](<{safe}>)"


def diff_markdown(variant: Variant | ArchiveWording) -> str:
    """Deleted words ~~struck~~, inserted words **bold**, replaced words _underlined_ (italic)."""
    marks = {"insert": "**", "delete": "~~", "replace": "_"}
    parts = []
    for op, text in variant.diff:
        words = md_escape(text)
        if words:
            parts.append(words if op == "equal" else f"{marks[op]}{words}{marks[op]}")
    return " ".join(parts)


def _md_quote(text: str) -> str:
    paragraphs = [md_escape(p) for p in text.split("\n") if p.strip()]
    return "\n>\n".join(f"> {p}" for p in paragraphs)


def render_markdown(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> str:
    """The sheet as Markdown; progress and cancelling as for :func:`render_html`."""
    steps = Steps(len(sheet.entries), "Writing quotes…", progress, cancel)
    steps.start()
    out = [
        f"# {md_escape(sheet.title)}",
        "",
        f"**{md_escape(sheet.story)}**  ",
        f"{md_escape(layout.exported_line(sheet))}  ",
        md_escape(layout.summary(sheet)),
        "",
    ]
    if sheet.articles:
        out += ["## Articles", ""]
        out += [
            f"- {_md_link(a.url, layout.headline(a))} — {md_escape(layout.article_line(a))}"
            for a in sheet.articles
        ]
        out.append("")
    number = 0
    for group in sheet.groups:
        out += [f"## {md_escape(layout.speaker_heading(group.speaker, group.role))}", ""]
        for entry in steps.each(group.entries):
            number += 1
            out += _md_entry(number, entry)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_entry(number: int, entry: SheetEntry) -> list[str]:
    quote = entry.quote
    article = entry.article
    partial = " (partial quote)" if quote.partial else ""
    out = [
        f"### {number}. {md_escape(layout.status_heading(entry))}",
        "",
        _md_quote(quote.text),
        "",
        f"- **Status:** {md_escape(layout.checked_line(entry))}",
        f"- **Article:** {_md_link(article.url, layout.headline(article))}",
        f"- **Where:** {md_escape(layout.position(entry))}{partial}",
    ]
    if article.url and layout.safe_link(article.url) is None:
        out.append(f"- **Link:** {md_escape(article.url)}")
    evidence = entry.evidence
    if evidence is not None:
        parts = []
        if evidence.url:
            parts.append(_md_link(evidence.url))
        if evidence.where:
            parts.append(md_escape(evidence.where))
        if evidence.excerpt:
            parts.append(f"“{md_escape(evidence.excerpt)}”")
        out.append(f"- **Evidence:** {'; '.join(parts)}")
    if quote.note:
        out.append(f"- **Note:** {md_escape(quote.note)}")
    if entry.variants:
        out.append("- **Elsewhere** (~~only here~~, **only there**):")
        for variant in entry.variants:
            where = layout.variant_where(variant)
            out.append(f"  - {_md_link(variant.url, where)}: “{diff_markdown(variant)}”")
    if entry.same_wording:
        reports = "; ".join(_md_link(v.url, layout.variant_where(v)) for v in entry.same_wording)
        out.append(f"- **Same words:** {reports}")
    if entry.flags:
        out.append("- **Flags:**")
        out += [f"  - {md_escape(flag.reason)}" for flag in entry.flags]
    out += _md_archive(entry)
    if entry.history:
        out.append("- **History:**")
        out += [f"  - {md_escape(step.describe())}" for step in entry.history]
    out.append("")
    return out


def _md_archive(entry: SheetEntry) -> list[str]:
    report = entry.archive
    if report is None:
        return []
    out = []
    seen = layout.first_seen(report)
    if seen is not None:
        size = md_escape(layout.archive_size(report))
        out.append(f"- **First seen:** {md_escape(seen)} ({size})")
    if report.wordings:
        out.append("- **In the archive** (~~only here~~, **only there**):")
        for wording in report.wordings:
            where = md_escape(layout.archive_where(wording))
            out.append(f"  - {where}: “{diff_markdown(wording)}”")
    return out
