"""Errors a user can act on, kept apart from bugs.

A :class:`DeskError` carries a message written for the person at the keyboard: the command line
prints it as one line, the UI shows it in the window. Any other exception is a bug and keeps its
traceback.
"""

from __future__ import annotations

from datetime import UTC, datetime


class DeskError(Exception):
    """Something the user can understand and fix; ``str(error)`` is the message to show."""


class InputRefused(DeskError):
    """A file or text that cannot become an article (binary, empty, too large, unreadable)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DatabaseProblem(DeskError):
    """The library's database cannot be opened or used as it is; nothing was changed."""


class SchemaTooNew(DatabaseProblem):
    """The database was written by a newer Quote Desk; it is refused and never modified."""


class NotFound(DeskError):
    """An id that names nothing in the library."""


class EditConflict(DeskError):
    """Someone else saved the same thing since it was read; nothing was overwritten."""

    def __init__(self, what: str, changed_by: str | None, changed_at: str) -> None:
        who = changed_by or "someone else"
        super().__init__(f"{what} was changed by {who} at {changed_at}; reload to see it.")
        self.changed_by = changed_by
        self.changed_at = changed_at

    @classmethod
    def on_quote(cls, quote_id: int, changed_by: str | None, at: datetime | None) -> EditConflict:
        """The refusal for a quote last saved by ``changed_by`` at ``at`` (UTC)."""
        if at is None:
            when = "an unknown time"
        else:
            when = (at if at.tzinfo else at.replace(tzinfo=UTC)).strftime("%Y-%m-%d %H:%M UTC")
        return cls(f"Quote {quote_id}", changed_by, when)


class InvalidEdit(DeskError):
    """An edit that would leave the library inconsistent (a span outside the text, …)."""
