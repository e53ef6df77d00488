"""Queries over the ORM rows, returning entities. Each takes the caller's session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.core.entities import (
    Article,
    ArticleDraft,
    ArticleSummary,
    DocumentKind,
    MetadataEdit,
)
from desk.core.errors import NotFound
from desk.core.storage.schema import ArticleRow, PersonRow, QuoteRow, fit


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        title=row.title,
        outlet=row.outlet,
        byline=row.byline,
        published=row.published,
        url=row.url,
        path=row.path,
        text=row.text,
        raw_text=row.raw_text,
        content_hash=row.content_hash,
        source_format=row.source_format,
        kind=DocumentKind(row.kind),
        imported_at=_aware(row.imported_at),
    )


_SUMMARY_COLUMNS = (
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.outlet,
    ArticleRow.byline,
    ArticleRow.published,
    ArticleRow.url,
    ArticleRow.path,
    ArticleRow.chars,
    ArticleRow.kind,
    ArticleRow.imported_at,
)


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def id_for_hash(self, content_hash: str) -> int | None:
        return self._session.scalar(
            select(ArticleRow.id).where(ArticleRow.content_hash == content_hash)
        )

    def add(self, draft: ArticleDraft, content_hash: str, *, detected: bool = False) -> int:
        """Store an article; ``detected`` when its quotes are being stored with it."""
        now = datetime.now(UTC)
        row = ArticleRow(
            kind=draft.kind.value,
            title=draft.title,
            outlet=fit(draft.outlet, ArticleRow.outlet),
            byline=fit(draft.byline, ArticleRow.byline),
            published=draft.published,
            url=draft.url,
            path=draft.path,
            source_format=draft.source_format,
            text=draft.text,
            raw_text=draft.raw_text,
            chars=len(draft.text),
            content_hash=content_hash,
            imported_at=now,
            updated_at=now,
            detected_at=now if detected else None,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def _row(self, article_id: int) -> ArticleRow:
        row = self._session.get(ArticleRow, article_id)
        if row is None:
            raise NotFound(f"there is no article with id {article_id}")
        return row

    def get(self, article_id: int) -> Article:
        return _article(self._row(article_id))

    def summaries(self, kind: DocumentKind | None = None) -> list[ArticleSummary]:
        """Listing columns only: the texts stay in the database until an article is opened."""
        query = select(*_SUMMARY_COLUMNS).order_by(
            ArticleRow.published.desc().nulls_last(), ArticleRow.id
        )
        if kind is not None:
            query = query.where(ArticleRow.kind == kind.value)
        return [
            ArticleSummary(
                id=r.id,
                title=r.title,
                outlet=r.outlet,
                byline=r.byline,
                published=r.published,
                url=r.url,
                path=r.path,
                chars=r.chars,
                kind=DocumentKind(r.kind),
                imported_at=_aware(r.imported_at),
            )
            for r in self._session.execute(query)
        ]

    def locations(self, article_ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """Each article's file path and web address, to name it as an archive would."""
        found: dict[int, tuple[str | None, str | None]] = {}
        ids = sorted(set(article_ids))
        for start in range(0, len(ids), 500):
            query = select(ArticleRow.id, ArticleRow.path, ArticleRow.url).where(
                ArticleRow.id.in_(ids[start : start + 500])
            )
            found.update((row.id, (row.path, row.url)) for row in self._session.execute(query))
        return found

    def search(self, term: str) -> set[int]:
        """Articles whose headline, outlet, byline, text or quoted people mention ``term``.

        Runs in the database (case-insensitive, ``%`` and ``_`` taken literally), so the UI
        never holds every article's text to filter a list.
        """
        term = term.strip()
        if not term:
            return set(self._session.scalars(select(ArticleRow.id)))
        columns = (ArticleRow.title, ArticleRow.outlet, ArticleRow.byline, ArticleRow.text)
        found = set(
            self._session.scalars(
                select(ArticleRow.id).where(
                    or_(*(column.icontains(term, autoescape=True) for column in columns))
                )
            )
        )
        found.update(
            self._session.scalars(
                select(QuoteRow.article_id)
                .join(PersonRow, PersonRow.id == QuoteRow.speaker_id)
                .where(PersonRow.name.icontains(term, autoescape=True))
                .where(QuoteRow.deleted_at.is_(None))
                .distinct()
            )
        )
        return found

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def update(self, article_id: int, edit: MetadataEdit) -> Article:
        row = self._row(article_id)
        for name in ("title", "outlet", "byline", "url"):
            value = getattr(edit, name)
            if value is not None:
                setattr(row, name, fit(value.strip(), getattr(ArticleRow, name)) or None)
        if edit.clear_published:
            row.published = None
        elif edit.published is not None:
            row.published = edit.published
        if edit.kind is not None:
            row.kind = edit.kind.value
        row.updated_at = datetime.now(UTC)
        self._session.flush()
        return _article(row)

    def delete(self, article_id: int) -> None:
        self._session.delete(self._row(article_id))
