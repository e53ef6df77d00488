"""The values detection hands out, in a module of their own so every stage can import them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation is attributed to.

    ``name`` is the fullest name the article gives ("John Kerry"), or, for a source the article
    does not name, the description it uses ("a senior State Department official").
    """

    name: str
    role: str | None
    anonymous: bool


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One quotation: ``text[start:end]`` of the article, quote marks excluded."""

    start: int
    end: int
    text: str
    partial: bool
    confidence: float
    speaker: Speaker | None
