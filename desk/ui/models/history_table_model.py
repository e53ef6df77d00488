"""A quote's history (who changed what, when) as a read-only Qt table model."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt

from desk.core.entities import QuoteChange
from desk.ui.models.entity_table_model import READ_ONLY, EntityTableModel

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


HISTORY_HEADERS: dict[int, str] = {
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


class HistoryTableModel(EntityTableModel[QuoteChange]):
    """Newest change first: what a checker wants to see is what happened last."""

    headers = HISTORY_HEADERS
    item_flags = READ_ONLY

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()

    def cell(self, change: QuoteChange, row: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == HistoryColumn.WHEN:
            return self.format_time(change)
        if column == HistoryColumn.WHO:
            return change.by or "—"
        if role == Qt.ItemDataRole.ToolTipRole and change.field is not None:
            return f"{describe(change)}\n\nbefore: {change.old or '—'}\nafter: {change.new or '—'}"
        return describe(change)

    def set_changes(self, changes: Sequence[QuoteChange]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(changes))
        self.endResetModel()

    def changes(self) -> list[QuoteChange]:
        return list(self._rows)

    def format_time(self, change: QuoteChange) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(change.at.timestamp())).toLocalTime()
        return self._locale.toString(moment, "d MMM yyyy HH:mm")
