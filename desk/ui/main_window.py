"""The main window: the library, articles side by side, and the quotes of the open articles.

The window lays out the panels, remembers the layout and the open articles, and wires
widgets to the :class:`~desk.ui.controller.Controller`; the quote-checking commands are wired
by :class:`~desk.ui.quote_workflow.QuoteWorkflow`. It never calls the library and never waits
for background work.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QUndoView,
    QWidget,
)

from desk import __version__
from desk.core.entities import DocumentKind, ImportReport
from desk.ui import assets
from desk.ui.actions import WindowActions
from desk.ui.controller import Controller
from desk.ui.dialogs.import_report_dialog import ImportReportDialog
from desk.ui.dialogs.metadata_dialog import MetadataDialog
from desk.ui.dialogs.paste_dialog import PasteDialog
from desk.ui.dialogs.people_dialog import PeopleDialog
from desk.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from desk.ui.quote_workflow import QuoteWorkflow
from desk.ui.state import WindowState
from desk.ui.views.annotation_panel import AnnotationPanel
from desk.ui.views.article_view import ArticleView
from desk.ui.views.import_status import ImportStatusPanel
from desk.ui.views.library_panel import LibraryPanel
from desk.ui.views.quote_editor import QuoteEditor
from desk.ui.views.reading_area import MAX_COLUMNS, ReadingArea

APP_TITLE = "Quote Desk"
FILE_FILTER = "Articles (*.txt *.md *.html *.htm)"
DEFAULT_SIZE = (1500, 900)
EXPORT_DIALOG_MODULE = "desk.ui.dialogs.export_dialog"

EMPTY_LIBRARY = (
    "Your library is empty",
    [
        "Import article files with File ▸ Import Files… (Ctrl+O),",
        "a whole folder with Import Folder… (Ctrl+Shift+O),",
        "or copy an article in your browser and paste it with Ctrl+Shift+V.",
        "You can also drop files onto this window.",
    ],
)
NOTHING_OPEN = (
    "No article open",
    [
        "Choose an article in the list to read it here.",
        "Alt+Down and Alt+Up move through the list;",
        "Ctrl+T adds a column to read articles side by side.",
    ],
)


class MainWindow(QMainWindow):
    """Quote Desk's window over one library."""

    def __init__(
        self, controller: Controller, state: WindowState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = state
        self._row_before_delete: int | None = None
        self._restoring = False
        library = controller.library
        controller.set_checker(state.checker_name)
        self.setWindowTitle(f"{APP_TITLE} — {library.short_name}")
        self.setAccessibleName(APP_TITLE)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.reading_area = ReadingArea(self)
        self.setCentralWidget(self.reading_area)
        self.library_panel = LibraryPanel(self)
        self.library_panel.set_search_source(controller.search)
        self.annotation_panel = AnnotationPanel(self)
        self.quote_editor = QuoteEditor(self)
        editor_scroll = QScrollArea(self)
        editor_scroll.setObjectName("quoteEditorScroll")
        editor_scroll.setWidget(self.quote_editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setAccessibleName("Quote details")
        self.history_view = QUndoView(controller.undo_stack, self)
        self.history_view.setEmptyLabel("Opened")
        self.history_view.setAccessibleName("Edit history")
        self.library_dock = self._dock("Library", "libraryDock", self.library_panel)
        self.quotes_dock = self._dock("Quotes", "quotesDock", self.annotation_panel)
        self.details_dock = self._dock("Quote Details", "detailsDock", editor_scroll)
        self.history_dock = self._dock("Edit History", "historyDock", self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.quotes_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        # The library and the details run full height; the quote list sits under the articles.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._docks_sized = False

        self.window_actions = WindowActions(self, controller.undo_stack)
        history_action = self.history_dock.toggleViewAction()
        history_action.setText("Edit &History")
        history_action.setShortcut("Ctrl+H")
        history_action.setStatusTip("Show every change of this session; click one to go back")
        self.window_actions.populate_menus(
            [
                self.library_dock.toggleViewAction(),
                self.quotes_dock.toggleViewAction(),
                self.details_dock.toggleViewAction(),
                history_action,
            ]
        )
        self.tool_bar = self.window_actions.build_tool_bar()
        self.window_actions.apply_icons(self.palette())
        self.window_actions.export.setEnabled(
            importlib.util.find_spec(EXPORT_DIALOG_MODULE) is not None
        )
        self._create_status_bar()
        self.workflow = QuoteWorkflow(
            self,
            controller,
            self.window_actions,
            reading_area=self.reading_area,
            annotation_panel=self.annotation_panel,
            quote_editor=self.quote_editor,
            library_panel=self.library_panel,
        )
        self._summary_before_detection = ""
        self._summary_before_matching: str | None = None  # None: matching shows no progress
        self._started = False
        self._connect()
        self.refresh()
        self._restore_state()

    # -- construction ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs the name
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _create_status_bar(self) -> None:
        self.import_status = ImportStatusPanel(self)
        library = self._controller.library
        self.database_label = QLabel(library.location, self)
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setAccessibleName("Library location")
        self.database_label.setToolTip(f"This library is stored in {library.display_url}")
        status = self.statusBar()
        status.setAccessibleName("Status")
        status.addWidget(self.import_status, 1)
        status.addPermanentWidget(self.database_label)

    def _connect(self) -> None:
        c, a = self._controller, self.window_actions
        c.library_changed.connect(self._on_controller_library_changed)
        c.import_started.connect(self.import_status.start)
        c.import_progressed.connect(self.import_status.show_progress)
        c.import_finished.connect(self._on_controller_import_finished)
        c.importing_changed.connect(self._on_controller_importing_changed)
        c.detection_started.connect(self._on_controller_detection_started)
        c.detection_progressed.connect(self._on_controller_detection_progressed)
        c.detection_finished.connect(self._on_controller_detection_finished)
        c.matching_progressed.connect(self._on_controller_matching_progressed)
        c.matching_finished.connect(self._on_controller_matching_finished)
        c.error_reported.connect(self.show_error)
        self.import_status.cancel_requested.connect(c.cancel_import)
        self.import_status.cancel_requested.connect(c.cancel_detection)
        self.import_status.cancel_requested.connect(c.cancel_matching)
        self.library_panel.article_selected.connect(self._on_library_panel_article_selected)
        self.library_panel.selection_cleared.connect(self._update_actions)
        self.reading_area.article_requested.connect(self._on_reading_area_article_requested)
        self.reading_area.active_column_changed.connect(self._on_reading_area_active_changed)
        self.reading_area.columns_changed.connect(self._on_reading_area_columns_changed)
        for column in self.reading_area.columns:
            column.view.link_activated.connect(self._on_article_view_link_activated)
        a.import_files.triggered.connect(self._on_import_files_action_triggered)
        a.import_folder.triggered.connect(self._on_import_folder_action_triggered)
        a.paste.triggered.connect(self._on_paste_action_triggered)
        a.import_source.triggered.connect(self._on_import_source_action_triggered)
        a.export.triggered.connect(self._on_export_action_triggered)
        a.settings.triggered.connect(self._on_settings_action_triggered)
        a.people.triggered.connect(self._on_people_action_triggered)
        a.quit.triggered.connect(self.close)
        a.edit.triggered.connect(self._on_edit_action_triggered)
        a.delete.triggered.connect(self._on_delete_action_triggered)
        a.next.triggered.connect(lambda: self.library_panel.move_current(1))
        a.previous.triggered.connect(lambda: self.library_panel.move_current(-1))
        a.new_column.triggered.connect(self._on_new_column_action_triggered)
        a.close_column.triggered.connect(
            lambda: self.reading_area.close_column(self.reading_area.active_index)
        )
        a.next_column.triggered.connect(lambda: self.reading_area.activate_next(1))
        a.previous_column.triggered.connect(lambda: self.reading_area.activate_next(-1))
        a.focus_filter.triggered.connect(self._on_focus_filter_action_triggered)
        a.about.triggered.connect(self._on_about_action_triggered)

    # -- public API --------------------------------------------------------------------------

    @property
    def controller(self) -> Controller:
        return self._controller

    @property
    def current_article_id(self) -> int | None:
        """The article in the active column."""
        return self.reading_area.active_column.article_id

    @property
    def article_view(self) -> ArticleView:
        """The active column's view."""
        return self.reading_area.active_column.view

    def refresh(self) -> None:
        """Reload the listing; the panel keeps the current article if it still exists."""
        summaries = self._controller.summaries()
        self.library_panel.set_summaries(summaries, self._controller.quote_counts())
        present = {s.id for s in summaries}
        for index in reversed(range(len(self.reading_area.columns))):
            article_id = self.reading_area.columns[index].article_id
            if article_id is not None and article_id not in present:
                self.reading_area.close_column(index)  # deleted: nothing left to read
        if self._row_before_delete is not None:
            # The neighbour moves into the deleted row: reading on needs no click.
            self.library_panel.select_row(self._row_before_delete)
            self._row_before_delete = None
        self.reading_area.set_placeholder(*(EMPTY_LIBRARY if not summaries else NOTHING_OPEN))
        self.workflow.reload_choices()
        self._update_actions()

    def import_paths(self, paths: list[Path], kind: DocumentKind = DocumentKind.ARTICLE) -> bool:
        """Start importing in the background, the way the File menu does."""
        return self._controller.import_paths(paths, kind) is not None

    def import_text(self, text: str, kind: DocumentKind = DocumentKind.ARTICLE) -> bool:
        return self._controller.import_text(text, kind) is not None

    def open_article(self, article_id: int, column: int | None = None) -> bool:
        """Read ``article_id`` in ``column`` (default: the active one; -1: a new column)."""
        area = self.reading_area
        existing = area.column_for(article_id)
        if existing is not None and column is None:
            area.activate(existing)  # each article is read in one column only
            self.library_panel.select_article(article_id)
            return True
        article = self._controller.article(article_id)
        if article is None:
            return False
        target = (
            area.columns[column]
            if column is not None and column >= 0 and column < len(area.columns)
            else None
        )
        if existing is not None and existing is not target:
            area.close_column(area.columns.index(existing))
        index = area.columns.index(target) if target is not None else column
        # No quotes yet: the columns_changed signal has the workflow read those of every open
        # article in one query and highlight each column once.
        area.open_article(article, (), index)
        if self.library_panel.current_article_id() != article_id:
            self.library_panel.select_article(article_id)
        self._state.set_last_article(self._controller.library.url, article_id)
        self._update_actions()
        return True

    def open_side_by_side(self, article_ids: list[int]) -> list[int]:
        """Open each article in a column of its own, left to right; the ids opened."""
        opened: list[int] = []
        for n, article_id in enumerate(article_ids[:MAX_COLUMNS]):
            if n >= len(self.reading_area.columns):
                self.reading_area.add_column()
            if self.open_article(article_id, n):
                opened.append(article_id)
        return opened

    def show_error(self, title: str, message: str) -> None:
        """Show a message without blocking: an import finishing must not wait on a dialog."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def confirm_delete(self, count: int, title: str) -> bool:
        """Ask before deleting; tests replace this method."""
        what = f"“{title}”" if count == 1 else f"these {count} articles"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete",
            f"Delete {what} from the library? This cannot be undone.",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is delete

    # -- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = self._state
        url = self._controller.library.url
        if state.geometry is None or not self.restoreGeometry(state.geometry):
            self.resize(*DEFAULT_SIZE)
        if state.window_state is not None and self.restoreState(state.window_state):
            self._docks_sized = True
        if state.table_header_state is not None:
            self.library_panel.restore_header_state(state.table_header_state)
        if state.quote_header_state is not None:
            self.annotation_panel.restore_header_state(state.quote_header_state)
        self.library_panel.set_filter_text(state.filter_text)
        self.library_panel.set_status_filter(state.status_filter)
        self._restoring = True
        try:
            ids = state.open_articles(url)
            last = state.last_article(url)
            if not ids and last is not None:
                ids = [last]
            self.open_side_by_side(ids)
            if last is not None and self.reading_area.column_for(last) is not None:
                self.open_article(last)
        finally:
            self._restoring = False
        if state.reading_state is not None:
            self.reading_area.splitter.restoreState(state.reading_state)
        self.workflow.refresh_quotes()
        selected = state.selected_quote(url)
        if selected is not None:
            self.annotation_panel.select_quote(selected)
        self.library_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_state(self) -> None:
        state = self._state
        url = self._controller.library.url
        state.geometry = self.saveGeometry()
        state.window_state = self.saveState()
        state.reading_state = self.reading_area.splitter.saveState()
        state.table_header_state = self.library_panel.header_state()
        state.quote_header_state = self.annotation_panel.header_state()
        state.filter_text = self.library_panel.filter_text()
        state.status_filter = self.library_panel.status_filter()
        state.set_open_articles(url, self.reading_area.article_ids())
        state.set_last_article(url, self.current_article_id)
        state.set_selected_quote(url, self.annotation_panel.current_quote_id())
        state.sync()

    # -- Qt overrides ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            # After the first paint: finding quotes in older articles, then matching what is
            # new, compete with it for the interpreter, and nobody waits for them.
            self._started = True
            QTimer.singleShot(0, self._controller.detect_pending)
        if not self._docks_sized:
            # First start: docks get room by proportion (only a shown window can resize them).
            self._docks_sized = True
            width, height = self.width(), self.height()
            self.resizeDocks(
                [self.library_dock, self.details_dock],
                [max(340, width * 29 // 100), max(340, width * 24 // 100)],
                Qt.Orientation.Horizontal,
            )
            self.resizeDocks(
                [self.quotes_dock], [max(170, height * 26 // 100)], Qt.Orientation.Vertical
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workflow.save_pending_edits()
        self._controller.shutdown()
        self.save_state()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.window_actions.apply_icons(self.palette())
            self.workflow.apply_palette()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._controller.importing and _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths and self.import_paths(paths):
            event.acceptProposedAction()

    # -- slots -------------------------------------------------------------------------------

    def _on_controller_library_changed(self) -> None:
        self.refresh()

    def _on_controller_importing_changed(self, importing: bool) -> None:
        self.window_actions.set_importing(importing)
        self.import_status.set_running(importing)

    def _on_controller_detection_started(self, description: str) -> None:
        # Detection starts after the first paint, perhaps after an import said how it went.
        self._summary_before_detection = self.import_status.summary
        self.import_status.start(description, work="finding quotes")

    def _on_controller_detection_progressed(self, done: int, total: int, text: str) -> None:
        self.import_status.show_progress(done, total, text, activity="Finding quotes in")

    def _on_controller_detection_finished(self, summary: str) -> None:
        if not self._controller.importing:
            self.import_status.set_running(False)
            self.import_status.set_summary(summary or self._summary_before_detection)

    def _on_controller_matching_progressed(self, done: int, total: int, _text: str) -> None:
        # Only a run with work to do shows itself; the rebuild after a status change does not.
        if total <= 0 or self._controller.importing or self._controller.detecting:
            return
        if self._summary_before_matching is None:
            self._summary_before_matching = self.import_status.summary
            self.import_status.start("Matching quotes across articles…", work="matching")
        self.import_status.show_count(
            done, total, f"Matching quotes across articles… ({done} of {total})"
        )

    def _on_controller_matching_finished(self, summary: str) -> None:
        previous, self._summary_before_matching = self._summary_before_matching, None
        if previous is None:
            return
        if not self._controller.importing and not self._controller.detecting:
            self.import_status.set_running(False)
            self.import_status.set_summary(previous)
        if summary:
            self.statusBar().showMessage(summary, 5000)

    def _on_controller_import_finished(self, report: ImportReport) -> None:
        self.import_status.set_summary(report.summary())
        self._summary_before_detection = report.summary()  # detection may end after it
        ids = [o.article_id for o in report.imported if o.article_id is not None]
        if not ids and len(report.outcomes) == 1 and report.outcomes[0].article_id is not None:
            ids = [report.outcomes[0].article_id]  # a pasted duplicate: show the one present
        if ids:
            self.library_panel.select_article(ids[0])
        if report.skipped:
            dialog = ImportReportDialog(report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _on_library_panel_article_selected(self, article_id: int) -> None:
        if not self._restoring:
            self.open_article(article_id)
        self._update_actions()

    def _on_reading_area_article_requested(self, article_id: int, column: int) -> None:
        self.open_article(article_id, column)

    def _on_reading_area_active_changed(self, _index: int) -> None:
        article_id = self.current_article_id
        if article_id is not None and self.library_panel.current_article_id() != article_id:
            self.library_panel.select_article(article_id)
        self._update_actions()

    def _on_reading_area_columns_changed(self) -> None:
        for column in self.reading_area.columns:
            view = column.view
            if not view.property("wired"):
                view.setProperty("wired", True)
                view.link_activated.connect(self._on_article_view_link_activated)
                self.workflow.wire_view(view)
        if not self._restoring:
            self.workflow.refresh_quotes()
        self._update_actions()

    def _on_article_view_link_activated(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def _on_new_column_action_triggered(self) -> None:
        """A new, empty column becomes active: the next article chosen opens there."""
        if len(self.reading_area.columns) >= MAX_COLUMNS:
            self.statusBar().showMessage(f"At most {MAX_COLUMNS} columns fit side by side", 4000)
            return
        self.reading_area.add_column()
        self.library_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_filter_action_triggered(self) -> None:
        self.library_dock.show()
        self.library_panel.focus_filter()

    def _on_import_files_action_triggered(self) -> None:
        self._import_files("Import Files", DocumentKind.ARTICLE)

    def _on_import_source_action_triggered(self) -> None:
        self._import_files("Import Source Document", DocumentKind.SOURCE)

    def _on_import_folder_action_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import Folder", self._start_folder())
        if folder:
            self._state.last_import_folder = Path(folder)
            self.import_paths([Path(folder)])

    def _on_paste_action_triggered(self) -> None:
        answer = PasteDialog.ask(QGuiApplication.clipboard().text(), self)
        if answer is not None:
            self.import_text(*answer)

    def _on_export_action_triggered(self) -> None:
        try:
            module = importlib.import_module(EXPORT_DIALOG_MODULE)
        except ImportError:
            self.window_actions.export.setEnabled(False)
            return
        dialog: QDialog = module.ExportDialog(
            self._controller.library, self._controller.tasks, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_settings_action_triggered(self) -> None:
        controller = self._controller
        archive = controller.archive_path()
        values = SettingsValues(
            checker=self._state.checker_name,
            thresholds=controller.match_settings(),
            database=self._state.database,
            archive=str(archive) if archive is not None else "",
        )
        answer = SettingsDialog.ask(
            values,
            default_checker=controller.default_checker(),
            current_location=controller.library.location,
            check_archive=controller.check_archive,
            archive_problem=controller.check_archive(archive) if archive is not None else None,
            parent=self,
        )
        if answer is None:
            return
        self._state.checker_name = answer.checker
        controller.set_checker(answer.checker)
        if answer.thresholds != values.thresholds:
            controller.set_match_settings(answer.thresholds)
        if answer.archive != values.archive:
            controller.attach_archive(Path(answer.archive) if answer.archive else None)
        if answer.database != values.database:
            self._state.database = answer.database
            self.statusBar().showMessage(
                "The other library opens when Quote Desk is started again", 8000
            )
        self._state.sync()

    def _on_people_action_triggered(self) -> None:
        """One modeless People dialog: a second press brings it forward."""
        dialog = self.findChild(PeopleDialog)
        if dialog is None:
            dialog = PeopleDialog(self._controller, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_edit_action_triggered(self) -> None:
        article_id = self.library_panel.current_article_id() or self.current_article_id
        if article_id is None:
            return
        article = self._controller.article(article_id)
        if article is None:
            return
        edit = MetadataDialog.ask(article, self)
        if edit is not None and self._controller.update_metadata(article.id, edit) is not None:
            column = self.reading_area.column_for(article.id)
            changed = self._controller.article(article.id)
            if column is not None and changed is not None:
                column.show_article(changed, self._controller.quotes([article.id]))
                self.workflow.refresh_quotes()

    def _on_delete_action_triggered(self) -> None:
        ids = self.library_panel.selected_article_ids()
        if not ids:
            return
        article = self._controller.article(ids[0]) if len(ids) == 1 else None
        title = article.display_title if article is not None else ""
        if not self.confirm_delete(len(ids), title):
            return
        self._row_before_delete = self._current_row()
        self._controller.delete_articles(ids)

    def _on_about_action_triggered(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Quote Desk")
        box.setIconPixmap(assets.app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Quote Desk {__version__}")
        box.setInformativeText(
            "Check the quotations in news articles before they are published.\n\n"
            f"Library: {self._controller.library.display_url}"
        )
        box.setAccessibleName("About Quote Desk")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- helpers -----------------------------------------------------------------------------

    def _import_files(self, title: str, kind: DocumentKind) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, title, self._start_folder(), FILE_FILTER
        )
        if names:
            paths = [Path(name) for name in names]
            self._state.last_import_folder = paths[0].parent
            self.import_paths(paths, kind)

    def _start_folder(self) -> str:
        folder = self._state.last_import_folder
        return str(folder) if folder is not None and folder.is_dir() else str(Path.home())

    def _current_row(self) -> int:
        index = self.library_panel.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else 0

    def _update_actions(self) -> None:
        has_current = (
            self.library_panel.current_article_id() is not None
            or self.current_article_id is not None
        )
        self.window_actions.set_article_state(has_current, self.library_panel.row_count() > 0)
        self.window_actions.close_column.setEnabled(
            len(self.reading_area.columns) > 1 or self.current_article_id is not None
        )


def _local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
