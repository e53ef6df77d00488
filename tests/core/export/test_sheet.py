"""What a sheet holds: the selection, grouping, evidence, history and the variants seam."""

from __future__ import annotations

from typing import Any

from desk.core.entities import QuoteStatus
from desk.core.export.sheet import UNATTRIBUTED, Selection, build_sheet, word_diff

Fixture = Any  # the ``checked`` fixture of conftest.py: .library and .ids


def test_default_sheet_holds_every_quote_not_rejected(checked: Fixture) -> None:
    sheet = build_sheet(checked.library)
    ids = {e.quote.id for e in sheet.entries}
    assert checked.ids["rejected"] not in ids
    assert checked.ids["outdated"] in ids  # unchecked quotes are not silently left out
    assert len(ids) == 6
    assert sheet.organisation == "Example Fact Desk"
    assert sheet.title == "Quote sheet"


def test_selection_by_status_and_article(checked: Fixture) -> None:
    verified = build_sheet(checked.library, Selection(statuses=(QuoteStatus.VERIFIED,)))
    assert verified.title == "Verified quote sheet"
    assert {e.quote.id for e in verified.entries} == {
        checked.ids["grisly"],
        checked.ids["six parties"],
    }
    one = build_sheet(checked.library, Selection(article_ids=(checked.article_id("voa-kerry"),)))
    assert {e.quote.id for e in one.entries} == {checked.ids["grisly"], checked.ids["egregious"]}
    assert one.story.startswith("Kerry: US, Allies")


def test_groups_by_speaker_unattributed_last_in_story_order(checked: Fixture) -> None:
    sheet = build_sheet(checked.library)
    names = [g.speaker for g in sheet.groups]
    assert names[-1] == UNATTRIBUTED
    assert names[:-1] == sorted(names[:-1], key=str.casefold)
    kerry = next(g for g in sheet.groups if g.speaker == "John Kerry")
    assert kerry.role == "U.S. Secretary of State"
    dates = [e.article.published for e in kerry.entries]
    assert dates == sorted(d for d in dates if d is not None)


def test_evidence_history_and_context(checked: Fixture) -> None:
    sheet = build_sheet(checked.library)
    entry = next(e for e in sheet.entries if e.quote.id == checked.ids["egregious"])
    assert entry.evidence is not None
    assert entry.evidence.excerpt == "security guarantees"
    assert entry.evidence.where is not None
    assert "Security Guarantees" in entry.evidence.where
    assert [s.field for s in entry.history] == ["status", "note"]
    assert entry.history[0].new == "misquoted"
    assert entry.history[0].by == "Ana Checker"
    text = checked.library.article(entry.article.id).text
    assert text[entry.quote.start - len(entry.prefix) : entry.quote.start] == entry.prefix
    assert text[entry.quote.end :].startswith(entry.suffix)
    assert all(e.variants == () for e in sheet.entries)  # no other article has these quotes


def test_speaker_changes_read_as_names(checked: Fixture) -> None:
    from desk.core.entities import QuoteEdit

    blinken = next(p for p in checked.library.people() if p.name == "Antony Blinken")
    checked.library.edit_quote(
        checked.ids["outdated"], QuoteEdit(speaker_id=blinken.id), expected_version=None, by="Bo"
    )
    sheet = build_sheet(checked.library)
    entry = next(e for e in sheet.entries if e.quote.id == checked.ids["outdated"])
    assert [(s.field, s.old, s.new) for s in entry.history] == [("speaker", None, "Antony Blinken")]


def test_word_diff_rebuilds_the_variant() -> None:
    ours = "We are prepared to reengage in those talks"
    theirs = "We are ready to re-engage in those talks, he said"
    diff = word_diff(ours, theirs)
    assert "".join(t for op, t in diff if op in ("equal", "insert")) == theirs
    assert ("delete", "prepared") in diff
    assert ("insert", "ready") in diff
    assert {op for op, _ in diff} <= {"equal", "insert", "delete"}
