"""Running core functions off the UI thread; the only module that touches a thread pool.

A task is a plain core function ``fn(progress, cancel) -> result``. It runs in a ``QRunnable``
and reports back through a :class:`TaskSignals` object that lives in the UI thread, so every
slot runs in the UI thread (queued connections) and no widget is touched from a worker.

The runner owns one private pool with a single thread: database writes are serialised, and a
second import waits for the first instead of fighting it for the SQLite write lock.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desk.core.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

TaskFunction = Callable[[Progress, CancelToken], Any]

#: Progress is delivered at most this often; a folder of 5,000 small files would otherwise
#: flood the event loop with one queued signal per file.
PROGRESS_INTERVAL = 0.1


class TaskSignals(QObject):
    """What a running task tells the UI thread.

    Signals:
        progress(int, int, str): ``done`` of ``total`` steps, and the current step's name.
        finished(object): the function's return value.
        failed(object): the exception it raised (its ``__traceback__`` is kept).
        cancelled(): it stopped by raising :class:`~desk.core.progress.Cancelled`.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Relay(QObject):
    """Emitted from the worker; connected signal-to-signal to the task's :class:`TaskSignals`.

    The hop makes every subscriber run in the UI thread, whatever it is: a plain callable
    connected straight to a signal emitted in a worker would be called in the worker.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _ThrottledProgress:
    """A :class:`Progress` for the worker side that emits at most ~10 times a second.

    The last step (``done >= total``) always goes through, so a bar never stops at 97 %.
    """

    def __init__(self, signals: _Relay, interval: float) -> None:
        self._signals = signals
        self._interval = interval
        self._last = float("-inf")

    def __call__(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < self._interval:
            return
        self._last = now
        self._signals.progress.emit(done, total, text)


class Task:
    """One submitted function: its signals, and the token that asks it to stop.

    Connect to :attr:`signals` before the task is started (see :meth:`TaskRunner.create`);
    a quick function may finish before a later connection is made.
    """

    def __init__(self, fn: TaskFunction, name: str, parent: QObject | None = None) -> None:
        self.fn = fn
        self.name = name
        # Owned by the runner: if it goes away, outcomes still queued for it are dropped
        # instead of reaching slots of deleted objects.
        self.signals = TaskSignals(parent)
        self.token = CancelToken()
        self.done = False
        self._relay = _Relay()
        self._relay.progress.connect(self.signals.progress)
        self._relay.finished.connect(self.signals.finished)
        self._relay.failed.connect(self.signals.failed)
        self._relay.cancelled.connect(self.signals.cancelled)

    def cancel(self) -> None:
        self.token.cancel()

    def execute(self, interval: float) -> None:
        """Run the function in the calling thread and emit the outcome."""
        progress = _ThrottledProgress(self._relay, interval)
        try:
            result = self.fn(progress, self.token)
        except Cancelled:
            self._relay.cancelled.emit()
        except Exception as error:
            log.debug("task %s failed", self.name, exc_info=error)
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task, interval: float) -> None:
        super().__init__()
        self._task = task
        self._interval = interval

    def run(self) -> None:
        self._task.execute(self._interval)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until their outcome reached the UI thread.

    With ``synchronous=True`` a task runs to its end inside :meth:`start`, in the calling
    thread: for tests and for the command line's screenshot, which has no event loop to wait in.

    Signals:
        busy_changed(bool): whether any task is running.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        progress_interval: float = PROGRESS_INTERVAL,
    ) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._interval = progress_interval
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: list[Task] = []
        self._retired: list[Task] = []
        self._runnables: dict[int, _Runnable] = {}
        self._lock = threading.Lock()

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    @property
    def busy(self) -> bool:
        return bool(self._active)

    @property
    def active_tasks(self) -> list[Task]:
        return list(self._active)

    def create(self, fn: TaskFunction, name: str = "task") -> Task:
        """A task ready to start, so that callers can connect to its signals first."""
        task = Task(fn, name, self)
        # Connected before anyone else's slot: bookkeeping is done when their slots run. The
        # slots name the task by key, never by reference: a closure holding the task would tie
        # its signals object to itself through Qt, and deleting it would free it twice.
        key = id(task)
        task.signals.finished.connect(lambda _result: self._on_task_done(key))
        task.signals.failed.connect(lambda _error: self._on_task_done(key))
        task.signals.cancelled.connect(lambda: self._on_task_done(key))
        return task

    def start(self, task: Task) -> Task:
        was_busy = self.busy
        self._active.append(task)
        if not was_busy:
            self.busy_changed.emit(True)
        if self._synchronous:
            task.execute(self._interval)
        else:
            runnable = _Runnable(task, self._interval)
            # Qt must not delete the runnable under Python's reference; it is dropped on done.
            runnable.setAutoDelete(False)
            with self._lock:
                self._runnables[id(task)] = runnable
            self._pool.start(runnable)
        return task

    def run(
        self,
        fn: TaskFunction,
        *,
        name: str = "task",
        on_progress: Callable[[int, int, str], None] | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        """Create, connect and start a task in one call."""
        task = self.create(fn, name)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        if on_finished is not None:
            task.signals.finished.connect(on_finished)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        if on_cancelled is not None:
            task.signals.cancelled.connect(on_cancelled)
        return self.start(task)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle; for shutdown and tests."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Ask every task to stop and wait for the worker, so no thread outlives the window."""
        self.cancel_all()
        return self.wait(msecs)

    def _on_task_done(self, key: int) -> None:
        task = next((t for t in self._active if id(t) == key), None)
        if task is None:
            return
        task.done = True
        # The signals object is emitting right now, so it must outlive this call. It is handed
        # to Python (no Qt parent) and kept until the event loop's next turn; then the last
        # reference goes and it is freed outside any emission. (deleteLater() here crashed
        # PySide6 6.11 when the runner was destroyed with the deferred delete still queued.)
        task.signals.setParent(None)
        self._retired.append(task)
        QTimer.singleShot(0, self._retired.clear)
        with self._lock:
            self._runnables.pop(id(task), None)
        if task in self._active:
            self._active.remove(task)
            if not self._active:
                self.busy_changed.emit(False)
