"""The undo stack's one command: a :class:`~desk.core.edits.Edit` from the core, run by Qt.

What a step does lives in ``desk.core.edits``; this module only adapts it to ``QUndoStack``.
``QUndoStack.push`` runs :meth:`EditCommand.redo`, so an edit is never applied before it is
pushed. A step the library refuses (a conflict, an invalid span) is reported through the host
and drops out of the stack instead of overwriting anyone's work.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desk.core.edits import Changes, Edit
from desk.core.errors import DeskError
from desk.core.library import Library


class CommandId(enum.IntEnum):
    """Commands with the same id may merge; -1 (the default) never does."""

    NOTE = 1
    EVIDENCE_URL = 2


class EditHost(Protocol):
    """What a command needs of the controller: the library, who edits, and where news goes."""

    @property
    def library(self) -> Library: ...

    @property
    def checker(self) -> str | None: ...

    def edit_done(self, changes: Changes, edit: Edit) -> None: ...

    def command_failed(self, quote_id: int | None, error: DeskError) -> None: ...


class EditCommand(QUndoCommand):
    """Applies an edit on redo and reverts it on undo; a refused step leaves the stack."""

    def __init__(self, host: EditHost, edit: Edit, merge_id: CommandId | None = None) -> None:
        super().__init__(edit.description)
        self._host = host
        self.edit = edit
        self._merge_id = merge_id
        self.failed: DeskError | None = None

    def redo(self) -> None:
        self._run(self.edit.apply)

    def undo(self) -> None:
        self._run(self.edit.revert)

    def id(self) -> int:
        return int(self._merge_id) if self._merge_id is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Only commands with the same id get here (Qt checks); the edit decides the rest."""
        if not isinstance(other, EditCommand) or other.isObsolete():
            return False
        if not self.edit.absorb(other.edit):
            return False
        if self.edit.changes_nothing:
            self.setObsolete(True)
        return True

    def _run(self, step: Callable[[Library, str | None], Changes]) -> None:
        try:
            changes = step(self._host.library, self._host.checker)
        except DeskError as error:
            # An obsolete command is deleted by the stack after this call returns (Qt ≥ 5.9).
            self.failed = error
            self.setObsolete(True)
            self._host.command_failed(self.edit.quote_id, error)
        else:
            self._host.edit_done(changes, self.edit)
