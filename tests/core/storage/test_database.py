"""Opening, migrating and refusing databases, on real SQLite files and real PostgreSQL databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text

from desk.core.errors import DatabaseProblem, SchemaTooNew
from desk.core.storage.database import (
    Database,
    default_database_url,
    display_url,
    head_revision,
    to_url,
)
from desk.core.storage.schema import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "library.sqlite3"
    database = Database.open(to_url(str(path)))
    try:
        assert path.exists()
        assert database.current_revision() == head_revision()
    finally:
        database.close()


def test_migrated_schema_matches_the_models(library_url: str) -> None:
    """The Alembic history and the ORM models describe the same schema (like alembic check)."""
    database = Database.open(library_url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_existing_library_opens_again_without_loss(library_url: str) -> None:
    database = Database.open(library_url)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO articles (kind, title, source_format, text, raw_text, chars,"
                " content_hash, imported_at, updated_at) VALUES ('article', 'Kept', 'text',"
                " 'body', 'body', 4, 'abc', '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
            )
        )
    database.close()

    reopened = Database.open(library_url)
    try:
        with reopened.engine.connect() as connection:
            titles = connection.execute(text("SELECT title FROM articles")).scalars().all()
        assert titles == ["Kept"]
        assert reopened.current_revision() == head_revision()
    finally:
        reopened.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Database.open(to_url(str(path))).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = _digest(path)

    with pytest.raises(SchemaTooNew, match="newer version of Quote Desk") as caught:
        Database.open(to_url(str(path)))

    assert "9999_from_the_future" in str(caught.value)
    assert _digest(path) == before


def test_postgresql_database_from_a_newer_version_is_refused_untouched(postgres_url: str) -> None:
    Database.open(postgres_url).close()
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        before = _pg_snapshot(engine)

        with pytest.raises(SchemaTooNew, match="newer version of Quote Desk") as caught:
            Database.open(postgres_url)

        assert "9999_future" in str(caught.value)
        assert _pg_snapshot(engine) == before
    finally:
        engine.dispose()


def test_foreign_postgresql_database_is_refused_untouched(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE recipes (name TEXT)"))
            connection.execute(text("INSERT INTO recipes VALUES ('soup')"))
        before = _pg_snapshot(engine)

        with pytest.raises(DatabaseProblem, match="not a Quote Desk library"):
            Database.open(postgres_url)

        assert _pg_snapshot(engine) == before
        assert "alembic_version" not in before
    finally:
        engine.dispose()


def _pg_snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every table of the public schema with all its rows: what "unchanged" means on a server."""
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
        return {
            table: [tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))]
            for table in list(tables)
        }


def test_unreachable_server_is_a_clear_error() -> None:
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    with pytest.raises(DatabaseProblem, match="Cannot connect to the database") as caught:
        Database.open("postgresql+psycopg://desk:s3cret@127.0.0.1:1/newsroom")
    assert "s3cret" not in str(caught.value)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    before = _digest(path)

    with pytest.raises(DatabaseProblem, match="not a Quote Desk library"):
        Database.open(to_url(str(path)))
    assert _digest(path) == before


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database." * 200)
    before = _digest(path)

    with pytest.raises(DatabaseProblem, match="not a database"):
        Database.open(to_url(str(path)))
    assert _digest(path) == before


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db_url: str) -> None:
    database = Database.open(db_url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.close()


def test_unknown_database_type_is_a_clear_error() -> None:
    with pytest.raises(DatabaseProblem, match="unsupported database type"):
        Database.open("nosuchdb://somewhere/library")


def test_default_location_comes_from_desk_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DESK_DB", "postgresql+psycopg://desk@localhost/newsroom")
    assert default_database_url() == "postgresql+psycopg://desk@localhost/newsroom"
    monkeypatch.setenv("DESK_DB", str(tmp_path / "mine.sqlite3"))
    assert default_database_url() == f"sqlite:///{tmp_path / 'mine.sqlite3'}"


def test_default_location_is_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DESK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = default_database_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'quote-desk' / 'library.sqlite3'}"


def test_passwords_are_hidden_in_messages() -> None:
    shown = display_url("postgresql+psycopg://desk:s3cret@db.example/newsroom")
    assert "s3cret" not in shown
    assert "db.example/newsroom" in shown


def test_the_fast_path_knows_the_newest_migration() -> None:
    from desk.core.storage.database import SCHEMA_HEAD, head_revision

    # Opening a library at SCHEMA_HEAD skips Alembic; a new migration must move it.
    assert head_revision() == SCHEMA_HEAD
