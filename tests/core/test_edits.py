"""Undoable edits on a real SQLite library, without Qt: apply, revert, refuse, merge."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desk.core.edits import Changes, DeleteQuote, EditQuote, MarkQuote
from desk.core.entities import Quote, QuoteEdit, QuoteStatus, Review
from desk.core.errors import EditConflict, InvalidEdit
from desk.core.library import Library

KERRY = "yonhap-2013-10-04-kerry-not-seeking-regime-change.txt"

#: What a user can see change on a quote; the version, times and names move on every save.
VISIBLE = ("start", "end", "text", "speaker_id", "review", "status", "note", "deleted")


@pytest.fixture
def library(db_url: str, samples: list[Path]) -> Iterator[Library]:
    with Library.open(db_url) as opened:
        opened.import_paths([p for p in samples if p.name == KERRY])
        yield opened


@pytest.fixture
def quote(library: Library) -> Quote:
    return library.quotes()[0]


def visible(quote: Quote) -> tuple[object, ...]:
    return tuple(getattr(quote, name) for name in VISIBLE)


def test_an_edit_applies_and_reverts_to_the_state_before(library: Library, quote: Quote) -> None:
    edit = EditQuote(quote, {"status": QuoteStatus.VERIFIED, "review": Review.ACCEPTED}, "Judge")

    changes = edit.apply(library, "ana")

    assert changes == Changes(frozenset({quote.id}), frozenset({quote.article_id}))
    applied = library.quote(quote.id)
    assert (applied.status, applied.review, applied.updated_by) == (
        QuoteStatus.VERIFIED,
        Review.ACCEPTED,
        "ana",
    )
    assert edit.revert(library, "ana") == changes
    assert visible(library.quote(quote.id)) == visible(quote)
    edit.apply(library, "ana")  # redo after undo re-reads the version
    assert library.quote(quote.id).status is QuoteStatus.VERIFIED


def test_a_stale_first_apply_is_refused(library: Library, quote: Quote) -> None:
    library.edit_quote(quote.id, QuoteEdit(note="a colleague's"), expected_version=None, by="bo")

    with pytest.raises(EditConflict, match="changed by bo"):
        EditQuote(quote, {"status": QuoteStatus.DISPUTED}, "Judge").apply(library, "ana")
    stored = library.quote(quote.id)
    assert (stored.status, stored.note) == (QuoteStatus.UNCHECKED, "a colleague's")


def test_a_revert_over_someone_elses_change_is_refused(library: Library, quote: Quote) -> None:
    edit = EditQuote(quote, {"status": QuoteStatus.VERIFIED}, "Judge")
    edit.apply(library, "ana")
    now = library.quote(quote.id)
    library.edit_quote(
        quote.id, QuoteEdit(status=QuoteStatus.MISQUOTED), expected_version=now.version, by="bo"
    )

    with pytest.raises(EditConflict, match="changed by bo"):
        edit.revert(library, "ana")
    assert library.quote(quote.id).status is QuoteStatus.MISQUOTED


def test_an_unrelated_change_does_not_block_a_revert(library: Library, quote: Quote) -> None:
    edit = EditQuote(quote, {"status": QuoteStatus.VERIFIED}, "Judge")
    edit.apply(library, "ana")
    now = library.quote(quote.id)
    library.edit_quote(quote.id, QuoteEdit(note="bo's"), expected_version=now.version, by="bo")

    edit.revert(library, "ana")
    reverted = library.quote(quote.id)
    assert (reverted.status, reverted.note) == (QuoteStatus.UNCHECKED, "bo's")


def test_an_invalid_edit_changes_nothing(library: Library, quote: Quote) -> None:
    with pytest.raises(InvalidEdit):
        EditQuote(quote, {"start": 10, "end": 5}, "Span").apply(library, "ana")
    assert visible(library.quote(quote.id)) == visible(quote)


def test_typing_merges_into_one_edit_that_reverts_to_the_start(
    library: Library, quote: Quote
) -> None:
    first = EditQuote(quote, {"note": "Cal"}, "Edit note")
    first.apply(library, "ana")
    later = EditQuote(library.quote(quote.id), {"note": "Called"}, "Edit note")
    later.apply(library, "ana")

    assert first.absorb(later)
    assert not first.changes_nothing
    first.revert(library, "ana")
    assert library.quote(quote.id).note is None
    first.apply(library, "ana")
    assert library.quote(quote.id).note == "Called"


def test_only_the_same_fields_of_the_same_quote_merge(library: Library, quote: Quote) -> None:
    other = replace(quote, id=quote.id + 1000)
    note = EditQuote(quote, {"note": "x"}, "Edit note")
    assert not note.absorb(EditQuote(quote, {"status": QuoteStatus.VERIFIED}, "Judge"))
    assert not note.absorb(EditQuote(other, {"note": "y"}, "Edit note"))
    assert not note.absorb(DeleteQuote(quote))
    assert note.absorb(EditQuote(quote, {"note": None}, "Edit note"))
    assert note.changes_nothing  # typed and erased again: nothing left to undo


def test_mark_reverts_by_deleting_and_reapplies_the_same_quote(library: Library) -> None:
    article_id = library.articles()[0].id
    before = {q.id for q in library.quotes([article_id])}
    mark = MarkQuote(article_id, 0, 10)

    changes = mark.apply(library, "ana")

    assert mark.quote_id is not None
    assert changes.article_ids == {article_id}
    marked = library.quote(mark.quote_id)
    assert (marked.review, marked.deleted) == (Review.ACCEPTED, False)
    mark.revert(library, "ana")
    assert {q.id for q in library.quotes([article_id])} == before
    mark.apply(library, "ana")
    assert not library.quote(mark.quote_id).deleted
    assert len(library.quotes([article_id])) == len(before) + 1


def test_delete_reverts_by_restoring(library: Library, quote: Quote) -> None:
    delete = DeleteQuote(quote)
    assert delete.apply(library, "ana") == Changes.of(quote)
    assert library.quote(quote.id).deleted
    delete.revert(library, "ana")
    assert visible(library.quote(quote.id)) == visible(quote)
    delete.apply(library, "ana")  # redo: the current version, not the one first seen
    assert library.quote(quote.id).deleted


def test_a_stale_delete_is_refused(library: Library, quote: Quote) -> None:
    library.edit_quote(quote.id, QuoteEdit(note="bo's"), expected_version=None, by="bo")
    with pytest.raises(EditConflict):
        DeleteQuote(quote).apply(library, "ana")
    assert not library.quote(quote.id).deleted


def test_changes_combine() -> None:
    a = Changes(frozenset({1}), frozenset({10}))
    b = Changes(frozenset({2}), frozenset({10, 11}))
    assert a | b == Changes(frozenset({1, 2}), frozenset({10, 11}))
