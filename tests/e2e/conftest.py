"""Fixtures for driving the real main window offscreen on a private library."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

# Before Qt is imported anywhere: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desk.core.library import Library
from desk.ui.app import application, build_main_window
from desk.ui.main_window import MainWindow
from desk.ui.state import WindowState
from desk.ui.tasks import TaskRunner

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "state.ini"


def _visible_top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture
def make_main_window(qtbot: QtBot, db_url: str, state_path: Path) -> Iterator[MakeWindow]:
    """Build the real window (as ``desk.ui.app`` does) on this test's library and settings.

    Each call is a fresh start of the app on the same database and settings file. At the end
    every window is closed like a user would close it, its worker must be idle, and no window
    or dialog may be left open (napari's ``make_napari_viewer`` leak check).
    """
    app = application()
    before = set(_visible_top_levels())
    windows: list[MainWindow] = []
    libraries: list[Library] = []

    def make() -> MainWindow:
        library = Library.open(db_url)
        libraries.append(library)
        window = build_main_window(library, WindowState(state_path))
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make

    for window in windows:
        for child in window.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        window.close()
        runner = window.findChild(TaskRunner)
        assert runner is not None
        assert runner.wait(0), "an import outlived its window"
        window.deleteLater()
    app.processEvents()
    for library in libraries:
        library.close()
    leaked = [w for w in _visible_top_levels() if w not in before]
    assert not leaked, f"windows left open: {leaked}"
