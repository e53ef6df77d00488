"""Locked, read-only, corrupt, newer and old libraries: a clear message, and no damage.

"No damage" is checked on the bytes (SHA-256 of the SQLite file) or, on PostgreSQL, on the
rows. Busy timeouts are shortened through ``LOCK_TIMEOUT_MS`` so the tests do not wait 10 s.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import desk_workload as workload
import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desk.core.entities import QuoteEdit, QuoteStatus
from desk.core.errors import DatabaseProblem, DeskError
from desk.core.library import Library
from desk.core.storage import database as database_module
from desk.core.storage.database import Database, head_revision

RunDesk = Callable[..., subprocess.CompletedProcess[str]]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A SQLite library of 120 generated articles (several hundred pages), closed cleanly."""
    path = tmp_path / "filled.sqlite3"
    with Library.open(str(path)) as library:
        for number in range(120):
            library.import_text(workload.article_text(number, seed=3), label=f"wire-{number}")
    return path


# -- locked -----------------------------------------------------------------------------------


def test_a_locked_library_refuses_the_save_and_loses_nothing(
    library: Library, quote_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_MS", 300)
    url = library.url
    if library.url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        other.execute("INSERT INTO settings (key, value) VALUES ('theirs', 'kept')")
        commit = other.execute
    else:
        engine = create_engine(url)
        connection = engine.connect()
        connection.execute(
            text("SELECT id FROM quotes WHERE id = :id FOR UPDATE"), {"id": quote_id}
        )
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('theirs', 'kept')"))

        def commit(_statement: str) -> None:
            connection.commit()
            connection.close()
            engine.dispose()

    with Library.open(url) as mine:  # a new connection, made with the short timeout
        assert mine.quote(quote_id).version == 1  # reading is never blocked
        with pytest.raises(DatabaseProblem, match="is locked by another program; close it"):
            mine.edit_quote(
                quote_id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="me"
            )
        commit("COMMIT")
        if url.startswith("sqlite"):
            other.close()
        quote = mine.quote(quote_id)
        assert (quote.status, quote.version) == (QuoteStatus.UNCHECKED, 1)
        assert [c.action for c in mine.history(quote_id)] == ["created"]
        assert mine.setting("theirs") == "kept"
        # Once the other program is done, the same save goes through.
        mine.edit_quote(
            quote_id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="me"
        )
        assert mine.quote(quote_id).status is QuoteStatus.VERIFIED


def test_postgresql_waits_for_locks_only_a_bounded_time(postgres_url: str) -> None:
    with Library.open(postgres_url) as library, library._db.engine.connect() as connection:
        assert connection.execute(text("SHOW lock_timeout")).scalar() == "10s"


# -- read-only --------------------------------------------------------------------------------


def test_a_library_opened_read_only_can_be_read_but_not_changed(filled: Path) -> None:
    """SQLite's read-only open (what a file on a read-only share gives); runs as root too."""
    before = _digest(filled)
    url = f"sqlite:///file:{filled}?mode=ro&uri=true"

    with Library.open(url) as library:
        assert library.count() == 120
        assert library.location == str(filled)
        quote = library.quotes()[0]
        with pytest.raises(DatabaseProblem, match="is read-only; changes cannot be saved"):
            library.edit_quote(
                quote.id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="me"
            )
        with pytest.raises(DatabaseProblem, match="read-only"):
            library.import_text(workload.article_text(999), label="new")
        assert library.count() == 120
    assert _digest(filled) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_file_is_refused_clearly_and_left_alone(filled: Path) -> None:
    before = _digest(filled)
    filled.chmod(0o444)
    filled.parent.chmod(0o555)
    try:
        with pytest.raises(DeskError) as caught:
            _edit_first_quote(str(filled))
        assert str(filled) in str(caught.value)
        assert "read-only" in str(caught.value) or "writable" in str(caught.value)
    finally:
        filled.parent.chmod(0o755)
        filled.chmod(0o644)
    assert _digest(filled) == before


def test_a_read_only_postgresql_database_refuses_changes(postgres_url: str) -> None:
    with Library.open(postgres_url) as library:
        library.import_text(workload.article_text(1), label="wire")
        quote_id = library.quotes()[0].id
    name = postgres_url.rsplit("/", 1)[1]
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    engine.dispose()

    with Library.open(postgres_url) as reader:
        assert reader.quote(quote_id).version == 1
        with pytest.raises(DatabaseProblem, match="is read-only; changes cannot be saved"):
            reader.edit_quote(
                quote_id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="me"
            )
        assert reader.quote(quote_id).version == 1


# -- corrupt ----------------------------------------------------------------------------------


def _read_everything(url: str) -> None:
    with Library.open(url) as library:
        for summary in library.articles():
            library.article(summary.id)
        library.quotes()


def _edit_first_quote(url: str) -> None:
    with Library.open(url) as library:
        first = library.quotes()[0]
        library.edit_quote(
            first.id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="me"
        )


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _overwritten_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + b"\xff" * 8192 + data[middle + 8192 :]


def _garbage_schema(data: bytes) -> bytes:
    return data[:100] + b"\x00garbage" * 400 + data[3300:]


@pytest.mark.parametrize("damage", [_truncated, _overwritten_middle, _garbage_schema])
def test_a_corrupt_library_is_refused_and_left_as_it_is(filled: Path, damage: object) -> None:
    assert callable(damage)
    filled.write_bytes(damage(filled.read_bytes()))
    before = _digest(filled)
    siblings = sorted(p.name for p in filled.parent.iterdir())

    with pytest.raises(DatabaseProblem, match="is damaged or not a database file; it was not"):
        _read_everything(str(filled))

    assert _digest(filled) == before
    assert sorted(p.name for p in filled.parent.iterdir()) == siblings  # no backup, no journal


def test_the_command_line_says_a_library_is_corrupt_in_one_line(
    run_desk: RunDesk, filled: Path
) -> None:
    filled.write_bytes(_garbage_schema(filled.read_bytes()))
    before = _digest(filled)

    result = run_desk("list", "--db", str(filled))

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"desk: sqlite:///{filled} is damaged or not a database file")
    assert _digest(filled) == before


def test_the_command_line_refuses_a_newer_library_untouched(
    run_desk: RunDesk, tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    Database.open(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    before = _digest(path)

    result = run_desk("import", str(Path(__file__)), "--db", str(path))

    assert result.returncode == 1
    assert "written by a newer version of Quote Desk (schema 0099_from_the_future" in result.stderr
    assert result.stderr.count("\n") == 1
    assert _digest(path) == before


# -- migration --------------------------------------------------------------------------------


def _library_at_first_revision(url: str) -> None:
    """A library as Quote Desk 0001 left it, with one article stored."""
    config = database_module._alembic_config()
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001_articles")
            connection.execute(
                text(
                    "INSERT INTO articles (kind, title, source_format, text, raw_text, chars,"
                    " content_hash, imported_at, updated_at) VALUES ('article', 'From 0001',"
                    " 'text', :body, :body, :chars, 'hash-0001', :at, :at)"
                ),
                {"body": workload.article_text(7), "chars": 10, "at": "2024-05-01 09:00:00"},
            )
    finally:
        engine.dispose()


def test_an_old_library_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _library_at_first_revision(f"sqlite:///{path}")

    with Library.open(str(path)) as library:
        assert library.schema_revision == head_revision()
        (article,) = library.articles()
        assert article.title == "From 0001"
        assert library.article(article.id).text == workload.article_text(7)

    (backup,) = tmp_path.glob("old.sqlite3.0001_articles.*.bak")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_articles",)
        ]
        assert copy.execute("SELECT title FROM articles").fetchall() == [("From 0001",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        assert "quotes" not in tables
    finally:
        copy.close()


def test_an_old_library_keeps_its_articles_and_gets_quotes_on_any_backend(
    library_url: str,
) -> None:
    _library_at_first_revision(library_url)

    with Library.open(library_url) as library:
        assert library.schema_revision == head_revision()
        assert [a.title for a in library.articles()] == ["From 0001"]
        assert library.quotes() == []
        assert library.detect_pending() == 1
        assert len(library.quotes()) >= 2
        assert library.detect_pending() == 0
    assert workload.check_library(library_url, every_article_has_quotes=True).problems == []
