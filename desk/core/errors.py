"""Errors a user can act on, kept apart from bugs.

A :class:`DeskError` carries a message written for the person at the keyboard: the command line
prints it as one line, the UI shows it in the window. Any other exception is a bug and keeps its
traceback.
"""


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
