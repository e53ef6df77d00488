"""The reading pane: one article's headline, metadata line and cleaned text.

Article text comes from the web and from strangers' files, so it is never parsed as markup:
every piece is inserted as plain text through ``QTextCursor`` with explicit formats, and
:meth:`ArticleView.loadResource` refuses every request, so nothing can make the view fetch an
image or a stylesheet from the network.

The body is inserted verbatim, each line break becoming a block boundary of the same length,
so :meth:`ArticleView.document_position` maps an offset into ``Article.text`` (the offsets quotes
are located by) to a document position with simple arithmetic.

Quotes are character formats written into the document as it is built, one run of text per
format, so opening a long article lays it out once. A changed quote re-formats only its own
span; the selected quote and its counterparts elsewhere, which change with every click, are
extra selections on top, so selecting repaints and never re-lays out.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desk.core.entities import Article, DocumentKind, Quote
from desk.ui import quote_style

BODY_POINT_SIZE = 11.5
HEADLINE_POINT_SIZE = 21.0
#: A headline shrinks towards this size so its longest word fits a narrow column whole.
MIN_HEADLINE_POINT_SIZE = 13.0
META_POINT_SIZE = 9.5
LINE_HEIGHT_PERCENT = 145
MEASURE_CHARS = 70  # a comfortable line length for continuous reading
MIN_SIDE_MARGIN = 28
#: In a narrow column (four side by side) the margins give way to the text, down to this.
NARROW_SIDE_MARGIN = 10
SERIF_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "Serif"]
LINK_SCHEMES = frozenset({"http", "https"})
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each in the document


def body_font() -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def headline_font(point_size: float = HEADLINE_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.Bold)
    return font


def fitting_point_size(words: Sequence[str], width: float, metrics: QFontMetricsF) -> float:
    """The headline size at which the widest of ``words`` fits ``width``, within limits.

    ``metrics`` measure the headline font at :data:`HEADLINE_POINT_SIZE`; text width scales
    with the point size, so one measurement per word is enough.
    """
    # Measured a little wide: the layout's own measure of a word can exceed the metrics'
    # by a pixel or two (glyph bearings), and a word that only just fits would still break.
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0) * 1.04 + 2
    if widest <= width:
        return HEADLINE_POINT_SIZE
    # Rounded down to half points, so the result fits and a resize rarely changes it.
    wanted = int(HEADLINE_POINT_SIZE * width / widest * 2) / 2
    return max(MIN_HEADLINE_POINT_SIZE, wanted)


def _blend(front: QColor, back: QColor, amount: float) -> QColor:
    """``front`` faded ``amount`` of the way towards ``back``: subdued, yet from the palette."""
    return QColor.fromRgbF(
        front.redF() * (1 - amount) + back.redF() * amount,
        front.greenF() * (1 - amount) + back.greenF() * amount,
        front.blueF() * (1 - amount) + back.blueF() * amount,
    )


class ArticleView(QTextBrowser):
    """Read-only article display that never interprets article text as markup.

    Signals:
        link_activated(QUrl): the article's web link was clicked (http and https only).
        quote_clicked(int): a quote was clicked (without selecting text); its id.
    """

    link_activated = Signal(QUrl)
    quote_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The selected article's headline, details and text")
        self.setReadOnly(True)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # dropped files go to the window, which imports them
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Qt breaks inside a word only when the word is wider than the line: a headline is
        # shrunk until its widest word fits (_fit_headline), so it breaks between words.
        self.document().setDocumentMargin(0)
        self.requested_resources: list[QUrl] = []
        self._article: Article | None = None
        self._placeholder: tuple[str, list[str]] | None = None
        self._body_start = 0
        self._astral: list[int] = []
        self._astral_positions: list[int] = []
        self._locale = QLocale()
        self._quotes: list[Quote] = []
        self._selected_id: int | None = None
        self._counterparts: list[tuple[int, int]] = []
        self._context_actions: list[QAction] = []
        self._body_chars = QTextCharFormat()
        self._headline_size = HEADLINE_POINT_SIZE
        self._looks: dict[tuple[object, object], QTextCharFormat] = {}
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    # -- what is shown -----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def body_start(self) -> int:
        """Document position of ``Article.text[0]``."""
        return self._body_start

    def document_position(self, offset: int) -> int:
        """The document position of ``Article.text[offset]``.

        Qt counts UTF-16 units, Python code points: a character outside the Basic Multilingual
        Plane (an emoji) takes two positions, so those before ``offset`` are added.
        """
        return self._body_start + offset + bisect.bisect_left(self._astral, offset)

    def text_offset(self, position: int) -> int:
        """The offset into ``Article.text`` of a document position (the inverse of the above)."""
        relative = position - self._body_start
        return relative - bisect.bisect_right(self._astral_positions, relative - 2)

    def show_article(self, article: Article, quotes: Sequence[Quote] = ()) -> None:
        self._article = article
        self._placeholder = None
        self._quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
        self._selected_id = None
        self._counterparts = []
        self._render()
        self.verticalScrollBar().setValue(0)

    # -- quotes ------------------------------------------------------------------------------

    @property
    def quotes(self) -> list[Quote]:
        return list(self._quotes)

    @property
    def selected_quote_id(self) -> int | None:
        return self._selected_id

    def set_quotes(self, quotes: Sequence[Quote]) -> None:
        """Replace the highlighted quotes (after an edit); the selection stays if still there."""
        ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
        if ordered == self._quotes:
            return  # re-formatting is the costly part of a change: skip a no-op
        previous, self._quotes = self._quotes, ordered
        if self._selected_id not in {q.id for q in self._quotes}:
            self._selected_id = None
        self._restyle(_changed_spans(previous, ordered))
        self._update_highlights()

    def select_quote(self, quote_id: int | None, *, scroll: bool = True) -> bool:
        """Emphasise one quote (None: none) and bring it into view; False if it is not here."""
        quote = next((q for q in self._quotes if q.id == quote_id), None)
        selected_id = quote.id if quote is not None else None
        if selected_id != self._selected_id:
            self._selected_id = selected_id
            self._update_highlights()
        if quote is not None and scroll:
            self.scroll_to_span(quote.start, quote.end)
        return quote is not None

    @property
    def counterparts(self) -> list[tuple[int, int]]:
        """The spans highlighted as the selected quote's counterparts."""
        return list(self._counterparts)

    def show_counterparts(self, spans: Sequence[tuple[int, int]], *, scroll: bool = True) -> None:
        """Highlight the same quotation as reported here (offsets into ``Article.text``)."""
        if list(spans) != self._counterparts:
            self._counterparts = list(spans)
            self._update_highlights()
        if self._counterparts and scroll:
            self.scroll_to_span(*self._counterparts[0])

    def scroll_to_span(self, start: int, end: int) -> None:
        """Show the span, a little below the top when it has to scroll."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(end))
        end_rect = self.cursorRect(cursor)
        cursor.setPosition(self.document_position(start))
        start_rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if viewport.contains(start_rect.topLeft()) and viewport.contains(end_rect.bottomLeft()):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + start_rect.top() - viewport.height() // 4)

    def quote_at(self, offset: int) -> Quote | None:
        """The innermost quote covering ``Article.text[offset]``."""
        found: Quote | None = None
        for quote in self._quotes:
            if quote.start > offset:
                break
            if quote.end > offset and (
                found is None or quote.end - quote.start < found.end - found.start
            ):
                found = quote
        return found

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as offsets into ``Article.text``, without surrounding white space."""
        if self._article is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        length = len(self._article.text)
        start = max(0, min(length, self.text_offset(cursor.selectionStart())))
        end = max(0, min(length, self.text_offset(cursor.selectionEnd())))
        text = self._article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``Article.text[start:end]`` as if the user had dragged over it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """Commands the right-click menu offers above the usual Copy and Select All."""
        self._context_actions = list(actions)

    def _span_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _quote_chars(self, quote: Quote) -> QTextCharFormat:
        """The body's format with this quote's status look and tooltip on top."""
        key = (quote.status, quote.review)
        if key not in self._looks:
            self._looks[key] = quote_style.quote_format(quote, self.palette())
        chars = QTextCharFormat(self._body_chars)
        chars.merge(self._looks[key])
        chars.setToolTip(quote_style.quote_tooltip(quote))
        return chars

    def _restyle(self, spans: list[tuple[int, int]]) -> None:
        """Re-format only these spans of the body: plain first, then every quote over them."""
        if self._article is None or not spans:
            return
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        try:
            for lo, hi in spans:
                self._span_cursor(lo, hi).setCharFormat(self._body_chars)
                # In text order, so an inner quote is written over the one around it.
                for quote in self._quotes:
                    if quote.start >= hi:
                        break
                    if quote.end > lo:
                        start, end = max(quote.start, lo), min(quote.end, hi)
                        self._span_cursor(start, end).setCharFormat(self._quote_chars(quote))
        finally:
            batch.endEditBlock()

    def _update_highlights(self) -> None:
        """The extra selections: the selected quote and the counterparts, nothing else."""
        if self._article is None:
            self.setExtraSelections([])
            return
        palette = self.palette()
        spans: list[tuple[int, int, QTextCharFormat]] = []
        if self._counterparts:
            counterpart = quote_style.counterpart_format(palette)
            spans += [(start, end, counterpart) for start, end in self._counterparts]
        selected = next((q for q in self._quotes if q.id == self._selected_id), None)
        if selected is not None:
            chars = quote_style.selected_format(selected, palette)
            spans.append((selected.start, selected.end, chars))
        selections: list[QTextEdit.ExtraSelection] = []
        for start, end, chars in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._span_cursor(start, end)
            selection.format = chars
            selections.append(selection)
        self.setExtraSelections(selections)

    def show_placeholder(self, heading: str, lines: list[str]) -> None:
        """A centred message in place of an article: an empty library, nothing selected."""
        self._article = None
        self._placeholder = (heading, list(lines))
        self._render()

    def clear_article(self) -> None:
        self._article = None
        self._placeholder = None
        self._quotes = []
        self._selected_id = None
        self._counterparts = []
        self.setExtraSelections([])
        self.document().clear()

    # -- Qt overrides ------------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Refuse every resource: an article must never make the app fetch anything."""
        self.requested_resources.append(QUrl(name))
        return None

    @property
    def headline_point_size(self) -> float:
        """The headline's size now: smaller than usual when a word would not fit the column."""
        return self._headline_size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        self._fit_headline()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        if self._article is None:
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        if position < self._body_start:
            return
        quote = self.quote_at(self.text_offset(position))
        if quote is not None:
            self.quote_clicked.emit(quote.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self._context_actions:
                menu.insertAction(first, action) if first is not None else menu.addAction(action)
            if first is not None:
                menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    # -- rendering ---------------------------------------------------------------------------

    def _render(self) -> None:
        document = self.document()
        document.clear()
        document.setDefaultFont(body_font())
        self._body_start = 0
        self._astral = []
        self._astral_positions = []
        self._looks = {}
        # One edit block: the layout runs once at the end, not after each paragraph's format
        # (a 10,000-word article would otherwise be laid out hundreds of times).
        batch = QTextCursor(document)
        batch.beginEditBlock()
        try:
            if self._article is not None:
                self._render_article(QTextCursor(document), self._article)
            elif self._placeholder is not None:
                self._render_placeholder(QTextCursor(document), *self._placeholder)
            self._update_margins()
            self._fit_headline()
        finally:
            batch.endEditBlock()
        self._update_highlights()

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        subdued = _blend(text, palette.color(QPalette.ColorRole.Base), 0.4)
        return text, subdued, palette.color(QPalette.ColorRole.Link)

    def _render_article(self, cursor: QTextCursor, article: Article) -> None:
        text_colour, subdued, link_colour = self._colours()

        headline_block = QTextBlockFormat()
        headline_block.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        headline_block.setBottomMargin(10)
        self._headline_size = self._headline_size_for(article)
        headline_chars = QTextCharFormat()
        headline_chars.setFontFamilies(SERIF_FAMILIES)
        headline_chars.setFontPointSize(self._headline_size)
        headline_chars.setFontWeight(QFont.Weight.Bold)
        headline_chars.setForeground(text_colour)
        cursor.setBlockFormat(headline_block)
        cursor.insertText(article.display_title, headline_chars)

        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(22)
        meta_block.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        meta_chars = QTextCharFormat()
        meta_chars.setFontFamilies([self.font().family()])
        meta_chars.setFontPointSize(META_POINT_SIZE)
        meta_chars.setForeground(subdued)
        cursor.insertBlock(meta_block, meta_chars)
        self._insert_metadata(cursor, article, meta_chars, link_colour)

        body_block = QTextBlockFormat()
        body_block.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        body_chars = QTextCharFormat()
        body_chars.setFont(body_font())
        body_chars.setForeground(text_colour)
        cursor.insertBlock(body_block, body_chars)
        self._body_start = cursor.position()
        self._body_chars = body_chars
        text = article.text
        for start, end, quote in _runs(len(text), self._quotes):
            chars = body_chars if quote is None else self._quote_chars(quote)
            self._insert_verbatim(cursor, text[start:end], chars)
        self._astral = [m.start() for m in _ASTRAL.finditer(article.text)]
        self._astral_positions = [offset + n for n, offset in enumerate(self._astral)]
        self._space_paragraphs(body_block, body_chars)

    @staticmethod
    def _insert_verbatim(cursor: QTextCursor, text: str, chars: QTextCharFormat) -> None:
        # WORKAROUND: QTextCursor.insertText folds "\r\n" into one block break; inserting the
        # two characters in separate calls keeps one document position per character.
        if "\r\n" not in text:
            cursor.insertText(text, chars)
            return
        chunks = text.split("\r\n")
        cursor.insertText(chunks[0], chars)
        for chunk in chunks[1:]:
            cursor.insertText("\r", chars)
            cursor.insertText("\n" + chunk, chars)

    def _insert_metadata(
        self, cursor: QTextCursor, article: Article, chars: QTextCharFormat, link: QColor
    ) -> None:
        parts: list[str] = []
        if article.kind is DocumentKind.SOURCE:
            parts.append("Primary source")
        parts += [p for p in (article.outlet, article.byline) if p]
        if article.published is not None:
            when = QDate(article.published.year, article.published.month, article.published.day)
            parts.append(self._locale.toString(when, "d MMMM yyyy"))
        url = QUrl(article.url or "")
        has_link = url.isValid() and url.scheme().lower() in LINK_SCHEMES and bool(url.host())
        if not parts and not has_link:
            cursor.insertText("No details yet — Article ▸ Edit Details… (Ctrl+E) adds them", chars)
            return
        cursor.insertText("  ·  ".join(parts), chars)
        if has_link:
            if parts:
                cursor.insertText("  ·  ", chars)
            anchor = QTextCharFormat(chars)
            anchor.setAnchor(True)
            anchor.setAnchorHref(url.toString())
            anchor.setForeground(link)
            anchor.setFontUnderline(True)
            anchor.setToolTip(url.toDisplayString())
            host = url.host().removeprefix("www.")
            cursor.insertText(f"{host} ↗", anchor)

    def _space_paragraphs(self, base: QTextBlockFormat, chars: QTextCharFormat) -> None:
        """Paragraph spacing whether the text separates paragraphs by blank lines or not.

        Blank lines become short fixed-height gaps; a paragraph followed directly by another
        gets a bottom margin instead. Either way one character is one document position.
        """
        gap = QFontMetricsF(chars.font()).height() * 0.7
        blank = QTextBlockFormat(base)
        blank.setLineHeight(gap, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        spaced = QTextBlockFormat(base)
        spaced.setBottomMargin(gap)
        block = self.document().findBlock(self._body_start)
        while block.isValid():
            following = block.next()
            cursor = QTextCursor(block)
            if not block.text().strip():
                cursor.setBlockFormat(blank)
            elif following.isValid() and following.text().strip():
                cursor.setBlockFormat(spaced)
            block = following

    def _render_placeholder(self, cursor: QTextCursor, heading: str, lines: list[str]) -> None:
        text_colour, subdued, _link = self._colours()
        centred = QTextBlockFormat()
        centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        centred.setBottomMargin(12)
        heading_chars = QTextCharFormat()
        heading_chars.setFontPointSize(15)
        heading_chars.setFontWeight(QFont.Weight.DemiBold)
        heading_chars.setForeground(text_colour)
        cursor.setBlockFormat(centred)
        cursor.insertText(heading, heading_chars)
        line_block = QTextBlockFormat()
        line_block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        line_block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        line_chars = QTextCharFormat()
        line_chars.setFontFamilies([self.font().family()])
        line_chars.setFontPointSize(10.5)
        line_chars.setForeground(subdued)
        for line in lines:
            cursor.insertBlock(line_block, line_chars)
            cursor.insertText(line, line_chars)

    def _update_margins(self) -> None:
        """Centre a column of at most ``MEASURE_CHARS`` characters in the viewport."""
        measure = QFontMetricsF(body_font()).averageCharWidth() * MEASURE_CHARS
        width = self.viewport().width()
        least = min(MIN_SIDE_MARGIN, max(NARROW_SIDE_MARGIN, round(width * 0.06)))
        side = max(least, (width - measure) / 2)
        # A placeholder sits a little above the middle, where the eye lands on an empty pane.
        top = self.viewport().height() * 0.3 if self._placeholder is not None else 30
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if (frame.leftMargin(), frame.rightMargin(), frame.topMargin()) == (side, side, top):
            return
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(top)
        frame.setBottomMargin(48)
        root.setFrameFormat(frame)

    def _text_width(self) -> float:
        """The width a line of text gets: the viewport less the root frame's side margins."""
        frame = self.document().rootFrame().frameFormat()
        margin = self.document().documentMargin()
        return self.viewport().width() - frame.leftMargin() - frame.rightMargin() - 2 * margin

    def _headline_size_for(self, article: Article) -> float:
        metrics = QFontMetricsF(headline_font(), self.viewport())
        return fitting_point_size(article.display_title.split(), self._text_width(), metrics)

    def _fit_headline(self) -> None:
        """Resize the headline, when the column's width calls for another size."""
        if self._article is None:
            return
        size = self._headline_size_for(self._article)
        if size == self._headline_size:
            return
        self._headline_size = size
        block = self.document().firstBlock()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        chars = QTextCharFormat()
        chars.setFontPointSize(size)
        cursor.mergeCharFormat(chars)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in LINK_SCHEMES:
            self.link_activated.emit(url)


def _runs(length: int, quotes: Sequence[Quote]) -> list[tuple[int, int, Quote | None]]:
    """The body cut at every quote boundary: each run with the quote whose look it takes.

    ``quotes`` are in text order (start, then longest first); where quotes overlap, the one
    that comes last in that order wins, as when :meth:`ArticleView._restyle` writes them over
    each other.
    """
    cuts = sorted(
        {0, length, *(min(max(q.start, 0), length) for q in quotes)}
        | {min(max(q.end, 0), length) for q in quotes}
    )
    runs: list[tuple[int, int, Quote | None]] = []
    active: list[Quote] = []
    waiting = 0
    for lo, hi in itertools.pairwise(cuts):
        while waiting < len(quotes) and quotes[waiting].start <= lo:
            active.append(quotes[waiting])
            waiting += 1
        active = [q for q in active if q.end > lo]
        runs.append((lo, hi, active[-1] if active else None))
    return runs


def _changed_spans(before: Sequence[Quote], after: Sequence[Quote]) -> list[tuple[int, int]]:
    """The spans, merged, where a quote appeared, went, moved or changed its look."""
    old = {q.id: q for q in before}
    new = {q.id: q for q in after}
    spans = sorted(
        (q.start, q.end)
        for quote_id in old.keys() | new.keys()
        if old.get(quote_id) != new.get(quote_id)
        for q in (old.get(quote_id), new.get(quote_id))
        if q is not None
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
