"""Finding quotations in an article and who said them."""

from __future__ import annotations

from desk.core.detection.marks import find_spans
from desk.core.detection.values import FoundQuote, Speaker

__all__ = ["FoundQuote", "Speaker", "detect_quotes"]


def detect_quotes(text: str, *, headline: bool = False) -> list[FoundQuote]:
    """Sorted by start, never overlapping, offsets always inside text."""
    return [
        FoundQuote(s.start, s.end, text[s.start : s.end], False, 1.0, None)
        for s in find_spans(text, headline=headline)
    ]
