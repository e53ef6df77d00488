"""Undoable quote edits as ``QUndoCommand`` objects, saved the moment they are done or undone.

A command holds only a quote id and plain field values, never a ``Quote`` it could go stale
with: each undo and redo re-reads the quote and writes against its current version. If the
quote changed under the command (a colleague, another window), the step is refused with the
conflict message and the command drops out of the stack instead of overwriting their work.

``QUndoStack.push`` runs :meth:`redo`, so a command is never applied before it is pushed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desk.core.entities import Quote
from desk.core.errors import DeskError, EditConflict


class CommandId(enum.IntEnum):
    """Commands with the same id may merge; -1 (the default) never does."""

    NOTE = 1
    EVIDENCE_URL = 2


class QuoteWriter(Protocol):
    """What commands need of the controller: writes that report changes, and a way to fail."""

    def current_quote(self, quote_id: int) -> Quote: ...

    def write_edit(
        self, quote_id: int, fields: dict[str, object], expected_version: int
    ) -> Quote: ...

    def write_mark(self, article_id: int, start: int, end: int) -> Quote: ...

    def write_delete(self, quote_id: int, expected_version: int) -> Quote: ...

    def write_restore(self, quote_id: int) -> Quote: ...

    def command_failed(self, quote_id: int | None, error: DeskError) -> None: ...


def _stale(quote: Quote) -> EditConflict:
    when = quote.updated_at.strftime("%Y-%m-%d %H:%M UTC")
    return EditConflict(f"Quote {quote.id}", quote.updated_by, when)


class QuoteCommand(QUndoCommand):
    """Runs a step and, when the library refuses it, reports why and leaves the stack."""

    def __init__(self, writer: QuoteWriter, text: str, quote_id: int | None) -> None:
        super().__init__(text)
        self._writer = writer
        self.quote_id = quote_id
        self.failed: DeskError | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except DeskError as error:
            # An obsolete command is deleted by the stack after this call returns (Qt ≥ 5.9).
            self.failed = error
            self.setObsolete(True)
            self._writer.command_failed(self.quote_id, error)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditQuoteCommand(QuoteCommand):
    """Changes some fields of one quote; undo puts back the values they had."""

    def __init__(
        self,
        writer: QuoteWriter,
        quote: Quote,
        after: dict[str, object],
        text: str,
        merge_id: CommandId | None = None,
    ) -> None:
        super().__init__(writer, text, quote.id)
        self.before = {name: getattr(quote, name) for name in after}
        self.after = dict(after)
        self._seen_version: int | None = quote.version
        self._merge_id = merge_id

    def id(self) -> int:
        return int(self._merge_id) if self._merge_id is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the note saves often; the stack keeps one step per burst of typing."""
        if (
            not isinstance(other, EditQuoteCommand)
            or other.isObsolete()
            or other.quote_id != self.quote_id
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def _apply(self, expected: dict[str, object], target: dict[str, object]) -> None:
        assert self.quote_id is not None
        if self._seen_version is not None:
            # The first run: the version the user looked at decides whether it is stale.
            version, self._seen_version = self._seen_version, None
        else:
            current = self._writer.current_quote(self.quote_id)
            if any(getattr(current, name) != value for name, value in expected.items()):
                raise _stale(current)
            version = current.version
        self._writer.write_edit(self.quote_id, target, version)

    def _redo(self) -> None:
        self._apply(self.before, self.after)

    def _undo(self) -> None:
        self._apply(self.after, self.before)


class MarkQuoteCommand(QuoteCommand):
    """Marks a new quote; undo deletes it, redo restores that same quote (same id, history)."""

    def __init__(self, writer: QuoteWriter, article_id: int, start: int, end: int) -> None:
        super().__init__(writer, "Mark quote", None)
        self.article_id = article_id
        self.start = start
        self.end = end

    def _redo(self) -> None:
        if self.quote_id is None:
            self.quote_id = self._writer.write_mark(self.article_id, self.start, self.end).id
        else:
            self._writer.write_restore(self.quote_id)

    def _undo(self) -> None:
        assert self.quote_id is not None
        current = self._writer.current_quote(self.quote_id)
        self._writer.write_delete(self.quote_id, current.version)


class DeleteQuoteCommand(QuoteCommand):
    """Deletes a quote (kept in the history); undo restores it."""

    def __init__(self, writer: QuoteWriter, quote: Quote) -> None:
        super().__init__(writer, "Delete quote", quote.id)
        self._seen_version: int | None = quote.version

    def _redo(self) -> None:
        assert self.quote_id is not None
        version = self._seen_version
        self._seen_version = None
        if version is None:
            version = self._writer.current_quote(self.quote_id).version
        self._writer.write_delete(self.quote_id, version)

    def _undo(self) -> None:
        assert self.quote_id is not None
        self._writer.write_restore(self.quote_id)
