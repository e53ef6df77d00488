"""The ORM tables. Rows never leave ``desk.core.storage``: repositories turn them into entities.

Every change here needs an Alembic migration in ``migrations/versions``; a test compares this
metadata with the migrated database and fails on any drift.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names make migrations reproducible on SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def fit(value: str | None, column: Any) -> str | None:
    """``value`` cut to ``column``'s length. PostgreSQL refuses a longer string where SQLite
    would keep it; cutting here stores the same on both (metadata found in hostile input)."""
    length: int | None = getattr(column.type, "length", None)
    if value is None or length is None or len(value) <= length:
        return value
    return value[: length - 1] + "…"


class ArticleRow(Base):
    """An imported article or source document.

    ``text`` is the cleaned text that all offsets refer to; ``raw_text`` is what was read,
    kept so cleaning can be audited or redone. ``content_hash`` identifies the content for
    duplicate detection, independent of file name and metadata.
    """

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="article")
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    byline: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # When quote detection last ran on this article; NULL for articles stored before it existed,
    # which the library detects on request instead of in a migration.
    detected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_articles_published", "published"),)


class PersonRow(Base):
    """Someone quoted. ``key`` (the folded name) makes a named person one row across articles;
    anonymous sources have no key, so each stays its own person."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str | None] = mapped_column(String(300), unique=True)
    role: Mapped[str | None] = mapped_column(String(500))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PersonAliasRow(Base):
    """Another name the same person goes by ("Kerry", "the secretary"), kept after a merge."""

    __tablename__ = "person_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    # The folded alias, indexed: every import looks speakers up by it.
    key: Mapped[str] = mapped_column(String(300), index=True)

    __table_args__ = (UniqueConstraint("person_id", "alias"),)


class QuoteRow(Base):
    """A quotation in an article, suggested by the detector or marked by the user.

    ``version`` is SQLAlchemy's version counter: an UPDATE names the version it read, so two
    people saving the same quote cannot silently overwrite each other. Deleting only sets
    ``deleted_at``, so undo and the history can bring a quote back whole.
    """

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float | None] = mapped_column(Float)
    origin: Mapped[str] = mapped_column(String(16))
    review: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    evidence_url: Mapped[str | None] = mapped_column(Text)
    evidence_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    checked_by: Mapped[str | None] = mapped_column(String(200))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy types it so)


class QuoteHistoryRow(Base):
    """The audit trail: one row per changed field of a quote, never updated or deleted."""

    __tablename__ = "quote_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class QuoteShingleRow(Base):
    """The matching index: a quote under each of its word 3-shingle and word-pair hashes.

    Looking up a new article's shingles here finds its candidate partners without reading the
    rest of the library; the hashes are stable, so the index outlives the process that built it.
    """

    __tablename__ = "quote_shingles"
    # Clustered by hash on SQLite: a look-up reads one run of the table, and no rowid is kept.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (SQLAlchemy types it so)

    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class QuoteShingleCountRow(Base):
    """How many quotes each shingle is indexed under, kept beside the index.

    A look-up must know whether a shingle is too common to propose pairs; counting its postings
    would read all of them ("we are going to" is in tens of thousands of quotes of a large
    library), which made one article's look-up a table scan.
    """

    __tablename__ = "quote_shingle_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (SQLAlchemy types it so)

    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    quotes: Mapped[int] = mapped_column(Integer)


class QuoteLinkRow(Base):
    """Two quotes found to be the same statement: ``quote_id`` is the shorter one, and for a
    fragment ``within_*`` is its word span in the longer one."""

    __tablename__ = "quote_links"

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True
    )
    other_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    within_start: Mapped[int | None] = mapped_column(Integer)
    within_end: Mapped[int | None] = mapped_column(Integer)


class QuoteMatchStateRow(Base):
    """Which quotes are in the matching index, since when, and with how many words."""

    __tablename__ = "quote_match_state"

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True
    )
    matched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: The quote's word count: candidates are filtered by length before any text is read.
    words: Mapped[int] = mapped_column(Integer)
    #: Its distinct 3-shingles: a repetitive quote ("never, never, never…") has only one.
    shingles: Mapped[int] = mapped_column(Integer)


class QuoteMatchQueueRow(Base):
    """Quotes waiting to be matched: new ones, and ones whose span changed.

    A queue rather than "quotes without a match state" because finding those means reading every
    quote, and matching after an import must cost the same in any size of library.
    """

    __tablename__ = "quote_match_queue"

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True
    )


class SettingRow(Base):
    """A library-wide setting (the newsroom's name, matching thresholds): shared by everyone who
    opens the same database, unlike window layout, which stays in each user's QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
