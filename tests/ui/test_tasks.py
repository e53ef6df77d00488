"""The task runner: results, progress, cancellation and errors cross back to the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from desk.core.errors import DeskError
from desk.core.progress import Cancelled, CancelToken, Progress
from desk.ui.tasks import TaskRunner


def test_real_thread_delivers_progress_and_result(qtbot: QtBot, task_runner: TaskRunner) -> None:
    ui_thread = threading.get_ident()
    seen: list[tuple[int, int, str, bool]] = []

    def work(progress: Progress, cancel: CancelToken) -> int:
        for step in range(3):
            progress(step, 3, f"file {step}")
            time.sleep(0.12)  # longer than the throttle interval: every step gets through
        progress(3, 3, "")
        return threading.get_ident()

    task = task_runner.create(work, "count")
    task.signals.progress.connect(
        lambda done, total, text: seen.append(
            (done, total, text, threading.get_ident() == ui_thread)
        )
    )
    with qtbot.waitSignal(task.signals.finished, timeout=10_000) as blocker:
        task_runner.start(task)
        assert task_runner.busy

    worker_thread = blocker.args[0]
    assert worker_thread != ui_thread
    assert [s[:3] for s in seen] == [
        (0, 3, "file 0"),
        (1, 3, "file 1"),
        (2, 3, "file 2"),
        (3, 3, ""),
    ]
    assert all(in_ui_thread for *_, in_ui_thread in seen)
    qtbot.waitUntil(lambda: not task_runner.busy)
    assert task.done


def test_progress_is_throttled_but_the_last_step_arrives(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    seen: list[int] = []

    def work(progress: Progress, cancel: CancelToken) -> None:
        for step in range(5_000):
            progress(step, 5_000, "quick")
        progress(5_000, 5_000, "")

    task = task_runner.create(work)
    task.signals.progress.connect(lambda done, total, text: seen.append(done))
    with qtbot.waitSignal(task.signals.finished, timeout=10_000):
        task_runner.start(task)

    assert 1 <= len(seen) < 50
    assert seen[-1] == 5_000


def test_cancel_stops_a_running_task(qtbot: QtBot, task_runner: TaskRunner) -> None:
    started = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            cancel.raise_if_cancelled()
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    task = task_runner.create(work)
    with qtbot.waitSignal(task.signals.cancelled, timeout=10_000):
        task_runner.start(task)
        assert started.wait(5)
        task.cancel()
    assert task.token.cancelled


def test_a_task_may_return_early_when_cancelled(qtbot: QtBot, task_runner: TaskRunner) -> None:
    """Library.import_paths returns a report marked cancelled rather than raising."""
    started = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> str:
        started.set()
        while not cancel.cancelled:
            time.sleep(0.01)
        return "stopped early"

    task = task_runner.create(work)
    with qtbot.waitSignal(task.signals.finished, timeout=10_000) as blocker:
        task_runner.start(task)
        assert started.wait(5)
        task_runner.cancel_all()
    assert blocker.args == ["stopped early"]


@pytest.mark.parametrize("error", [DeskError("the library is locked"), ValueError("a bug")])
def test_an_exception_becomes_failed(
    qtbot: QtBot, task_runner: TaskRunner, error: Exception
) -> None:
    def work(progress: Progress, cancel: CancelToken) -> None:
        raise error

    task = task_runner.create(work)
    task.signals.finished.connect(lambda result: pytest.fail("must not finish"))
    with qtbot.waitSignal(task.signals.failed, timeout=10_000) as blocker:
        task_runner.start(task)

    assert blocker.args[0] is error
    assert blocker.args[0].__traceback__ is not None


def test_busy_changes_around_a_task(qtbot: QtBot, task_runner: TaskRunner) -> None:
    states: list[bool] = []
    task_runner.busy_changed.connect(states.append)
    task = task_runner.create(lambda progress, cancel: None)
    with qtbot.waitSignal(task.signals.finished):
        task_runner.start(task)
    qtbot.waitUntil(lambda: states == [True, False])


def test_synchronous_runner_finishes_inside_start(sync_runner: TaskRunner) -> None:
    results: list[object] = []
    errors: list[object] = []

    def work(progress: Progress, cancel: CancelToken) -> int:
        progress(1, 1, "")
        return threading.get_ident()

    sync_runner.run(work, on_finished=results.append)
    sync_runner.run(lambda p, c: 1 / 0, on_failed=errors.append)
    cancelled: list[bool] = []

    def cancelling(progress: Progress, cancel: CancelToken) -> None:
        raise Cancelled

    sync_runner.run(cancelling, on_cancelled=lambda: cancelled.append(True))

    assert results == [threading.get_ident()]
    assert isinstance(errors[0], ZeroDivisionError)
    assert cancelled == [True]
    assert not sync_runner.busy
    assert sync_runner.synchronous
