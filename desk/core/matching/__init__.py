"""Cross-outlet matching: the same statement in different articles, and how its words differ.

Qt-free and database-free: :func:`match_quotes` groups any list of quotes; the library stores
its index and links so that a new article is matched without recomputing the rest.
"""

from desk.core.matching.align import Band, Source, SourceMatch, align_to_source
from desk.core.matching.diff import DIFF_OPS, Diff, DiffOp, describe, differs, spaced, word_diff
from desk.core.matching.groups import (
    Flag,
    FlagKind,
    Group,
    MatchQuote,
    Variant,
    build_groups,
    describe_group,
    speakers_agree,
)
from desk.core.matching.matcher import MatchResult, match_quotes
from desk.core.matching.pairs import Link, Prepared, Relation, verify
from desk.core.matching.report import SUSPICIOUS, Counterpart, MatchReport, compare
from desk.core.matching.serialize import group_json, quote_json
from desk.core.matching.settings import MatchSettings

__all__ = [
    "DIFF_OPS",
    "SUSPICIOUS",
    "Band",
    "Counterpart",
    "Diff",
    "DiffOp",
    "Flag",
    "FlagKind",
    "Group",
    "Link",
    "MatchQuote",
    "MatchReport",
    "MatchResult",
    "MatchSettings",
    "Prepared",
    "Relation",
    "Source",
    "SourceMatch",
    "Variant",
    "align_to_source",
    "build_groups",
    "compare",
    "describe",
    "describe_group",
    "differs",
    "group_json",
    "match_quotes",
    "quote_json",
    "spaced",
    "speakers_agree",
    "verify",
    "word_diff",
]
