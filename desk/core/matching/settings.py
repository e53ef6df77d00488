"""The thresholds matching uses; library settings, so a newsroom can tune them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import ClassVar


@dataclass(frozen=True)
class MatchSettings:
    """How alike two quotes must be to count as the same statement.

    The defaults come from measurement (``bench/match.py``): ``threshold`` is a character
    similarity (rapidfuzz ``ratio``) of whole quotes; ``loose_threshold`` the similarity of a
    shorter quote to its best-aligned window in a longer one, which only counts when they also
    share ``min_words`` words, since any short quote "matches" a text containing its words.
    Fragments under ``sure_words`` words are reported as possible matches for the user to
    confirm, and a shingle found in more than ``max_shingle_quotes`` quotes ("we are going to")
    is too common to propose candidates.
    """

    threshold: int = 85
    loose_threshold: int = 90
    min_words: int = 5
    sure_words: int = 10
    max_shingle_quotes: int = 50

    #: Setting keys in the library, as the settings dialog stores them.
    KEYS: ClassVar[dict[str, str]] = {
        "threshold": "match.threshold",
        "loose_threshold": "match.loose_threshold",
        "min_words": "match.min_words",
    }

    @classmethod
    def from_store(cls, read: Callable[[str], str | None]) -> MatchSettings:
        """Settings from a key/value store; a missing or unreadable value keeps its default."""
        values: dict[str, int] = {}
        for name, key in cls.KEYS.items():
            raw = read(key)
            try:
                values[name] = int(raw) if raw is not None else getattr(cls(), name)
            except ValueError:
                continue
        return cls(**values).clamped()

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> MatchSettings:
        """Settings as :meth:`as_dict` wrote them; unknown or unreadable entries are ignored."""
        known = {f.name for f in fields(cls)}
        kept = {k: v for k, v in values.items() if k in known and isinstance(v, int)}
        return cls(**kept).clamped()

    def clamped(self) -> MatchSettings:
        """The same settings held to values that still make sense."""
        return MatchSettings(
            threshold=min(100, max(50, self.threshold)),
            loose_threshold=min(100, max(50, self.loose_threshold)),
            min_words=min(50, max(2, self.min_words)),
            sure_words=max(2, self.sure_words),
            max_shingle_quotes=max(2, self.max_shingle_quotes),
        )

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULT_SETTINGS = MatchSettings()
