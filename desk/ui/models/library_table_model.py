"""The library listing as a Qt table model, and the proxy that filters and sorts it.

The model adapts a ``list[ArticleSummary]`` (never the texts, which may be long) and knows
nothing of views; sorting and filtering live in :class:`LibraryFilterProxyModel` so that the
order of the underlying list stays the order the core returned.
"""

from __future__ import annotations

import enum
from datetime import date
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desk.core.entities import ArticleSummary, DocumentKind

ModelIndex = QModelIndex | QPersistentModelIndex

DATE_FORMAT = "d MMM yyyy"


class Column(enum.IntEnum):
    HEADLINE = 0
    OUTLET = 1
    DATE = 2
    BYLINE = 3
    CHARS = 4
    KIND = 5


HEADERS = {
    Column.HEADLINE: "Headline",
    Column.OUTLET: "Outlet",
    Column.DATE: "Date",
    Column.BYLINE: "Byline",
    Column.CHARS: "Characters",
    Column.KIND: "Kind",
}

KIND_LABELS = {DocumentKind.ARTICLE: "article", DocumentKind.SOURCE: "source"}


class LibraryRole(enum.IntEnum):
    """The model's own data roles, in one place so views and tests share them."""

    ArticleIdRole = int(Qt.ItemDataRole.UserRole)
    SortRole = int(Qt.ItemDataRole.UserRole) + 1
    SummaryRole = int(Qt.ItemDataRole.UserRole) + 2


def headline(summary: ArticleSummary) -> str:
    """What the table shows for an article, even one stored without a headline."""
    if summary.title:
        return summary.title
    if summary.path:
        return PurePath(summary.path).name
    return f"Article {summary.id}"


class LibraryTableModel(QAbstractTableModel):
    """One row per stored article or source document."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._locale = QLocale()

    # -- Qt API ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.CHARS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(Column)):
            return None
        summary = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, Column(column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag
            horizontal = align.AlignRight if column == Column.CHARS else align.AlignLeft
            return int(horizontal | align.AlignVCenter)
        if role == LibraryRole.ArticleIdRole:
            return summary.id
        if role == LibraryRole.SortRole:
            return sort_key(summary, Column(column))
        if role == LibraryRole.SummaryRole:
            return summary
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    # -- our API -----------------------------------------------------------------------------

    def reload(self, summaries: list[ArticleSummary]) -> None:
        """Replace every row; views keep their selection through ``modelReset`` by id."""
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

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
        return KIND_LABELS[summary.kind]

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


class LibraryFilterProxyModel(QSortFilterProxyModel):
    """Sorts by each column's natural order with missing values last, and filters by words.

    Every word of the filter must occur, case-insensitively, in the headline, outlet or byline,
    so "kerry yonhap" finds Yonhap's stories about Kerry.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(LibraryRole.SortRole)
        self.setDynamicSortFilter(True)

    @property
    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        summary = model.data(model.index(source_row, 0, source_parent), LibraryRole.SummaryRole)
        if not isinstance(summary, ArticleSummary):
            return False
        haystack = " ".join(
            filter(None, [headline(summary), summary.outlet, summary.byline])
        ).casefold()
        return all(word in haystack for word in self._words)

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
