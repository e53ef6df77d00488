"""The quote sheet: one value every export format is rendered from.

Building the sheet is the only step that reads the library, so each writer is a pure function
of a :class:`QuoteSheet`; the formats cannot disagree about what a sheet holds, and tests can
render hand-made sheets (with variants no matcher produces yet).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

from desk.core.entities import Article, Quote, QuoteChange, QuoteStatus, Review
from desk.core.errors import NotFound
from desk.core.library import Library

DiffOp = Literal["equal", "insert", "delete", "replace"]
DIFF_OPS: tuple[DiffOp, ...] = ("equal", "insert", "delete", "replace")

#: Characters of article text kept either side of a quote, for Web Annotation selectors.
CONTEXT_CHARS = 32

#: History fields a reader of the sheet cares about; offsets and review flips are noise to them.
_HISTORY_FIELDS = ("status", "note", "evidence_url", "speaker_id")
_FIELD_NAMES = {"evidence_url": "evidence", "speaker_id": "speaker"}

_WORDS = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class SheetArticle:
    """The article a quote appeared in, as a reader of the sheet needs it (no text)."""

    id: int
    title: str | None
    outlet: str | None
    byline: str | None
    published: date | None
    url: str | None
    content_hash: str

    @classmethod
    def of(cls, article: Article) -> SheetArticle:
        return cls(
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            byline=article.byline,
            published=article.published,
            url=article.url,
            content_hash=article.content_hash,
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the checker checked the quote against: a link, a stored source span, or both."""

    url: str | None
    article_id: int | None = None
    article_title: str | None = None
    article_url: str | None = None
    start: int | None = None
    end: int | None = None
    excerpt: str | None = None

    @property
    def where(self) -> str | None:
        """ "characters 120–245 of “Transcript”", for people reading the sheet."""
        if self.article_id is None:
            return None
        name = self.article_title or f"document {self.article_id}"
        if self.start is None or self.end is None:
            return name
        return f"characters {self.start}–{self.end} of {name}"


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One change a reader of the sheet would ask about: who set the status, and when."""

    at: datetime
    by: str | None
    field: str | None
    old: str | None
    new: str | None

    def describe(self) -> str:
        who = self.by or "detector"
        change = f"{self.field} {self.old or '—'} → {self.new or '—'}"
        return f"{self.at:%Y-%m-%d %H:%M} UTC {who}: {change}"


@dataclass(frozen=True, slots=True)
class Variant:
    """Another outlet's wording of the same statement, diffed word by word against ours.

    ``diff`` goes from the checked quote to the variant: ``delete`` is wording only the checked
    quote has, ``insert`` wording only the variant has, ``replace`` the variant's wording where
    a matcher did not say what it replaced.
    """

    text: str
    diff: tuple[tuple[DiffOp, str], ...]
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    article_id: int | None = None


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One quote and everything the sheet says about it."""

    quote: Quote
    article: SheetArticle
    prefix: str
    suffix: str
    evidence: Evidence | None = None
    history: tuple[HistoryStep, ...] = ()
    variants: tuple[Variant, ...] = ()

    @property
    def speaker(self) -> str:
        return self.quote.speaker or UNATTRIBUTED


UNATTRIBUTED = "Unattributed"


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str
    role: str | None
    entries: tuple[SheetEntry, ...]


@dataclass(frozen=True, slots=True)
class Selection:
    """Which quotes a sheet holds; empty tuples mean "all"."""

    statuses: tuple[QuoteStatus, ...] = ()
    article_ids: tuple[int, ...] = ()
    include_rejected: bool = False


@dataclass(frozen=True, slots=True)
class QuoteSheet:
    title: str
    story: str
    exported_at: datetime
    organisation: str | None
    selection: Selection
    articles: tuple[SheetArticle, ...]
    groups: tuple[SpeakerGroup, ...] = field(default_factory=tuple)

    @property
    def entries(self) -> list[SheetEntry]:
        return [entry for group in self.groups for entry in group.entries]

    def status_counts(self) -> dict[QuoteStatus, int]:
        counts = dict.fromkeys(QuoteStatus, 0)
        for entry in self.entries:
            counts[entry.quote.status] += 1
        return {status: n for status, n in counts.items() if n}


VariantSource = Callable[[Quote, Article], Sequence[Variant]]
"""Finds other outlets' wording of a quote.

This is the seam for the cross-outlet matcher, which does not exist yet: until it does,
:func:`build_sheet` is called without one and every entry's ``variants`` is empty.
"""


def build_sheet(
    library: Library,
    selection: Selection = Selection(),
    *,
    title: str | None = None,
    organisation: str | None = None,
    exported_at: datetime | None = None,
    variants: VariantSource | None = None,
) -> QuoteSheet:
    """Read the selected quotes and what belongs with them into one sheet.

    By default the sheet holds every live quote that was not rejected — accepted ones and
    suggestions still waiting for review — of every status: a sheet handed to an editor must
    not silently leave out what nobody has looked at yet. ``selection`` narrows it.
    ``organisation`` defaults to the library setting ``organisation``; ``exported_at`` is a
    parameter so that golden files stay stable.
    """
    reviews = () if selection.include_rejected else (Review.ACCEPTED, Review.SUGGESTED)
    quotes = library.quotes(
        list(selection.article_ids) or None, statuses=selection.statuses, reviews=reviews
    )
    articles: dict[int, Article] = {}
    for quote in quotes:
        if quote.article_id not in articles:
            articles[quote.article_id] = library.article(quote.article_id)
    sources: dict[int, Article] = {}
    people: dict[str, str] = {}
    entries: list[SheetEntry] = []
    for quote in quotes:
        article = articles[quote.article_id]
        found = tuple(variants(quote, article)) if variants is not None else ()
        entries.append(
            SheetEntry(
                quote=quote,
                article=SheetArticle.of(article),
                prefix=article.text[max(0, quote.start - CONTEXT_CHARS) : quote.start],
                suffix=article.text[quote.end : quote.end + CONTEXT_CHARS],
                evidence=_evidence(library, quote, sources),
                history=_history(library, library.history(quote.id), people),
                variants=found,
            )
        )
    ordered = sorted(articles.values(), key=_article_order)
    return QuoteSheet(
        title=title or _default_title(selection),
        story=_story(ordered, selection),
        exported_at=exported_at or datetime.now(UTC),
        organisation=organisation if organisation is not None else library.setting("organisation"),
        selection=selection,
        articles=tuple(SheetArticle.of(a) for a in ordered),
        groups=group_by_speaker(entries),
    )


def group_by_speaker(entries: Sequence[SheetEntry]) -> tuple[SpeakerGroup, ...]:
    """Speakers alphabetically, unattributed quotes last; each speaker's quotes in story order."""
    by_speaker: dict[str, list[SheetEntry]] = {}
    for entry in entries:
        by_speaker.setdefault(entry.speaker, []).append(entry)

    def speaker_key(name: str) -> tuple[bool, str]:
        return (name == UNATTRIBUTED, name.casefold())

    groups = []
    for name in sorted(by_speaker, key=speaker_key):
        items = sorted(
            by_speaker[name],
            key=lambda e: (_published_key(e.article.published), e.article.id, e.quote.start),
        )
        role = next((e.quote.speaker_role for e in items if e.quote.speaker_role), None)
        groups.append(SpeakerGroup(name, role, tuple(items)))
    return tuple(groups)


def word_diff(ours: str, theirs: str) -> tuple[tuple[DiffOp, str], ...]:
    """Word-level differences from ``ours`` to ``theirs``; a replacement is a delete + insert.

    Whitespace travels with the word before it and equal words are spelt as in ``theirs``, so
    joining the ``equal`` and ``insert`` parts gives the variant back exactly.
    """
    a = _WORDS.findall(ours)
    b = _WORDS.findall(theirs)
    matcher = difflib.SequenceMatcher(a=[w.strip() for w in a], b=[w.strip() for w in b])
    ops: list[tuple[DiffOp, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # The words are equal; the spacing after them is taken from the variant.
            ops.append(("equal", "".join(b[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(b[j1:j2])))
    return tuple(ops)


def _evidence(library: Library, quote: Quote, sources: dict[int, Article]) -> Evidence | None:
    if quote.evidence_url is None and quote.evidence_article_id is None:
        return None
    if quote.evidence_article_id is None:
        return Evidence(url=quote.evidence_url)
    if quote.evidence_article_id not in sources:
        sources[quote.evidence_article_id] = library.article(quote.evidence_article_id)
    source = sources[quote.evidence_article_id]
    excerpt = None
    if quote.evidence_start is not None and quote.evidence_end is not None:
        excerpt = source.text[quote.evidence_start : quote.evidence_end]
    return Evidence(
        url=quote.evidence_url,
        article_id=source.id,
        article_title=source.display_title,
        article_url=source.url,
        start=quote.evidence_start,
        end=quote.evidence_end,
        excerpt=excerpt,
    )


def _history(
    library: Library, changes: Sequence[QuoteChange], people: dict[str, str]
) -> tuple[HistoryStep, ...]:
    steps = []
    for change in changes:
        if change.field not in _HISTORY_FIELDS:
            continue
        old, new = change.old, change.new
        if change.field == "speaker_id":  # the history keeps ids; a reader wants names
            old, new = _person_name(library, old, people), _person_name(library, new, people)
        name = _FIELD_NAMES.get(change.field, change.field)
        steps.append(HistoryStep(at=change.at, by=change.by, field=name, old=old, new=new))
    return tuple(steps)


def _person_name(library: Library, person_id: str | None, names: dict[str, str]) -> str | None:
    if person_id is None or not person_id.isdigit():
        return person_id
    if person_id not in names:
        try:
            names[person_id] = library.person(int(person_id)).name
        except NotFound:  # merged away since
            names[person_id] = f"person {person_id}"
    return names[person_id]


def _published_key(published: date | None) -> date:
    return published or date.max


def _article_order(article: Article) -> tuple[date, int]:
    return (_published_key(article.published), article.id)


def _default_title(selection: Selection) -> str:
    if selection.statuses == (QuoteStatus.VERIFIED,):
        return "Verified quote sheet"
    return "Quote sheet"


def _story(articles: Sequence[Article], selection: Selection) -> str:
    if not articles:
        return "No quotes match this selection."
    if len(articles) == 1:
        return articles[0].display_title
    if selection.article_ids:
        return f"{len(articles)} articles: " + "; ".join(a.display_title for a in articles)
    return f"{len(articles)} articles in the library"
