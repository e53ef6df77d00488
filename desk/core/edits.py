"""Undoable quote edits as plain objects, saved the moment they are applied or reverted.

The undo stack lives in the UI, but what an undo *does* lives here, so it is tested without a
display and the command line could offer it too. An edit holds only a quote id and plain field
values, never a ``Quote`` it could go stale with: each apply and revert after the first re-reads
the quote and writes against its current version. If the quote changed under the edit (a
colleague, another window), the step is refused with :class:`EditConflict` and nothing is
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from desk.core.entities import Quote, QuoteEdit
from desk.core.errors import EditConflict
from desk.core.library import Library


@dataclass(frozen=True, slots=True)
class Changes:
    """Which quotes and articles an edit touched, so that only their views refresh."""

    quote_ids: frozenset[int] = frozenset()
    article_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, quote: Quote) -> Changes:
        return cls(frozenset({quote.id}), frozenset({quote.article_id}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.quote_ids | other.quote_ids, self.article_ids | other.article_ids)


def stale(quote: Quote) -> EditConflict:
    """The refusal for a step whose quote no longer holds the values the step expects."""
    return EditConflict.on_quote(quote.id, quote.updated_by, quote.updated_at)


class Edit:
    """One user action on quotes that can be applied and reverted, each time saved at once.

    ``quote_id`` names the quote for a conflict message; a new quote has none until applied.
    """

    description = "Edit quote"
    quote_id: int | None = None

    def apply(self, library: Library, by: str | None) -> Changes:
        raise NotImplementedError

    def revert(self, library: Library, by: str | None) -> Changes:
        raise NotImplementedError

    def absorb(self, later: Edit) -> bool:
        """Take in ``later`` (already applied) so both undo as one step; False if unrelated."""
        return False

    @property
    def changes_nothing(self) -> bool:
        """True when applying and reverting would both leave the quote as it is."""
        return False


class EditQuote(Edit):
    """Changes some fields of one quote; reverting puts back the values they had."""

    def __init__(self, quote: Quote, after: dict[str, object], description: str) -> None:
        self.quote_id = quote.id
        self.description = description
        self.before: dict[str, object] = {name: getattr(quote, name) for name in after}
        self.after = dict(after)
        # The version the user looked at decides whether the first apply is stale.
        self._seen_version: int | None = quote.version

    def apply(self, library: Library, by: str | None) -> Changes:
        return self._write(library, by, self.before, self.after)

    def revert(self, library: Library, by: str | None) -> Changes:
        return self._write(library, by, self.after, self.before)

    def absorb(self, later: Edit) -> bool:
        """Typing into the note saves often; one step per burst of typing is enough to undo."""
        if (
            not isinstance(later, EditQuote)
            or later.quote_id != self.quote_id
            or later.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(later.after)
        return True

    @property
    def changes_nothing(self) -> bool:
        return self.after == self.before

    def _write(
        self,
        library: Library,
        by: str | None,
        expected: dict[str, object],
        target: dict[str, object],
    ) -> Changes:
        quote_id = self.quote_id
        assert quote_id is not None
        if self._seen_version is not None:
            version, self._seen_version = self._seen_version, None
        else:
            current = library.quote(quote_id)
            if any(getattr(current, name) != value for name, value in expected.items()):
                raise stale(current)
            version = current.version
        edit = QuoteEdit(**cast(dict[str, Any], target))
        return Changes.of(library.edit_quote(quote_id, edit, expected_version=version, by=by))


class MarkQuote(Edit):
    """Marks a new quote; reverting deletes it, applying again restores that same quote."""

    description = "Mark quote"

    def __init__(self, article_id: int, start: int, end: int) -> None:
        self.article_id = article_id
        self.start = start
        self.end = end
        self.quote_id = None

    def apply(self, library: Library, by: str | None) -> Changes:
        if self.quote_id is None:
            quote = library.mark_quote(self.article_id, self.start, self.end, by=by)
            self.quote_id = quote.id
        else:
            quote = library.restore_quote(self.quote_id, by=by)
        return Changes.of(quote)

    def revert(self, library: Library, by: str | None) -> Changes:
        assert self.quote_id is not None
        current = library.quote(self.quote_id)
        return Changes.of(
            library.delete_quote(self.quote_id, expected_version=current.version, by=by)
        )


class DeleteQuote(Edit):
    """Deletes a quote (it stays in the history); reverting restores it."""

    description = "Delete quote"

    def __init__(self, quote: Quote) -> None:
        self.quote_id = quote.id
        self._seen_version: int | None = quote.version

    def apply(self, library: Library, by: str | None) -> Changes:
        quote_id = self.quote_id
        assert quote_id is not None
        version, self._seen_version = self._seen_version, None
        if version is None:
            version = library.quote(quote_id).version
        return Changes.of(library.delete_quote(quote_id, expected_version=version, by=by))

    def revert(self, library: Library, by: str | None) -> Changes:
        assert self.quote_id is not None
        return Changes.of(library.restore_quote(self.quote_id, by=by))
