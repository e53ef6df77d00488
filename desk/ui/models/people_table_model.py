"""Everyone quoted in the library, one row per person, for the People dialog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt

from desk.core.entities import Person
from desk.ui.models.entity_table_model import EntityTableModel

NAME, ROLE, ANONYMOUS, ALIASES, QUOTES = range(5)
PersonIdRole = int(Qt.ItemDataRole.UserRole)


class PeopleTableModel(EntityTableModel[Person]):
    """Name, role, anonymous marker, other names and quote count; ``PersonIdRole`` gives ids."""

    headers: ClassVar[Mapping[int, str]] = {
        NAME: "Name",
        ROLE: "Role",
        ANONYMOUS: "Anonymous",
        ALIASES: "Also known as",
        QUOTES: "Quotes",
    }
    header_tips: ClassVar[Mapping[int, str]] = {
        ANONYMOUS: "An unnamed source is a person of their own in each article",
        ALIASES: "Earlier or shorter names that still find this person",
        QUOTES: "Quotes attributed to this person (rejected suggestions left out)",
    }
    right_aligned: ClassVar[frozenset[int]] = frozenset({QUOTES})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[int, int] = {}

    def set_people(self, people: Sequence[Person], counts: Mapping[int, int]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self._counts = dict(counts)
        self.endResetModel()

    def person(self, row: int) -> Person | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        """The row of ``person_id``; -1 when it is not listed."""
        for row, person in enumerate(self._rows):
            if person.id == person_id:
                return row
        return -1

    def cell(self, entity: Person, row: int, column: int, role: int) -> Any:
        if role == PersonIdRole:
            return entity.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ALIASES and entity.aliases:
            return "Also known as " + ", ".join(entity.aliases)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        accessible = role == Qt.ItemDataRole.AccessibleTextRole
        if column == NAME:
            return entity.name
        if column == ROLE:
            return entity.role or ("no role" if accessible else "")
        if column == ANONYMOUS:
            if entity.anonymous:
                return "anonymous" if accessible else "Anonymous"
            return "named" if accessible else ""
        if column == ALIASES:
            return ", ".join(entity.aliases) or ("no other names" if accessible else "")
        if column == QUOTES:
            count = self._counts.get(entity.id, 0)
            # An int sorts numerically in the dialog's proxy; the accessible text reads well.
            return f"{count} quotes" if accessible else count
        return None
