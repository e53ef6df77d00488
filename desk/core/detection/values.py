"""The values detection hands out, in a module of their own so every stage can import them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation is attributed to.

    ``name`` is the fullest name the article gives ("John Kerry"), or, for a source the article
    does not name, the description it uses ("a senior State Department official").

    ``mention`` is the description as the attribution writes it when that is not a name or a
    pronoun ("the senator", "a campaign spokesman"), else None; ``name`` is then what it was
    resolved to. It takes no part in equality or hashing: a speaker is the same person however
    the article refers to them (the library keys people by name, role and anonymity).
    """

    name: str
    role: str | None
    anonymous: bool
    mention: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One quotation: ``text[start:end]`` of the article, quote marks excluded."""

    start: int
    end: int
    text: str
    partial: bool
    confidence: float
    speaker: Speaker | None
