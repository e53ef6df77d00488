"""The one object between the widgets and the :class:`~desk.core.library.Library`.

Widgets never call the library themselves: the controller runs each user action (in the
background when it may take a while), turns errors into messages, and announces what changed
so that every view refreshes from one signal rather than from each other.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desk.core.entities import (
    Article,
    ArticleSummary,
    DocumentKind,
    ImportReport,
    MetadataEdit,
)
from desk.core.errors import DeskError, NotFound
from desk.core.library import Library
from desk.core.progress import CancelToken, Progress
from desk.ui.tasks import Task, TaskFunction, TaskRunner

log = logging.getLogger(__name__)

PASTE_LABEL = "pasted text"


class Controller(QObject):
    """Runs user actions against the library and reports their outcome.

    Signals:
        library_changed(): articles were added, edited or removed; listings should reload.
        article_changed(object): this :class:`Article`'s metadata was just changed.
        import_started(str): an import began; the text says of what.
        import_progressed(int, int, str): ``done`` of ``total`` inputs, and the current one.
        import_finished(object): the :class:`ImportReport` of a finished or cancelled import.
        importing_changed(bool): whether an import is running (actions disable themselves).
        error_reported(str, str): a title and a message for the user.
    """

    library_changed = Signal()
    article_changed = Signal(object)
    import_started = Signal(str)
    import_progressed = Signal(int, int, str)
    import_finished = Signal(object)
    importing_changed = Signal(bool)
    error_reported = Signal(str, str)

    def __init__(self, library: Library, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._import: Task | None = None

    @property
    def library(self) -> Library:
        return self._library

    @property
    def importing(self) -> bool:
        return self._import is not None

    # -- reading -----------------------------------------------------------------------------

    def summaries(self) -> list[ArticleSummary]:
        try:
            return self._library.articles()
        except DeskError as error:
            self.error_reported.emit("Cannot read the library", str(error))
            return []

    def article(self, article_id: int) -> Article | None:
        """The article, or None when it is gone (deleted elsewhere) or unreadable."""
        try:
            return self._library.article(article_id)
        except NotFound:
            return None
        except DeskError as error:
            self.error_reported.emit("Cannot open the article", str(error))
            return None

    # -- importing ---------------------------------------------------------------------------

    def import_paths(
        self, paths: Sequence[Path], kind: DocumentKind = DocumentKind.ARTICLE
    ) -> Task | None:
        """Import files and folders in the background; None if an import is already running."""
        paths = list(paths)
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            return library.import_paths(paths, kind=kind, progress=progress, cancel=cancel)

        what = paths[0].name if len(paths) == 1 else f"{len(paths)} items"
        return self._start_import(work, f"Importing {what}…")

    def import_text(self, text: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Task | None:
        """Import pasted text; it goes through the same worker so writes stay serialised."""
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            progress(0, 1, PASTE_LABEL)
            outcome = library.import_text(text, label=PASTE_LABEL, kind=kind)
            progress(1, 1, "")
            return ImportReport((outcome,))

        return self._start_import(work, "Importing pasted text…")

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()

    def _start_import(self, work: TaskFunction, description: str) -> Task | None:
        if self._import is not None:
            self.error_reported.emit(
                "An import is running", "Wait for the current import to finish, or cancel it."
            )
            return None
        task = self._tasks.create(work, name=description)
        task.signals.progress.connect(self.import_progressed)
        task.signals.finished.connect(self._on_import_finished)
        task.signals.failed.connect(self._on_import_failed)
        task.signals.cancelled.connect(self._on_import_cancelled)
        self._import = task
        self.importing_changed.emit(True)
        self.import_started.emit(description)
        self._tasks.start(task)
        return task

    def _end_import(self) -> None:
        self._import = None
        self.importing_changed.emit(False)

    def _on_import_finished(self, report: object) -> None:
        self._end_import()
        assert isinstance(report, ImportReport)
        if report.imported or report.duplicates:
            self.library_changed.emit()
        self.import_finished.emit(report)

    def _on_import_failed(self, error: object) -> None:
        self._end_import()
        # Some files may have been stored before the failure.
        self.library_changed.emit()
        self._report(error, "Import failed")

    def _on_import_cancelled(self) -> None:
        self._end_import()
        self.library_changed.emit()
        self.import_finished.emit(ImportReport(cancelled=True))

    # -- editing -----------------------------------------------------------------------------

    def update_metadata(self, article_id: int, edit: MetadataEdit) -> Article | None:
        try:
            article = self._library.update_metadata(article_id, edit)
        except DeskError as error:
            self.error_reported.emit("Cannot save the details", str(error))
            return None
        self.article_changed.emit(article)
        self.library_changed.emit()
        return article

    def delete_articles(self, article_ids: Sequence[int]) -> bool:
        try:
            self._library.delete_articles(list(article_ids))
        except DeskError as error:
            self.error_reported.emit("Cannot delete", str(error))
            self.library_changed.emit()
            return False
        self.library_changed.emit()
        return True

    # -- lifetime ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop a running import (files already stored stay) and wait for the worker."""
        self.cancel_import()
        self._tasks.shutdown()

    def _report(self, error: object, title: str) -> None:
        if isinstance(error, DeskError):
            self.error_reported.emit(title, str(error))
            return
        log.error("unexpected error", exc_info=error if isinstance(error, BaseException) else None)
        self.error_reported.emit(
            title,
            f"Something went wrong inside Quote Desk ({type(error).__name__}: {error}). "
            "This is a bug; the details are in the log.",
        )
