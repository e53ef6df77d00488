"""The quote sheet: one value every export format is rendered from.

Building the sheet is the only step that reads the library, so each writer is a pure function
of a :class:`QuoteSheet`; the formats cannot disagree about what a sheet holds, and tests can
render hand-made sheets.

Other outlets' wording of each quote (``variants``), the outlets that carried it in the same
words (``same_wording``) and what matching flags about it (``flags``) come from the library's
cross-outlet matching (:class:`LibraryMatches`), which :func:`build_sheet` brings up to date
first. With an archive result attached to the library, each quote the archive also holds
carries where it was first seen and the archive's wordings (``archive``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from desk.core.archived import ArchiveReport, ArchiveWording
from desk.core.entities import (
    Article,
    ArticleSummary,
    DocumentKind,
    Quote,
    QuoteChange,
    QuoteStatus,
    Review,
)
from desk.core.errors import DatabaseProblem, NotFound
from desk.core.library import Library
from desk.core.matching import FlagKind, MatchReport, Relation
from desk.core.matching.diff import DIFF_OPS, DiffOp, differs, word_diff
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

log = logging.getLogger(__name__)

#: Characters of article text kept either side of a quote, for Web Annotation selectors.
CONTEXT_CHARS = 32

#: History fields a reader of the sheet cares about; offsets and review flips are noise to them.
_HISTORY_FIELDS = ("status", "note", "evidence_url", "speaker_id")
_FIELD_NAMES = {"evidence_url": "evidence", "speaker_id": "speaker"}


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
    a matcher did not say what it replaced. ``text`` is the other outlet's whole quote; when
    one of the two quotes is part of the other, ``diff`` covers only the part they share (the
    matcher's :func:`~desk.core.matching.compare`).
    """

    text: str
    diff: tuple[tuple[DiffOp, str], ...]
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    article_id: int | None = None


@dataclass(frozen=True, slots=True)
class SheetFlag:
    """Something cross-outlet matching says a checker should look at, in words.

    ``kind`` is one of :class:`~desk.core.matching.FlagKind`'s values: ``wording-differs``,
    ``speaker-conflict``, ``single-source`` or ``fragment``.
    """

    kind: str
    reason: str

    def describe(self) -> str:
        return f"{self.kind}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One quote and everything the sheet says about it.

    ``variants`` are other articles' differing wordings of the quote, ``same_wording`` the
    other articles that carried it word for word (their ``diff`` changes nothing).
    ``archive`` is what the attached archive holds of it (None: nothing, or no archive).
    """

    quote: Quote
    article: SheetArticle
    prefix: str
    suffix: str
    evidence: Evidence | None = None
    history: tuple[HistoryStep, ...] = ()
    variants: tuple[Variant, ...] = ()
    same_wording: tuple[Variant, ...] = ()
    flags: tuple[SheetFlag, ...] = ()
    archive: ArchiveReport | None = None

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
    #: The archive result attached when the sheet was made; the formats add its columns and
    #: fields only then, so a sheet without one reads exactly as before archives existed.
    archive: str | None = None

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

:class:`LibraryMatches` is the library's (the default of :func:`build_sheet`); tests pass
their own.
"""


class LibraryMatches:
    """Other articles' reports of each quote, from the library's cross-outlet matching.

    A :data:`VariantSource` (call it with a quote and its article) that also gives the articles
    that carried a quote in the same words and the quote's flags. Only whole-quote matches and
    sure fragments count as reports; a short fragment the matcher asks a person to confirm is
    left out of the variants (its ``fragment`` flag still says so). Reports in source documents
    (transcripts, statements) are not other outlets' wording and are left out too; so are other
    quotes of the same article.
    """

    def __init__(self, library: Library, report: MatchReport | None = None) -> None:
        self._library = library
        self._report = report if report is not None else library.match_report()
        self._articles: dict[int, ArticleSummary] | None = None
        self._found: dict[int, tuple[tuple[Variant, ...], tuple[Variant, ...]]] = {}

    @classmethod
    def up_to_date(
        cls,
        library: Library,
        *,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken | None = None,
    ) -> LibraryMatches:
        """Match the quotes not matched yet, then read the matches.

        Matching is incremental: with nothing pending this is one count query. A library that cannot
        be written to just now (a colleague's long write holds the lock) still gives the matches
        stored so far rather than no sheet at all.
        """
        try:
            library.match_pending(progress=progress, cancel=cancel)
        except DatabaseProblem as problem:
            log.warning("quote sheet: matching not brought up to date: %s", problem)
        if cancel is not None:
            cancel.raise_if_cancelled()
        return cls(library)

    def __call__(self, quote: Quote, article: Article) -> Sequence[Variant]:
        return self.reports(quote)[0]

    def same_wording(self, quote: Quote) -> tuple[Variant, ...]:
        return self.reports(quote)[1]

    def reports(self, quote: Quote) -> tuple[tuple[Variant, ...], tuple[Variant, ...]]:
        """(differing, word for word): other articles' reports of ``quote``, oldest first."""
        if quote.id not in self._found:
            self._found[quote.id] = self._reports(quote)
        return self._found[quote.id]

    def _reports(self, quote: Quote) -> tuple[tuple[Variant, ...], tuple[Variant, ...]]:
        differing: list[Variant] = []
        same: list[Variant] = []
        for counterpart in self._report.counterparts(quote.id):
            other = counterpart.quote
            if counterpart.relation is Relation.POSSIBLE or other.article == quote.article_id:
                continue
            article = self._article(other.article)
            if article is None or article.kind is not DocumentKind.ARTICLE:
                continue
            variant = Variant(
                text=other.text,
                diff=counterpart.diff,
                outlet=article.outlet,
                title=article.title,
                url=article.url,
                published=article.published,
                article_id=article.id,
            )
            (differing if differs(counterpart.diff) else same).append(variant)

        def order(variant: Variant) -> tuple[date, int]:
            return (_published_key(variant.published), variant.article_id or 0)

        return tuple(sorted(differing, key=order)), tuple(sorted(same, key=order))

    def flags(self, quote: Quote) -> tuple[SheetFlag, ...]:
        """What matching flags about ``quote``, in the matcher's words.

        A fragment flag names both the fragment and the longer quote; it is kept only on the
        fragment, where its reason ("a fragment of the longer quote in …") is true.
        """
        group = self._report.group_of(quote.id)
        if group is None:
            return ()
        canonical = self._report.quotes[group.members[group.canonical]].key
        return tuple(
            SheetFlag(flag.kind.value, flag.reason)
            for flag in self._report.flags(quote.id)
            if not (flag.kind is FlagKind.FRAGMENT and canonical == quote.id)
        )

    def _article(self, article_id: int | str) -> ArticleSummary | None:
        if self._articles is None:  # read once, and only when some quote has a report
            self._articles = {a.id: a for a in self._library.articles()}
        return self._articles.get(article_id) if isinstance(article_id, int) else None


def build_sheet(
    library: Library,
    selection: Selection = Selection(),
    *,
    title: str | None = None,
    organisation: str | None = None,
    exported_at: datetime | None = None,
    variants: VariantSource | None = None,
    matching: bool = True,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> QuoteSheet:
    """Read the selected quotes and what belongs with them into one sheet.

    By default the sheet holds every live quote that was not rejected — accepted ones and
    suggestions still waiting for review — of every status: a sheet handed to an editor must
    not silently leave out what nobody has looked at yet. ``selection`` narrows it.
    ``organisation`` defaults to the library setting ``organisation``; ``exported_at`` is a
    parameter so that golden files stay stable.

    With ``matching`` (the default) the library's cross-outlet matching is brought up to date
    (:meth:`LibraryMatches.up_to_date`: quotes imported or edited since the last run are
    matched, reporting to ``progress`` and stopping on ``cancel``) and gives every entry its
    variants, same-wording reports and flags, and, with an archive attached, what the archive
    holds of it; otherwise entries have none. ``variants``, when given, replaces the matcher's
    variants (tests hand-make them).
    """
    matches = (
        LibraryMatches.up_to_date(library, progress=progress, cancel=cancel) if matching else None
    )
    reviews = () if selection.include_rejected else (Review.ACCEPTED, Review.SUGGESTED)
    quotes = library.quotes(
        list(selection.article_ids) or None, statuses=selection.statuses, reviews=reviews
    )
    archive = library.archive_path() if matching else None
    in_archive = library.archive_reports([q.id for q in quotes]) if archive is not None else {}
    if archive is not None and library.archive_problem():
        log.warning("quote sheet without the archive's reports: %s", library.archive_problem())
    articles: dict[int, Article] = {}
    for quote in quotes:
        if quote.article_id not in articles:
            articles[quote.article_id] = library.article(quote.article_id)
    sources: dict[int, Article] = {}
    people: dict[str, str] = {}
    entries: list[SheetEntry] = []
    for quote in quotes:
        article = articles[quote.article_id]
        source = variants if variants is not None else matches
        found = tuple(source(quote, article)) if source is not None else ()
        entries.append(
            SheetEntry(
                quote=quote,
                article=SheetArticle.of(article),
                prefix=article.text[max(0, quote.start - CONTEXT_CHARS) : quote.start],
                suffix=article.text[quote.end : quote.end + CONTEXT_CHARS],
                evidence=_evidence(library, quote, sources),
                history=_history(library, library.history(quote.id), people),
                variants=found,
                same_wording=matches.same_wording(quote) if matches is not None else (),
                flags=matches.flags(quote) if matches is not None else (),
                archive=in_archive.get(quote.id),
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
        archive=str(archive) if archive is not None else None,
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


__all__ = [
    "CONTEXT_CHARS",
    "DIFF_OPS",
    "UNATTRIBUTED",
    "ArchiveReport",
    "ArchiveWording",
    "DiffOp",
    "Evidence",
    "HistoryStep",
    "LibraryMatches",
    "QuoteSheet",
    "Selection",
    "SheetArticle",
    "SheetEntry",
    "SheetFlag",
    "SpeakerGroup",
    "Variant",
    "VariantSource",
    "build_sheet",
    "group_by_speaker",
    "word_diff",
]
