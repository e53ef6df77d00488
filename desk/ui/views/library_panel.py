"""The library panel: a search box, a status filter, the table of articles and a count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import ArticleSummary
from desk.ui.models.library_table_model import (
    COUNT_COLUMNS,
    HEADERS,
    STATUS_FILTERS,
    Column,
    LibraryFilterProxyModel,
    LibraryRole,
    LibraryTableModel,
)
from desk.ui.views.record_table import (
    current_record_id,
    make_current,
    record_id,
    set_up_record_table,
)

FILTER_PLACEHOLDER = "Search headline, outlet, speaker, text"

#: Typing waits this long before the library is searched, so each key does not query it.
SEARCH_DELAY_MS = 200

SearchSource = Callable[[str], set[int] | None]

#: Starting widths in average characters; the headline takes whatever is left.
HIDDEN_BY_DEFAULT = frozenset({Column.BYLINE, Column.CHARS, Column.KIND, Column.DATE})
_COLUMN_CHARS = {
    Column.OUTLET: 11,
    Column.DATE: 12,
    Column.BYLINE: 15,
    Column.CHARS: 10,
    Column.KIND: 8,
    Column.QUOTES: 7,
    Column.UNCHECKED: 9,
    Column.FLAGGED: 8,
}


def count_text(shown: int, total: int) -> str:
    noun = "article" if total == 1 else "articles"
    if shown == total:
        return f"{total} {noun}"
    return f"{shown} of {total} {noun}"


class LibraryPanel(QWidget):
    """Lists the library and reports which article is current.

    The selection survives reloads: it is remembered by article id when the model is about
    to reset and restored afterwards, so an import or an edit never loses the reader's place.

    With a search source (the controller's ``search``) the filter also finds words in the
    articles' texts and speakers; typing is searched once it pauses for ``SEARCH_DELAY_MS``.

    Signals:
        article_selected(int): the current article became this id.
        selection_cleared(): no article is current any more.
        filter_changed(str): the filter text changed.
    """

    article_selected = Signal(int)
    selection_cleared = Signal()
    filter_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._kept_current: int | None = None
        self._kept_selected: list[int] = []
        # Until the user's own column widths are restored, fit them to the first rows seen.
        self._fit_pending = True
        self._search: SearchSource | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setPlaceholderText(FILTER_PLACEHOLDER)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter articles")
        self.filter_edit.setAccessibleDescription(FILTER_PLACEHOLDER)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("libraryStatusFilter")
        self.status_combo.setAccessibleName("Show articles")
        self.status_combo.setToolTip("Show only articles with quotes of a status")
        for value, label in STATUS_FILTERS:
            self.status_combo.addItem(label, value)

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName("Library")
        self.table.setAccessibleDescription("Stored articles and source documents")
        self.table.setModel(self.proxy)
        self._set_up_table()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")
        self.count_label.setAccessibleName("Number of articles")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_index_changed)
        self.proxy.modelAboutToBeReset.connect(self._on_proxy_model_about_to_be_reset)
        self.proxy.modelReset.connect(self._on_proxy_model_reset)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        self._update_count()

    def _set_up_table(self) -> None:
        table = self.table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        set_up_record_table(
            table,
            selection_mode=QAbstractItemView.SelectionMode.ExtendedSelection,
            row_padding=12,
            stretch_column=Column.HEADLINE,
            column_chars=_COLUMN_CHARS.items(),
        )
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows drag into the reading area's columns; the table itself accepts nothing.
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        for column in COUNT_COLUMNS:
            # Numbers are short: the header's own words decide the width.
            width = header.fontMetrics().horizontalAdvance(HEADERS[column]) + 14
            header.resizeSection(column, width)
        # Right-click on the header hides and shows columns.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in Column:
            if column is Column.HEADLINE:
                continue
            action = QAction(HEADERS[column], header)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            header.addAction(action)
            # Length matters rarely; the headline gets the room until the user asks for it.
            action.setChecked(column not in HIDDEN_BY_DEFAULT)

    # -- public API --------------------------------------------------------------------------

    def set_search_source(self, source: SearchSource | None) -> None:
        """Where the filter's words are looked up beyond the listing (ids that mention them)."""
        self._search = source

    def set_summaries(
        self, summaries: list[ArticleSummary], counts: dict[int, dict[str, int]] | None = None
    ) -> None:
        if self.proxy.filter_text:
            self.apply_filter()  # new articles may match: search before they are listed
        self.model.reload(summaries, counts)

    def set_counts(self, counts: dict[int, dict[str, int]]) -> None:
        self.model.set_counts(counts)
        if self.proxy.filter_text and self._search is not None:
            self._search_timer.start()  # a speaker may have changed; look again soon
        if self.proxy.status_filter:
            self.proxy.refilter()
            self._update_count()

    def apply_filter(self) -> None:
        """Filter by the search box now (a pending search runs at once)."""
        self._search_timer.stop()
        text = self.filter_edit.text()
        matches = self._search(text) if self._search is not None and text.split() else None
        self.proxy.set_filter_text(text, matches or frozenset())
        self._update_count()

    def status_filter(self) -> str:
        return self.proxy.status_filter

    def set_status_filter(self, value: str) -> None:
        index = self.status_combo.findData(value)
        self.status_combo.setCurrentIndex(max(index, 0))

    def current_article_id(self) -> int | None:
        return current_record_id(self.table, LibraryRole.ArticleIdRole)

    def selected_article_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        ids = [int(index.data(LibraryRole.ArticleIdRole)) for index in rows]
        current = self.current_article_id()
        return ids or ([current] if current is not None else [])

    def select_article(self, article_id: int) -> bool:
        """Make ``article_id`` current; False when it is not listed (or filtered out)."""
        source_row = self.model.row_of(article_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    def select_row(self, row: int) -> bool:
        """Make the row at ``row`` (clamped to the shown rows) current."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return False
        self._set_current(self.proxy.index(min(max(row, 0), rows - 1), 0))
        return True

    def move_current(self, step: int) -> bool:
        """Open the next (``step=1``) or previous (``-1``) row; False at either end."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return False
        current = self.table.selectionModel().currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        self._set_current(self.proxy.index(row, 0))
        return True

    def fit_columns(self, max_chars: int = 22) -> None:
        """Size the narrow columns to their contents, within reason; the headline stretches."""
        header = self.table.horizontalHeader()
        limit = max_chars * self.table.fontMetrics().averageCharWidth()
        for column in Column:
            if column is Column.HEADLINE or column in COUNT_COLUMNS:
                continue
            if not header.isSectionHidden(column):
                wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(wanted + 8, limit))

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def filter_text(self) -> str:
        return self.filter_edit.text()

    def set_filter_text(self, text: str) -> None:
        """Set and apply the filter at once (typing, by contrast, waits for a pause)."""
        self.filter_edit.setText(text)
        self.apply_filter()

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state):
            self._fit_pending = False
            for action in header.actions():
                column = next(c for c in Column if HEADERS[c] == action.text())
                action.setChecked(not header.isSectionHidden(column))

    # -- slots -------------------------------------------------------------------------------

    def _set_current(self, index: QModelIndex) -> None:
        make_current(self.table, index)

    def _on_status_combo_index_changed(self, index: int) -> None:
        value = self.status_combo.itemData(index)
        self.proxy.set_status_filter(value if isinstance(value, str) else "")
        self._update_count()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        if self._search is None or not text.split():
            self.apply_filter()  # the listing alone is quick to filter, and so is clearing
        else:
            self._search_timer.start()
        self.filter_changed.emit(text)

    def _on_proxy_model_about_to_be_reset(self) -> None:
        self._kept_current = self.current_article_id()
        rows = self.table.selectionModel().selectedRows()
        self._kept_selected = [int(index.data(LibraryRole.ArticleIdRole)) for index in rows]

    def _on_proxy_model_reset(self) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for article_id in self._kept_selected:
            row = self.model.row_of(article_id)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, flags)
        kept = self._kept_current
        self._kept_current, self._kept_selected = None, []
        restored = False
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                restored = True
        self._update_count()
        if self._fit_pending and self.model.rowCount():
            self._fit_pending = False
            self.fit_columns()
        if not restored:
            self._emit_current(None)

    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._emit_current(record_id(current, LibraryRole.ArticleIdRole))

    def _emit_current(self, article_id: int | None) -> None:
        if article_id is None:
            self.selection_cleared.emit()
        else:
            self.article_selected.emit(article_id)

    def _update_count(self) -> None:
        self.count_label.setText(count_text(self.proxy.rowCount(), self.model.rowCount()))
