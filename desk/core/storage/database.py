"""Opening a library database: URL resolution, engine set-up, schema checks and migrations.

The schema is owned by Alembic. Opening a database upgrades it to this version's schema after a
backup copy, and refuses one written by a newer Quote Desk without touching it, so a user who
tries an old version on a new library loses nothing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from desk.core.errors import DatabaseProblem, SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

APP_NAME = "quote-desk"
DB_ENV = "DESK_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0003_matching"
"""The newest migration's revision. Opening a library already at it needs no Alembic import
(a fifth of start-up time); a test fails if this falls behind the migrations folder."""
LOCK_TIMEOUT_MS = 10_000


def default_database_url() -> str:
    """``DESK_DB`` if set, else a SQLite file in the user's data folder."""
    configured = os.environ.get(DB_ENV, "").strip()
    if configured:
        return to_url(configured)
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return to_url(str(folder / "library.sqlite3"))


def to_url(value: str) -> str:
    """Accept a database URL or a plain file path (taken as a SQLite file)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages and the title bar."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:") and parsed.query.get("uri") in ("true", "1"):
        # sqlite:///file:/path?mode=ro&uri=true — SQLite's own URI form, e.g. read-only opening
        path = urlsplit(parsed.database).path
        return Path(path) if path and path != ":memory:" else None
    return Path(parsed.database)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Quote Desk knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


class Database:
    """An open, migrated library database and the factory for its sessions."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open (creating if need be) and upgrade the database at ``url``.

        Raises:
            SchemaTooNew: written by a newer Quote Desk; left untouched.
            DatabaseProblem: unreachable, locked, not a database, or not a Quote Desk library.
        """
        url = to_url(url) if url else default_database_url()
        engine = _create_engine(url)
        try:
            database = cls(url, engine)
            if migrate:
                database._upgrade()
        except DBAPIError as error:
            engine.dispose()
            raise DatabaseProblem(_explain(url, error)) from error
        except BaseException:
            engine.dispose()
            raise
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back on error.

        A constraint violation stays an ``IntegrityError``: callers that expect one (two people
        storing the same article at once) handle it; elsewhere it is a bug, not a user problem.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise DatabaseProblem(_explain(self.url, error)) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as error:
            raise DatabaseProblem(_explain(self.url, error)) from error

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            revisions = _stored_revisions(connection)
        return revisions[0] if len(revisions) == 1 else None

    def _upgrade(self) -> None:
        with self.engine.connect() as connection:
            current = _stored_revisions(connection)
            tables = set() if current else set(inspect(connection).get_table_names())
        if current == [SCHEMA_HEAD]:
            _use_wal(self.engine)
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        config = _alembic_config()
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        for revision in current:
            if _unknown(script, revision):
                raise SchemaTooNew(
                    f"The library {display_url(self.url)} was written by a newer version of "
                    f"Quote Desk (schema {revision}; this version knows up to {head}). "
                    "It was not changed. Update Quote Desk to open it."
                )
        if not current and tables - {"alembic_version"}:
            raise DatabaseProblem(
                f"{display_url(self.url)} holds tables but is not a Quote Desk library; "
                "it was not changed. Choose another file or an empty database."
            )
        _use_wal(self.engine)
        if current and head in current:
            return
        if current:
            self._backup(current[0])
        config.attributes["connection"] = None
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        log.info("library %s upgraded from %s to %s", display_url(self.url), current, head)

    def _backup(self, revision: str) -> None:
        """Copy a SQLite library aside before changing its schema."""
        path = sqlite_path(self.url)
        if path is None or not path.exists():
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
        source = sqlite3.connect(path)
        try:
            copy = sqlite3.connect(target)
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        log.info("backed up %s to %s before migrating", path, target)


def _stored_revisions(connection: Connection) -> list[str]:
    """The revisions Alembic recorded in the database; none for a new or foreign one."""
    if not inspect(connection).has_table("alembic_version"):
        return []
    rows = connection.execute(text("SELECT version_num FROM alembic_version"))
    revisions = [str(row[0]) for row in rows]
    connection.rollback()
    return revisions


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises several types for an unknown id
        return True


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseProblem(f"{url!r} is not a database URL or file path") from error
    kwargs: dict[str, Any] = {}
    path = sqlite_path(url)
    if parsed.get_backend_name() == "sqlite":
        # One engine serves the UI thread and background tasks; SQLite's own locking
        # (with a busy timeout) serialises the writers.
        kwargs["connect_args"] = {
            "check_same_thread": False,
            "timeout": LOCK_TIMEOUT_MS / 1000,
        }
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseProblem(f"cannot create the folder for {path}: {error}") from error
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "options" not in parsed.query:
            # Wait for a row another user holds as long as SQLite waits for a locked file,
            # then refuse with a message instead of hanging the window.
            kwargs["connect_args"] = {"options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"}
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as error:
        raise DatabaseProblem(f"{display_url(url)}: unsupported database type") from error
    except ModuleNotFoundError as error:
        raise DatabaseProblem(
            f"{display_url(url)}: the driver {error.name!r} is not installed "
            '(for PostgreSQL: pip install "quote-desk[postgres]")'
        ) from error
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection settings. None of them writes to the file, so a refused file stays as is."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _use_wal(engine: Engine) -> None:
    """WAL keeps committed work safe on a crash and lets the UI read while a task writes.

    The mode is stored in the file, so it is set only once the file is known to be ours.
    """
    if engine.dialect.name != "sqlite" or sqlite_path(str(engine.url)) is None:
        return
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        if mode != "wal":
            try:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            except DBAPIError:
                log.warning("could not switch %s to WAL mode", engine.url)


def _explain(url: str, error: DBAPIError) -> str:
    """Turn a driver error into a sentence a journalist can act on."""
    where = display_url(url)
    detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered or "lock timeout" in lowered:
        return f"The library {where} is locked by another program; close it and try again."
    if "not a database" in lowered or "malformed" in lowered or "could not decode" in lowered:
        return f"{where} is damaged or not a database file; it was not changed."
    if "readonly" in lowered or "read-only" in lowered:
        return f"The library {where} is read-only; changes cannot be saved."
    if "unable to open" in lowered:
        return f"Cannot open the library {where}: check that the folder exists and is writable."
    if "connection" in lowered or "could not connect" in lowered or "password" in lowered:
        return f"Cannot connect to the database {where}: {detail}"
    return f"Database error in {where}: {detail}"
