"""Fixtures shared by every test layer.

Tests never touch the user's own library or settings: each gets its own database file and
``DESK_DB`` points at a folder in tmp_path.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from desk.core.library import Library

# Before any test imports Qt: render offscreen, there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "library"
REQUIRE_POSTGRES_ENV = "DESK_REQUIRE_POSTGRES"


def _load_pgserver() -> ModuleType:
    """tests/pgserver.py, shared with bench/; loaded by path (pytest runs in importlib mode)."""
    if "desk_pgserver" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "desk_pgserver", Path(__file__).with_name("pgserver.py")
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["desk_pgserver"] = module
        spec.loader.exec_module(module)
    return sys.modules["desk_pgserver"]


pgserver = _load_pgserver()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: runs against a real PostgreSQL server")
    config.addinivalue_line(
        "markers", "slow: kills or floods real processes; runs in CI, takes seconds"
    )


@pytest.fixture(autouse=True)
def _hermetic_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and library."""
    monkeypatch.setenv("DESK_DB", str(tmp_path / "default-library.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a QApplication is a ``gui`` test, wherever it lives; one that runs on
    PostgreSQL is a ``postgres`` test (``-m "not postgres"`` leaves them out)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if {"qapp", "qtbot"} & names:
            item.add_marker(pytest.mark.gui)
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("library_url") if callspec is not None else None
        if backend == "postgresql" or ("postgres_url" in names and backend is None):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(autouse=True)
def _private_qsettings(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A QSettings made without an explicit file lands in this test's folder, never the user's."""
    if "gui" not in request.keywords:
        return
    from PySide6.QtCore import QSettings  # only gui tests load Qt

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for file_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(file_format, scope, str(tmp_path / "qsettings"))


def _run_desk(
    *args: str,
    db: str | None = None,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desk", *args, *(["--db", db] if db is not None else [])]
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


@pytest.fixture
def run_desk() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``python -m desk ARGS [--db DB]`` as a user runs it: a separate process, text output.

    A fixture rather than a helper to import: test modules are not importable from each other
    (importlib mode, no packages). Keywords: ``db``, ``stdin``, ``env``, ``timeout``.
    """
    return _run_desk


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A URL for a new, empty SQLite library in this test's folder."""
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


@pytest.fixture
def samples() -> list[Path]:
    """The five bundled sample articles, in a stable order."""
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) == 5, "library/ must hold the five sample articles"
    return paths


@pytest.fixture
def sample_folder(tmp_path: Path, samples: list[Path]) -> Path:
    """A writable copy of library/ that a test may add bad files to."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in samples:
        shutil.copy(path, folder / path.name)
    return folder


# -- an archive result -----------------------------------------------------------------------

#: Invented articles (see each file's header): ``articles/`` make the archive, three reports of
#: Mayor Elena Varga's bridge promise, first in "Lakeside Wire" on 1 March 2019, one of them
#: with other words; ``library/`` holds two later reports of it to import into a library.
ARCHIVE_DATA = REPO / "tests" / "data" / "archive"


@pytest.fixture(scope="session")
def built_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real archive result of ``tests/data/archive/articles``, made once per session."""
    from desk.core.archive import run_archive

    out = tmp_path_factory.mktemp("archive") / "result"
    run_archive([str(ARCHIVE_DATA / "articles")], out, engine="local")
    return out


@pytest.fixture
def archive_result(built_archive: Path, tmp_path: Path) -> Path:
    """This test's own copy of that archive result, to move, damage or delete at will."""
    copy = tmp_path / "archive-result"
    shutil.copytree(built_archive, copy)
    return copy


@pytest.fixture
def archive_library_articles() -> list[Path]:
    """The two invented library articles that report the archive's statement again."""
    paths = sorted((ARCHIVE_DATA / "library").glob("*.html"))
    assert len(paths) == 2
    return paths


@pytest.fixture
def archive_library(
    db_url: str, archive_library_articles: list[Path], archive_result: Path
) -> Iterator[Library]:
    """A library of those two articles with the archive result attached."""
    from desk.core.library import Library

    with Library.open(db_url) as library:
        library.import_paths(archive_library_articles)
        library.attach_archive(archive_result)
        yield library


# -- PostgreSQL ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pgserver.Server]:
    """A real PostgreSQL server: ``DESK_TEST_POSTGRES``, else a private throwaway one.

    Without either, PostgreSQL tests are skipped with the reason, unless
    ``DESK_REQUIRE_POSTGRES=1`` (CI sets it): then they fail, so CI can never pass by skipping.
    """
    try:
        server = pgserver.obtain_server()
    except pgserver.NoServer as missing:
        reason = f"no PostgreSQL server for the tests: {missing}"
        if os.environ.get(REQUIRE_POSTGRES_ENV, "").strip() not in ("", "0"):
            pytest.fail(f"{reason} ({REQUIRE_POSTGRES_ENV} is set)", pytrace=False)
        pytest.skip(reason)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: pgserver.Server) -> Iterator[str]:
    """A new, empty PostgreSQL database for this test alone, dropped afterwards."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty library on each backend: a SQLite file in tmp_path, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'library.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
