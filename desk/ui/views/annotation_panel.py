"""The annotation panel's list: the quotes of the open articles, in reading order.

The detail editor for the selected quote (:mod:`desk.ui.views.quote_editor`) sits in a dock of
its own, so the list can run wide under the articles while the editor keeps its height.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import Quote, QuoteStatus
from desk.ui.models.quote_table_model import QuoteColumn, QuoteRole, QuoteTableModel
from desk.ui.views.record_table import (
    current_record_id,
    make_current,
    record_id,
    set_up_record_table,
)

_COLUMN_CHARS = {
    QuoteColumn.SPEAKER: 18,
    QuoteColumn.OUTLET: 16,
    QuoteColumn.STATUS: 22,
    QuoteColumn.FLAGS: 18,
    QuoteColumn.MATCHES: 8,
}


def quote_count_text(shown: int, unchecked: int) -> str:
    if shown == 0:
        return "No quotes in the open articles"
    noun = "quote" if shown == 1 else "quotes"
    return f"{shown} {noun}, {unchecked} unchecked"


class AnnotationPanel(QWidget):
    """Lists quotes and reports which one is selected.

    Signals:
        quote_selected(object): the selected quote's id, or None.
    """

    quote_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.model = QuoteTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(QuoteRole.SortRole)
        self._kept: int | None = None

        self.count_label = QLabel(self)
        self.count_label.setObjectName("quoteCount")
        self.count_label.setAccessibleName("Number of quotes")
        self.table = QTableView(self)
        self.table.setObjectName("quoteTable")
        self.table.setAccessibleName("Quotes")
        self.table.setAccessibleDescription("The quotes of the open articles")
        self.table.setModel(self.proxy)
        self._set_up_table()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.proxy.modelAboutToBeReset.connect(self._on_proxy_model_about_to_be_reset)
        self.proxy.modelReset.connect(self._on_proxy_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._update_count()

    def _set_up_table(self) -> None:
        set_up_record_table(
            self.table,
            selection_mode=QAbstractItemView.SelectionMode.SingleSelection,
            row_padding=10,
            stretch_column=QuoteColumn.QUOTE,
            column_chars=_COLUMN_CHARS.items(),
        )
        # Reading order until the user sorts by a column header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    # -- public API --------------------------------------------------------------------------

    def set_quotes(self, quotes: Sequence[Quote], outlets: dict[int, str]) -> None:
        self.model.set_quotes(quotes, outlets)
        self._update_count()
        current = self.current_quote()
        if current is not None:
            self.quote_selected.emit(current.id)  # its values may have changed

    def current_quote_id(self) -> int | None:
        return current_record_id(self.table, QuoteRole.QuoteIdRole)

    def current_quote(self) -> Quote | None:
        quote_id = self.current_quote_id()
        return self.model.quote(quote_id) if quote_id is not None else None

    def select_quote(self, quote_id: int | None) -> bool:
        """Make ``quote_id`` the current row (None clears); False when it is not listed."""
        if quote_id is None:
            self.table.selectionModel().clear()
            self.quote_selected.emit(None)
            return True
        row = self.model.row_of(quote_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if self.current_quote_id() == quote_id:
            self.quote_selected.emit(quote_id)
            return True
        self._set_current(index)
        return True

    def move_selection(self, step: int, *, unchecked_only: bool = False) -> bool:
        """Select the next (``1``) or previous (``-1``) quote in the list's order, wrapping.

        With ``unchecked_only`` only quotes whose status is still unchecked count. False when
        there is none to go to.
        """
        rows = self.proxy.rowCount()
        if rows == 0:
            return False
        current = self.table.selectionModel().currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else rows)
        for n in range(1, rows + 1):
            row = (start + step * n) % rows
            index = self.proxy.index(row, 0)
            quote = index.data(QuoteRole.QuoteRole)
            if not unchecked_only or (
                isinstance(quote, Quote) and quote.status is QuoteStatus.UNCHECKED
            ):
                if row == current.row() and current.isValid():
                    return False
                self._set_current(index)
                return True
        return False

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        self.table.horizontalHeader().restoreState(state)

    # -- slots -------------------------------------------------------------------------------

    def _set_current(self, index: QModelIndex) -> None:
        make_current(self.table, index)

    def _on_proxy_model_about_to_be_reset(self) -> None:
        self._kept = self.current_quote_id()

    def _on_proxy_model_reset(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and self.select_quote(kept):
            return
        self.quote_selected.emit(None)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.quote_selected.emit(record_id(current, QuoteRole.QuoteIdRole))

    def _update_count(self) -> None:
        quotes = self.model.quotes()
        unchecked = sum(q.status is QuoteStatus.UNCHECKED for q in quotes)
        self.count_label.setText(quote_count_text(len(quotes), unchecked))
