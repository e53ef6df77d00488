"""The quotes of the open articles as a Qt table model: speaker, quote, outlet, status, flags.

Rows follow the reading order (column by column, then position in the text). An edit that
leaves the same quotes in place updates rows in place (``dataChanged``), so a view keeps its
selection and scroll position while the checker works down the list.

The Flags and Matches columns come from the library's :class:`~desk.core.matching.MatchReport`
(:meth:`QuoteTableModel.set_match_report`): flags as short names with a warning icon for the
suspicious ones and their reasons in the tooltip, matches as the number of other reports.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desk.core.entities import Quote, Review
from desk.core.matching import SUSPICIOUS, Flag, FlagKind, MatchReport
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


#: The short name of each flag, as the Flags column shows it; the reason goes in the tooltip.
FLAG_NAMES: dict[FlagKind, str] = {
    FlagKind.WORDING_DIFFERS: "wording differs",
    FlagKind.SPEAKER_CONFLICT: "speaker conflict",
    FlagKind.FRAGMENT: "fragment",
    FlagKind.SINGLE_SOURCE: "single source",
}

#: The order flags are named in: what may be wrong first, facts about coverage last.
FLAG_ORDER = (
    FlagKind.SPEAKER_CONFLICT,
    FlagKind.WORDING_DIFFERS,
    FlagKind.FRAGMENT,
    FlagKind.SINGLE_SOURCE,
)

FLAGS_TIP = (
    "What matching across outlets found: the wording differs from another report, the same "
    "words are attributed to someone else, a fragment of a longer quote, or no other article "
    "reports it (⚠ marks what may be wrong)"
)
MATCHES_TIP = "How many other articles in the library report the same quote"
MATCHING_PENDING = "Matching has not run yet"


def flag_names(flags: Sequence[Flag]) -> str:
    """Short names, most serious first, each once: "speaker conflict, wording differs"."""
    kinds = {flag.kind for flag in flags}
    return ", ".join(FLAG_NAMES[kind] for kind in FLAG_ORDER if kind in kinds)


def flag_reasons(flags: Sequence[Flag]) -> str:
    """One line per flag: its name and why it was raised."""
    ordered = sorted(flags, key=lambda flag: FLAG_ORDER.index(flag.kind))
    return "\n".join(f"{FLAG_NAMES[flag.kind].capitalize()}: {flag.reason}" for flag in ordered)


class QuoteTableModel(EntityTableModel[Quote]):
    """One row per shown quote of the open articles."""

    headers = QUOTE_HEADERS
    right_aligned = frozenset({QuoteColumn.MATCHES})
    header_tips: ClassVar[Mapping[int, str]] = {
        QuoteColumn.FLAGS: FLAGS_TIP,
        QuoteColumn.MATCHES: MATCHES_TIP,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outlets: dict[int, str] = {}
        self._order: dict[int, int] = {}
        self._report: MatchReport | None = None

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
            if col is QuoteColumn.FLAGS:
                return self._flags_tooltip(quote)
            if col is QuoteColumn.MATCHES:
                return self._matches_tooltip(quote)
            return None
        if role == Qt.ItemDataRole.DecorationRole and col is QuoteColumn.STATUS:
            palette = QGuiApplication.palette()
            if quote.review is Review.SUGGESTED:
                return quote_style.suggested_icon(palette)
            return quote_style.status_icon(quote.status, palette)
        if role == Qt.ItemDataRole.DecorationRole and col is QuoteColumn.FLAGS:
            if self.suspicious(quote.id):
                return quote_style.flag_icon(QGuiApplication.palette())
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col is QuoteColumn.MATCHES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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

    def set_match_report(self, report: MatchReport | None) -> None:
        """Read flags and match counts from ``report``; only those two columns repaint."""
        self._report = report
        if self._rows:
            self.dataChanged.emit(
                self.index(0, QuoteColumn.FLAGS),
                self.index(len(self._rows) - 1, QuoteColumn.MATCHES),
            )

    def quote_flags(self, quote_id: int) -> list[Flag]:
        """What matching flagged about the quote (none before matching has run)."""
        return self._report.flags(quote_id) if self._report is not None else []

    def suspicious(self, quote_id: int) -> list[Flag]:
        return self._report.suspicious(quote_id) if self._report is not None else []

    def matches(self, quote_id: int) -> int:
        return self._report.matches(quote_id) if self._report is not None else 0

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
        if self._report is None:
            return ""
        if column is QuoteColumn.FLAGS:
            return flag_names(self._report.flags(quote.id))
        matches = self._report.matches(quote.id)
        return str(matches) if matches else ""

    def _flags_tooltip(self, quote: Quote) -> str | None:
        if self._report is None:
            return MATCHING_PENDING
        return flag_reasons(self._report.flags(quote.id)) or None

    def _matches_tooltip(self, quote: Quote) -> str:
        if self._report is None:
            return MATCHING_PENDING
        matches = self._report.matches(quote.id)
        if not matches:
            return "No other article in the library reports this quote"
        noun = "article reports" if matches == 1 else "articles report"
        return f"{matches} other {noun} this quote"

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
        if column is QuoteColumn.FLAGS:
            # Ascending puts what may be wrong first, then the other flags, then none.
            flags = self.quote_flags(quote.id)
            kinds = {flag.kind for flag in flags}
            ranks = [FLAG_ORDER.index(kind) for kind in kinds] or [len(FLAG_ORDER)]
            return (-len(kinds & SUSPICIOUS), min(ranks), row)
        return (self.matches(quote.id), row)
