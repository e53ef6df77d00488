"""Word-level differences between versions of a quote, as matching reports them.

The view takes ``[op, text]`` pairs (``op``: "equal", "insert", "delete", "replace") and draws
them as plain text with formats — never as HTML, since the words come from articles. Each kind
of change has its own decoration (strike-through, underline, wavy underline) besides its
colour, and :meth:`WordDiffView.plain_description` spells the diff out for screen readers.
Several diffs (one per other report of a quote) are listed one under the other, each after a
label naming where it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont, QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desk.core.entities import QuoteStatus
from desk.ui import quote_style

OPS = ("equal", "insert", "delete", "replace")
OP_WORDS = {"insert": "added", "delete": "removed", "replace": "changed"}
_MARKS = {
    "equal": ("", ""),
    "insert": ("{+", "+}"),
    "delete": ("[-", "-]"),
    "replace": ("{~", "~}"),
}
_COLOURS = {
    "insert": QuoteStatus.VERIFIED,
    "delete": QuoteStatus.MISQUOTED,
    "replace": QuoteStatus.DISPUTED,
}
EMPTY_TEXT = "Select a quote that other articles also report to see how their words differ."

Underline = QTextCharFormat.UnderlineStyle


def validate(pairs: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """The pairs as tuples; a bad op is a programming error in the matcher, hence ValueError."""
    checked: list[tuple[str, str]] = []
    for pair in pairs:
        if len(pair) != 2:
            raise ValueError(f"a diff entry is [op, text], not {pair!r}")
        op, text = pair
        if op not in OPS:
            raise ValueError(f"unknown diff operation {op!r}; expected one of {OPS}")
        checked.append((op, text))
    return checked


class WordDiffView(QTextEdit):
    """Read-only display of one word diff."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordDiffView")
        self.setAccessibleName("Word differences")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._entries: list[tuple[str, list[tuple[str, str]]]] = []
        self._placeholder = EMPTY_TEXT
        self._fit_limit: int | None = None
        self._render()

    def fit_height(self, limit: int) -> None:
        """Be as tall as the text, up to ``limit`` pixels (then scroll): a one-line diff then
        takes one line of the panel, and three reports get the room they need."""
        self._fit_limit = limit
        self._fit()

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The first (usually the only) diff shown."""
        return list(self._entries[0][1]) if self._entries else []

    @property
    def labels(self) -> list[str]:
        """The label of each diff shown, in order ("" for an unlabelled one)."""
        return [label for label, _pairs in self._entries]

    def set_diff(self, pairs: Sequence[Sequence[str]]) -> None:
        self.set_diffs([("", pairs)])

    def set_diffs(self, entries: Sequence[tuple[str, Sequence[Sequence[str]]]]) -> None:
        """Show several diffs, each after its label (where that wording was reported)."""
        self._entries = [(label, validate(pairs)) for label, pairs in entries]
        self._render()

    def clear_diff(self, placeholder: str = EMPTY_TEXT) -> None:
        self._entries = []
        self._placeholder = placeholder
        self._render()

    def plain_description(self) -> str:
        """The diffs with textual marks: ``[-removed-] {+added+} {~changed~}``, one a line,
        each after its label."""
        lines = []
        for label, pairs in self._entries:
            marked = _join((_MARKS[op][0] + text + _MARKS[op][1]) for op, text in pairs)
            lines.append(f"{label}: {marked}" if label else marked)
        return "\n".join(lines)

    def op_format(self, op: str) -> QTextCharFormat:
        palette = self.palette()
        chars = QTextCharFormat()
        if op == "equal":
            return chars
        colour = quote_style.status_colour(_COLOURS[op], palette)
        background = quote_style.fill(colour, palette, 0.25)
        chars.setBackground(QBrush(background))
        chars.setToolTip(OP_WORDS[op])
        if op == "delete":
            chars.setFontStrikeOut(True)
        elif op == "insert":
            chars.setUnderlineStyle(Underline.SingleUnderline)
            chars.setUnderlineColor(colour)
        else:
            chars.setUnderlineStyle(Underline.WaveUnderline)
            chars.setUnderlineColor(colour)
        return chars

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        if self._fit_limit is None:
            return
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        wanted = int(document.size().height()) + margins.top() + margins.bottom() + 2
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(max(line * 2, min(wanted, self._fit_limit)))

    def _render(self) -> None:
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        if not self._entries:
            chars = QTextCharFormat()
            chars.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
            cursor.insertText(self._placeholder, chars)
            self.setAccessibleDescription(self._placeholder)
            self._fit()
            return
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        for number, (label, pairs) in enumerate(self._entries):
            if number:
                cursor.insertBlock()
            if label:
                cursor.insertText(f"{label}: ", heading)
            previous = ""
            for op, text in pairs:
                if previous and text and not previous[-1].isspace() and not text[0].isspace():
                    cursor.insertText(" ", QTextCharFormat())
                cursor.insertText(text, self.op_format(op))
                previous = text or previous
        self.setAccessibleDescription(self.plain_description())
        self._fit()


def _join(parts: Iterable[str]) -> str:
    out = ""
    for part in parts:
        if out and part and not out[-1].isspace() and not part[0].isspace():
            out += " "
        out += part
    return out
