"""Fixtures for widget and model tests: offscreen Qt, private settings, no stray threads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

# Before Qt is imported anywhere: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from desk.ui.state import WindowState
from desk.ui.tasks import TaskRunner

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/ui needs a QApplication: mark it ``gui``."""
    for item in items:
        if item.path.resolve().is_relative_to(HERE):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    """Any QSettings made without an explicit file lands in this test's folder."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))


@pytest.fixture
def window_state(tmp_path: Path) -> WindowState:
    return WindowState(tmp_path / "state.ini")


@pytest.fixture
def task_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """A real-thread runner whose worker must be idle, every outcome delivered, at the end."""
    runner = TaskRunner()
    yield runner
    assert runner.wait(10_000), "a task was still running when the test ended"
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)


@pytest.fixture
def sync_runner(qapp: object) -> TaskRunner:
    """Runs each task to its end inside ``start``, in the test's thread."""
    return TaskRunner(synchronous=True)
