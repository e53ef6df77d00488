"""Quotes, people and history through the Library facade, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.core.entities import KEEP, QuoteEdit, QuoteStatus, Review
from desk.core.errors import EditConflict, InvalidEdit, NotFound
from desk.core.library import Library

KERRY = "yonhap-2013-10-04-kerry-not-seeking-regime-change.txt"


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    opened = Library.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def kerry(library: Library, samples: list[Path]) -> int:
    (path,) = [p for p in samples if p.name == KERRY]
    outcome = library.import_paths([path]).outcomes[0]
    assert outcome.article_id is not None
    return outcome.article_id


def test_import_stores_detected_quotes_as_suggestions(library: Library, kerry: int) -> None:
    article = library.article(kerry)
    quotes = library.quotes([kerry])

    assert quotes, "the Kerry article has direct quotations"
    assert all(q.review is Review.SUGGESTED for q in quotes)
    assert all(q.status is QuoteStatus.UNCHECKED for q in quotes)
    assert all(article.text[q.start : q.end] == q.text for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    peace = next(q for q in quotes if q.text.startswith("We are prepared to have a peaceful"))
    assert peace.speaker == "John Kerry"
    assert peace.speaker_role == "U.S. Secretary of State"


def test_the_same_named_speaker_is_one_person_across_articles(
    library: Library, samples: list[Path]
) -> None:
    library.import_paths(samples)
    named = [p for p in library.people() if not p.anonymous]

    keys = [p.name.casefold() for p in named]
    assert len(keys) == len(set(keys)), "a named person is stored once"
    kerry = [p for p in named if p.name == "John Kerry"]
    assert len(kerry) == 1
    kerry_quotes = [q for q in library.quotes() if q.speaker_id == kerry[0].id]
    assert len({q.article_id for q in kerry_quotes}) >= 2, "Kerry is quoted by two outlets"


def test_source_documents_get_no_suggestions(library: Library) -> None:
    from desk.core.entities import DocumentKind

    outcome = library.import_text(
        'The minister said: "We will not move." Then she left.', kind=DocumentKind.SOURCE
    )
    assert outcome.article_id is not None
    assert library.quotes([outcome.article_id]) == []


def test_marking_a_span_makes_an_accepted_quote_with_history(library: Library, kerry: int) -> None:
    text = library.article(kerry).text
    start = text.index("patient diplomacy") if "patient diplomacy" in text else 10
    quote = library.mark_quote(kerry, start, start + 8, by="ana")

    assert quote.review is Review.ACCEPTED
    assert quote.text == text[start : start + 8]
    (created,) = library.history(quote.id)
    assert (created.action, created.by, created.new) == ("created", "ana", quote.text)


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (10, 3), (0, 10**9)])
def test_a_span_outside_the_text_is_refused(
    library: Library, kerry: int, start: int, end: int
) -> None:
    before = library.quotes([kerry])
    with pytest.raises(InvalidEdit):
        library.mark_quote(kerry, start, end, by="ana")
    assert library.quotes([kerry]) == before


def test_setting_a_status_records_who_and_when(library: Library, kerry: int) -> None:
    quote = library.quotes([kerry])[0]
    checked = library.edit_quote(
        quote.id,
        QuoteEdit(status=QuoteStatus.VERIFIED, note="  matches the transcript "),
        expected_version=quote.version,
        by="ana",
    )

    assert checked.status is QuoteStatus.VERIFIED
    assert checked.note == "matches the transcript"
    assert checked.checked_by == "ana"
    assert checked.checked_at is not None
    assert checked.version == quote.version + 1
    fields = {(c.field, c.old, c.new) for c in library.history(quote.id) if c.action == "edited"}
    assert fields == {("status", "unchecked", "verified"), ("note", None, "matches the transcript")}


def test_an_edit_based_on_an_old_version_is_refused(library: Library, kerry: int) -> None:
    quote = library.quotes([kerry])[0]
    library.edit_quote(
        quote.id, QuoteEdit(status=QuoteStatus.DISPUTED), expected_version=quote.version, by="ana"
    )

    with pytest.raises(EditConflict, match=r"changed by ana at .*reload"):
        library.edit_quote(
            quote.id,
            QuoteEdit(status=QuoteStatus.VERIFIED),
            expected_version=quote.version,
            by="ben",
        )
    assert library.quote(quote.id).status is QuoteStatus.DISPUTED


def test_an_edit_that_changes_nothing_leaves_no_trace(library: Library, kerry: int) -> None:
    quote = library.quotes([kerry])[0]
    same = library.edit_quote(
        quote.id,
        QuoteEdit(status=QuoteStatus.UNCHECKED),
        expected_version=quote.version,
        by="ana",
    )
    assert same.version == quote.version
    assert [c.action for c in library.history(quote.id)] == ["created"]


def test_moving_a_span_rereads_the_text(library: Library, kerry: int) -> None:
    quote = library.quotes([kerry])[0]
    moved = library.edit_quote(
        quote.id, QuoteEdit(start=quote.start + 2, end=KEEP), expected_version=None, by="ana"
    )
    assert moved.text == quote.text[2:]


def test_delete_and_restore(library: Library, kerry: int) -> None:
    quote = library.quotes([kerry])[0]
    library.delete_quote(quote.id, expected_version=quote.version, by="ana")

    assert quote.id not in {q.id for q in library.quotes([kerry])}
    assert library.quote(quote.id).deleted
    library.restore_quote(quote.id, by="ana")
    assert quote.id in {q.id for q in library.quotes([kerry])}
    assert [c.action for c in library.history(quote.id)] == ["created", "deleted", "restored"]


def test_rejected_suggestions_are_kept_but_not_counted(library: Library, kerry: int) -> None:
    quotes = library.quotes([kerry])
    library.edit_quote(
        quotes[0].id, QuoteEdit(review=Review.REJECTED), expected_version=None, by="ana"
    )
    counts = library.quote_counts()[kerry]

    assert sum(counts.values()) == len(quotes) - 1
    assert [q.id for q in library.quotes([kerry], reviews=[Review.REJECTED])] == [quotes[0].id]


def test_rename_keeps_the_old_name_as_an_alias(library: Library) -> None:
    person = library.add_person("Jon Kery", "Secretary")
    renamed = library.rename_person(person.id, "John Kerry", "U.S. Secretary of State")

    assert renamed.name == "John Kerry"
    assert "Jon Kery" in renamed.aliases
    with pytest.raises(InvalidEdit, match="already a person"):
        library.add_person("john  kerry")


def test_merge_moves_quotes_and_names(library: Library, kerry: int) -> None:
    quotes = library.quotes([kerry])
    first = library.add_person("J. Kerry")
    second = library.add_person("John Forbes Kerry")
    library.edit_quote(quotes[0].id, QuoteEdit(speaker_id=first.id), expected_version=None, by="a")
    library.edit_quote(quotes[1].id, QuoteEdit(speaker_id=second.id), expected_version=None, by="a")

    merged = library.merge_people(first.id, [second.id], by="ana")

    assert "John Forbes Kerry" in merged.aliases
    assert {library.quote(q.id).speaker_id for q in quotes[:2]} == {first.id}
    with pytest.raises(NotFound):
        library.person(second.id)
    assert any(c.field == "speaker_id" and c.by == "ana" for c in library.history(quotes[1].id))


def test_settings_are_stored_in_the_library(library: Library, db_url: str) -> None:
    library.set_setting("organisation", "Desk News")
    assert Library.open(db_url).setting("organisation") == "Desk News"
    library.set_setting("organisation", None)
    assert library.setting("organisation", "none") == "none"


def test_articles_from_an_older_library_are_detected_on_request(
    library: Library, kerry: int
) -> None:
    from sqlalchemy import text

    from desk.core.storage.database import Database

    database = Database.open(library.url)
    with database.begin() as session:
        session.execute(text("DELETE FROM quotes"))
        session.execute(text("UPDATE articles SET detected_at = NULL"))
    database.close()
    assert library.quotes([kerry]) == []

    assert library.detect_pending() == 1
    assert library.quotes([kerry])
    assert library.detect_pending() == 0, "each article is searched once"


def test_search_finds_headline_text_and_speaker(library: Library, samples: list[Path]) -> None:
    library.import_paths(samples)
    by_title = {a.title: a.id for a in library.articles()}
    kerry_yonhap = by_title["Kerry: U.S. not seeking regime change in N. Korea"]

    assert kerry_yonhap in library.search("REGIME change")
    assert kerry_yonhap in library.search("two-plus-two")  # only in the text
    assert library.search("no such words anywhere") == set()
    assert library.search("100%") == set(), "% is a character, not a wildcard"
    speakers = {q.article_id for q in library.quotes() if q.speaker == "Antony Blinken"}
    assert speakers
    assert speakers <= library.search("blinken")
