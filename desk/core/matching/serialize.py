"""Groups as JSON: one shape for ``desk match --json`` and the archive's ``groups.jsonl``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desk.core.matching.groups import Group, MatchQuote


def quote_json(quote: MatchQuote, *, with_id: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {"id": quote.key} if with_id else {}
    record |= {
        "article": quote.article,
        "outlet": quote.outlet,
        "published": quote.published.isoformat() if quote.published else None,
        "speaker": quote.speaker,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "partial": quote.partial,
    }
    return record


def group_json(
    group: Group, quotes: Sequence[MatchQuote], *, with_ids: bool = False
) -> dict[str, Any]:
    """``group`` with its members (``quotes`` indexed as ``group.members`` are); variants and
    flags name members by their position in the group's ``quotes`` list."""
    return {
        "id": group.id,
        "quotes": [quote_json(quotes[i], with_id=with_ids) for i in group.members],
        "canonical": group.canonical_text,
        "canonical_quote": group.canonical,
        "variants": [
            {
                "quote": v.quote,
                "relation": v.relation.value,
                "score": v.score,
                "within": list(v.within) if v.within else None,
                "diff": [list(part) for part in v.diff],
            }
            for v in group.variants
        ],
        "flags": [
            {"kind": f.kind.value, "reason": f.reason, "quotes": list(f.quotes)}
            for f in group.flags
        ],
    }
