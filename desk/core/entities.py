"""Plain values passed between the core, the command line and the UI.

They are frozen dataclasses rather than ORM rows so that callers never hold a database
session, and so that a value handed to a background thread cannot change under it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


class DocumentKind(enum.StrEnum):
    """What a stored text is to the checker.

    An *article* is reporting whose quotes are checked; a *source* is a primary document (a
    transcript, a statement) that quotes are checked against.
    """

    ARTICLE = "article"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as the importer understood it, before it is stored.

    ``text`` is the cleaned text; every offset anywhere in Quote Desk refers to it. ``raw_text``
    is the text as it was read, kept so that cleaning can be re-done or audited later.
    """

    text: str
    raw_text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None
    source_format: str = "text"
    kind: DocumentKind = DocumentKind.ARTICLE


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article (or source document) with its metadata."""

    id: int
    title: str | None
    outlet: str | None
    byline: str | None
    published: date | None
    url: str | None
    path: str | None
    text: str
    raw_text: str
    content_hash: str
    source_format: str
    kind: DocumentKind
    imported_at: datetime

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def display_title(self) -> str:
        """The headline, or something a person can recognise when there is none."""
        if self.title:
            return self.title
        first_line = self.text.strip().split("\n", 1)[0]
        return first_line[:80] + ("…" if len(first_line) > 80 else "") or f"Article {self.id}"

    def summary(self) -> ArticleSummary:
        return ArticleSummary(
            id=self.id,
            title=self.title,
            outlet=self.outlet,
            byline=self.byline,
            published=self.published,
            url=self.url,
            path=self.path,
            chars=self.chars,
            kind=self.kind,
            imported_at=self.imported_at,
        )


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What a library listing needs of an article: everything but the (possibly long) texts."""

    id: int
    title: str | None
    outlet: str | None
    byline: str | None
    published: date | None
    url: str | None
    path: str | None
    chars: int
    kind: DocumentKind
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class MetadataEdit:
    """New values for an article's editable metadata; ``None`` fields are left as they are.

    To clear a field, pass an empty string (or ``clear_published=True`` for the date).
    """

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: date | None = None
    clear_published: bool = False
    kind: DocumentKind | None = None


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "already present"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one input: stored, recognised as already present, or refused and why."""

    source: str
    status: ImportStatus
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The summary of one import, in the order the inputs were met."""

    outcomes: tuple[ImportOutcome, ...] = field(default_factory=tuple)
    cancelled: bool = False

    def _with(self, status: ImportStatus) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status is status]

    @property
    def imported(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.DUPLICATE)

    @property
    def skipped(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.SKIPPED)

    @property
    def article_ids(self) -> list[int]:
        """Ids of the articles the import stored or found already present."""
        return [o.article_id for o in self.outcomes if o.article_id is not None]

    def summary(self) -> str:
        """One line a person reads at a glance: "3 imported, 1 already present, 2 skipped"."""
        parts = [
            f"{len(self.imported)} imported",
            f"{len(self.duplicates)} already present",
            f"{len(self.skipped)} skipped",
        ]
        text = ", ".join(parts)
        return text + " (cancelled)" if self.cancelled else text


def display_path(path: Path | str) -> str:
    """A path as the user would write it: relative to the working folder when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(p)


# -- quotes ----------------------------------------------------------------------------------


class QuoteStatus(enum.StrEnum):
    """The checker's verdict on a quote; every quote starts unchecked."""

    UNCHECKED = "unchecked"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    MISQUOTED = "misquoted"
    MISATTRIBUTED = "misattributed"
    UNVERIFIABLE = "unverifiable"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Review(enum.StrEnum):
    """Whether a quote is the detector's suggestion or the user's decision.

    Rejected suggestions are kept (not deleted) so that detecting again never brings them back.
    """

    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone quoted: one entity across articles, so the user can rename or merge them.

    An anonymous source ("a senior State Department official") is a person of its own in each
    article: two unnamed officials are not known to be the same.
    """

    id: int
    name: str
    role: str | None
    anonymous: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in an article: ``text == article.text[start:end]``, the marks excluded.

    ``version`` increases with every saved change; an edit names the version it was based on so
    that a colleague's change in between is refused rather than overwritten.
    """

    id: int
    article_id: int
    start: int
    end: int
    text: str
    speaker_id: int | None
    speaker: str | None
    speaker_role: str | None
    partial: bool
    confidence: float | None
    review: Review
    status: QuoteStatus
    note: str | None
    evidence_url: str | None
    evidence_article_id: int | None
    evidence_start: int | None
    evidence_end: int | None
    checked_by: str | None
    checked_at: datetime | None
    created_at: datetime
    updated_by: str | None
    updated_at: datetime
    version: int
    deleted: bool = False


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP
"""In a :class:`QuoteEdit`: leave this field as it is (``None`` clears it)."""


@dataclass(frozen=True, slots=True)
class QuoteEdit:
    """The fields one user action changes on a quote; the others stay as they are.

    ``None`` clears an optional field. Moving ``start``/``end`` re-reads the text from the
    article, so a quote's text can never disagree with the article it is in.
    """

    start: int | _Keep = KEEP
    end: int | _Keep = KEEP
    speaker_id: int | _Keep | None = KEEP
    partial: bool | _Keep = KEEP
    review: Review | _Keep = KEEP
    status: QuoteStatus | _Keep = KEEP
    note: str | _Keep | None = KEEP
    evidence_url: str | _Keep | None = KEEP
    evidence_article_id: int | _Keep | None = KEEP
    evidence_start: int | _Keep | None = KEEP
    evidence_end: int | _Keep | None = KEEP

    def changes(self) -> dict[str, object]:
        """The fields this edit sets, by name."""
        return {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if getattr(self, name) is not KEEP
        }


@dataclass(frozen=True, slots=True)
class QuoteChange:
    """One line of a quote's history: who changed which field, when, from what to what."""

    id: int
    quote_id: int
    at: datetime
    by: str | None
    action: str
    field: str | None
    old: str | None
    new: str | None
