"""Cross-outlet matching stored in the library, on SQLite and on PostgreSQL: incremental
matching, edits, rejections, deletions, new thresholds, persistence and the upgrade to 0003.

Every article here is invented for the test.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desk.core.entities import QuoteEdit, Review
from desk.core.library import Library
from desk.core.matching import FlagKind, Group, MatchReport, match_quotes
from desk.core.storage import database as database_module
from desk.core.storage.database import head_revision

SHARED = "We will never abandon the fishing communities of the north coast, whatever the cost"
EDITED = "We will not abandon the fishing communities of the north coast, whatever the cost"

_TABLES = ("quote_shingles", "quote_links", "quote_match_state")


def _article(folder: Path, name: str, title: str, quotes: list[tuple[str, str]]) -> Path:
    """A small article file: a headline, a dateline and one paragraph per (quote, speaker)."""
    paragraphs = [title, f"PORTSMOUTH, May 3 -- {title} was reported on Tuesday."]
    paragraphs += [f'"{quote}," {speaker} said on Tuesday.' for quote, speaker in quotes]
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    return {
        "tide": _article(
            folder,
            "tide.txt",
            "Harbour deal agreed",
            [
                (SHARED, "Alves"),
                ("The treasury has set aside money for new boats and the harbour wall", "Alves"),
            ],
        ),
        "post": _article(
            folder,
            "post.txt",
            "Minister signs the harbour deal",
            [
                (SHARED.upper(), "Clara Alves"),
                ("Nobody on this council ever asked me to delay the inquiry into it", "Tom Rivers"),
            ],
        ),
        "herald": _article(
            folder,
            "herald.txt",
            "Coast towns react to the deal",
            [
                (EDITED, "Alves"),
                ("Our nets have been empty since the storms of last winter hit us", "Ann Lee"),
            ],
        ),
    }


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    opened = Library.open(library_url)
    yield opened
    opened.close()


def _shared_group_keys(report: MatchReport) -> set[int]:
    """The quote ids in the group of the shared statement."""
    (group,) = [g for g in report.groups if len(g.members) > 1]
    return {int(report.quotes[i].key) for i in group.members}


def _quote_id(library: Library, words: str) -> int:
    return next(q.id for q in library.quotes() if words.lower() in q.text.lower())


def _count(url: str, table: str, where: str = "") -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(text(f"SELECT count(*) FROM {table} {where}")).scalar_one()
            )
    finally:
        engine.dispose()


def _orphans(url: str) -> int:
    """Index, link and state rows whose quote no longer exists."""
    found = 0
    for table, column in [(t, "quote_id") for t in _TABLES] + [("quote_links", "other_id")]:
        found += _count(url, table, f"WHERE {column} NOT IN (SELECT id FROM quotes)")
    return found


def test_the_shared_quote_is_linked_across_articles_and_grouped(
    library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths([articles["tide"], articles["post"]])
    assert library.pending_matches() == 4

    assert library.match_pending() == 4
    assert library.pending_matches() == 0

    report = library.match_report()
    shared = _shared_group_keys(report)
    assert len(shared) == 2
    texts = {library.quote(i).text.casefold().rstrip(",") for i in shared}
    assert texts == {SHARED.casefold()}
    assert len(report.groups) == 3
    # Upper case is not a wording difference; the unshared quotes are single-source.
    kinds = {f.kind for g in report.groups for f in g.flags}
    assert FlagKind.WORDING_DIFFERS not in kinds
    assert sum(FlagKind.SINGLE_SOURCE in [f.kind for f in g.flags] for g in report.groups) == 2


def test_a_later_import_is_matched_incrementally(
    library_url: str, library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths([articles["tide"], articles["post"]])
    library.match_pending()
    links_before = _count(library_url, "quote_links")
    assert links_before == 1

    library.import_paths([articles["herald"]])
    assert library.pending_matches() == 2  # only the new article's quotes
    assert library.match_pending() == 2
    assert library.pending_matches() == 0

    assert _count(library_url, "quote_links") == 3  # the earlier link kept, two new ones
    report = library.match_report()
    shared = _shared_group_keys(report)
    herald = _quote_id(library, "will not abandon")
    assert herald in shared
    assert len(shared) == 3
    (flag,) = [f for f in report.flags(herald) if f.kind is FlagKind.WORDING_DIFFERS]
    assert "“not” for “never”" in flag.reason


def test_editing_a_quotes_span_matches_it_again(
    library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths([articles["tide"], articles["post"]])
    library.match_pending()
    quote = library.quote(_quote_id(library, "whatever the cost"))
    assert quote.id in _shared_group_keys(library.match_report())

    # Shrink the span to the first three words: no longer the shared statement.
    library.edit_quote(
        quote.id, QuoteEdit(end=quote.start + len("We will never")), expected_version=None, by="t"
    )
    assert library.pending_matches() == 1
    assert library.match_report().matches(quote.id) == 0
    assert library.match_pending() == 1
    assert library.match_report().matches(quote.id) == 0

    # Back to the whole quote: matched again, with its partner.
    library.edit_quote(quote.id, QuoteEdit(end=quote.end), expected_version=None, by="t")
    assert library.pending_matches() == 1
    library.match_pending()
    assert library.pending_matches() == 0
    assert library.match_report().matches(quote.id) == 1


def test_a_rejected_suggestion_leaves_the_groups(
    library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths(list(articles.values()))
    library.match_pending()
    rejected = _quote_id(library, "will not abandon")
    assert rejected in _shared_group_keys(library.match_report())

    library.edit_quote(rejected, QuoteEdit(review=Review.REJECTED), expected_version=None, by="t")
    report = library.match_report()
    assert report.group_of(rejected) is None
    assert rejected not in {q.key for q in report.quotes}
    assert len(_shared_group_keys(report)) == 2

    library.edit_quote(rejected, QuoteEdit(review=Review.ACCEPTED), expected_version=None, by="t")
    library.match_pending()
    assert rejected in _shared_group_keys(library.match_report())


def test_deleting_an_article_leaves_no_matching_rows_behind(
    library_url: str, library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths(list(articles.values()))
    library.match_pending()
    assert _count(library_url, "quote_links") == 3
    assert _count(library_url, "quote_shingles") > 0

    herald = library.quote(_quote_id(library, "will not abandon")).article_id
    library.delete_articles([herald])

    assert _orphans(library_url) == 0
    assert _count(library_url, "quote_links") == 1
    assert _count(library_url, "quote_match_state") == 4
    assert len(_shared_group_keys(library.match_report())) == 2
    assert library.pending_matches() == 0


def test_rematch_after_new_thresholds_changes_the_result(
    library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths(list(articles.values()))
    library.match_pending()
    assert len(_shared_group_keys(library.match_report())) == 3

    library.set_setting("match.threshold", "100")
    library.set_setting("match.loose_threshold", "100")
    assert library.match_settings().threshold == 100
    # Stored links stay until asked to match again.
    assert len(_shared_group_keys(library.match_report())) == 3

    assert library.rematch() == 6
    assert library.pending_matches() == 0
    assert len(_shared_group_keys(library.match_report())) == 2  # the edited wording drops out

    library.set_setting("match.threshold", None)
    library.set_setting("match.loose_threshold", None)
    library.rematch()
    assert len(_shared_group_keys(library.match_report())) == 3


def test_results_persist_across_closing_and_reopening(
    library_url: str, articles: dict[str, Path]
) -> None:
    with Library.open(library_url) as first:
        first.import_paths(list(articles.values()))
        first.match_pending()
        before = _shared_group_keys(first.match_report())
    assert len(before) == 3

    with Library.open(library_url) as again:
        assert again.pending_matches() == 0  # nothing recomputed
        assert _shared_group_keys(again.match_report()) == before
        assert again.match_pending() == 0


# -- the upgrade from 0002 --------------------------------------------------------------------

_ARTICLES_0002 = [
    f'PORTSMOUTH, May 3 -- The minister spoke.\n\n"{SHARED}," Alves said.',
    f'LONDON, May 4 -- Reaction to the deal.\n\n"{SHARED.lower()}," Clara Alves said.',
]


def _library_at_0002(url: str) -> None:
    """A library as Quote Desk 0002 left it: two articles, one quote each, not matched."""
    config = database_module._alembic_config()
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002_quotes")
            for number, body in enumerate(_ARTICLES_0002, start=1):
                connection.execute(
                    text(
                        "INSERT INTO articles (id, kind, title, source_format, text, raw_text,"
                        " chars, content_hash, imported_at, updated_at, detected_at) VALUES"
                        " (:id, 'article', :title, 'text', :body, :body, :chars, :hash, :at,"
                        " :at, :at)"
                    ),
                    {
                        "id": number,
                        "title": f"From 0002 number {number}",
                        "body": body,
                        "chars": len(body),
                        "hash": f"hash-0002-{number}",
                        "at": "2024-05-01 09:00:00",
                    },
                )
                start = body.index('"') + 1
                end = body.index(',"')
                connection.execute(
                    text(
                        'INSERT INTO quotes (id, article_id, start, "end", text, partial, origin,'
                        " review, status, created_at, updated_at, version) VALUES (:id, :id,"
                        " :start, :end, :text, false, 'detector', 'suggested', 'unchecked',"
                        " :at, :at, 1)"
                    ),
                    {
                        "id": number,
                        "start": start,
                        "end": end,
                        "text": body[start:end],
                        "at": "2024-05-01 09:00:00",
                    },
                )
    finally:
        engine.dispose()


def test_a_library_at_0002_upgrades_without_loss_and_its_quotes_match(library_url: str) -> None:
    _library_at_0002(library_url)

    with Library.open(library_url) as library:
        assert library.schema_revision == head_revision()
        assert sorted(a.title for a in library.articles()) == [
            "From 0002 number 1",
            "From 0002 number 2",
        ]
        quotes = library.quotes()
        assert [q.text for q in quotes] == [SHARED, SHARED.lower()]
        assert library.pending_matches() == 2
        assert library.match_pending() == 2
        assert _shared_group_keys(library.match_report()) == {1, 2}


# -- incremental equals from scratch ----------------------------------------------------------

_STATEMENTS = [
    SHARED,
    "The treasury has set aside money for new boats and for the repair of the harbour wall",
    "Nobody on this council has ever asked me to delay the inquiry into the collapse of the pier",
    "Our nets have been empty since the storms of last winter, and the banks will not wait",
]
_WORDINGS = [
    lambda s: s,
    lambda s: s.upper(),
    lambda s: s.replace("the", "this", 1),
    lambda s: " ".join(s.split()[3:12]),  # a fragment
    lambda s: s.replace("never", "not").replace("ever", "once"),
]


def test_matching_article_by_article_equals_matching_all_at_once(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(6):
        quotes = [
            (_WORDINGS[(number + k) % len(_WORDINGS)](statement), f"Speaker {k}")
            for k, statement in enumerate(_STATEMENTS)
            if (number + k) % 3 != 0
        ]
        path = _article(folder, f"a{number}.txt", f"Story number {number}", quotes)
        library.import_paths([path])
        library.match_pending()

    report = library.match_report()
    assert len(report.quotes) >= 12
    batch = match_quotes(report.quotes, library.match_settings())

    def partition(groups: Sequence[Group]) -> list[list[int | str]]:
        return sorted(sorted(report.quotes[i].key for i in g.members) for g in groups)

    assert partition(report.groups) == partition(batch.groups)
    assert sum(len(g.members) > 1 for g in report.groups) == len(_STATEMENTS)


def test_exact_copies_of_a_repetitive_quote_match_in_a_library(
    library: Library, tmp_path: Path
) -> None:
    # One distinct 3-shingle only: the "two shared shingles" rule for long quotes must not
    # keep such copies apart, in the stored index as in a batch.
    chant = "Never, never, never, never, never, never, never, never, never, never"
    folder = tmp_path / "chant"
    folder.mkdir()
    first = _article(folder, "one.txt", "The vote", [(chant, "Ann Lee")])
    second = _article(folder, "two.txt", "After the vote", [(chant, "Ann Lee")])
    library.import_paths([first])
    library.match_pending()
    library.import_paths([second])  # matched later, against the stored index
    library.match_pending()
    report = library.match_report()
    chants = [q.key for q in report.quotes if q.text.startswith("Never")]
    assert len(chants) == 2
    assert report.matches(chants[0]) == 1


def _shingle_counts(url: str) -> tuple[dict[int, int], dict[int, int]]:
    """The kept count of each shingle, and the count of its postings, for shingles in use."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            kept = connection.execute(
                text("SELECT hash, quotes FROM quote_shingle_counts WHERE quotes > 0")
            )
            real = connection.execute(
                text("SELECT hash, count(*) FROM quote_shingles GROUP BY hash")
            )
            return {int(h): int(n) for h, n in kept}, {int(h): int(n) for h, n in real}
    finally:
        engine.dispose()


def test_shingle_counts_follow_imports_edits_and_deletions(
    library_url: str, library: Library, articles: dict[str, Path]
) -> None:
    library.import_paths(list(articles.values()))
    library.match_pending()
    kept, real = _shingle_counts(library_url)
    assert kept == real
    assert max(kept.values()) >= 2

    moved = library.quote(_quote_id(library, "will not abandon"))
    library.edit_quote(
        moved.id, QuoteEdit(end=moved.end - 10), expected_version=moved.version, by="Ann"
    )
    library.match_pending()
    library.delete_articles([library.quote(_quote_id(library, "never abandon")).article_id])
    kept, real = _shingle_counts(library_url)
    assert kept == real
