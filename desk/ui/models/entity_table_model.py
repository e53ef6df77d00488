"""What every read-only table of entities shares: row and column counts, headers, flags, and
an index check before a cell is asked for; subclasses say only what a cell shows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
SELECTABLE = READ_ONLY | Qt.ItemFlag.ItemIsSelectable


class EntityTableModel(QAbstractTableModel, Generic[T]):
    """One row per entity under the columns ``headers`` names (in column order)."""

    headers: ClassVar[Mapping[int, str]] = {}
    header_tips: ClassVar[Mapping[int, str]] = {}
    #: Columns whose header and cells are right-aligned (numbers).
    right_aligned: ClassVar[frozenset[int]] = frozenset()
    item_flags: ClassVar[Qt.ItemFlag] = SELECTABLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in self.headers:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and column in self.headers):
            return None
        return self.cell(self._rows[row], row, column, role)

    def cell(self, entity: T, row: int, column: int, role: int) -> Any:
        """What ``entity`` shows in ``column`` for ``role``; None for nothing."""
        raise NotImplementedError

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.item_flags
