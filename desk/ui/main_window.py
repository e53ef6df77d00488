"""The main window: the library on the left, the open article on the right.

The window only wires widgets to the :class:`~desk.ui.controller.Controller` and remembers its
layout; it never calls the library and never waits for an import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
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
from desk.ui.state import WindowState
from desk.ui.views.article_view import ArticleView
from desk.ui.views.import_status import ImportStatusPanel
from desk.ui.views.library_panel import LibraryPanel

APP_TITLE = "Quote Desk"
FILE_FILTER = "Articles (*.txt *.md *.html *.htm)"
DEFAULT_SIZE = (1280, 800)

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
    ["Choose an article in the list to read it.", "Alt+Down and Alt+Up move through the list."],
)


class MainWindow(QMainWindow):
    """Quote Desk's window over one library."""

    def __init__(
        self, controller: Controller, state: WindowState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = state
        self._current_id: int | None = None
        self._row_before_delete: int | None = None
        library = controller.library
        self.setWindowTitle(f"{APP_TITLE} — {library.short_name}")
        self.setAccessibleName(APP_TITLE)
        self.setAcceptDrops(True)

        self.library_panel = LibraryPanel(self)
        self.article_view = ArticleView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName("Library and article")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.article_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.window_actions = WindowActions(self)
        self.window_actions.populate_menus()
        self.tool_bar = self.window_actions.build_tool_bar()
        self.window_actions.apply_icons(self.palette())
        self._create_status_bar()
        self._connect()
        self.refresh()
        self._restore_state()

    # -- construction ------------------------------------------------------------------------

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
        c.error_reported.connect(self.show_error)
        self.import_status.cancel_requested.connect(c.cancel_import)
        self.library_panel.article_selected.connect(self._on_library_panel_article_selected)
        self.library_panel.selection_cleared.connect(self._on_library_panel_selection_cleared)
        self.article_view.link_activated.connect(self._on_article_view_link_activated)
        a.import_files.triggered.connect(self._on_import_files_action_triggered)
        a.import_folder.triggered.connect(self._on_import_folder_action_triggered)
        a.paste.triggered.connect(self._on_paste_action_triggered)
        a.import_source.triggered.connect(self._on_import_source_action_triggered)
        a.quit.triggered.connect(self.close)
        a.edit.triggered.connect(self._on_edit_action_triggered)
        a.delete.triggered.connect(self._on_delete_action_triggered)
        a.next.triggered.connect(lambda: self.library_panel.move_current(1))
        a.previous.triggered.connect(lambda: self.library_panel.move_current(-1))
        a.focus_filter.triggered.connect(self.library_panel.focus_filter)
        a.about.triggered.connect(self._on_about_action_triggered)

    # -- public API --------------------------------------------------------------------------

    @property
    def controller(self) -> Controller:
        return self._controller

    @property
    def current_article_id(self) -> int | None:
        return self._current_id

    def refresh(self) -> None:
        """Reload the listing; the panel keeps the current article if it still exists."""
        self.library_panel.set_summaries(self._controller.summaries())
        if self._row_before_delete is not None:
            # The neighbour moves into the deleted row: reading on needs no click.
            self.library_panel.select_row(self._row_before_delete)
            self._row_before_delete = None
        self._update_actions()
        if self._current_id is None:
            self._show_placeholder()

    def import_paths(self, paths: list[Path], kind: DocumentKind = DocumentKind.ARTICLE) -> bool:
        """Start importing in the background, the way the File menu does."""
        return self._controller.import_paths(paths, kind) is not None

    def import_text(self, text: str, kind: DocumentKind = DocumentKind.ARTICLE) -> bool:
        return self._controller.import_text(text, kind) is not None

    def open_article(self, article_id: int) -> bool:
        return self.library_panel.select_article(article_id)

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
        if state.geometry is None or not self.restoreGeometry(state.geometry):
            self.resize(*DEFAULT_SIZE)
        if state.window_state is not None:
            self.restoreState(state.window_state)
        if state.splitter_state is None or not self.splitter.restoreState(state.splitter_state):
            width = self.width()
            self.splitter.setSizes([width // 2, width - width // 2])
        if state.table_header_state is not None:
            self.library_panel.restore_header_state(state.table_header_state)
        self.library_panel.set_filter_text(state.filter_text)
        last = state.last_article(self._controller.library.url)
        if last is None or not self.library_panel.select_article(last):
            self._show_placeholder()
        self.library_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_state(self) -> None:
        state = self._state
        state.geometry = self.saveGeometry()
        state.window_state = self.saveState()
        state.splitter_state = self.splitter.saveState()
        state.table_header_state = self.library_panel.header_state()
        state.filter_text = self.library_panel.filter_text()
        state.set_last_article(self._controller.library.url, self._current_id)
        state.sync()

    # -- Qt overrides ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._controller.shutdown()
        self.save_state()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.window_actions.apply_icons(self.palette())

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

    def _on_controller_import_finished(self, report: ImportReport) -> None:
        self.import_status.set_summary(report.summary())
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
        article = self._controller.article(article_id)
        if article is None:
            self._on_library_panel_selection_cleared()
            return
        self._current_id = article_id
        self.article_view.show_article(article)
        self._state.set_last_article(self._controller.library.url, article_id)
        self._update_actions()

    def _on_library_panel_selection_cleared(self) -> None:
        self._current_id = None
        self._show_placeholder()
        self._update_actions()

    def _on_article_view_link_activated(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

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

    def _on_edit_action_triggered(self) -> None:
        if self._current_id is None:
            return
        article = self._controller.article(self._current_id)
        if article is None:
            return
        edit = MetadataDialog.ask(article, self)
        if edit is not None:
            self._controller.update_metadata(article.id, edit)

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

    def _show_placeholder(self) -> None:
        empty = self.library_panel.model.rowCount() == 0
        self.article_view.show_placeholder(*(EMPTY_LIBRARY if empty else NOTHING_OPEN))

    def _update_actions(self) -> None:
        self.window_actions.set_article_state(
            self._current_id is not None, self.library_panel.row_count() > 0
        )


def _local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
