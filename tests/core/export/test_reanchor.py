"""Web Annotations go out and come back: into another library, onto text that changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desk.core.entities import DocumentKind, QuoteEdit, QuoteStatus, Review
from desk.core.export import ExportFormat, QuoteSheet, write
from desk.core.export.reanchor import (
    NotAnnotations,
    anchor,
    import_annotations,
    parse_annotations,
    read_annotations,
)
from desk.core.library import Library

Fixture = Any  # the ``checked`` fixture of conftest.py: .library and .ids

TEXT = "He said “we will talk”. Later she said “we will talk” again, and meant it."


def test_exact_words_pick_the_occurrence_whose_context_agrees() -> None:
    second = TEXT.rindex("we will talk")
    found = anchor(TEXT, "we will talk", prefix="Later she said “", suffix="” again")
    assert found is not None
    assert (found.start, found.method) == (second, "exact")
    first = anchor(TEXT, "we will talk", prefix="He said “", suffix="”. Later")
    assert first is not None
    assert first.start == TEXT.index("we will talk")


def test_changed_words_are_found_fuzzily_with_whole_word_edges() -> None:
    edited = "Intro. Kerry said the allies are “not even remotely close” to talks. More text."
    found = anchor(edited, "not even close to talks", start=30)
    assert found is not None
    assert found.method == "fuzzy"
    assert edited[found.start : found.end] == "not even remotely close” to talks"


def test_nothing_similar_is_not_anchored() -> None:
    assert anchor(TEXT, "an entirely different statement about trade") is None
    assert anchor(TEXT, "   ") is None


def _export(sheet: QuoteSheet, tmp_path: Path) -> Path:
    path = tmp_path / "quotes.annotations.jsonld"
    write(sheet, ExportFormat.WEBANNOTATION, path)
    return path


def test_annotations_land_in_a_library_whose_article_was_edited(
    sheet: QuoteSheet, checked: Fixture, samples: list[Path], tmp_path: Path
) -> None:
    path = _export(sheet, tmp_path)
    edited = tmp_path / "edited"
    edited.mkdir()
    for sample in samples:
        text = sample.read_text(encoding="utf-8")
        if sample.name.startswith("voa-kerry"):
            text = text.replace("“grotesque and grisly”", "“grotesque and grisly,”")
            text = text.replace("Pyongyang has grown", "Pyongyang, the capital, has grown")
            text = text.replace("egregious examples", "egregious example")
        (edited / sample.name).write_text(text, encoding="utf-8")
    with Library.open(f"sqlite:///{tmp_path / 'other.sqlite3'}") as other:
        other.import_paths([edited], kind=DocumentKind.SOURCE)
        for summary in other.articles():
            from desk.core.entities import MetadataEdit

            other.update_metadata(summary.id, MetadataEdit(kind=DocumentKind.ARTICLE))
        annotations, unreadable = read_annotations(path)
        report = import_annotations(other, annotations, by="Importer")
        assert unreadable == []
        assert report.unanchored == ()
        assert len(report.anchored) == len(sheet.entries)
        assert {a.action for a in report.anchored} == {"created"}
        quotes = {q.text: q for q in other.quotes()}
        assert "grotesque and grisly" in quotes  # exact words, found by context
        misquoted = next(q for q in quotes.values() if q.status is QuoteStatus.MISQUOTED)
        assert misquoted.text.startswith("Which makes his leadership")
        assert misquoted.text.endswith("egregious example")  # re-anchored fuzzily
        assert misquoted.speaker == "John Kerry"
        assert misquoted.note is not None
        assert "transcript" in misquoted.note
        unattributed = quotes["outdated and old-school policies"]
        assert unattributed.status is QuoteStatus.UNCHECKED
        assert unattributed.speaker is None
        fuzzy = [a for a in report.anchored if a.method == "fuzzy"]
        assert len(fuzzy) == 1


def test_importing_back_updates_quotes_at_the_same_span(
    sheet: QuoteSheet, checked: Fixture, tmp_path: Path
) -> None:
    library = checked.library
    path = _export(sheet, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["first"]["items"]
    six = next(i for i in items if i["desk:quoteId"] == checked.ids["six parties"])
    six["desk:status"] = "disputed"
    six["body"][0]["value"] = "disputed"
    six["body"].append({"type": "TextualBody", "purpose": "commenting", "value": "Recheck."})
    items.append({"type": "Annotation", "target": {"source": "x"}})  # no selector
    items.append(
        {
            "type": "Annotation",
            "id": "urn:x",
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "words nobody said"}},
        }
    )
    annotations, unreadable = parse_annotations(data)
    report = import_annotations(library, annotations, by="Bo")
    assert [u.reason for u in unreadable] == [
        "the annotation has no TextQuoteSelector with the exact words"
    ]
    assert [(u.annotation_id, u.exact) for u in report.unanchored] == [
        ("urn:x", "words nobody said")
    ]
    actions = {a.quote_id: a.action for a in report.anchored}
    assert actions[checked.ids["six parties"]] == "updated"
    assert {a for q, a in actions.items() if q != checked.ids["six parties"]} == {"unchanged"}
    quote = library.quote(checked.ids["six parties"])
    assert (quote.status, quote.note, quote.checked_by) == (QuoteStatus.DISPUTED, "Recheck.", "Bo")
    assert len(library.quotes()) == 7  # nothing duplicated


def test_a_rejected_quote_at_the_span_is_accepted_again(checked: Fixture) -> None:
    library = checked.library
    quote = library.quote(checked.ids["grisly"])
    library.edit_quote(quote.id, QuoteEdit(review=Review.REJECTED), expected_version=None, by="x")
    annotation = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "assessing", "value": "Verified"},
        "target": {
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote.text},
                {"type": "TextPositionSelector", "start": quote.start, "end": quote.end},
            ]
        },
    }
    annotations, _ = parse_annotations(annotation)
    dry = import_annotations(library, annotations, by="Bo", dry_run=True)
    assert [a.action for a in dry.anchored] == ["updated"]
    assert library.quote(quote.id).review is Review.REJECTED  # a dry run changes nothing
    import_annotations(library, annotations, by="Bo")
    assert library.quote(quote.id).review is Review.ACCEPTED


def test_a_file_without_annotations_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"type": "Something"}', encoding="utf-8")
    with pytest.raises(NotAnnotations, match="no Web Annotations"):
        read_annotations(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(NotAnnotations, match="not JSON"):
        read_annotations(path)
