"""A quote's history (who changed what, when) as a read-only Qt table model."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desk.core.entities import QuoteChange

ModelIndex = QModelIndex | QPersistentModelIndex

FIELD_LABELS = {
    "start": "start",
    "end": "end",
    "text": "text",
    "speaker_id": "speaker",
    "partial": "partial",
    "review": "review",
    "status": "status",
    "note": "note",
    "evidence_url": "evidence link",
    "evidence_article_id": "evidence document",
    "evidence_start": "evidence start",
    "evidence_end": "evidence end",
}


class HistoryColumn(enum.IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2


HISTORY_HEADERS = {
    HistoryColumn.WHEN: "When",
    HistoryColumn.WHO: "Who",
    HistoryColumn.WHAT: "Change",
}


def describe(change: QuoteChange) -> str:
    """One history line in words: "status: unchecked → verified", "created"."""
    if change.field is None:
        return change.action
    field = FIELD_LABELS.get(change.field, change.field)
    old = _short(change.old)
    new = _short(change.new)
    return f"{field}: {old} → {new}"


def _short(value: str | None, limit: int = 40) -> str:
    if value is None or value == "":
        return "—"
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class HistoryTableModel(QAbstractTableModel):
    """Newest change first: what a checker wants to see is what happened last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuoteChange] = []
        self._locale = QLocale()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HistoryColumn)
        ):
            return HISTORY_HEADERS[HistoryColumn(section)]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(HistoryColumn)):
            return None
        change = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == HistoryColumn.WHEN:
                return self.format_time(change)
            if column == HistoryColumn.WHO:
                return change.by or "—"
            if role == Qt.ItemDataRole.ToolTipRole and change.field is not None:
                return (
                    f"{describe(change)}\n\nbefore: {change.old or '—'}\nafter: {change.new or '—'}"
                )
            return describe(change)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def set_changes(self, changes: Sequence[QuoteChange]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(changes))
        self.endResetModel()

    def changes(self) -> list[QuoteChange]:
        return list(self._rows)

    def format_time(self, change: QuoteChange) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(change.at.timestamp())).toLocalTime()
        return self._locale.toString(moment, "d MMM yyyy HH:mm")
