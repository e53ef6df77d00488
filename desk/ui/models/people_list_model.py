"""The people a quote can be attributed to, as a Qt list model for the speaker picker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk.core.entities import Person

ModelIndex = QModelIndex | QPersistentModelIndex

NOBODY = "— no speaker —"
PersonIdRole = int(Qt.ItemDataRole.UserRole)


def person_label(person: Person) -> str:
    label = f"{person.name}, {person.role}" if person.role else person.name
    return f"{label} (anonymous)" if person.anonymous else label


class PeopleListModel(QAbstractListModel):
    """Row 0 is "no speaker" (id None); then the library's people by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people) + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        row = index.row()
        if not 0 <= row <= len(self._people):
            return None
        person = self._people[row - 1] if row else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return person_label(person) if person is not None else NOBODY
        if role == Qt.ItemDataRole.ToolTipRole and person is not None and person.aliases:
            return "Also known as " + ", ".join(person.aliases)
        if role == PersonIdRole:
            return person.id if person is not None else None
        return None

    def set_people(self, people: Sequence[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def row_of(self, person_id: int | None) -> int:
        """The row of ``person_id``; 0 ("no speaker") when None or unknown."""
        if person_id is None:
            return 0
        for row, person in enumerate(self._people, start=1):
            if person.id == person_id:
                return row
        return 0
