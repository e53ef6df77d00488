"""Fixtures shared by every test layer.

Tests never touch the user's own library or settings: each gets its own database file and
``DESK_DB`` points at a folder in tmp_path.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Before any test imports Qt: render offscreen, there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "library"


@pytest.fixture(autouse=True)
def _hermetic_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and library."""
    monkeypatch.setenv("DESK_DB", str(tmp_path / "default-library.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a QApplication is a ``gui`` test, wherever it lives."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_qsettings(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A QSettings made without an explicit file lands in this test's folder, never the user's."""
    if "gui" not in request.keywords:
        return
    from PySide6.QtCore import QSettings  # only gui tests load Qt

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for file_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(file_format, scope, str(tmp_path / "qsettings"))


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
