"""Printing a quote sheet to PDF with Qt, from the same HTML layout as the HTML export.

Qt's text engine lays the page out; each page is painted by hand so that a footer with the
sheet's title and "Page N of M" can be drawn below the text. The HTML is built with every
article string escaped, and the document refuses every resource request besides.

:func:`write_pdf` may run in a worker thread (the Export dialog does so): ``QPdfWriter`` is a
paint device Qt allows to be painted outside the GUI thread, like ``QImage``, and the
``QTextDocument`` is created, laid out and freed in the calling thread. No pixmap or widget is
touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desk.core.export import QuoteSheet, render_html
from desk.core.export.files import atomic_path
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

#: Points reserved under the text for the footer line.
_FOOTER_PT = 20
_RESOLUTION = 300
_CREATED: list[QGuiApplication] = []


class SheetDocument(QTextDocument):
    """A text document that never loads anything: no image, no stylesheet, no link."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one for the command line."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    application = QGuiApplication(["desk"])
    # Held for the life of the process: PySide crashes at exit when Python frees the
    # application object during finalisation.
    _CREATED.append(application)
    return application


def write_pdf(
    sheet: QuoteSheet,
    path: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``sheet`` as an A4 PDF at ``path`` (whole or not at all); returns the page count.

    Progress is reported page by page; a cancel between pages leaves the old file as it was.
    """
    ensure_gui_application()
    with atomic_path(Path(path)) as temporary:
        return _print(sheet, temporary, progress, cancel or CancelToken())


def _layout(writer: QPdfWriter, html: str, body: QSizeF) -> SheetDocument:
    document = SheetDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(html)
    document.setPageSize(body)
    return document


def _print(sheet: QuoteSheet, target: Path, progress: Progress, cancel: CancelToken) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(sheet.title)
    writer.setCreator("Quote Desk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(_RESOLUTION)
    footer = _FOOTER_PT * _RESOLUTION / 72
    body = QSizeF(page.width(), page.height() - footer)
    progress(0, 0, "Laying out the pages…")
    document = _layout(writer, render_html(sheet), body)
    starts = _page_starts(document, body.height())
    cancel.raise_if_cancelled()
    if starts:
        document = _layout(writer, render_html(sheet, new_pages=starts), body)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {target}")
    try:
        footer_font = QFont("DejaVu Sans")
        footer_font.setPointSizeF(8)
        for number in range(pages):
            cancel.raise_if_cancelled()
            progress(number, pages, f"Printing page {number + 1} of {pages}")
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            document.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line = QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8)
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                sheet.title,
            )
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"Page {number + 1} of {pages}",
            )
    finally:
        painter.end()
    progress(pages, pages, "")
    return pages


def _page_starts(document: QTextDocument, page_height: float) -> set[int]:
    """The quotes (numbered from 1) to start a new page with, so that none is split.

    One pass over the layout predicts where each quote's table lands once those before it have
    moved. The breaks go into the HTML rather than into this document: setting them here
    re-lays the rest of the document out once per break.
    """
    layout = document.documentLayout()
    shift = 0.0
    starts: set[int] = set()
    for number, frame in enumerate(document.rootFrame().childFrames(), start=1):
        rect = layout.frameBoundingRect(frame)
        if rect.height() >= page_height:
            continue  # longer than a page: it has to split anyway
        heading = document.findBlock(frame.firstPosition() - 1)
        has_heading = heading.isValid() and heading.blockFormat().headingLevel() > 0
        top = (layout.blockBoundingRect(heading).top() if has_heading else rect.top()) + shift
        bottom = rect.bottom() + shift
        page = int(bottom // page_height)
        if int(top // page_height) != page:
            shift += page * page_height - top
            starts.add(number)
    return starts
