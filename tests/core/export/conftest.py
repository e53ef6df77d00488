"""A small, deterministic checked library built from the sample articles, and its sheet.

Articles are imported as source documents (so the detector adds no suggestions and the quote
ids are only ours), then made articles again; every time stamp in the sheet is replaced by a
fixed one, so the golden files only change when an export's layout does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.core.entities import DocumentKind, MetadataEdit, QuoteEdit, QuoteStatus, Review
from desk.core.export.sheet import (
    QuoteSheet,
    Selection,
    SheetEntry,
    SheetFlag,
    Variant,
    build_sheet,
    group_by_speaker,
    word_diff,
)
from desk.core.library import Library

EXPORTED_AT = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)
CHECKED_AT = datetime(2024, 5, 3, 14, 5, tzinfo=UTC)
CREATED_AT = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
CHECKER = "Ana Checker"
ORGANISATION = "Example Fact Desk"

#: file name fragment → (headline fix, url, published)
_METADATA = {
    "voa-kerry": ("https://news.example/voa/kerry-not-even-close", date(2015, 5, 18)),
    "voa-2021": ("https://news.example/voa/us-calls-on-north-korea", date(2021, 5, 3)),
    "yonhap-2013": ("https://news.example/yonhap/kerry-regime-change", None),
    "yonhap-us": ("https://news.example/yonhap/patient-diplomacy", date(2018, 9, 14)),
}


class Fixture:
    """The library and the ids of what the tests look for."""

    def __init__(self, library: Library, ids: dict[str, int]) -> None:
        self.library = library
        self.ids = ids

    def article_id(self, fragment: str) -> int:
        return self.ids[fragment]


def _span(library: Library, article_id: int, words: str) -> tuple[int, int]:
    text = library.article(article_id).text
    start = text.index(words)
    return start, start + len(words)


def build_checked_library(library: Library, samples: list[Path]) -> dict[str, int]:
    report = library.import_paths(samples, kind=DocumentKind.SOURCE)
    ids: dict[str, int] = {}
    for outcome, path in zip(report.outcomes, samples, strict=True):
        assert outcome.article_id is not None
        for fragment, (url, published) in _METADATA.items():
            if path.name.startswith(fragment):
                ids[fragment] = outcome.article_id
                library.update_metadata(
                    outcome.article_id,
                    MetadataEdit(kind=DocumentKind.ARTICLE, url=url, published=published),
                )
        if path.name.startswith("kbs"):
            ids["kbs"] = outcome.article_id  # stays a source document: the evidence
    library.set_setting("organisation", ORGANISATION)
    kerry = library.add_person("John Kerry", "U.S. Secretary of State").id
    blinken = library.add_person("Antony Blinken", "U.S. Secretary of State").id
    official = library.add_person("a senior administration official", anonymous=True).id

    def mark(fragment: str, words: str, speaker: int | None, partial: bool = False) -> int:
        start, end = _span(library, ids[fragment], words)
        quote = library.mark_quote(
            ids[fragment], start, end, speaker_id=speaker, partial=partial, by=CHECKER
        )
        return quote.id

    def check(quote_id: int, **changes: object) -> None:
        library.edit_quote(quote_id, QuoteEdit(**changes), expected_version=None, by=CHECKER)  # type: ignore[arg-type]

    q = mark("voa-kerry", "grotesque and grisly", kerry, partial=True)
    check(
        q,
        status=QuoteStatus.VERIFIED,
        note="Matches the State Department transcript.",
        evidence_url="https://state.example/transcripts/2015-05-18",
    )
    ids["grisly"] = q
    q = mark("voa-kerry", "Which makes his leadership one of the most egregious examples", kerry)
    kbs_start, kbs_end = _span(library, ids["kbs"], "security guarantees")
    check(
        q,
        status=QuoteStatus.MISQUOTED,
        note="The transcript has “his leadership” in a longer sentence; see the source.",
        evidence_article_id=ids["kbs"],
        evidence_start=kbs_start,
        evidence_end=kbs_end,
    )
    ids["egregious"] = q
    q = mark(
        "yonhap-2013",
        "I think the six parties involved in the six-party talks have made it crystal clear",
        kerry,
    )
    check(q, status=QuoteStatus.VERIFIED)
    ids["six parties"] = q
    q = mark("yonhap-us", "On North Korea -- slow, patient, steady diplomacy,", official)
    check(q, status=QuoteStatus.MISATTRIBUTED, note="Said by the spokesperson, not the official.")
    ids["patient"] = q
    q = mark(
        "voa-2021",
        "I hope that North Korea will take the opportunity to engage diplomatically",
        blinken,
    )
    check(q, status=QuoteStatus.DISPUTED, note='=HYPERLINK("https://evil.example","x")')
    ids["hope"] = q
    q = mark("voa-2021", "outdated and old-school policies", None, partial=True)
    ids["outdated"] = q  # stays unchecked and unattributed
    q = mark("voa-kerry", "extraordinary leverage", kerry, partial=True)
    check(q, review=Review.REJECTED)
    ids["rejected"] = q
    return ids


def freeze(sheet: QuoteSheet) -> QuoteSheet:
    """The same sheet with every time stamp fixed, for golden files."""

    def fixed(entry: SheetEntry) -> SheetEntry:
        quote = entry.quote
        return replace(
            entry,
            quote=replace(
                quote,
                created_at=CREATED_AT,
                updated_at=CHECKED_AT,
                checked_at=CHECKED_AT if quote.checked_at else None,
            ),
            history=tuple(replace(step, at=CHECKED_AT) for step in entry.history),
        )

    entries = [fixed(e) for e in sheet.entries]
    return replace(sheet, exported_at=EXPORTED_AT, groups=group_by_speaker(entries))


def with_variants(sheet: QuoteSheet) -> QuoteSheet:
    """Hand-made cross-outlet reports and flags, fixed whatever the matcher's thresholds: the
    golden files test the layouts; ``test_matched_variants.py`` tests the matcher's part."""

    def add(entry: SheetEntry) -> SheetEntry:
        if entry.quote.text != "grotesque and grisly":
            return entry
        other = "grotesque and grizzly, truly"
        variant = Variant(
            text=other,
            diff=(*word_diff(entry.quote.text, other), ("replace", "[sic]")),
            outlet="Other Wire",
            title="Kerry slams Kim",
            url="https://other.example/kerry",
            published=date(2015, 5, 19),
        )
        same = Variant(
            text=entry.quote.text,
            diff=word_diff(entry.quote.text, entry.quote.text),
            outlet="Third Daily",
            title="Kerry on Kim",
            url="https://third.example/kerry",
            published=date(2015, 5, 20),
            article_id=99,
        )
        flag = SheetFlag(
            "wording-differs",
            "Other Wire’s wording differs from Voice of America’s: “grizzly” for “grisly”",
        )
        return replace(entry, variants=(variant,), same_wording=(same,), flags=(flag,))

    return replace(sheet, groups=group_by_speaker([add(e) for e in sheet.entries]))


@pytest.fixture
def checked(db_url: str, samples: list[Path]) -> Iterator[Fixture]:
    with Library.open(db_url) as library:
        yield Fixture(library, build_checked_library(library, samples))


@pytest.fixture
def sheet(checked: Fixture) -> QuoteSheet:
    """Everything not rejected, time stamps fixed, with one hand-made variant (no matching)."""
    built = build_sheet(checked.library, Selection(), exported_at=EXPORTED_AT, matching=False)
    return with_variants(freeze(built))
