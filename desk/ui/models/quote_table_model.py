"""The quotes of the open articles as a Qt table model: speaker, quote, outlet, status, flags.

Rows follow the reading order (column by column, then position in the text). An edit that
leaves the same quotes in place updates rows in place (``dataChanged``), so a view keeps its
selection and scroll position while the checker works down the list.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desk.core.entities import Quote, Review
from desk.ui import quote_style
from desk.ui.models.entity_table_model import EntityTableModel

QUOTE_CHARS = 160  # the table shows the start of long quotes; the editor shows them whole


class QuoteColumn(enum.IntEnum):
    SPEAKER = 0
    QUOTE = 1
    OUTLET = 2
    STATUS = 3
    FLAGS = 4
    MATCHES = 5


QUOTE_HEADERS: dict[int, str] = {
    QuoteColumn.SPEAKER: "Speaker",
    QuoteColumn.QUOTE: "Quote",
    QuoteColumn.OUTLET: "Outlet",
    QuoteColumn.STATUS: "Status",
    QuoteColumn.FLAGS: "Flags",
    QuoteColumn.MATCHES: "Matches",
}


class QuoteRole(enum.IntEnum):
    QuoteIdRole = int(Qt.ItemDataRole.UserRole)
    QuoteRole = int(Qt.ItemDataRole.UserRole) + 1
    SortRole = int(Qt.ItemDataRole.UserRole) + 2


def one_line(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


#: The flags and matches columns wait for matching.
_MATCHING_TIP = "Filled in by matching quotes across outlets (not available yet)"


class QuoteTableModel(EntityTableModel[Quote]):
    """One row per shown quote of the open articles."""

    headers = QUOTE_HEADERS
    header_tips: ClassVar[Mapping[int, str]] = {
        QuoteColumn.FLAGS: _MATCHING_TIP,
        QuoteColumn.MATCHES: _MATCHING_TIP,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outlets: dict[int, str] = {}
        self._order: dict[int, int] = {}

    # -- Qt API ------------------------------------------------------------------------------

    def cell(self, quote: Quote, row: int, column: int, role: int) -> Any:
        col = QuoteColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(quote, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is QuoteColumn.QUOTE:
                return one_line(quote.text, 600)
            if col is QuoteColumn.STATUS:
                return quote_style.quote_tooltip(quote)
            return None
        if role == Qt.ItemDataRole.DecorationRole and col is QuoteColumn.STATUS:
            palette = QGuiApplication.palette()
            if quote.review is Review.SUGGESTED:
                return quote_style.suggested_icon(palette)
            return quote_style.status_icon(quote.status, palette)
        if role == Qt.ItemDataRole.FontRole and quote.review is Review.SUGGESTED:
            font = QFont()
            font.setItalic(True)  # a suggestion is not yet the checker's own
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col is QuoteColumn.STATUS:
            palette = QGuiApplication.palette()
            if quote.review is Review.SUGGESTED:
                return palette.brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == QuoteRole.QuoteIdRole:
            return quote.id
        if role == QuoteRole.QuoteRole:
            return quote
        if role == QuoteRole.SortRole:
            return self._sort_key(quote, row, col)
        return None

    # -- our API -----------------------------------------------------------------------------

    def set_quotes(self, quotes: Sequence[Quote], outlets: dict[int, str]) -> None:
        """Show ``quotes`` (already in reading order); rows update in place when ids match."""
        new = list(quotes)
        self._outlets = dict(outlets)
        if [q.id for q in new] == [q.id for q in self._rows]:
            changed = [
                row for row, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b
            ]
            self._rows = new
            if changed:
                last = len(QuoteColumn) - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
            return
        self.beginResetModel()
        self._rows = new
        self._order = {q.id: n for n, q in enumerate(new)}
        self.endResetModel()

    def quotes(self) -> list[Quote]:
        return list(self._rows)

    def quote(self, quote_id: int) -> Quote | None:
        row = self.row_of(quote_id)
        return self._rows[row] if row is not None else None

    def row_of(self, quote_id: int) -> int | None:
        row = self._order.get(quote_id)
        if row is not None and row < len(self._rows) and self._rows[row].id == quote_id:
            return row
        return None

    def _display(self, quote: Quote, column: QuoteColumn) -> str:
        if column is QuoteColumn.SPEAKER:
            return quote.speaker or "—"
        if column is QuoteColumn.QUOTE:
            return one_line(quote.text)
        if column is QuoteColumn.OUTLET:
            return self._outlets.get(quote.article_id, "")
        if column is QuoteColumn.STATUS:
            return quote_style.status_text(quote)
        return ""  # flags and matches come with matching

    def _sort_key(self, quote: Quote, row: int, column: QuoteColumn) -> Any:
        if column is QuoteColumn.SPEAKER:
            return ((quote.speaker or "\uffff").casefold(), row)
        if column is QuoteColumn.QUOTE:
            return (quote.text.casefold(), row)
        if column is QuoteColumn.OUTLET:
            return (self._outlets.get(quote.article_id, "").casefold(), row)
        if column is QuoteColumn.STATUS:
            order = quote_style.STATUS_ORDER.index(quote.status)
            return (order, quote.review is Review.SUGGESTED, row)
        return (row,)
