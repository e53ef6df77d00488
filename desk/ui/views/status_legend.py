"""The legend under the reading area: what each highlight in the text means.

Each entry pairs a sample of the highlight (fill and underline as drawn in the text) with the
status icon and its name, so the key works for readers who cannot tell the colours apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QTextEdit, QWidget

from desk.core.entities import Quote, QuoteStatus, Review
from desk.ui import quote_style

SAMPLE_TEXT = "quote"


def sample_quote(status: QuoteStatus, review: Review = Review.ACCEPTED) -> Quote:
    """A stand-in quote, only to borrow the look of a status from :mod:`quote_style`."""
    now = datetime(2000, 1, 1, tzinfo=UTC)
    return Quote(
        id=0,
        article_id=0,
        start=0,
        end=len(SAMPLE_TEXT),
        text=SAMPLE_TEXT,
        speaker_id=None,
        speaker=None,
        speaker_role=None,
        partial=False,
        confidence=None,
        review=review,
        status=status,
        note=None,
        evidence_url=None,
        evidence_article_id=None,
        evidence_start=None,
        evidence_end=None,
        checked_by=None,
        checked_at=None,
        created_at=now,
        updated_by=None,
        updated_at=now,
        version=1,
    )


class _Swatch(QTextEdit):
    """A status name drawn with exactly the format the article view uses for that status."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.document().setDocumentMargin(1)
        self.setPlainText(text)
        metrics = self.fontMetrics()
        self.setFixedSize(metrics.horizontalAdvance(text) + 10, metrics.height() + 6)
        self.setAccessibleName(f"{text} highlight")

    def set_format(self, chars: QTextCharFormat) -> None:
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.setCharFormat(chars)


class _FlowLayout(QLayout):
    """Lays items out left to right and wraps them, so the legend fits narrow windows."""

    def __init__(self, parent: QWidget, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() and line > 0:
                x, y, line = area.x(), y + line + 4, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class StatusLegend(QWidget):
    """A sample and an icon for each status, for suggestions and for the same quote elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLegend")
        self.setAccessibleName("Legend of quote highlights")
        layout = _FlowLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        self._entries: list[tuple[QLabel, _Swatch, Quote | None]] = []
        for status in quote_style.STATUS_ORDER:
            self._add(layout, sample_quote(status), status.label)
        suggested = sample_quote(QuoteStatus.UNCHECKED, Review.SUGGESTED)
        self._add(layout, suggested, "Suggested")
        self._add(layout, None, "Same quote elsewhere")
        self._apply_palette()

    def labels(self) -> list[str]:
        return [swatch.toPlainText() for _icon, swatch, _quote in self._entries]

    def _add(self, layout: _FlowLayout, quote: Quote | None, text: str) -> None:
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        icon = QLabel(entry)
        icon.setFixedSize(16, 16)
        swatch = _Swatch(text, entry)
        row.addWidget(icon)
        row.addWidget(swatch)
        layout.addWidget(entry)
        self._entries.append((icon, swatch, quote))

    def _apply_palette(self) -> None:
        palette = self.palette()
        for icon, swatch, quote in self._entries:
            if quote is None:
                chars = quote_style.counterpart_format(palette)
                icon.hide()
                tip = "The same quotation as the selected one, in another column"
            else:
                chars = quote_style.quote_format(quote, palette)
                source = (
                    quote_style.suggested_icon(palette)
                    if quote.review is Review.SUGGESTED
                    else quote_style.status_icon(quote.status, palette)
                )
                icon.setPixmap(source.pixmap(16, 16))
                tip = f"{quote.status.label}: {quote_style.STATUS_DESCRIPTIONS[quote.status]}"
                if quote.review is Review.SUGGESTED:
                    tip = "Suggested (dotted underline): found by Quote Desk; accept or reject it"
            chars.setToolTip(tip)
            swatch.setToolTip(tip)
            icon.setToolTip(tip)
            swatch.set_format(chars)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
