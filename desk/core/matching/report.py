"""The library's matching at a glance: for any quote, its group, its counterparts, its flags."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from desk.core.matching.diff import Diff, word_diff
from desk.core.matching.groups import Flag, FlagKind, Group, MatchQuote
from desk.core.matching.pairs import Prepared, Relation, locate
from desk.core.matching.words import words

#: Flags that say something may be wrong, as opposed to facts about coverage.
SUSPICIOUS = frozenset({FlagKind.WORDING_DIFFERS, FlagKind.SPEAKER_CONFLICT})


@dataclass(frozen=True, slots=True)
class Counterpart:
    """The same statement in another article; ``diff`` goes from the asked-about quote (or the
    part of it the other one quotes) to the other's wording."""

    quote: MatchQuote
    relation: Relation
    diff: Diff


class MatchReport:
    """Groups over a set of quotes, indexed by each quote's key."""

    def __init__(self, quotes: Sequence[MatchQuote], groups: Sequence[Group]) -> None:
        self.quotes = tuple(quotes)
        self.groups = tuple(groups)
        self._where: dict[Hashable, tuple[Group, int]] = {}
        for group in groups:
            for position, index in enumerate(group.members):
                self._where[quotes[index].key] = (group, position)

    def group_of(self, key: int | str) -> Group | None:
        found = self._where.get(key)
        return found[0] if found else None

    def matches(self, key: int | str) -> int:
        """How many other reports of the statement the library holds."""
        group = self.group_of(key)
        return len(group.members) - 1 if group else 0

    def flags(self, key: int | str) -> list[Flag]:
        found = self._where.get(key)
        if found is None:
            return []
        group, position = found
        return [flag for flag in group.flags if position in flag.quotes]

    def suspicious(self, key: int | str) -> list[Flag]:
        return [flag for flag in self.flags(key) if flag.kind in SUSPICIOUS]

    def flagged_by_article(self) -> dict[int | str, int]:
        """Per article, how many of its quotes carry a suspicious flag."""
        counts: dict[int | str, int] = {}
        for quote in self.quotes:
            if self.suspicious(quote.key):
                counts[quote.article] = counts.get(quote.article, 0) + 1
        return counts

    def counterparts(self, key: int | str) -> list[Counterpart]:
        """The other members of the quote's group, with the word differences from it."""
        found = self._where.get(key)
        if found is None:
            return []
        group, position = found
        mine = self.quotes[group.members[position]]
        result = []
        for other_position, index in enumerate(group.members):
            if other_position == position:
                continue
            other = self.quotes[index]
            variant = group.variant_of(other_position) or group.variant_of(position)
            relation = variant.relation if variant else Relation.SAME
            result.append(Counterpart(other, relation, compare(mine.text, other.text)))
        return result


def compare(ours: str, theirs: str) -> Diff:
    """Word differences from ``ours`` to ``theirs``; when one is a fragment of the other, only
    the part of the longer one it corresponds to is compared."""
    a, b = Prepared.of(ours), Prepared.of(theirs)
    if not a.forms or not b.forms:
        return word_diff(ours, theirs)
    if len(b.forms) * 4 < len(a.forms) * 3:
        (w1, w2), _ = locate(b, a)
        spans = words(ours)
        return word_diff(ours[spans[w1].start : spans[w2 - 1].end], theirs)
    if len(a.forms) * 4 < len(b.forms) * 3:
        (w1, w2), _ = locate(a, b)
        spans = words(theirs)
        return word_diff(ours, theirs[spans[w1].start : spans[w2 - 1].end])
    return word_diff(ours, theirs)
