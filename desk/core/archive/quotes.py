"""What both engines do to one article and to one group: the desktop's own detection and
group description, so an archive result reads exactly like ``desk match``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from desk.core import detection, matching
from desk.core.archive.articles import ArchiveArticle
from desk.core.archive.index import first_seen
from desk.core.matching import MatchQuote, MatchSettings, Prepared


def detect(article: ArchiveArticle) -> list[MatchQuote]:
    """The article's quotes, keyed by their number in the article (the caller renumbers)."""
    return [
        MatchQuote(
            key=number,
            article=article.id,
            text=found.text,
            speaker=found.speaker.name if found.speaker else None,
            outlet=article.outlet,
            published=article.published,
            start=found.start,
            end=found.end,
            partial=found.partial,
        )
        for number, found in enumerate(detection.detect_quotes(article.text))
    ]


#: The order quote ids follow in both engines. Ids break the grouping's ties (the snowball
#: guard's choice between equal candidates, a group's label), so the same archive gives the
#: same groups whatever order its articles were read in or however Spark split them.
QUOTE_ORDER = ("article", "start", "end", "text")


def numbered(quotes: Iterable[MatchQuote]) -> list[MatchQuote]:
    """``quotes`` in :data:`QUOTE_ORDER`, keyed 0, 1, 2 …"""
    ordered = sorted(quotes, key=lambda q: (str(q.article), q.start, q.end, q.text))
    return [dataclasses.replace(q, key=number) for number, q in enumerate(ordered)]


def group_record(
    label: int,
    quotes: Sequence[MatchQuote],
    settings: MatchSettings,
    prepared: Sequence[Prepared] | None = None,
) -> dict[str, Any]:
    """One archive group as a ``groups.jsonl`` line: ``desk match --json``'s group, with
    ``first_seen``. ``quotes`` are the members in key order; ``label`` is the group's id."""
    prepared = prepared if prepared is not None else [Prepared.of(q.text) for q in quotes]
    group = matching.describe_group(label, range(len(quotes)), quotes, prepared, settings)
    record = matching.group_json(group, quotes)
    seen = first_seen(quotes)
    record["first_seen"] = seen.json() if seen else None
    return record
