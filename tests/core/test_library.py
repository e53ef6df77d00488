"""The Library facade on a real SQLite file and a real PostgreSQL database: import, duplicates,
bad input, editing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk.core.entities import DocumentKind, ImportStatus, MetadataEdit
from desk.core.errors import NotFound
from desk.core.importing import parse_file
from desk.core.library import Library, content_hash
from desk.core.progress import CancelToken
from desk.core.storage import repositories


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    opened = Library.open(library_url)
    yield opened
    opened.close()


def test_samples_are_imported_with_their_metadata(library: Library, samples: list[Path]) -> None:
    report = library.import_paths(samples)

    assert report.summary() == "5 imported, 0 already present, 0 skipped"
    by_title = {a.title: a for a in library.articles()}
    kerry = by_title["Kerry: U.S. not seeking regime change in N. Korea"]
    assert (kerry.outlet, kerry.byline, kerry.published) == (
        "Yonhap",
        "Lee Chi-dong",
        date(2013, 10, 4),
    )
    assert {a.outlet for a in by_title.values()} == {
        "Yonhap",
        "Voice of America",
        "KBS World Radio",
    }
    assert all(a.kind is DocumentKind.ARTICLE for a in by_title.values())


def test_stored_article_keeps_raw_and_cleaned_text(library: Library, samples: list[Path]) -> None:
    yonhap = next(p for p in samples if "regime-change" in p.name)
    outcome = library.import_paths([yonhap]).imported[0]
    assert outcome.article_id is not None

    article = library.article(outcome.article_id)

    assert article.raw_text == yonhap.read_text(encoding="utf-8")
    assert "Send Feedback" in article.raw_text
    assert "Send Feedback" not in article.text
    assert article.text.startswith("WASHINGTON, Oct. 3 (Yonhap) -- Having shifted")
    assert article.chars == len(article.text)
    assert article.path == str(yonhap)


def test_reimporting_the_same_content_does_not_duplicate(
    library: Library, samples: list[Path], tmp_path: Path
) -> None:
    first = library.import_paths(samples)
    # The same text under another name, with Windows line endings, is the same article.
    renamed = tmp_path / "copy-of-first.txt"
    renamed.write_bytes(samples[0].read_bytes().replace(b"\n", b"\r\n"))

    second = library.import_paths([*samples, renamed])

    assert len(second.imported) == 0
    assert len(second.duplicates) == 6
    assert set(second.article_ids) == set(first.article_ids)
    assert library.count() == 5


def test_one_bad_file_never_stops_a_folder_import(library: Library, sample_folder: Path) -> None:
    (sample_folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (sample_folder / "empty.txt").write_bytes(b"")
    (sample_folder / "huge.txt").write_bytes(b"word " * 50_000)

    report = library.import_paths([sample_folder], max_bytes=100_000)

    assert len(report.imported) == 5
    reasons = {Path(o.source).name: o.reason for o in report.skipped}
    assert set(reasons) == {"photo.txt", "empty.txt", "huge.txt"}
    assert all(reason for reason in reasons.values())
    assert "limit" in reasons["huge.txt"]
    assert library.count() == 5


def test_an_import_stores_a_whole_article_or_nothing(
    library: Library, samples: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    original_add = repositories.ArticleRepository.add

    def add_then_fail(self: repositories.ArticleRepository, *args: object, **kwargs: object) -> int:
        original_add(self, *args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk pulled out mid-write")

    monkeypatch.setattr(repositories.ArticleRepository, "add", add_then_fail)
    with pytest.raises(RuntimeError):
        library.store(parse_file(samples[0]), "sample")

    assert library.count() == 0


def test_pasted_text_is_cleaned_and_stored(library: Library) -> None:
    pasted = (
        "Go to Contents\n\nTalks to resume next week\n\nBy Jane Doe\n\n"
        'SEOUL, March 2 (Yonhap) -- "We are ready," the minister said.\n\nSend Feedback'
    )

    outcome = library.import_text(pasted)

    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.article_id is not None
    article = library.article(outcome.article_id)
    assert article.title == "Talks to resume next week"
    assert article.byline == "Jane Doe"
    assert article.outlet == "Yonhap"
    assert article.path is None
    assert "Go to Contents" not in article.text
    assert library.import_text(pasted).status is ImportStatus.DUPLICATE


def test_empty_paste_is_refused_with_a_reason(library: Library) -> None:
    outcome = library.import_text("   \n\n  ")
    assert outcome.status is ImportStatus.SKIPPED
    assert outcome.reason
    assert library.count() == 0


def test_sources_are_stored_as_sources(library: Library, samples: list[Path]) -> None:
    library.import_paths(samples[:1], kind=DocumentKind.SOURCE)
    assert [a.kind for a in library.articles()] == [DocumentKind.SOURCE]
    assert library.articles(DocumentKind.ARTICLE) == []


def test_metadata_can_be_edited_and_cleared(library: Library, samples: list[Path]) -> None:
    article_id = library.import_paths(samples[:1]).article_ids[0]

    edited = library.update_metadata(
        article_id,
        MetadataEdit(
            title="  Corrected headline ",
            outlet="",
            url="https://example.org/a",
            published=date(2020, 5, 1),
        ),
    )

    assert edited.title == "Corrected headline"
    assert edited.outlet is None
    assert edited.url == "https://example.org/a"
    assert library.article(article_id).published == date(2020, 5, 1)
    cleared = library.update_metadata(article_id, MetadataEdit(clear_published=True))
    assert cleared.published is None
    assert cleared.text == library.article(article_id).text


def test_unknown_article_is_not_found(library: Library) -> None:
    with pytest.raises(NotFound, match="42"):
        library.article(42)


def test_cancelled_import_stops_between_files(library: Library, samples: list[Path]) -> None:
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(text)
        if done == 2:
            token.cancel()

    report = library.import_paths(samples, progress=progress, cancel=token)

    assert report.cancelled
    assert len(report.imported) == 3
    assert library.count() == 3


def test_progress_counts_every_input(library: Library, samples: list[Path]) -> None:
    calls: list[tuple[int, int]] = []
    library.import_paths(samples, progress=lambda d, t, _: calls.append((d, t)))
    assert calls[-1] == (5, 5)
    assert [d for d, _ in calls[:-1]] == [0, 1, 2, 3, 4]


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    assert content_hash("a  b\n\nc ") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_deleted_articles_are_gone(library: Library, samples: list[Path]) -> None:
    ids = library.import_paths(samples).article_ids
    library.delete_articles(ids[:2])
    assert sorted(a.id for a in library.articles()) == sorted(ids[2:])


def test_location_names_the_file_for_sqlite(db_url: str, tmp_path: Path) -> None:
    with Library.open(db_url) as library:
        assert library.location == str(tmp_path / "library.sqlite3")
        assert library.short_name == "library.sqlite3"


def test_location_names_the_server_for_postgresql(postgres_url: str) -> None:
    with Library.open(postgres_url) as library:
        assert library.location == postgres_url
        assert library.short_name == postgres_url
