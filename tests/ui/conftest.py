"""Fixtures for widget and model tests: offscreen Qt, private settings, no stray threads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

# Before Qt is imported anywhere: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from desk.ui.state import WindowState
from desk.ui.tasks import TaskRunner


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
