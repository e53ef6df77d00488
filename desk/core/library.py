"""The one facade that the command line, the UI and scripts use to work with a library.

Each public method is one user action and opens its own session: a write is one transaction
that either happens whole or not at all, and callers never see the database.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from desk.core import importing
from desk.core.entities import (
    Article,
    ArticleDraft,
    ArticleSummary,
    DocumentKind,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    MetadataEdit,
)
from desk.core.errors import DeskError, InputRefused
from desk.core.progress import NO_PROGRESS, CancelToken, Progress
from desk.core.storage.database import Database, display_url, sqlite_path
from desk.core.storage.repositories import ArticleRepository

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Identify an article by its words, so the same story saved twice is recognised.

    Unicode normalisation and whitespace are ignored: a re-saved file with other line endings
    or a copy from another browser is still the same content.
    """
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Library:
    """A library of articles and source documents in one database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @classmethod
    def open(cls, url: str | None = None) -> Library:
        """Open the library at ``url`` (default: ``DESK_DB`` or the user's own library)."""
        return cls(Database.open(url))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return self._db.url

    @property
    def display_url(self) -> str:
        return display_url(self._db.url)

    @property
    def location(self) -> str:
        """Where the library is, as a person would look for it: a path for a SQLite file."""
        path = sqlite_path(self._db.url)
        return str(path) if path is not None else self.display_url

    @property
    def short_name(self) -> str:
        """A name for the title bar: the file name of a SQLite library, else the URL."""
        path = sqlite_path(self._db.url)
        return path.name if path is not None else self.display_url

    @property
    def schema_revision(self) -> str | None:
        return self._db.current_revision()

    # -- reading -----------------------------------------------------------------------------

    def articles(self, kind: DocumentKind | None = None) -> list[ArticleSummary]:
        """All articles (newest first), without their texts."""
        with self._db.read() as session:
            return ArticleRepository(session).summaries(kind)

    def article(self, article_id: int) -> Article:
        with self._db.read() as session:
            return ArticleRepository(session).get(article_id)

    def count(self) -> int:
        with self._db.read() as session:
            return ArticleRepository(session).count()

    # -- importing ---------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        kind: DocumentKind = DocumentKind.ARTICLE,
        max_bytes: int = importing.DEFAULT_MAX_BYTES,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders; one bad file is reported and never stops the rest."""
        outcomes: list[ImportOutcome] = []
        found = list(importing.discover(paths))
        total = len(found)
        for done, item in enumerate(found):
            if cancel is not None and cancel.cancelled:
                return ImportReport(tuple(outcomes), cancelled=True)
            if isinstance(item, InputRefused):
                outcomes.append(_skipped(item.source, item.reason))
                continue
            progress(done, total, item.name)
            outcomes.append(self._import_file(item, kind, max_bytes))
        progress(total, total, "")
        return ImportReport(tuple(outcomes))

    def import_text(
        self,
        text: str,
        *,
        label: str = "pasted text",
        kind: DocumentKind = DocumentKind.ARTICLE,
    ) -> ImportOutcome:
        """Import text pasted from the clipboard (plain or HTML)."""
        try:
            draft = importing.parse_text(text, label=label)
        except InputRefused as refused:
            return _skipped(label, refused.reason)
        return self.store(replace(draft, kind=kind), label)

    def store(self, draft: ArticleDraft, source: str) -> ImportOutcome:
        """Store one parsed article in its own transaction, unless its content is present."""
        digest = content_hash(draft.text)
        try:
            with self._db.begin() as session:
                articles = ArticleRepository(session)
                existing = articles.id_for_hash(digest)
                if existing is not None:
                    return ImportOutcome(
                        source, ImportStatus.DUPLICATE, article_id=existing, title=draft.title
                    )
                new_id = articles.add(draft, digest)
        except IntegrityError:
            # Another process stored the same content between our check and our insert.
            with self._db.read() as session:
                existing = ArticleRepository(session).id_for_hash(digest)
            return ImportOutcome(
                source, ImportStatus.DUPLICATE, article_id=existing, title=draft.title
            )
        return ImportOutcome(source, ImportStatus.IMPORTED, article_id=new_id, title=draft.title)

    def _import_file(self, path: Path, kind: DocumentKind, max_bytes: int) -> ImportOutcome:
        source = str(path)
        try:
            draft = importing.parse_file(path, max_bytes=max_bytes)
        except InputRefused as refused:
            return _skipped(source, refused.reason)
        except OSError as error:
            return _skipped(source, f"cannot be read ({error.strerror or error})")
        except DeskError:
            raise
        except Exception as error:  # a parser bug on one file must not stop a folder import
            log.exception("unexpected failure reading %s", path)
            return _skipped(source, f"could not be read ({type(error).__name__}: {error})")
        return self.store(replace(draft, kind=kind), source)

    # -- editing -----------------------------------------------------------------------------

    def update_metadata(self, article_id: int, edit: MetadataEdit) -> Article:
        """Change headline, outlet, byline, date, link or kind; the texts never change."""
        with self._db.begin() as session:
            return ArticleRepository(session).update(article_id, edit)

    def delete_articles(self, article_ids: Sequence[int]) -> None:
        with self._db.begin() as session:
            articles = ArticleRepository(session)
            for article_id in article_ids:
                articles.delete(article_id)


def _skipped(source: str, reason: str) -> ImportOutcome:
    return ImportOutcome(source, ImportStatus.SKIPPED, reason=reason)
