"""An archive result attached to a library: attaching, looking quotes up, caching, and an
archive that breaks after it was attached. The archive is a real one, made by ``run_archive``
from the invented articles in tests/data/archive/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk.core.archive import ArchiveIndex, ArchiveProblem, run_archive
from desk.core.archived import archive_report, marked
from desk.core.entities import Quote, QuoteEdit
from desk.core.library import ARCHIVE_SETTING, Library
from desk.core.matching import Relation, word_diff

PROMISE = "We will rebuild the harbour bridge"
TOLL = "Nobody in this town"


@pytest.fixture
def library(db_url: str, archive_library_articles: list[Path]) -> Iterator[Library]:
    with Library.open(db_url) as library:
        library.import_paths(archive_library_articles)
        yield library


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many quotes each call of ``ArchiveIndex.lookup`` was asked about."""
    calls: list[int] = []
    original = ArchiveIndex.lookup

    def counting(self: ArchiveIndex, quotes: list[object]) -> object:
        calls.append(len(quotes))
        return original(self, quotes)  # type: ignore[arg-type]

    monkeypatch.setattr(ArchiveIndex, "lookup", counting)
    return calls


def _quote(library: Library, words: str, outlet: str) -> Quote:
    articles = {a.id: a.outlet for a in library.articles()}
    return next(
        q for q in library.quotes() if q.text.startswith(words) and articles[q.article_id] == outlet
    )


def test_attach_stores_the_absolute_folder_and_detach_forgets_it(
    library_url: str, archive_result: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(archive_result.parent)
    with Library.open(library_url) as library:
        assert library.archive_path() is None
        library.attach_archive(Path(archive_result.name))  # relative, as typed
        assert library.archive_path() == archive_result
        assert library.archive_path().is_absolute()  # type: ignore[union-attr]
        assert library.setting(ARCHIVE_SETTING) == str(archive_result)
    with Library.open(library_url) as again:  # a library setting: it stays attached
        assert again.archive_path() == archive_result
        again.attach_archive(None)
        assert again.archive_path() is None
        assert again.setting(ARCHIVE_SETTING) is None


def test_a_folder_that_is_not_a_result_is_refused_and_the_attached_one_stays(
    library: Library, archive_result: Path, tmp_path: Path
) -> None:
    library.attach_archive(archive_result)
    plain = tmp_path / "holiday-photos"
    plain.mkdir()
    (plain / "beach.txt").write_text("sand", encoding="utf-8")
    with pytest.raises(ArchiveProblem) as refused:
        library.attach_archive(plain)
    assert str(refused.value) == f"{plain}: not an archive result (no index/quotes.sqlite)"
    assert "\n" not in str(refused.value)
    assert library.archive_path() == archive_result


def test_quotes_the_archive_holds_name_where_they_were_first_seen(
    library: Library, archive_result: Path
) -> None:
    promise = _quote(library, PROMISE, "Coastline Post")
    toll = _quote(library, TOLL, "Coastline Post")
    assert library.archive_matches([promise.id]) == {}  # nothing attached: nothing looked up

    library.attach_archive(archive_result)
    found = library.archive_matches([promise.id, toll.id])

    assert found[toll.id] == []  # the archive never reported the toll promise
    (match,) = found[promise.id]
    assert match.relation is Relation.SAME
    assert match.size == 3
    assert match.first_seen is not None
    assert (match.first_seen.outlet, match.first_seen.published) == (
        "Lakeside Wire",
        date(2019, 3, 1),
    )
    assert match.first_seen.article.endswith("lakeside-wire-2019-03-01.html")
    assert [m.outlet for m in match.members] == [
        "Lakeside Wire",
        "Northfield Courier",
        "Portvale Gazette",
    ]
    assert library.archive_problem() is None


def test_the_report_lists_each_archive_wording_once_with_its_differences(
    library: Library, archive_result: Path
) -> None:
    library.attach_archive(archive_result)
    promise = _quote(library, PROMISE, "Coastline Post")
    report = library.archive_reports([promise.id])[promise.id]

    assert report.first_seen_line == "Lakeside Wire, 2019-03-01"
    assert report.size == 3
    lakeside, northfield = report.wordings  # Portvale Gazette has Lakeside Wire's words
    assert (lakeside.where, lakeside.reports, lakeside.speaker) == (
        "Lakeside Wire, 2019-03-01",
        2,
        "Elena Varga",
    )
    assert marked(lakeside.diff).endswith("the cost to [-our-] {+the+} city,")
    assert northfield.where == "Northfield Courier, 2019-03-02"
    assert "[-arrive-] {+come+}" in marked(northfield.diff)
    assert northfield.diff == word_diff(promise.text, northfield.text)


def test_lookups_are_kept_until_the_quote_changes(
    library: Library, archive_result: Path, lookups: list[int]
) -> None:
    library.attach_archive(archive_result)
    promise = _quote(library, PROMISE, "Coastline Post")
    first = library.archive_matches([promise.id])
    assert lookups == [1]
    assert library.archive_matches([promise.id]) == first
    assert lookups == [1]  # kept

    # The span shrinks: other words, so the archive is asked again.
    library.edit_quote(
        promise.id,
        QuoteEdit(start=promise.start, end=promise.start + len(PROMISE)),
        expected_version=None,
        by="ana",
    )
    again = library.archive_matches([promise.id])
    assert lookups == [1, 1]
    assert again != first

    # Another speaker is another question too.
    other = library.add_person("Ivo Brandt")
    library.edit_quote(promise.id, QuoteEdit(speaker_id=other.id), expected_version=None, by="ana")
    library.archive_matches([promise.id])
    assert lookups == [1, 1, 1]


def test_matching_new_quotes_looks_them_up_in_the_archive_too(
    db_url: str, archive_result: Path, archive_library_articles: list[Path], lookups: list[int]
) -> None:
    with Library.open(db_url) as library:
        library.attach_archive(archive_result)
        library.import_paths(archive_library_articles)
        assert library.match_pending() == 4  # the contract: how many quotes were matched
        assert lookups == [4]
        ids = [q.id for q in library.quotes()]
        assert len(library.archive_matches(ids)) == 4
        assert lookups == [4]  # the lookups were ready
        assert library.match_pending() == 0  # nothing pending: no archive work either
        assert lookups == [4]


def test_matching_without_an_archive_never_opens_one(library: Library, lookups: list[int]) -> None:
    assert library.match_pending() == 4
    assert lookups == []
    assert library.archive_problem() is None


def test_an_archive_that_disappeared_gives_nothing_and_says_why(
    library: Library, archive_result: Path
) -> None:
    library.attach_archive(archive_result)
    promise = _quote(library, PROMISE, "Coastline Post")
    assert library.archive_matches([promise.id])[promise.id]

    shutil.rmtree(archive_result)
    assert library.archive_matches([promise.id]) == {}
    assert library.archive_reports([promise.id]) == {}
    problem = library.archive_problem()
    assert problem is not None
    assert str(archive_result) in problem
    assert "no longer there" in problem
    assert "\n" not in problem
    assert library.match_pending() == 4  # matching goes on without it
    assert library.archive_path() == archive_result  # still attached: it may come back


def test_a_damaged_archive_gives_nothing_and_says_why(
    library: Library, archive_result: Path
) -> None:
    library.attach_archive(archive_result)
    promise = _quote(library, PROMISE, "Coastline Post")
    (archive_result / "index" / "quotes.sqlite").write_bytes(b"not a database at all" * 100)

    assert library.archive_matches([promise.id]) == {}
    problem = library.archive_problem()
    assert problem is not None
    assert problem.startswith(f"{archive_result}: the archive index cannot be read")


def test_an_archive_made_again_is_read_again(
    library: Library, archive_result: Path, tmp_path: Path
) -> None:
    """A re-run replaces the result folder whole; what was kept of the old one is dropped."""
    library.attach_archive(archive_result)
    promise = _quote(library, PROMISE, "Coastline Post")
    assert library.archive_matches([promise.id])[promise.id]

    unrelated = tmp_path / "unrelated"
    unrelated.mkdir()
    (unrelated / "weather.txt").write_text(
        'LONDON, May 3 -- Rain is expected.\n\n"Bring an umbrella tomorrow and on Sunday,"'
        " the forecaster Ada Wren said.",
        encoding="utf-8",
    )
    run_archive([str(unrelated)], archive_result, engine="local")
    assert library.archive_matches([promise.id]) == {promise.id: []}


def test_a_library_article_in_the_archive_is_not_its_own_other_wording(
    library: Library, tmp_path: Path, archive_library_articles: list[Path]
) -> None:
    coastline = next(p for p in archive_library_articles if "coastline" in p.name)
    articles = archive_library_articles[0].parent.parent / "articles"
    result = tmp_path / "with-coastline"
    run_archive([str(articles), str(coastline)], result, engine="local")
    library.attach_archive(result)
    promise = _quote(library, PROMISE, "Coastline Post")

    (match,) = library.archive_matches([promise.id])[promise.id]
    assert match.size == 4  # the archive has the Coastline Post report too
    assert str(coastline) in {str(m.article) for m in match.members}
    report = library.archive_reports([promise.id])[promise.id]
    assert all(w.article != str(coastline) for w in report.wordings)
    assert [w.outlet for w in report.wordings] == ["Lakeside Wire", "Northfield Courier"]


def test_a_possible_fragment_alone_makes_no_report() -> None:
    assert archive_report("any words", []) is None
