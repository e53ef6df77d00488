"""How long operations report progress and learn they should stop.

Core functions take a :class:`Progress` and a :class:`CancelToken` so they run the same way
from a test (synchronously, with :data:`NO_PROGRESS`), from the command line and from a UI
worker thread, which adapts them to Qt signals.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str) -> None:
        """Report that ``done`` of ``total`` steps are finished; ``text`` names the current one."""


def _ignore_progress(done: int, total: int, text: str) -> None:
    return None


NO_PROGRESS: Progress = _ignore_progress


class Cancelled(Exception):
    """Raised inside an operation that noticed its token was cancelled."""


class CancelToken:
    """A flag another thread can set; the operation checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled
