"""Quotes, people and the audit history, as entities. Each repository takes the caller's session.

Every change to a quote goes through :meth:`QuoteRepository.edit` (or create/delete/restore),
which writes the audit rows in the same transaction: the history cannot miss a change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import cast

from sqlalchemy import Select, String, func, insert, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from desk.core.entities import Person, Quote, QuoteChange, QuoteEdit, QuoteStatus, Review
from desk.core.errors import EditConflict, InvalidEdit, NotFound
from desk.core.storage.matches import MatchRepository
from desk.core.storage.schema import (
    ArticleRow,
    PersonAliasRow,
    PersonRow,
    QuoteHistoryRow,
    QuoteRow,
    fit,
)

_SPACE = re.compile(r"\s+")
_KEY_LENGTH: int = cast(String, PersonRow.__table__.c.key.type).length or 300


def person_key(name: str) -> str:
    """The folded form under which a named person is found again ("JOHN  Kerry" → "john kerry")."""
    return _SPACE.sub(" ", name).strip().casefold()[:_KEY_LENGTH]


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _text(value: object) -> str | None:
    """How a field value is written into the history."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


_Speaker = aliased(PersonRow)


def _quote_query() -> Select[QuoteRow, str, str | None]:
    return select(QuoteRow, _Speaker.name, _Speaker.role).outerjoin(
        _Speaker, _Speaker.id == QuoteRow.speaker_id
    )


def _quote(row: QuoteRow, speaker: str | None, role: str | None) -> Quote:
    return Quote(
        id=row.id,
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        text=row.text,
        speaker_id=row.speaker_id,
        speaker=speaker,
        speaker_role=role,
        partial=row.partial,
        confidence=row.confidence,
        review=Review(row.review),
        status=QuoteStatus(row.status),
        note=row.note,
        evidence_url=row.evidence_url,
        evidence_article_id=row.evidence_article_id,
        evidence_start=row.evidence_start,
        evidence_end=row.evidence_end,
        checked_by=row.checked_by,
        checked_at=_aware(row.checked_at),
        created_at=_aware(row.created_at) or datetime.now(UTC),
        updated_by=row.updated_by,
        updated_at=_aware(row.updated_at) or datetime.now(UTC),
        version=row.version,
        deleted=row.deleted_at is not None,
    )


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, person_id: int) -> PersonRow:
        row = self._session.get(PersonRow, person_id)
        if row is None:
            raise NotFound(f"there is no person with id {person_id}")
        return row

    def _person(self, row: PersonRow) -> Person:
        aliases = self._session.scalars(
            select(PersonAliasRow.alias)
            .where(PersonAliasRow.person_id == row.id)
            .order_by(PersonAliasRow.alias)
        )
        return Person(row.id, row.name, row.role, row.anonymous, tuple(aliases))

    def get(self, person_id: int) -> Person:
        return self._person(self._row(person_id))

    def all(self) -> list[Person]:
        rows = self._session.scalars(select(PersonRow).order_by(func.lower(PersonRow.name)))
        aliases: dict[int, list[str]] = {}
        for person_id, alias in self._session.execute(
            select(PersonAliasRow.person_id, PersonAliasRow.alias).order_by(PersonAliasRow.alias)
        ):
            aliases.setdefault(person_id, []).append(alias)
        return [
            Person(r.id, r.name, r.role, r.anonymous, tuple(aliases.get(r.id, ()))) for r in rows
        ]

    def find(self, name: str) -> int | None:
        """A named person by full name, else by an alias only one person has."""
        key = person_key(name)
        found = self._session.scalar(select(PersonRow.id).where(PersonRow.key == key))
        if found is not None:
            return found
        owners = list(
            self._session.scalars(
                select(PersonAliasRow.person_id)
                .where(PersonAliasRow.key == key)
                .distinct()
                .limit(2)
            )
        )
        return owners[0] if len(owners) == 1 else None

    def resolve(self, name: str, role: str | None, anonymous: bool) -> int:
        """The person a detected speaker is: found again if named and known, else created."""
        name = _SPACE.sub(" ", name).strip()
        if not anonymous:
            found = self.find(name)
            if found is not None:
                row = self._row(found)
                if role and not row.role:
                    row.role = fit(role, PersonRow.role)
                return found
        return self.create(name, role, anonymous)

    def create(self, name: str, role: str | None = None, anonymous: bool = False) -> int:
        name = _SPACE.sub(" ", name).strip()
        if not name:
            raise InvalidEdit("a person needs a name")
        if not anonymous and self._session.scalar(
            select(PersonRow.id).where(PersonRow.key == person_key(name))
        ):
            raise InvalidEdit(f"there is already a person called {name!r}")
        name = fit(name, PersonRow.name) or name
        row = PersonRow(
            name=name,
            key=None if anonymous else person_key(name),
            role=fit(role, PersonRow.role) or None,
            anonymous=anonymous,
            created_at=datetime.now(UTC),
        )
        self._session.add(row)
        self._session.flush()
        surname = name.split()[-1]
        if not anonymous and surname != name:
            self._add_alias(row.id, surname)
        return row.id

    def _add_alias(self, person_id: int, alias: str) -> None:
        alias = fit(alias, PersonAliasRow.alias) or alias
        exists = self._session.scalar(
            select(PersonAliasRow.id).where(
                PersonAliasRow.person_id == person_id, PersonAliasRow.alias == alias
            )
        )
        if exists is None:
            self._session.add(
                PersonAliasRow(person_id=person_id, alias=alias, key=person_key(alias))
            )

    def rename(self, person_id: int, name: str, role: str | None) -> Person:
        row = self._row(person_id)
        name = fit(_SPACE.sub(" ", name).strip(), PersonRow.name) or ""
        role = fit(role, PersonRow.role)
        if not name:
            raise InvalidEdit("a person needs a name")
        if not row.anonymous:
            other = self._session.scalar(
                select(PersonRow.id).where(
                    PersonRow.key == person_key(name), PersonRow.id != person_id
                )
            )
            if other is not None:
                raise InvalidEdit(f"there is already a person called {name!r}; merge them instead")
            if row.name != name:
                self._add_alias(person_id, row.name)
            row.key = person_key(name)
        row.name = name
        row.role = role or None
        self._session.flush()
        return self._person(row)

    def merge(self, keep_id: int, other_ids: Iterable[int], by: str | None) -> Person:
        """Make several people one: their quotes and names move to ``keep_id``."""
        keep = self._row(keep_id)
        quotes = QuoteRepository(self._session)
        for other_id in other_ids:
            if other_id == keep_id:
                continue
            other = self._row(other_id)
            for quote_id, version in self._session.execute(
                select(QuoteRow.id, QuoteRow.version).where(QuoteRow.speaker_id == other_id)
            ):
                quotes.edit(quote_id, QuoteEdit(speaker_id=keep_id), version, by)
            for alias in self._session.scalars(
                select(PersonAliasRow.alias).where(PersonAliasRow.person_id == other_id)
            ):
                self._add_alias(keep_id, alias)
            self._add_alias(keep_id, other.name)
            if not keep.role and other.role:
                keep.role = other.role
            self._session.delete(other)
        keep.anonymous = False if keep.key else keep.anonymous
        self._session.flush()
        return self._person(keep)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A detected quote ready to store: its span and the person already resolved."""

    start: int
    end: int
    speaker_id: int | None
    partial: bool
    confidence: float


class QuoteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, quote_id: int) -> QuoteRow:
        row = self._session.get(QuoteRow, quote_id)
        if row is None:
            raise NotFound(f"there is no quote with id {quote_id}")
        return row

    def get(self, quote_id: int) -> Quote:
        found = self._session.execute(_quote_query().where(QuoteRow.id == quote_id)).first()
        if found is None:
            raise NotFound(f"there is no quote with id {quote_id}")
        row, speaker, role = found
        return _quote(row, speaker, role)

    def find(
        self,
        article_ids: Sequence[int] | None = None,
        *,
        statuses: Sequence[QuoteStatus] = (),
        reviews: Sequence[Review] = (),
        include_deleted: bool = False,
    ) -> list[Quote]:
        query = _quote_query().order_by(QuoteRow.article_id, QuoteRow.start, QuoteRow.id)
        if article_ids is not None:
            query = query.where(QuoteRow.article_id.in_(article_ids))
        if statuses:
            query = query.where(QuoteRow.status.in_([s.value for s in statuses]))
        if reviews:
            query = query.where(QuoteRow.review.in_([r.value for r in reviews]))
        if not include_deleted:
            query = query.where(QuoteRow.deleted_at.is_(None))
        return [_quote(row, speaker, role) for row, speaker, role in self._session.execute(query)]

    def counts(self) -> dict[int, dict[str, int]]:
        """Per article: how many live quotes, how many of them unchecked, rejected excluded."""
        query = (
            select(QuoteRow.article_id, QuoteRow.status, func.count())
            .where(QuoteRow.deleted_at.is_(None), QuoteRow.review != Review.REJECTED.value)
            .group_by(QuoteRow.article_id, QuoteRow.status)
        )
        counts: dict[int, dict[str, int]] = {}
        for article_id, status, n in self._session.execute(query):
            counts.setdefault(article_id, {})[status] = n
        return counts

    def create(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        speaker_id: int | None,
        partial: bool,
        confidence: float | None,
        review: Review,
        by: str | None,
        origin: str,
    ) -> int:
        by = fit(by, QuoteRow.updated_by)
        text = self._span(article_id, start, end)
        now = datetime.now(UTC)
        row = QuoteRow(
            article_id=article_id,
            start=start,
            end=end,
            text=text,
            speaker_id=speaker_id,
            partial=partial,
            confidence=confidence,
            origin=origin,
            review=review.value,
            status=QuoteStatus.UNCHECKED.value,
            created_at=now,
            updated_at=now,
            updated_by=by,
        )
        self._session.add(row)
        self._session.flush()
        self._history(row.id, now, by, "created", None, None, text)
        MatchRepository(self._session).enqueue([row.id])
        return row.id

    def add_suggestions(
        self, article_id: int, article_text: str, found: Sequence[Suggestion]
    ) -> None:
        """Store the detector's quotes for a new article: one INSERT batch, then their history.

        The import's hot path: per-quote flushes and text look-ups made importing ten times
        slower than storing the article itself.
        """
        if not found:
            return
        now = datetime.now(UTC)
        rows = [
            {
                "article_id": article_id,
                "start": s.start,
                "end": s.end,
                "text": _checked_span(article_text, s.start, s.end),
                "speaker_id": s.speaker_id,
                "partial": s.partial,
                "confidence": s.confidence,
                "origin": "detected",
                "review": Review.SUGGESTED.value,
                "status": QuoteStatus.UNCHECKED.value,
                "created_at": now,
                "updated_at": now,
                "updated_by": None,
                "version": 1,  # a bulk INSERT bypasses the mapper's version counter
            }
            for s in found
        ]
        ids = self._session.scalars(
            insert(QuoteRow).returning(QuoteRow.id, sort_by_parameter_order=True), rows
        ).all()
        self._session.execute(
            insert(QuoteHistoryRow),
            [
                {
                    "quote_id": quote_id,
                    "at": now,
                    "by": None,
                    "action": "created",
                    "field": None,
                    "old_value": None,
                    "new_value": row["text"],
                }
                for quote_id, row in zip(ids, rows, strict=True)
            ],
        )
        MatchRepository(self._session).enqueue(ids)

    def _span(self, article_id: int, start: int, end: int) -> str:
        text = self._session.scalar(select(ArticleRow.text).where(ArticleRow.id == article_id))
        if text is None:
            raise NotFound(f"there is no article with id {article_id}")
        return _checked_span(text, start, end)

    def _check_version(self, row: QuoteRow, expected: int | None) -> None:
        if expected is not None and row.version != expected:
            raise EditConflict.on_quote(row.id, row.updated_by, row.updated_at)

    def edit(self, quote_id: int, edit: QuoteEdit, expected: int | None, by: str | None) -> None:
        """Apply one user action to a quote, refusing it if the quote changed since it was read.

        The version check happens twice: here, for a clear message, and in the UPDATE's WHERE
        clause, for a colleague who saves in between.
        """
        by = fit(by, QuoteRow.updated_by)
        row = self._row(quote_id)
        self._check_version(row, expected)
        changes = edit.changes()
        if "start" in changes or "end" in changes:
            start = edit.start if isinstance(edit.start, int) else row.start
            end = edit.end if isinstance(edit.end, int) else row.end
            changes["text"] = self._span(row.article_id, start, end)
        if isinstance(edit.speaker_id, int):
            PersonRepository(self._session).get(edit.speaker_id)
        now = datetime.now(UTC)
        changed = False
        for name, value in changes.items():
            old = getattr(row, name)
            new = value.value if isinstance(value, Enum) else value
            if isinstance(new, str) and name in ("note", "evidence_url"):
                new = new.strip() or None
            if old == new:
                continue
            setattr(row, name, new)
            self._history(quote_id, now, by, "edited", name, _text(old), _text(new))
            changed = True
        if "status" in changes and changed:
            row.checked_by = by
            row.checked_at = now
        if changed:
            row.updated_by = by
            row.updated_at = now
            self._flush(row)
        if changed and "text" in changes:
            # Matched with its old words: matched again, with the new ones, next time.
            matches = MatchRepository(self._session)
            matches.forget([quote_id])
            matches.enqueue([quote_id])
        elif changed and row.review != Review.REJECTED.value:
            MatchRepository(self._session).enqueue_unmatched([quote_id])

    def _flush(self, row: QuoteRow) -> None:
        quote_id = row.id  # after a failed flush the row can no longer be read
        try:
            self._session.flush()
        except StaleDataError as error:
            # Saved by someone else after our check; who and when needs a new transaction
            # (Library asks :meth:`conflict`).
            raise EditConflict(f"Quote {quote_id}", None, "the same moment") from error

    def conflict(self, quote_id: int) -> EditConflict:
        """The refusal for a save that lost the race, naming the last person who saved."""
        row = self._row(quote_id)
        return EditConflict.on_quote(row.id, row.updated_by, row.updated_at)

    def delete(self, quote_id: int, expected: int | None, by: str | None) -> None:
        by = fit(by, QuoteRow.updated_by)
        row = self._row(quote_id)
        self._check_version(row, expected)
        if row.deleted_at is not None:
            return
        now = datetime.now(UTC)
        row.deleted_at = now
        row.updated_at = now
        row.updated_by = by
        self._history(quote_id, now, by, "deleted", None, row.text, None)
        self._flush(row)

    def restore(self, quote_id: int, by: str | None) -> None:
        by = fit(by, QuoteRow.updated_by)
        row = self._row(quote_id)
        if row.deleted_at is None:
            return
        now = datetime.now(UTC)
        row.deleted_at = None
        row.updated_at = now
        row.updated_by = by
        self._history(quote_id, now, by, "restored", None, None, row.text)
        self._flush(row)
        MatchRepository(self._session).enqueue_unmatched([quote_id])

    def history(self, quote_id: int) -> list[QuoteChange]:
        self._row(quote_id)
        rows = self._session.scalars(
            select(QuoteHistoryRow)
            .where(QuoteHistoryRow.quote_id == quote_id)
            .order_by(QuoteHistoryRow.id)
        )
        return [
            QuoteChange(
                id=r.id,
                quote_id=r.quote_id,
                at=_aware(r.at) or datetime.now(UTC),
                by=r.by,
                action=r.action,
                field=r.field,
                old=r.old_value,
                new=r.new_value,
            )
            for r in rows
        ]

    def _history(
        self,
        quote_id: int,
        at: datetime,
        by: str | None,
        action: str,
        field: str | None,
        old: str | None,
        new: str | None,
    ) -> None:
        self._session.add(
            QuoteHistoryRow(
                quote_id=quote_id,
                at=at,
                by=by,
                action=action,
                field=field,
                old_value=old,
                new_value=new,
            )
        )

    def mark_detected(self, article_id: int) -> None:
        # Through the identity map: a just-stored article is updated in the same flush.
        article = self._session.get(ArticleRow, article_id)
        if article is not None:
            article.detected_at = datetime.now(UTC)

    def undetected_articles(self) -> list[int]:
        return list(
            self._session.scalars(
                select(ArticleRow.id)
                .where(ArticleRow.detected_at.is_(None), ArticleRow.kind == "article")
                .order_by(ArticleRow.id)
            )
        )

    def ids_of_article(self, article_id: int) -> list[int]:
        """Every quote of an article, deleted ones included."""
        query = select(QuoteRow.id).where(QuoteRow.article_id == article_id)
        return list(self._session.scalars(query))

    def has_quotes(self, article_id: int) -> bool:
        return (
            self._session.scalar(select(QuoteRow.id).where(QuoteRow.article_id == article_id))
            is not None
        )


def _checked_span(text: str, start: int, end: int) -> str:
    """``text[start:end]``, refused unless it is a real, non-blank part of the text."""
    if not 0 <= start < end <= len(text):
        raise InvalidEdit(
            f"a quote must cover some of the article's text (0–{len(text)}), not {start}–{end}"
        )
    span = text[start:end]
    if not span.strip():
        raise InvalidEdit("a quote cannot be only white space")
    return span
