"""What the library's table and the quote list share: their look, and the current row's id.

Both list records (articles, quotes) one a row behind a sort/filter proxy, select whole rows
and report the current record by an id role; keeping that here keeps the two lists alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def set_up_record_table(
    table: QTableView,
    *,
    selection_mode: QAbstractItemView.SelectionMode,
    row_padding: int,
    stretch_column: int,
    column_chars: Iterable[tuple[int, int]],
) -> None:
    """Rows selected whole, read-only, one line each; ``stretch_column`` takes the room left.

    ``column_chars`` are starting widths in average characters; the user may resize them.
    """
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection_mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    char = table.fontMetrics().averageCharWidth()
    for column, chars in column_chars:
        header.resizeSection(column, chars * char + 16)


def current_record_id(table: QTableView, role: int) -> int | None:
    """The id (under ``role``) of the table's current row; None when there is none."""
    index = table.selectionModel().currentIndex()
    return record_id(index, role)


def record_id(index: QModelIndex, role: int) -> int | None:
    value = index.data(role) if index.isValid() else None
    return int(value) if value is not None else None


def make_current(table: QTableView, index: QModelIndex) -> None:
    """Select the row of ``index`` alone, make it current and scroll it into view."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    table.selectionModel().setCurrentIndex(index, flags | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
