"""Quote sheets: the checked quotes of a story, exported for editors, spreadsheets and tools.

:func:`build_sheet` reads a library into a :class:`QuoteSheet`; :func:`write` renders it in one
of :class:`ExportFormat`. Every format but PDF is written here, without Qt; PDF is printed by
``desk.ui.export_pdf`` from the same HTML layout, because Qt's PDF writer lives in the UI layer.

Every writer reports its progress quote by quote and stops between quotes when its cancel token
is set, raising :class:`~desk.core.progress.Cancelled`; the file it was to replace is untouched.

A sheet built from a library carries, for each quote, the other outlets' differing wordings
(with the differences marked), the outlets that carried it word for word, and what cross-outlet
matching flags about it (:class:`LibraryMatches`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desk.core.export.csv_xlsx import render_csv, write_csv, write_xlsx
from desk.core.export.docx_writer import write_docx
from desk.core.export.files import write_text
from desk.core.export.html_md import render_html, render_markdown
from desk.core.export.jsonld import (
    SCHEMA_VERSION,
    MissingOrganisation,
    render_claimreview,
    render_json,
    render_webannotation,
)
from desk.core.export.sheet import (
    LibraryMatches,
    QuoteSheet,
    Selection,
    SheetEntry,
    SheetFlag,
    Variant,
    VariantSource,
    build_sheet,
    word_diff,
)
from desk.core.progress import NO_PROGRESS, CancelToken, Progress


class ExportFormat(enum.StrEnum):
    DOCX = "docx"
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"
    MD = "md"
    HTML = "html"
    JSON = "json"
    CLAIMREVIEW = "claimreview"
    WEBANNOTATION = "webannotation"

    @property
    def suffix(self) -> str:
        return {
            ExportFormat.CLAIMREVIEW: ".claimreview.jsonld",
            ExportFormat.WEBANNOTATION: ".annotations.jsonld",
        }.get(self, f".{self.value}")

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat | None:
        """The format a file name asks for, when it is unambiguous."""
        name = path.name.lower()
        for fmt in (cls.CLAIMREVIEW, cls.WEBANNOTATION):
            if name.endswith(fmt.suffix):
                return fmt
        suffix = path.suffix.lower().lstrip(".")
        aliases = {"htm": cls.HTML, "markdown": cls.MD}
        try:
            return aliases.get(suffix) or cls(suffix)
        except ValueError:
            return None


_LABELS = {
    ExportFormat.DOCX: "Word document (.docx)",
    ExportFormat.PDF: "PDF document (.pdf)",
    ExportFormat.CSV: "CSV spreadsheet (.csv)",
    ExportFormat.XLSX: "Excel workbook (.xlsx)",
    ExportFormat.MD: "Markdown (.md)",
    ExportFormat.HTML: "Web page (.html)",
    ExportFormat.JSON: "Quote Desk JSON (.json)",
    ExportFormat.CLAIMREVIEW: "ClaimReview, schema.org JSON-LD",
    ExportFormat.WEBANNOTATION: "W3C Web Annotations, JSON-LD",
}

#: Formats that are text, for previews and golden files.
TEXT_RENDERERS: dict[ExportFormat, Callable[[QuoteSheet], str]] = {
    ExportFormat.CSV: render_csv,
    ExportFormat.MD: render_markdown,
    ExportFormat.HTML: render_html,
    ExportFormat.JSON: render_json,
    ExportFormat.CLAIMREVIEW: render_claimreview,
    ExportFormat.WEBANNOTATION: render_webannotation,
}


class _Renderer(Protocol):
    def __call__(
        self,
        sheet: QuoteSheet,
        /,
        *,
        progress: Progress = ...,
        cancel: CancelToken | None = ...,
    ) -> str: ...


_TEXT_WRITERS: dict[ExportFormat, _Renderer] = {
    ExportFormat.MD: render_markdown,
    ExportFormat.HTML: render_html,
    ExportFormat.JSON: render_json,
    ExportFormat.CLAIMREVIEW: render_claimreview,
    ExportFormat.WEBANNOTATION: render_webannotation,
}


def write(
    sheet: QuoteSheet,
    fmt: ExportFormat,
    path: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> None:
    """Write ``sheet`` to ``path`` whole or not at all (PDF: see ``desk.ui.export_pdf``).

    ``progress`` hears of every quote written (``done`` of ``total``, unthrottled); once
    ``cancel`` is set the writer raises :class:`~desk.core.progress.Cancelled` before the next
    quote, removes its temporary file and leaves ``path`` as it was.
    """
    if fmt is ExportFormat.PDF:
        raise ValueError("PDF is printed by Qt: use desk.ui.export_pdf.write_pdf")
    if fmt is ExportFormat.CSV:
        write_csv(sheet, path, progress=progress, cancel=cancel)
    elif fmt is ExportFormat.XLSX:
        write_xlsx(sheet, path, progress=progress, cancel=cancel)
    elif fmt is ExportFormat.DOCX:
        write_docx(sheet, path, progress=progress, cancel=cancel)
    else:
        write_text(path, _TEXT_WRITERS[fmt](sheet, progress=progress, cancel=cancel))


__all__ = [
    "SCHEMA_VERSION",
    "ExportFormat",
    "LibraryMatches",
    "MissingOrganisation",
    "QuoteSheet",
    "Selection",
    "SheetEntry",
    "SheetFlag",
    "Variant",
    "VariantSource",
    "build_sheet",
    "render_html",
    "word_diff",
    "write",
]
