"""Quote edits as undo commands on a real library: saved at once, undone, redone, refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.core.entities import QuoteEdit, QuoteStatus, Review
from desk.core.library import Library
from desk.ui.controller import Controller
from desk.ui.undo import CommandId


def first_quote(library: Library):  # type: ignore[no-untyped-def]
    return library.quotes()[0]


def test_status_edit_is_saved_undone_and_redone(
    controller: Controller, library: Library, qtbot: QtBot
) -> None:
    quote = first_quote(library)
    stack = controller.undo_stack
    with qtbot.waitSignal(controller.quotes_changed) as changed:
        assert controller.set_status(quote, QuoteStatus.VERIFIED)
    assert changed.args[0] == [quote.article_id]
    saved = library.quote(quote.id)
    assert (saved.status, saved.review, saved.checked_by) == (
        QuoteStatus.VERIFIED,
        Review.ACCEPTED,  # judging a suggestion accepts it
        "ana",
    )
    assert stack.undoText() == "Set status to Verified"

    stack.undo()
    undone = library.quote(quote.id)
    assert (undone.status, undone.review) == (QuoteStatus.UNCHECKED, Review.SUGGESTED)
    stack.redo()
    assert library.quote(quote.id).status is QuoteStatus.VERIFIED
    assert [c.field for c in library.history(quote.id) if c.field == "status"] == ["status"] * 3


def test_mark_undo_deletes_and_redo_restores_the_same_quote(
    controller: Controller, library: Library
) -> None:
    article = library.articles()[0]
    quote_id = controller.mark_quote(article.id, 0, 10)
    assert quote_id is not None
    assert library.quote(quote_id).review is Review.ACCEPTED
    controller.undo_stack.undo()
    assert library.quote(quote_id).deleted
    controller.undo_stack.redo()
    assert not library.quote(quote_id).deleted


def test_delete_is_undone_by_restoring(controller: Controller, library: Library) -> None:
    quote = first_quote(library)
    assert controller.delete_quote(quote)
    assert library.quote(quote.id).deleted
    controller.undo_stack.undo()
    assert not library.quote(quote.id).deleted


def test_a_stale_edit_is_refused_and_never_overwrites(
    controller: Controller, library: Library, qtbot: QtBot
) -> None:
    seen = first_quote(library)
    library.edit_quote(seen.id, QuoteEdit(note="from a colleague"), expected_version=None, by="bo")

    with qtbot.waitSignal(controller.quote_conflict) as conflict:
        assert not controller.set_status(seen, QuoteStatus.DISPUTED)

    assert conflict.args[0] == seen.id
    assert "was changed by bo" in conflict.args[1]
    stored = library.quote(seen.id)
    assert stored.status is QuoteStatus.UNCHECKED
    assert stored.note == "from a colleague"
    assert controller.undo_stack.count() == 0  # the refused command left the stack


def test_an_undo_that_conflicts_is_dropped(
    controller: Controller, library: Library, qtbot: QtBot
) -> None:
    quote = first_quote(library)
    assert controller.set_status(quote, QuoteStatus.VERIFIED)
    assert controller.edit_quote(library.quote(quote.id), {"note": "mine"}, "Edit note")
    # A colleague changes the status after us: undoing our status change would overwrite it.
    current = library.quote(quote.id)
    library.edit_quote(
        quote.id, QuoteEdit(status=QuoteStatus.MISQUOTED), expected_version=current.version, by="bo"
    )
    stack = controller.undo_stack
    stack.undo()  # the note: nobody touched it since
    assert library.quote(quote.id).note is None
    with qtbot.waitSignal(controller.quote_conflict):
        stack.undo()  # the status: refused
    assert library.quote(quote.id).status is QuoteStatus.MISQUOTED
    assert stack.count() == 1
    assert not stack.canUndo()


def test_note_typing_merges_into_one_step(controller: Controller, library: Library) -> None:
    quote = first_quote(library)
    controller.edit_quote(quote, {"note": "Cal"}, "Edit note", CommandId.NOTE)
    controller.edit_quote(library.quote(quote.id), {"note": "Called"}, "Edit note", CommandId.NOTE)
    controller.edit_quote(
        library.quote(quote.id), {"note": "Called VOA"}, "Edit note", CommandId.NOTE
    )
    stack = controller.undo_stack
    assert library.quote(quote.id).note == "Called VOA"
    assert stack.count() == 1
    stack.undo()
    assert library.quote(quote.id).note is None


def test_an_invalid_span_is_reported_not_raised(
    controller: Controller, library: Library, qtbot: QtBot
) -> None:
    quote = first_quote(library)
    with qtbot.waitSignal(controller.error_reported) as error:
        assert not controller.set_span(quote, 10, 5)
    assert error.args[0] == "The change was not saved"
    assert controller.undo_stack.count() == 0


def test_counterparts_are_empty_until_matching_exists(
    controller: Controller, library: Library
) -> None:
    assert controller.counterparts(first_quote(library).id) == []


def test_background_detection_reports_when_done(controller: Controller, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.detection_finished) as finished:
        assert controller.detect_pending() is not None
    assert finished.args[0] == ""  # nothing was waiting: every import detects at once
    assert not controller.detecting


def test_match_settings_are_stored_in_the_library(controller: Controller, library: Library) -> None:
    assert controller.match_settings()["match.threshold"] == 85
    assert controller.set_match_settings({"match.threshold": 92})
    assert library.setting("match.threshold") == "92"
    assert controller.match_settings()["match.threshold"] == 92
