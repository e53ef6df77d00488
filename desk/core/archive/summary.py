"""What a finished archive job reports, on the terminal and in ``summary.json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    engine: str
    articles: int
    quotes: int
    groups: int  # statements reported at least twice
    grouped_quotes: int
    skipped: dict[str, int] = field(default_factory=dict)  # inputs that gave no article, by reason
    seconds: float = 0.0
    #: How much work each step did (candidate pairs, links, index rows, component rounds).
    stats: dict[str, int] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        return {"format": 1, **asdict(self)}

    def lines(self) -> list[str]:
        """The summary in a few lines a person reads."""
        said = [
            f"{self.articles} articles, {self.quotes} quotes: {self.groups} statements reported"
            f" more than once ({self.grouped_quotes} quotes), in {self.seconds:.1f} s"
            f" ({self.engine} engine)."
        ]
        if self.skipped:
            total = sum(self.skipped.values())
            reasons = "; ".join(f"{reason}: {n}" for reason, n in sorted(self.skipped.items()))
            said.append(f"{total} inputs skipped ({reasons}); see skipped.jsonl.")
        return said
