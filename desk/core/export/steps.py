"""Progress and cancelling for the writers: one step per quote of the sheet.

Every writer that loops over a sheet's entries counts them with :class:`Steps`, which reports
each finished entry and raises :class:`~desk.core.progress.Cancelled` between entries once the
token is cancelled. Throttling the reports is the caller's business (the UI task runner does it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from desk.core.progress import NO_PROGRESS, CancelToken, Progress

T = TypeVar("T")


class Steps:
    """Counts ``total`` entries: :meth:`start` before the first, :meth:`done` after each
    (or loop over :meth:`each`)."""

    def __init__(
        self,
        total: int,
        text: str,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken | None = None,
    ) -> None:
        self.total = total
        self.text = text
        self._progress = progress
        self._cancel = cancel
        self._done = 0

    def start(self) -> None:
        """Report that nothing is done yet; raise if the token is already cancelled."""
        self.check()
        self._progress(0, self.total, self.text)

    def each(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, counting each as done once the loop comes back for the next one."""
        for item in items:
            yield item
            self.done()

    def done(self) -> None:
        """Report one more entry finished, then raise if the token was cancelled meanwhile."""
        self._done += 1
        self._progress(self._done, self.total, self.text)
        self.check()

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()
