"""The library listing as a Qt table model, and the proxy that filters and sorts it.

The model adapts a ``list[ArticleSummary]`` (never the texts, which may be long) and knows
nothing of views; sorting and filtering live in :class:`LibraryFilterProxyModel` so that the
order of the underlying list stays the order the core returned.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence, Set
from datetime import date
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desk.core.entities import ArticleSummary, DocumentKind, QuoteStatus
from desk.ui.models.entity_table_model import SELECTABLE, EntityTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

DATE_FORMAT = "d MMM yyyy"


class Column(enum.IntEnum):
    HEADLINE = 0
    OUTLET = 1
    DATE = 2
    BYLINE = 3
    CHARS = 4
    KIND = 5
    QUOTES = 6
    UNCHECKED = 7
    FLAGGED = 8


#: Columns that hold numbers: right-aligned, sorted as numbers.
NUMERIC = frozenset({Column.CHARS, Column.QUOTES, Column.UNCHECKED, Column.FLAGGED})


HEADERS: dict[int, str] = {
    Column.HEADLINE: "Headline",
    Column.OUTLET: "Outlet",
    Column.DATE: "Date",
    Column.BYLINE: "Byline",
    Column.CHARS: "Characters",
    Column.KIND: "Kind",
    Column.QUOTES: "Quotes",
    Column.UNCHECKED: "Unchecked",
    Column.FLAGGED: "Flagged",
}

HEADER_TIPS: dict[int, str] = {
    Column.QUOTES: "Quotes in the article (rejected suggestions not counted)",
    Column.UNCHECKED: "Quotes nobody has checked yet",
    Column.FLAGGED: "Quotes whose other reports differ in wording or name another speaker",
}

#: Rows dragged out of the library carry their article ids as JSON under this type.
ARTICLE_MIME_TYPE = "application/x-quote-desk-article-ids"

#: What the library can be narrowed to besides words: "" is everything.
FLAGGED_FILTER = "flagged"
NO_QUOTES_FILTER = "no-quotes"
STATUS_FILTERS: list[tuple[str, str]] = [
    ("", "All articles"),
    *[(s.value, f"With {s.value} quotes") for s in QuoteStatus],
    (FLAGGED_FILTER, "With flagged quotes"),
    (NO_QUOTES_FILTER, "Without quotes"),
]

KIND_LABELS = {DocumentKind.ARTICLE: "article", DocumentKind.SOURCE: "source"}


class LibraryRole(enum.IntEnum):
    """The model's own data roles, in one place so views and tests share them."""

    ArticleIdRole = int(Qt.ItemDataRole.UserRole)
    SortRole = int(Qt.ItemDataRole.UserRole) + 1
    SummaryRole = int(Qt.ItemDataRole.UserRole) + 2
    CountsRole = int(Qt.ItemDataRole.UserRole) + 3


def article_mime_data(article_ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ARTICLE_MIME_TYPE, QByteArray(json.dumps(list(article_ids)).encode("ascii")))
    return mime


def article_ids_from_mime(mime: QMimeData) -> list[int]:
    """The article ids a drag from the library carries; [] for anything else."""
    if not mime.hasFormat(ARTICLE_MIME_TYPE):
        return []
    try:
        value = json.loads(bytes(mime.data(ARTICLE_MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool)]


def quote_total(counts: dict[str, int]) -> int:
    return sum(n for key, n in counts.items() if key in QuoteStatus._value2member_map_)


def headline(summary: ArticleSummary) -> str:
    """What the table shows for an article, even one stored without a headline."""
    if summary.title:
        return summary.title
    if summary.path:
        return PurePath(summary.path).name
    return f"Article {summary.id}"


class LibraryTableModel(EntityTableModel[ArticleSummary]):
    """One row per stored article or source document."""

    headers = HEADERS
    header_tips = HEADER_TIPS
    right_aligned = frozenset(NUMERIC)
    item_flags = SELECTABLE | Qt.ItemFlag.ItemIsDragEnabled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[int, dict[str, int]] = {}
        self._locale = QLocale()

    # -- Qt API ------------------------------------------------------------------------------

    def cell(self, summary: ArticleSummary, row: int, column: int, role: int) -> Any:
        col = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if col in COUNT_COLUMNS:
                return self._locale.toString(self.count(summary.id, col))
            return self._display(summary, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag
            horizontal = align.AlignRight if col in NUMERIC else align.AlignLeft
            return int(horizontal | align.AlignVCenter)
        if role == LibraryRole.ArticleIdRole:
            return summary.id
        if role == LibraryRole.SortRole:
            if col in COUNT_COLUMNS:
                return self.count(summary.id, col)
            return sort_key(summary, col)
        if role == LibraryRole.SummaryRole:
            return summary
        if role == LibraryRole.CountsRole:
            return dict(self._counts.get(summary.id, {}))
        return None

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged rows carry their ids, so a reading column can open them."""
        ids: list[int] = []
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self._rows):
                article_id = self._rows[index.row()].id
                if article_id not in ids:
                    ids.append(article_id)
        return article_mime_data(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- our API -----------------------------------------------------------------------------

    def reload(
        self, summaries: list[ArticleSummary], counts: dict[int, dict[str, int]] | None = None
    ) -> None:
        """Replace every row; views keep their selection through ``modelReset`` by id."""
        self.beginResetModel()
        self._rows = list(summaries)
        if counts is not None:
            self._counts = dict(counts)
        self.endResetModel()

    def set_counts(self, counts: dict[int, dict[str, int]]) -> None:
        """New quote counts (a status changed): the rows stay, only the numbers repaint."""
        self._counts = dict(counts)
        if self._rows:
            first = min(COUNT_COLUMNS)
            last = max(COUNT_COLUMNS)
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    def count(self, article_id: int, column: Column) -> int:
        counts = self._counts.get(article_id, {})
        if column is Column.QUOTES:
            return quote_total(counts)
        if column is Column.UNCHECKED:
            return counts.get(QuoteStatus.UNCHECKED.value, 0)
        if column is Column.FLAGGED:
            return counts.get(FLAGGED_FILTER, 0)  # the controller adds matching's count
        return 0

    def summaries(self) -> list[ArticleSummary]:
        return list(self._rows)

    def row_of(self, article_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return None

    def _display(self, summary: ArticleSummary, column: Column) -> str:
        if column is Column.HEADLINE:
            return headline(summary)
        if column is Column.OUTLET:
            return summary.outlet or ""
        if column is Column.DATE:
            return self.format_date(summary.published)
        if column is Column.BYLINE:
            return summary.byline or ""
        if column is Column.CHARS:
            return self._locale.toString(summary.chars)
        if column is Column.KIND:
            return KIND_LABELS[summary.kind]
        return ""

    def _tooltip(self, summary: ArticleSummary, column: Column) -> str | None:
        if column is Column.HEADLINE:
            return "\n".join(filter(None, [headline(summary), summary.path, summary.url]))
        if column is Column.KIND and summary.kind is DocumentKind.SOURCE:
            return "A primary source document (transcript, statement) quotes are checked against"
        return None

    def format_date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def sort_key(summary: ArticleSummary, column: Column) -> Any:
    """A plain Python value to order a column by; ``None`` means missing (sorted last)."""
    if column is Column.HEADLINE:
        return headline(summary).casefold()
    if column is Column.OUTLET:
        return summary.outlet.casefold() if summary.outlet else None
    if column is Column.DATE:
        return summary.published.toordinal() if summary.published else None
    if column is Column.BYLINE:
        return summary.byline.casefold() if summary.byline else None
    if column is Column.CHARS:
        return summary.chars
    return summary.kind.value


COUNT_COLUMNS = frozenset({Column.QUOTES, Column.UNCHECKED, Column.FLAGGED})


class LibraryFilterProxyModel(QSortFilterProxyModel):
    """Sorts by each column's natural order with missing values last, and filters.

    Every word of the filter must occur, case-insensitively, in the headline, outlet or byline,
    so "kerry yonhap" finds Yonhap's stories about Kerry; the ids the library's own search
    found for the words (text and speakers too) pass as well. A status filter keeps the articles
    with at least one quote of that status; the flagged filter, those with a flagged quote.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._status = ""
        self._matches: frozenset[int] = frozenset()
        self.setSortRole(LibraryRole.SortRole)
        self.setDynamicSortFilter(True)

    @property
    def status_filter(self) -> str:
        return self._status

    def set_status_filter(self, value: str) -> None:
        if value == self._status:
            return
        self.beginFilterChange()
        self._status = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Filter again after counts or texts changed underneath."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str, matches: Set[int] = frozenset()) -> None:
        """Filter by the words of ``text``; ``matches`` are the ids the library found for them."""
        words = tuple(text.casefold().split())
        found = frozenset(matches) if words else frozenset()
        if words == self._words and found == self._matches:
            return
        self.beginFilterChange()
        self._words, self._matches = words, found
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words and not self._status:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        summary = model.data(index, LibraryRole.SummaryRole)
        if not isinstance(summary, ArticleSummary):
            return False
        if self._status and not self._status_matches(model.data(index, LibraryRole.CountsRole)):
            return False
        if not self._words or summary.id in self._matches:
            return True
        haystack = " ".join(
            filter(None, [headline(summary), summary.outlet, summary.byline])
        ).casefold()
        return all(word in haystack for word in self._words)

    def _status_matches(self, counts: object) -> bool:
        counts = counts if isinstance(counts, dict) else {}
        if self._status == NO_QUOTES_FILTER:
            return quote_total(counts) == 0
        return bool(counts.get(self._status, 0))

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        left = source_left.data(LibraryRole.SortRole)
        right = source_right.data(LibraryRole.SortRole)
        if left is None or right is None:
            if (left is None) == (right is None):
                return False
            # Qt sorts descending by swapping the arguments; answering per order keeps the
            # missing values at the bottom in both directions.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (left is None) == descending
        try:
            return bool(left < right)
        except TypeError:
            return str(left) < str(right)
