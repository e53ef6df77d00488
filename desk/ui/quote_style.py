"""How a quote's status and review look, in one place for the text, the tables and the legend.

Colour never carries a status alone: each status also has an icon and a name (tables, legend,
tooltips), and in the text its own underline pattern. Colours have a light and a dark variant,
chosen by the palette's base colour, so that the highlights follow the system's palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor, QIcon, QPalette, QTextCharFormat

from desk.core.entities import Quote, QuoteStatus, Review
from desk.ui import assets

Underline = QTextCharFormat.UnderlineStyle

#: (light palette, dark palette) colour of each status.
STATUS_COLOURS: dict[QuoteStatus, tuple[str, str]] = {
    QuoteStatus.UNCHECKED: ("#6b7a90", "#93a3ba"),
    QuoteStatus.VERIFIED: ("#2a8a50", "#3fae6b"),
    QuoteStatus.DISPUTED: ("#b7791f", "#d69e2e"),
    QuoteStatus.MISQUOTED: ("#c53030", "#e05252"),
    QuoteStatus.MISATTRIBUTED: ("#7b3fb0", "#a874d8"),
    QuoteStatus.UNVERIFIABLE: ("#7a6651", "#a89276"),
}

#: The underline that tells statuses apart in the text without relying on colour.
STATUS_UNDERLINES: dict[QuoteStatus, Underline] = {
    QuoteStatus.UNCHECKED: Underline.NoUnderline,
    QuoteStatus.VERIFIED: Underline.SingleUnderline,
    QuoteStatus.DISPUTED: Underline.WaveUnderline,
    QuoteStatus.MISQUOTED: Underline.DashUnderline,
    QuoteStatus.MISATTRIBUTED: Underline.DashDotLine,
    QuoteStatus.UNVERIFIABLE: Underline.DashDotDotLine,
}

STATUS_DESCRIPTIONS: dict[QuoteStatus, str] = {
    QuoteStatus.UNCHECKED: "not checked yet",
    QuoteStatus.VERIFIED: "matches the source",
    QuoteStatus.DISPUTED: "the speaker or others contest it",
    QuoteStatus.MISQUOTED: "the words differ from what was said",
    QuoteStatus.MISATTRIBUTED: "someone else said it",
    QuoteStatus.UNVERIFIABLE: "no source can confirm it",
}

#: Shortcut digit of each status: Ctrl+0 … Ctrl+5, in this order.
STATUS_ORDER = (
    QuoteStatus.UNCHECKED,
    QuoteStatus.VERIFIED,
    QuoteStatus.DISPUTED,
    QuoteStatus.MISQUOTED,
    QuoteStatus.MISATTRIBUTED,
    QuoteStatus.UNVERIFIABLE,
)

SUGGESTED_LABEL = "suggested"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def status_colour(status: QuoteStatus, palette: QPalette) -> QColor:
    light, dark = STATUS_COLOURS[status]
    return QColor(dark if is_dark(palette) else light)


def fill(colour: QColor, palette: QPalette, strength: float) -> QColor:
    """``colour`` laid over the base colour, opaque, so selections can be stacked predictably."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * strength,
        base.greenF() + (colour.greenF() - base.greenF()) * strength,
        base.blueF() + (colour.blueF() - base.blueF()) * strength,
    )


def quote_format(quote: Quote, palette: QPalette) -> QTextCharFormat:
    """The highlight of a quote in the text.

    An accepted quote is filled with its status colour; a suggestion is only underlined with a
    dotted line, so what the detector proposed never looks like a decision.
    """
    colour = status_colour(quote.status, palette)
    chars = QTextCharFormat()
    if quote.review is Review.SUGGESTED:
        chars.setUnderlineStyle(Underline.DotLine)
        chars.setUnderlineColor(colour)
        chars.setBackground(QBrush(fill(colour, palette, 0.08)))
    else:
        chars.setBackground(QBrush(fill(colour, palette, 0.30 if is_dark(palette) else 0.22)))
        chars.setUnderlineStyle(STATUS_UNDERLINES[quote.status])
        chars.setUnderlineColor(colour)
    chars.setToolTip(quote_tooltip(quote))
    return chars


def selected_format(quote: Quote, palette: QPalette) -> QTextCharFormat:
    chars = QTextCharFormat()
    chars.setBackground(palette.brush(QPalette.ColorRole.Highlight))
    chars.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
    chars.setToolTip(quote_tooltip(quote))
    return chars


def counterpart_format(palette: QPalette) -> QTextCharFormat:
    highlight = palette.color(QPalette.ColorRole.Highlight)
    chars = QTextCharFormat()
    chars.setBackground(QBrush(fill(highlight, palette, 0.35)))
    chars.setUnderlineStyle(Underline.SingleUnderline)
    chars.setUnderlineColor(highlight)
    chars.setToolTip("The same quotation as the selected one")
    return chars


def status_text(quote: Quote) -> str:
    """The status as words, saying when it is only a suggestion."""
    label = quote.status.label
    if quote.review is not Review.SUGGESTED:
        return label
    if quote.status is QuoteStatus.UNCHECKED:
        return SUGGESTED_LABEL.capitalize()
    return f"{label} ({SUGGESTED_LABEL})"


def quote_tooltip(quote: Quote) -> str:
    who = quote.speaker or "speaker unknown"
    review = "Suggested quote" if quote.review is Review.SUGGESTED else "Quote"
    return f"{review} — {quote.status.label}: {STATUS_DESCRIPTIONS[quote.status]}\n{who}"


@cache
def _icon(name: str, colour: str) -> QIcon:
    return assets.tinted_icon(f":/icons/{name}.svg", QColor(colour))


def status_icon(status: QuoteStatus, palette: QPalette) -> QIcon:
    return _icon(f"status-{status.value}", status_colour(status, palette).name())


#: Matching's warning sign (a wording that differs, a speaker conflict) has the colour of a
#: disputed quote; its shape and the flag's name say it, the colour only repeats it.
FLAG_STATUS = QuoteStatus.DISPUTED


def flag_icon(palette: QPalette) -> QIcon:
    """The warning sign beside a quote whose matches suggest something may be wrong."""
    return _icon("flag", status_colour(FLAG_STATUS, palette).name())


def suggested_icon(palette: QPalette) -> QIcon:
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    return _icon("suggested", colour.name())
