"""The reading area: articles side by side in splitter columns, with the status legend below.

Each column is an :class:`ArticleView` under a small header (headline, outlet, close button).
Articles arrive by selection in the library, by "Open in New Column", or by dragging a row of
the library into a column (or onto the free space at the right, which adds a column).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import Article, Quote
from desk.ui.models.library_table_model import ARTICLE_MIME_TYPE, article_ids_from_mime
from desk.ui.views.article_view import ArticleView
from desk.ui.views.status_legend import StatusLegend

#: Beyond this, columns get too narrow to read; opening another replaces the active one.
MAX_COLUMNS = 4


def _accept_articles(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """Take library rows; ignore the rest, so dragged files go on to the window to import."""
    if event.mimeData().hasFormat(ARTICLE_MIME_TYPE):
        event.acceptProposedAction()
    else:
        event.ignore()


def _take_articles(event: QDropEvent) -> list[int]:
    """The dropped articles' ids, the drop accepted when there are any."""
    ids = article_ids_from_mime(event.mimeData())
    if ids:
        event.acceptProposedAction()
    else:
        event.ignore()
    return ids


class ReadingColumn(QFrame):
    """One article with its header; accepts articles dragged from the library.

    Signals:
        activated(): the user clicked or focused into this column.
        close_requested(): its close button was pressed.
        article_dropped(int): an article was dropped here.
    """

    activated = Signal()
    close_requested = Signal()
    article_dropped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingColumn")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._active = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("columnTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setAccessibleName("Column article")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("columnClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName("Close column")
        self.close_button.setToolTip("Close this column (Ctrl+W)")
        self.close_button.clicked.connect(self.close_requested)

        header = QWidget(self)
        header.setObjectName("columnHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(10, 3, 3, 3)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.title_label, 1)
        header_layout.addWidget(self.close_button)
        self.header = header

        self.view = ArticleView(self)
        self.view.viewport().setAcceptDrops(False)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        self.set_active(False)

    @property
    def article(self) -> Article | None:
        return self.view.article

    @property
    def article_id(self) -> int | None:
        return self.view.article.id if self.view.article is not None else None

    def set_active(self, active: bool) -> None:
        self._active = active
        self.header.setProperty("active", active)
        # The stylesheet reads the property; re-polish so it is applied now.
        self.header.style().unpolish(self.header)
        self.header.style().polish(self.header)
        self._update_title()

    def show_article(self, article: Article, quotes: Sequence[Quote]) -> None:
        self.view.show_article(article, quotes)
        self._update_title()

    def show_placeholder(self, heading: str, lines: list[str]) -> None:
        self.view.show_placeholder(heading, lines)
        self._update_title()

    def _update_title(self) -> None:
        article = self.view.article
        if article is None:
            title = "Empty column — choose or drag an article"
        else:
            parts = [p for p in (article.outlet, article.display_title) if p]
            title = " · ".join(parts)
        self.title_label.setText(title)
        self.title_label.setToolTip(title)
        state = "active" if self._active else "inactive"
        self.setAccessibleName(f"Reading column ({state}): {title}")

    # -- Qt overrides ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.activated.emit()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activated.emit()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.activated.emit()
        super().focusInEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        _accept_articles(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _accept_articles(event)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = _take_articles(event)
        if ids:
            self.article_dropped.emit(ids[0])


class _DropZone(QLabel):
    """The strip at the right edge: drop an article there to open it in a new column.

    Signals:
        article_dropped(int): an article was dropped here.
    """

    article_dropped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("+", parent)
        self.setObjectName("columnDropZone")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setFixedWidth(22)
        self.setAccessibleName("New column drop target")
        self.setToolTip("Drop an article here to read it beside the others")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        _accept_articles(event)

    def dropEvent(self, event: QDropEvent) -> None:
        for article_id in _take_articles(event):
            self.article_dropped.emit(article_id)


class ReadingArea(QWidget):
    """Columns of articles; knows quotes only as spans to draw and ids to report.

    Signals:
        quote_clicked(int): a quote was clicked in one of the columns.
        article_requested(int, int): open this article in column ``index`` (-1: a new column);
            the area has no library, so the window fetches the article and calls
            :meth:`open_article`.
        columns_changed(): a column was added, closed or given another article.
        active_column_changed(int): the column the next library selection goes to.
    """

    quote_clicked = Signal(int)
    article_requested = Signal(int, int)
    columns_changed = Signal()
    active_column_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingArea")
        self.setAccessibleName("Reading area")
        self._columns: list[ReadingColumn] = []
        self._active = 0
        self._placeholder: tuple[str, list[str]] = ("", [])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readingSplitter")
        self.splitter.setAccessibleName("Article columns")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(5)
        self.drop_zone = _DropZone(self)
        self.drop_zone.article_dropped.connect(lambda i: self.article_requested.emit(i, -1))
        self.legend = StatusLegend(self)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.splitter, 1)
        row.addWidget(self.drop_zone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row, 1)
        layout.addWidget(self.legend)
        self.add_column()

    # -- columns -----------------------------------------------------------------------------

    @property
    def columns(self) -> list[ReadingColumn]:
        return list(self._columns)

    @property
    def active_index(self) -> int:
        return self._active

    @property
    def active_column(self) -> ReadingColumn:
        return self._columns[self._active]

    def article_ids(self) -> list[int]:
        """The open articles, left to right, each once."""
        ids: list[int] = []
        for column in self._columns:
            if column.article_id is not None and column.article_id not in ids:
                ids.append(column.article_id)
        return ids

    def add_column(self) -> ReadingColumn:
        column = ReadingColumn(self.splitter)
        column.activated.connect(lambda c=column: self.activate(c))
        column.close_requested.connect(lambda c=column: self.close_column(self._columns.index(c)))
        column.article_dropped.connect(
            lambda article_id, c=column: self.article_requested.emit(
                article_id, self._columns.index(c)
            )
        )
        column.view.quote_clicked.connect(self.quote_clicked)
        self.splitter.addWidget(column)
        self._columns.append(column)
        if self._placeholder[0]:
            column.show_placeholder(*self._placeholder)
        self._equalise()
        self.activate(column)
        self.drop_zone.setEnabled(len(self._columns) < MAX_COLUMNS)
        self.columns_changed.emit()
        return column

    def close_column(self, index: int) -> None:
        """Close a column; the last one only empties, so there is always somewhere to read."""
        if not 0 <= index < len(self._columns):
            return
        if len(self._columns) == 1:
            self._columns[0].view.clear_article()
            self._columns[0].show_placeholder(*self._placeholder)
            self.columns_changed.emit()
            return
        column = self._columns.pop(index)
        column.hide()
        column.setParent(None)
        column.deleteLater()
        self._active = min(self._active, len(self._columns) - 1)
        for i, other in enumerate(self._columns):
            other.set_active(i == self._active)
        self._equalise()
        self.drop_zone.setEnabled(len(self._columns) < MAX_COLUMNS)
        self.columns_changed.emit()
        self.active_column_changed.emit(self._active)

    def column_for(self, article_id: int) -> ReadingColumn | None:
        return next((c for c in self._columns if c.article_id == article_id), None)

    def open_article(
        self, article: Article, quotes: Sequence[Quote], index: int | None = None
    ) -> ReadingColumn:
        """Show ``article`` in column ``index`` (default: the active one; -1: a new column)."""
        if index == -1:
            column = self.add_column() if len(self._columns) < MAX_COLUMNS else self.active_column
        elif index is None or not 0 <= index < len(self._columns):
            column = self.active_column
        else:
            column = self._columns[index]
        column.show_article(article, quotes)
        self.activate(column)
        self.columns_changed.emit()
        return column

    def set_placeholder(self, heading: str, lines: list[str]) -> None:
        """What empty columns say (an empty library, nothing chosen yet)."""
        self._placeholder = (heading, list(lines))
        for column in self._columns:
            if column.article is None:
                column.show_placeholder(heading, lines)

    def activate_next(self, step: int = 1) -> None:
        self.activate(self._columns[(self._active + step) % len(self._columns)])
        self.active_column.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- quotes ------------------------------------------------------------------------------

    def set_quotes(self, article_id: int, quotes: Sequence[Quote]) -> None:
        for column in self._columns:
            if column.article_id == article_id:
                column.view.set_quotes(quotes)

    def select_quote(self, quote: Quote | None) -> None:
        """Emphasise ``quote`` in every column showing its article, and scroll to it."""
        for column in self._columns:
            here = quote is not None and column.article_id == quote.article_id
            column.view.select_quote(quote.id if here and quote else None, scroll=here)

    def show_counterparts(
        self, spans: Sequence[tuple[int, int, int]], *, scroll: bool = True
    ) -> None:
        """Highlight and scroll to ``(article_id, start, end)`` spans in the open columns.

        Without ``scroll``, a column scrolls only when its spans changed: a report rebuilt in
        the background does not pull a column away from where the checker is reading.
        """
        for column in self._columns:
            mine = [(s, e) for a, s, e in spans if a == column.article_id]
            changed = mine != column.view.counterparts
            column.view.show_counterparts(mine, scroll=bool(mine) and (scroll or changed))

    def selected_span(self) -> tuple[ReadingColumn, int, int] | None:
        """The text selected in the active column, else in any column."""
        ordered = [self.active_column] + [c for c in self._columns if c is not self.active_column]
        for column in ordered:
            span = column.view.selected_span()
            if span is not None:
                return column, span[0], span[1]
        return None

    def activate(self, column: ReadingColumn) -> None:
        """Make ``column`` the one the next library selection opens in."""
        index = self._columns.index(column)
        changed = index != self._active
        self._active = index
        for i, other in enumerate(self._columns):
            other.set_active(i == index)
        if changed:
            self.active_column_changed.emit(index)

    # -- helpers -----------------------------------------------------------------------------

    def _equalise(self) -> None:
        count = len(self._columns)
        width = max(self.splitter.width(), 300 * count)
        self.splitter.setSizes([width // count] * count)
