"""Exporting a quote sheet: format, which quotes, where to, with a preview of the result.

The preview shows the sheet's HTML in a browser that loads nothing (article text is escaped
in the HTML, and :meth:`_PreviewBrowser.loadResource` refuses every request besides), or the
text itself for CSV and the JSON formats. Writing runs on the window's task runner, because a
thousand quotes take seconds as DOCX or PDF (``bench/export.py``): the window keeps painting, a
bar shows progress, and Cancel stops the export without touching the file already there.
The preview is built there too: rendering a thousand quotes takes about a second, so the
dialog says "Building preview…" meanwhile, and a newer choice supersedes a preview in flight.
Building a sheet first matches the quotes not matched across outlets yet (usually none), so
the preview and the file show every quote's variants from other outlets and its flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import QuoteStatus
from desk.core.errors import DeskError
from desk.core.export import (
    TEXT_RENDERERS,
    ExportFormat,
    QuoteSheet,
    Selection,
    build_sheet,
    render_html,
    write,
)
from desk.core.export.files import atomic_path
from desk.core.export.sheet import SpeakerGroup
from desk.core.library import Library
from desk.core.progress import CancelToken, Progress
from desk.ui.tasks import Task, TaskFunction, TaskRunner

#: The formats whose preview is the text itself rather than the printed layout.
_TEXT_PREVIEW = (
    ExportFormat.CSV,
    ExportFormat.MD,
    ExportFormat.JSON,
    ExportFormat.CLAIMREVIEW,
    ExportFormat.WEBANNOTATION,
)
_PREVIEW_CHARS = 200_000
#: The printed-layout preview shows this many quotes: laying out a thousand takes the UI
#: thread about half a second (``bench/export.py``), and the first pages show the look.
PREVIEW_QUOTES = 100
BUILDING_PREVIEW = "Building preview…"


@dataclass(frozen=True)
class PreviewText:
    """A rendered preview: plain text or the sheet's HTML, and how many quotes it holds."""

    text: str
    is_html: bool
    count: int


class _PreviewBrowser(QTextBrowser):
    """Read-only, never follows a link, never loads an image or stylesheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested_resources: list[QUrl] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.requested_resources.append(QUrl(name))
        return None


class ExportDialog(QDialog):
    """Writes the library's quotes as a sheet in one of the export formats.

    Signals:
        exported(object): the :class:`~pathlib.Path` written.
    """

    exported = Signal(object)

    def __init__(
        self,
        library: Library,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        article_ids: Sequence[int] = (),
        exported_at: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._task: Task | None = None
        self._preview_task: Task | None = None
        self._failure: str | None = None
        self._target: Path | None = None
        self._article_ids = tuple(article_ids)
        self._exported_at = exported_at
        self.setWindowTitle("Export Quote Sheet")
        self.setAccessibleName("Export quote sheet")
        self.resize(900, 640)

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName("Format")
        for fmt in ExportFormat:
            self.format_combo.addItem(fmt.label, fmt.value)

        self.status_checks: dict[QuoteStatus, QCheckBox] = {}
        statuses = QGridLayout()
        for index, status in enumerate(QuoteStatus):
            check = QCheckBox(status.label, self)
            check.setAccessibleName(f"Include {status.value} quotes")
            check.toggled.connect(self._refresh)
            self.status_checks[status] = check
            statuses.addWidget(check, index // 3, index % 3)
        statuses_hint = QLabel("None ticked: every status.", self)
        statuses_hint.setEnabled(False)
        statuses.addWidget(statuses_hint, 2, 0, 1, 3)

        self.all_articles = QRadioButton("All articles", self)
        self.chosen_articles = QRadioButton(f"Chosen articles ({len(self._article_ids)})", self)
        self.chosen_articles.setEnabled(bool(self._article_ids))
        scope = QButtonGroup(self)
        scope.addButton(self.all_articles)
        scope.addButton(self.chosen_articles)
        (self.chosen_articles if self._article_ids else self.all_articles).setChecked(True)
        self.all_articles.toggled.connect(self._refresh)
        articles_row = QHBoxLayout()
        articles_row.addWidget(self.all_articles)
        articles_row.addWidget(self.chosen_articles)
        articles_row.addStretch(1)

        self.organisation_edit = QLineEdit(library.setting("organisation") or "", self)
        self.organisation_edit.setAccessibleName("Checking organisation")
        self.organisation_edit.setPlaceholderText("Needed for ClaimReview; saved for everyone")
        self.organisation_edit.editingFinished.connect(self._refresh)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("File to write")
        self.path_edit.textChanged.connect(self._update_buttons)
        choose = QPushButton("Choose…", self)
        choose.clicked.connect(self._on_choose_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)

        form = QFormLayout()
        form.addRow("&Format:", self.format_combo)
        form.addRow("Statuses:", statuses)
        form.addRow("Articles:", articles_row)
        form.addRow("&Organisation:", self.organisation_edit)
        save_label = QLabel("&Save as:", self)
        save_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(save_label, path_row)

        self.preview = _PreviewBrowser(self)
        self.preview.setAccessibleName("Preview")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName("Export progress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview:", self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self._form_widgets: tuple[QWidget, ...] = (
            self.format_combo,
            *self.status_checks.values(),
            self.all_articles,
            self.chosen_articles,
            self.organisation_edit,
            self.path_edit,
            choose,
        )

        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self._refresh()
        self._update_buttons()

    # -- what the user chose -----------------------------------------------------------------

    @property
    def export_format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.value))

    def selection(self) -> Selection:
        statuses = tuple(s for s, check in self.status_checks.items() if check.isChecked())
        chosen = self._article_ids if self.chosen_articles.isChecked() else ()
        return Selection(statuses=statuses, article_ids=chosen)

    def sheet(self) -> QuoteSheet:
        return build_sheet(
            self._library,
            self.selection(),
            organisation=self.organisation_edit.text().strip() or None,
            exported_at=self._exported_at,
        )

    @property
    def exporting(self) -> bool:
        return self._task is not None

    @property
    def previewing(self) -> bool:
        """Whether a preview is still being built in the background."""
        return self._preview_task is not None

    # -- slots -------------------------------------------------------------------------------

    def _on_format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            stem = path.name.split(".", 1)[0] or "quote-sheet"
            self.path_edit.setText(str(path.with_name(stem + self.export_format.suffix)))
        self._refresh()

    def _on_choose_clicked(self) -> None:
        fmt = self.export_format
        start = self.path_edit.text() or f"quote-sheet{fmt.suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export Quote Sheet", start, f"{fmt.label} (*{fmt.suffix})"
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self.exporting and bool(self.path_edit.text().strip()))

    def _refresh(self) -> None:
        """Rebuild the preview from the library with the current choices, in the background."""
        if self._preview_task is not None:
            self._preview_task.cancel()  # superseded: its outcome is dropped
        work = preview_work(
            self._library,
            self.selection(),
            self.organisation_edit.text().strip() or None,
            self._exported_at,
            self.export_format,
        )
        task = self._tasks.create(work, name="Building the export preview")
        task.signals.finished.connect(self._on_preview_finished)
        task.signals.failed.connect(self._on_preview_failed)
        self._preview_task = task
        self.preview.setPlainText(BUILDING_PREVIEW)
        self.message.setText("")
        self._tasks.start(task)

    def _is_current_preview(self) -> bool:
        return self._preview_task is not None and self.sender() is self._preview_task.signals

    def _on_preview_finished(self, preview: object) -> None:
        if not self._is_current_preview() or not isinstance(preview, PreviewText):
            return
        self._preview_task = None
        if preview.is_html:
            self.preview.setHtml(preview.text)
        else:
            self.preview.setPlainText(preview.text)
        count = preview.count
        message = f"{count} quote{'s' if count != 1 else ''} will be exported."
        if preview.is_html and count > PREVIEW_QUOTES:
            message += f" The preview shows the first {PREVIEW_QUOTES}."
        if not self.exporting:
            self.message.setText(message)

    def _on_preview_failed(self, error: object) -> None:
        if not self._is_current_preview():
            return
        self._preview_task = None
        if not isinstance(error, DeskError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.preview.setPlainText(str(error))
        if not self.exporting:
            self.message.setText("")

    def export(self) -> bool:
        """Start writing the file in the background; False when refused or (run synchronously)
        failed, with the reason shown in the dialog, which stays open."""
        text = self.path_edit.text().strip()
        if not text or self.exporting:
            return False
        path = Path(text).expanduser()
        organisation = self.organisation_edit.text().strip()
        try:
            if organisation and organisation != (self._library.setting("organisation") or ""):
                self._library.set_setting("organisation", organisation)
        except DeskError as error:
            self.message.setText(str(error))
            return False
        work = export_work(
            self._library,
            self.selection(),
            organisation or None,
            self._exported_at,
            self.export_format,
            path,
        )
        self._failure = None
        self._target = path
        task = self._tasks.create(work, name=f"Exporting {path.name}")
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self._task = task
        self._set_busy(True)
        self.message.setText(f"Exporting to {path.name}…")
        self._tasks.start(task)
        return self._failure is None

    def done(self, result: int) -> None:
        """A preview still being built is not wanted once the dialog closes."""
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None
        super().done(result)

    def reject(self) -> None:
        """Cancel stops a running export first; the dialog closes on the next Cancel."""
        if self._task is not None:
            self._task.cancel()
            self._end_task("Export cancelled; no file was written.")
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for widget in self._form_widgets:
            widget.setEnabled(not busy)
        if not busy:
            self.chosen_articles.setEnabled(bool(self._article_ids))
        self.progress_bar.setVisible(busy)
        self.progress_bar.setRange(0, 0)
        self._update_buttons()

    def _end_task(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.message.setText(message)

    def _is_current(self) -> bool:
        return self._task is not None and self.sender() is self._task.signals

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self._is_current():
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if text:
            self.message.setText(text)

    def _on_finished(self, path: object) -> None:
        if not self._is_current():
            return  # cancelled while the writer finished: the file was not replaced
        self._end_task("")
        self.exported.emit(path)
        self.accept()

    def _on_failed(self, error: object) -> None:
        if not self._is_current():
            return
        if isinstance(error, DeskError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = f"Cannot write {self._target}: {error.strerror or error}"
        else:
            reason = f"The export failed ({type(error).__name__}: {error})."
        self._failure = reason
        self._end_task(reason)

    def _on_cancelled(self) -> None:
        if self._is_current():
            self._end_task("Export cancelled; no file was written.")


def preview_work(
    library: Library,
    selection: Selection,
    organisation: str | None,
    exported_at: datetime | None,
    fmt: ExportFormat,
) -> TaskFunction:
    """The preview as a task function: read the sheet and render it as text or HTML."""

    def work(progress: Progress, cancel: CancelToken) -> PreviewText:
        # Matching quotes not matched yet stops between batches when a newer choice
        # supersedes this preview; what it finished is kept for the next one.
        sheet = build_sheet(
            library, selection, organisation=organisation, exported_at=exported_at, cancel=cancel
        )
        cancel.raise_if_cancelled()
        count = len(sheet.entries)
        if fmt not in _TEXT_PREVIEW:
            return PreviewText(
                render_html(_first_quotes(sheet, PREVIEW_QUOTES)), is_html=True, count=count
            )
        text = TEXT_RENDERERS[fmt](sheet)
        if len(text) > _PREVIEW_CHARS:
            text = text[:_PREVIEW_CHARS] + "\n…"
        return PreviewText(text, is_html=False, count=count)

    return work


def _first_quotes(sheet: QuoteSheet, limit: int) -> QuoteSheet:
    """The sheet cut after ``limit`` quotes, speaker groups kept whole up to there."""
    groups: list[SpeakerGroup] = []
    left = limit
    for group in sheet.groups:
        if left <= 0:
            break
        groups.append(replace(group, entries=group.entries[:left]))
        left -= len(group.entries)
    return replace(sheet, groups=tuple(groups))


def export_work(
    library: Library,
    selection: Selection,
    organisation: str | None,
    exported_at: datetime | None,
    fmt: ExportFormat,
    path: Path,
) -> TaskFunction:
    """The export as a task function: read the sheet, write it, keep it only if not cancelled.

    The writers report each quote (or PDF page) and stop between them once the task is
    cancelled. The file is written beside ``path`` and moved over it only after a last look
    at the token, so a cancel that arrives as the writer finishes still keeps the old file.
    """

    def work(progress: Progress, cancel: CancelToken) -> Path:
        progress(0, 0, "Reading the quotes…")
        sheet = build_sheet(
            library,
            selection,
            organisation=organisation,
            exported_at=exported_at,
            progress=progress,
            cancel=cancel,
        )
        cancel.raise_if_cancelled()
        with atomic_path(path) as staged:
            if fmt is ExportFormat.PDF:
                from desk.ui.export_pdf import write_pdf

                write_pdf(sheet, staged, progress=progress, cancel=cancel)
            else:
                writing = f"Writing {path.name}…"

                def report(done: int, total: int, text: str) -> None:
                    # The writer names the staged file; the user chose ``path``.
                    progress(done, total, writing)

                progress(0, 0, writing)
                write(sheet, fmt, staged, progress=report, cancel=cancel)
            cancel.raise_if_cancelled()
        return path

    return work
