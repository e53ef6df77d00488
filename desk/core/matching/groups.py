"""From matched pairs to groups a checker can read: one statement, its wordings, its flags.

Joining every matched pair (single link) snowballs: a generic eight-word fragment shared by two
unrelated quotes chains them into one group, and at 100,000 quotes groups of hundreds form.
So only whole-quote matches merge groups; a fragment attaches its group to the single best
longer group it belongs to and never joins two groups of full quotes.
"""

from __future__ import annotations

import enum
import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import NamedTuple

from rapidfuzz import fuzz

from desk.core.matching.diff import Diff, describe, word_diff
from desk.core.matching.pairs import Link, Prepared, Relation, locate
from desk.core.matching.settings import DEFAULT_SETTINGS, MatchSettings
from desk.core.matching.words import Word, forms, words


@dataclass(frozen=True, slots=True)
class MatchQuote:
    """A quote as matching sees it; ``key`` and ``article`` are the caller's identifiers."""

    key: int | str
    article: int | str
    text: str
    speaker: str | None = None
    outlet: str | None = None
    published: date | None = None
    start: int = 0
    end: int = 0
    partial: bool = False

    @property
    def source_name(self) -> str:
        """How a reason names where the quote appeared: the outlet, else the file or article."""
        if self.outlet:
            return self.outlet
        if isinstance(self.article, str):
            return PurePath(self.article).name
        return f"article {self.article}"

    @property
    def source_possessive(self) -> str:
        name = self.source_name
        return f"{name}’" if name.endswith("s") else f"{name}’s"


class FlagKind(enum.StrEnum):
    WORDING_DIFFERS = "wording-differs"
    SPEAKER_CONFLICT = "speaker-conflict"
    SINGLE_SOURCE = "single-source"
    FRAGMENT = "fragment"


@dataclass(frozen=True)
class Variant:
    """One member's wording against the group's canonical wording.

    ``within`` is the character span of the canonical text a fragment corresponds to, and
    ``diff`` goes from the canonical wording (``ours``: that text, or that span of it) to the
    member's (``theirs``). The diff is worked out when first read: a library's report holds
    every group, and the window shows the diffs of one quote at a time.
    """

    quote: int
    relation: Relation
    score: float
    ours: str = field(repr=False)
    theirs: str = field(repr=False)
    within: tuple[int, int] | None = None

    @functools.cached_property
    def diff(self) -> Diff:
        return word_diff(self.ours, self.theirs)


@dataclass(frozen=True)
class Flag:
    """Something in a group a checker should look at; ``quotes`` are member positions.

    A wording flag's reason ends with the changed words, read from its ``variant``'s diff
    when the reason is first read.
    """

    kind: FlagKind
    summary: str
    quotes: tuple[int, ...]
    variant: Variant | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def reason(self) -> str:
        if self.variant is None:
            return self.summary
        return f"{self.summary}: {describe(self.variant.diff)}"


@dataclass(frozen=True, slots=True)
class Group:
    """One statement as the library reports it. ``members`` index the matched quotes."""

    id: int
    members: tuple[int, ...]
    canonical: int
    canonical_text: str
    variants: tuple[Variant, ...]
    flags: tuple[Flag, ...]

    def variant_of(self, position: int) -> Variant | None:
        return next((v for v in self.variants if v.quote == position), None)


class _Sets:
    """Union-find over quote numbers."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def speakers_agree(one: str | None, other: str | None) -> bool:
    """Whether two speaker names can be the same person ("Kerry" and "John Kerry" can)."""
    if not one or not other:
        return True
    a, b = _name_forms(one), _name_forms(other)
    return a <= b or b <= a


@functools.lru_cache(maxsize=50_000)
def _name_forms(name: str) -> frozenset[str]:
    return frozenset(forms(name))


class Tie(NamedTuple):
    """A fragment link between two groups of whole-quote matches (``low``, ``high``: their
    labels), with what :func:`attachments` weighs."""

    low: int
    high: int
    low_words: int  # the longest quote of each group, in words
    high_words: int
    relation: Relation
    score: float
    agree: bool  # the two quotes' speakers can be one person


def attachments(
    ties: Iterable[Tie], settings: MatchSettings = DEFAULT_SETTINGS
) -> list[tuple[int, int]]:
    """The group pairs to join: each group of short fragments to its single best longer group,
    a whole statement to every longer report that contains it.

    A group's ties must all be in ``ties`` (the archive job partitions them by ``low``).
    """
    best: dict[int, tuple[tuple[float, ...], int]] = {}
    joined: set[tuple[int, int]] = set()
    for tie in ties:
        if tie.low == tie.high or tie.low_words >= tie.high_words:
            continue
        if tie.low_words >= settings.sure_words and tie.relation is Relation.FRAGMENT:
            # A whole statement inside two longer reports (each adding its own sentence) belongs
            # with both; the snowball comes from short generic fragments, which attach once.
            joined.add((tie.low, tie.high))
            continue
        rank = (
            float(tie.relation is Relation.FRAGMENT),
            float(tie.agree),
            tie.score,
            float(tie.high_words),
            -float(tie.high),
        )
        if tie.low not in best or rank > best[tie.low][0]:
            best[tie.low] = (rank, tie.high)
    joined.update((low, high) for low, (_rank, high) in best.items())
    return sorted(joined)


def cluster(
    quotes: Sequence[MatchQuote],
    prepared: Sequence[Prepared],
    links: Sequence[Link],
    settings: MatchSettings = DEFAULT_SETTINGS,
) -> list[list[int]]:
    """Quote numbers in groups: whole-quote links merge; a group of short fragments attaches to
    its single best longer group, a whole statement to every longer report that contains it."""
    sets = _Sets(len(quotes))
    for link in links:
        if link.relation is Relation.SAME:
            sets.union(link.a, link.b)
    root = [sets.find(i) for i in range(len(quotes))]
    longest: dict[int, int] = {}
    for i, r in enumerate(root):
        longest[r] = max(longest.get(r, 0), len(prepared[i].forms))
    ties = (
        Tie(
            root[link.a],
            root[link.b],
            longest[root[link.a]],
            longest[root[link.b]],
            link.relation,
            link.score,
            speakers_agree(quotes[link.a].speaker, quotes[link.b].speaker),
        )
        for link in links
        if link.relation is not Relation.SAME
    )
    for low, high in attachments(ties, settings):
        sets.union(low, high)
    members: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        members.setdefault(sets.find(i), []).append(i)
    return list(members.values())


def build_groups(
    quotes: Sequence[MatchQuote],
    links: Sequence[Link],
    settings: MatchSettings = DEFAULT_SETTINGS,
    prepared: Sequence[Prepared] | None = None,
) -> list[Group]:
    """Every quote in exactly one group, largest groups first; a lone quote is its own group."""
    prepared = prepared if prepared is not None else [Prepared.of(q.text) for q in quotes]
    several = len({q.article for q in quotes}) > 1
    clusters = cluster(quotes, prepared, links, settings)
    clusters.sort(key=lambda m: (-len(m), m[0]))
    return [
        describe_group(number, members, quotes, prepared, settings, several_articles=several)
        for number, members in enumerate(clusters, start=1)
    ]


def _date_key(quote: MatchQuote) -> tuple[bool, date]:
    return (quote.published is None, quote.published or date.min)


def _canonical(
    members: list[int], quotes: Sequence[MatchQuote], prepared: Sequence[Prepared]
) -> int:
    """The wording most reports share; among equals the fullest, then the earliest."""
    longest = max(len(prepared[i].forms) for i in members)
    full = [i for i in members if len(prepared[i].forms) * 4 >= longest * 3]
    counts = Counter(prepared[i].norm for i in full)
    return min(
        full,
        key=lambda i: (-counts[prepared[i].norm], -len(prepared[i].forms), _date_key(quotes[i]), i),
    )


def describe_group(
    number: int,
    members: Sequence[int],
    quotes: Sequence[MatchQuote],
    prepared: Sequence[Prepared],
    settings: MatchSettings = DEFAULT_SETTINGS,
    *,
    several_articles: bool = True,
) -> Group:
    """One cluster as a checker reads it: canonical wording, each member's diff, the flags.

    Public because the archive job describes its groups one by one, wherever they were found.
    """
    if len(members) == 1:
        alone: tuple[Flag, ...] = ()
        if several_articles:
            reason = "No other article in the library reports this quote."
            alone = (Flag(FlagKind.SINGLE_SOURCE, reason, (0,)),)
        return Group(number, tuple(members), 0, quotes[members[0]].text, (), alone)
    members = sorted(members, key=lambda i: (_date_key(quotes[i]), i))
    head = _canonical(members, quotes, prepared)
    canonical = quotes[head]
    position = members.index(head)
    head_words: list[Word] = []  # split only for a fragment's place in it
    variants: list[Variant] = []
    flags: list[Flag] = []
    for pos, i in enumerate(members):
        if i == head:
            continue
        quote, mine = quotes[i], prepared[i]
        whole = len(mine.forms) * 4 >= len(prepared[head].forms) * 3
        if whole:
            score = fuzz.ratio(mine.norm, prepared[head].norm)
            variant = Variant(pos, Relation.SAME, round(score, 1), canonical.text, quote.text)
            changed = mine.forms != prepared[head].forms
        else:
            (w1, w2), score = locate(mine, prepared[head])
            head_words = head_words or words(canonical.text)
            start, end = head_words[w1].start, head_words[w2 - 1].end
            sure = len(mine.forms) >= settings.sure_words
            relation = Relation.FRAGMENT if sure else Relation.POSSIBLE
            ours = canonical.text[start:end]
            variant = Variant(pos, relation, round(score, 1), ours, quote.text, (start, end))
            changed = mine.forms != prepared[head].forms[w1:w2]
            confirm = "" if sure else "; a short fragment: confirm the match"
            flags.append(
                Flag(
                    FlagKind.FRAGMENT,
                    f"A fragment of the longer quote in {canonical.source_name}"
                    f" (words {w1 + 1}–{w2} of {len(head_words)}){confirm}",
                    (pos, position),
                )
            )
        variants.append(variant)
        if changed:  # the same test the diff makes: comparable forms
            summary = (
                f"{quote.source_possessive} wording differs from {canonical.source_possessive}"
            )
            flags.append(Flag(FlagKind.WORDING_DIFFERS, summary, (pos, position), variant))
    conflict = _speaker_conflict(members, quotes)
    if conflict is not None:
        flags.append(conflict)
    return Group(number, tuple(members), position, canonical.text, tuple(variants), tuple(flags))


def _speaker_conflict(members: list[int], quotes: Sequence[MatchQuote]) -> Flag | None:
    """Flag the same words attributed to people who cannot be one person."""
    named = [(pos, quotes[i]) for pos, i in enumerate(members) if quotes[i].speaker]
    people: list[tuple[str, list[str], list[int]]] = []  # name, outlets, positions
    for pos, quote in named:
        speaker = quote.speaker or ""
        for entry in people:
            if speakers_agree(entry[0], speaker):
                if len(speaker) > len(entry[0]):
                    people[people.index(entry)] = entry = (speaker, entry[1], entry[2])
                entry[1].append(quote.source_name)
                entry[2].append(pos)
                break
        else:
            people.append((speaker, [quote.source_name], [pos]))
    if len(people) < 2:
        return None
    said = " and to ".join(
        f"{name} ({', '.join(dict.fromkeys(outlets))})" for name, outlets, _ in people
    )
    positions = tuple(sorted(p for _, _, ps in people for p in ps))
    return Flag(FlagKind.SPEAKER_CONFLICT, f"The same words are attributed to {said}.", positions)
