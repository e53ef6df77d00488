"""The one facade that the command line, the UI and scripts use to work with a library.

Each public method is one user action and opens its own session: a write is one transaction
that either happens whole or not at all, and callers never see the database.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import re
import sqlite3
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.core import detection, importing, matching
from desk.core.archive import ArchiveIndex, ArchiveMatch, ArchiveProblem
from desk.core.archived import ArchiveReport, archive_name, archive_report
from desk.core.entities import (
    Article,
    ArticleDraft,
    ArticleSummary,
    DocumentKind,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    MetadataEdit,
    Person,
    Quote,
    QuoteChange,
    QuoteEdit,
    QuoteStatus,
    Review,
)
from desk.core.errors import DeskError, EditConflict, InputRefused
from desk.core.progress import NO_PROGRESS, CancelToken, Progress
from desk.core.storage.database import Database, display_url, sqlite_path
from desk.core.storage.matches import MatchRepository
from desk.core.storage.quotes import PersonRepository, QuoteRepository, Suggestion
from desk.core.storage.repositories import ArticleRepository
from desk.core.storage.schema import SettingRow

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


CHECKER_ENV = "DESK_CHECKER"

#: The library setting naming the attached archive result (an absolute folder path).
ARCHIVE_SETTING = "archive.path"

#: An archive lookup's cache key: quote id, words, speaker and the article as the archive
#: names it, so an edited quote (or a re-attributed one) is looked up again.
_ArchiveKey = tuple[int | str, str, str | None, int | str]


def default_checker() -> str | None:
    """Who is checking, for the history: ``DESK_CHECKER``, else the login name."""
    configured = os.environ.get(CHECKER_ENV, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no entry for the uid in a container
        return None


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
        # The archive index holds a SQLite connection, usable only in the thread that opened
        # it: each thread (the window's and its worker) opens its own, once.
        self._archive_local = threading.local()
        self._archive_lock = threading.Lock()
        self._archive_found: OrderedDict[_ArchiveKey, list[ArchiveMatch]] = OrderedDict()
        self._archive_identity: tuple[str, int, int, int] | None = None
        self._archive_problem: str | None = None

    @classmethod
    def open(cls, url: str | None = None) -> Library:
        """Open the library at ``url`` (default: ``DESK_DB`` or the user's own library)."""
        return cls(Database.open(url))

    def close(self) -> None:
        self._close_archive()
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

    def search(self, term: str) -> set[int]:
        """Ids of the articles whose headline, outlet, byline, text or speakers mention ``term``."""
        with self._db.read() as session:
            return ArticleRepository(session).search(term)

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
                outcomes.append(_skipped(printable(item.source), item.reason))
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
        """Store one parsed article and its suggested quotes in one transaction.

        Source documents are not searched for quotes: they are what quotes are checked against.
        """
        draft = _storable(draft)
        digest = content_hash(draft.text)
        with self._db.read() as session:
            existing = ArticleRepository(session).id_for_hash(digest)
        if existing is not None:  # checked again below, in the writing transaction
            return ImportOutcome(
                source, ImportStatus.DUPLICATE, article_id=existing, title=draft.title
            )
        found = detection.detect_quotes(draft.text) if draft.kind is DocumentKind.ARTICLE else []
        try:
            with self._db.begin() as session:
                articles = ArticleRepository(session)
                existing = articles.id_for_hash(digest)
                if existing is not None:
                    return ImportOutcome(
                        source, ImportStatus.DUPLICATE, article_id=existing, title=draft.title
                    )
                is_article = draft.kind is DocumentKind.ARTICLE
                new_id = articles.add(draft, digest, detected=is_article)
                if is_article:
                    _store_suggestions(session, new_id, draft.text, found)
        except IntegrityError:
            # Another process stored the same content between our check and our insert.
            with self._db.read() as session:
                existing = ArticleRepository(session).id_for_hash(digest)
            return ImportOutcome(
                source, ImportStatus.DUPLICATE, article_id=existing, title=draft.title
            )
        return ImportOutcome(
            source,
            ImportStatus.IMPORTED,
            article_id=new_id,
            title=draft.title,
            quotes=len(found),
        )

    def _import_file(self, path: Path, kind: DocumentKind, max_bytes: int) -> ImportOutcome:
        source = printable(str(path))
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
            matches = MatchRepository(session)
            for article_id in article_ids:
                # Out of the matching index first, so its shingle counts stay right.
                matches.forget(QuoteRepository(session).ids_of_article(article_id))
                articles.delete(article_id)

    # -- quotes ------------------------------------------------------------------------------

    def quotes(
        self,
        article_ids: Sequence[int] | None = None,
        *,
        statuses: Sequence[QuoteStatus] = (),
        reviews: Sequence[Review] = (),
        include_deleted: bool = False,
    ) -> list[Quote]:
        """Quotes in text order, article by article; deleted ones only when asked."""
        with self._db.read() as session:
            return QuoteRepository(session).find(
                article_ids, statuses=statuses, reviews=reviews, include_deleted=include_deleted
            )

    def quote(self, quote_id: int) -> Quote:
        with self._db.read() as session:
            return QuoteRepository(session).get(quote_id)

    def quote_counts(self) -> dict[int, dict[str, int]]:
        """Per article id, the number of live quotes by status (rejected suggestions left out)."""
        with self._db.read() as session:
            return QuoteRepository(session).counts()

    def history(self, quote_id: int) -> list[QuoteChange]:
        """Every change to a quote, oldest first."""
        with self._db.read() as session:
            return QuoteRepository(session).history(quote_id)

    def mark_quote(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        speaker_id: int | None = None,
        partial: bool = False,
        by: str | None = None,
        then: QuoteEdit | None = None,
    ) -> Quote:
        """Mark a span the user selected as a quote; it is accepted from the start.

        ``then`` sets more fields (status, note …) in the same transaction, as an annotation
        import does: the quote never exists half-made.
        """
        with self._db.begin() as session:
            quotes = QuoteRepository(session)
            quote_id = quotes.create(
                article_id,
                start,
                end,
                speaker_id=speaker_id,
                partial=partial,
                confidence=None,
                review=Review.ACCEPTED,
                by=by,
                origin="manual",
            )
            if then is not None and then.changes():
                quotes.edit(quote_id, then, None, by)
            return quotes.get(quote_id)

    def edit_quote(
        self, quote_id: int, edit: QuoteEdit, *, expected_version: int | None, by: str | None
    ) -> Quote:
        """Apply one user action to a quote, recorded in its history.

        ``expected_version`` is the version the user saw; if a colleague saved the quote since,
        :class:`~desk.core.errors.EditConflict` is raised and nothing changes. ``None`` skips
        the check (scripts that own the library).
        """
        with self._naming_who_saved_first(quote_id), self._db.begin() as session:
            quotes = QuoteRepository(session)
            quotes.edit(quote_id, edit, expected_version, by)
            return quotes.get(quote_id)

    def delete_quote(self, quote_id: int, *, expected_version: int | None, by: str | None) -> Quote:
        """Delete a quote; it stays in the history and :meth:`restore_quote` brings it back."""
        with self._naming_who_saved_first(quote_id), self._db.begin() as session:
            quotes = QuoteRepository(session)
            quotes.delete(quote_id, expected_version, by)
            return quotes.get(quote_id)

    @contextmanager
    def _naming_who_saved_first(self, quote_id: int) -> Iterator[None]:
        """A colleague who saved between our version check and our write is only noticed by
        the UPDATE; say who it was, read after our transaction was rolled back."""
        try:
            yield
        except EditConflict as conflict:
            if conflict.changed_by is not None:
                raise
            with self._db.read() as session:
                raise QuoteRepository(session).conflict(quote_id) from conflict

    def restore_quote(self, quote_id: int, *, by: str | None) -> Quote:
        with self._db.begin() as session:
            quotes = QuoteRepository(session)
            quotes.restore(quote_id, by)
            return quotes.get(quote_id)

    def detect_pending(
        self, *, progress: Progress = NO_PROGRESS, cancel: CancelToken | None = None
    ) -> int:
        """Find quotes in articles stored before detection existed; each article one transaction.

        Returns the number of articles searched. An article that already has quotes (marked by
        hand) keeps them and gets no suggestions on top.
        """
        with self._db.read() as session:
            pending = QuoteRepository(session).undetected_articles()
        for done, article_id in enumerate(pending):
            if cancel is not None and cancel.cancelled:
                return done
            progress(done, len(pending), f"article {article_id}")
            with self._db.begin() as session:
                quotes = QuoteRepository(session)
                if quotes.has_quotes(article_id):
                    quotes.mark_detected(article_id)
                    continue
                text = ArticleRepository(session).get(article_id).text
                _store_suggestions(session, article_id, text, detection.detect_quotes(text))
                quotes.mark_detected(article_id)
        progress(len(pending), len(pending), "")
        return len(pending)

    # -- matching ----------------------------------------------------------------------------

    #: Quotes matched per transaction: a cancelled or interrupted run keeps what it finished.
    MATCH_BATCH = 1000

    def match_settings(self) -> matching.MatchSettings:
        """The thresholds stored in the library (defaults where none are)."""
        return matching.MatchSettings.from_store(self.setting)

    def match_pending(
        self, *, progress: Progress = NO_PROGRESS, cancel: CancelToken | None = None
    ) -> int:
        """Match the quotes not matched yet against the library; returns how many were.

        Only new quotes (and quotes whose span changed) are looked at, so importing an article
        costs the same in a library of ten articles as in one of ten thousand. With an archive
        attached, the quotes just matched (the last :attr:`ARCHIVE_WARM`) are looked up in it
        too, so what it holds of them is ready when asked for; an archive that cannot be read
        never stops matching (:meth:`archive_problem` says why).
        """
        with self._db.read() as session:
            total = MatchRepository(session).count_pending()
        if not total:
            return 0  # the usual case: one count, no settings read, no transaction
        settings = self.match_settings()
        done = 0
        matched: list[int] = []
        while done < total:
            if cancel is not None and cancel.cancelled:
                break
            progress(done, total, "Matching quotes across articles")
            with self._db.begin() as session:
                repository = MatchRepository(session)
                batch = repository.pending(self.MATCH_BATCH)
                if not batch:
                    break
                repository.match(batch, settings)
            done += len(batch)
            matched.extend(batch)
        self._warm_archive(matched[-self.ARCHIVE_WARM :], progress, cancel)
        progress(min(done, total), total, "Matching quotes across articles")
        return done

    def rematch(
        self, *, progress: Progress = NO_PROGRESS, cancel: CancelToken | None = None
    ) -> int:
        """Match every quote again, as after the thresholds changed."""
        with self._db.begin() as session:
            MatchRepository(session).forget_all()
        return self.match_pending(progress=progress, cancel=cancel)

    def pending_matches(self) -> int:
        with self._db.read() as session:
            return MatchRepository(session).count_pending()

    def match_report(self) -> matching.MatchReport:
        """Every live quote's group, counterparts and flags, from the stored links."""
        settings = self.match_settings()
        with self._db.read() as session:
            repository = MatchRepository(session)
            quotes = repository.match_quotes()
            stored = repository.links()
        number = {q.key: n for n, q in enumerate(quotes)}
        links = [
            matching.Link(number[a], number[b], relation, score)
            for a, b, relation, score in stored
            if a in number and b in number
        ]
        groups = matching.build_groups(quotes, links, settings)
        return matching.MatchReport(quotes, groups)

    def align_quote(self, quote_id: int, source_id: int) -> matching.SourceMatch | None:
        """Where a quote is in a source document, how close, and the word differences."""
        quote = self.quote(quote_id)
        source = self.article(source_id)
        return matching.align_to_source(quote.text, source.text)

    # -- the attached archive -----------------------------------------------------------------

    #: Freshly matched quotes looked up in the archive after matching, at most: an import's
    #: quotes are ready when the checker selects one, and a whole-library rematch stays cheap.
    ARCHIVE_WARM = 500
    #: Quotes per archive lookup; a cancel is noticed between lookups.
    ARCHIVE_BATCH = 100
    #: Quotes whose archive reports are kept in memory.
    ARCHIVE_CACHE = 5000

    def attach_archive(self, folder: Path | None) -> None:
        """Attach an archive result (``desk archive``'s output folder); None detaches it.

        The folder is opened first, so a folder that is not a finished result raises
        :class:`~desk.core.archive.ArchiveProblem` and the attached archive stays as it was.
        The setting is the library's: everyone on a shared database sees the same archive.
        """
        if folder is None:
            self.set_setting(ARCHIVE_SETTING, None)
        else:
            folder = Path(os.path.abspath(folder.expanduser()))
            ArchiveIndex(folder).close()
            self.set_setting(ARCHIVE_SETTING, str(folder))
        self._close_archive()
        with self._archive_lock:
            self._archive_found.clear()
            self._archive_identity = None
            self._archive_problem = None

    def archive_path(self) -> Path | None:
        """The attached archive result's folder, or None."""
        value = self.setting(ARCHIVE_SETTING)
        return Path(value) if value else None

    def archive_problem(self) -> str | None:
        """Why the last archive lookup found nothing although an archive is attached (it was
        moved, deleted or damaged since), in one line; None when it worked."""
        return self._archive_problem

    def archive_matches(self, quote_ids: Sequence[int]) -> dict[int, list[ArchiveMatch]]:
        """For each live quote among ``quote_ids``, the archive groups that carry the same
        statement, best first (an empty list: the archive does not have it).

        Reads files: never call it on the UI thread. Results are kept per quote, words and
        speaker, so asking again is free until the quote is edited. Without an archive, or
        with one that can no longer be read, the answer is ``{}``; :meth:`archive_problem`
        says why in the second case. It never raises for a broken archive.
        """
        folder = self.archive_path()
        if folder is None:
            self._archive_problem = None
            return {}
        return self._archive_lookup(folder, quote_ids)[1]

    def archive_reports(self, quote_ids: Sequence[int]) -> dict[int, ArchiveReport]:
        """What the attached archive holds of each quote among ``quote_ids`` that it holds:
        first seen where, and its other wordings with their word differences (see
        :func:`~desk.core.archived.archive_report`). Reads files, as :meth:`archive_matches`.
        """
        folder = self.archive_path()
        if folder is None:
            self._archive_problem = None
            return {}
        asked, found = self._archive_lookup(folder, quote_ids)
        reports: dict[int, ArchiveReport] = {}
        for quote in asked:
            report = archive_report(quote.text, found.get(int(quote.key), ()), quote.article)
            if report is not None:
                reports[int(quote.key)] = report
        return reports

    def _archive_lookup(
        self, folder: Path, quote_ids: Sequence[int]
    ) -> tuple[list[matching.MatchQuote], dict[int, list[ArchiveMatch]]]:
        """The live quotes asked about (their ``article`` as the archive names it) and what
        the archive holds of each."""
        index = self._archive_index(folder)
        if index is None:
            return [], {}
        self._archive_problem = None
        if not quote_ids:
            return [], {}
        with self._db.read() as session:
            quotes = MatchRepository(session).match_quotes(quote_ids)
            places = ArticleRepository(session).locations([int(q.article) for q in quotes])
        # The archive names an article by its file path or record id: ours likewise, so that a
        # library article that is also in the archive is not its own second report.
        asked: list[matching.MatchQuote] = []
        for quote in quotes:
            path, url = places.get(int(quote.article), (None, None))
            asked.append(replace(quote, article=archive_name(int(quote.article), path, url)))
        found: dict[int, list[ArchiveMatch]] = {}
        missing: list[matching.MatchQuote] = []
        with self._archive_lock:
            for quote in asked:
                key = _archive_key(quote)
                if key in self._archive_found:
                    self._archive_found.move_to_end(key)
                    found[int(quote.key)] = self._archive_found[key]
                else:
                    missing.append(quote)
        if missing:
            try:
                results = index.lookup(missing)
            except (sqlite3.Error, OSError, ValueError) as error:
                log.warning("archive lookup failed in %s", folder, exc_info=True)
                self._archive_problem = f"{folder}: the archive cannot be read ({error})"
                return asked, {}
            with self._archive_lock:
                for quote, result in zip(missing, results, strict=True):
                    self._archive_found[_archive_key(quote)] = result
                    found[int(quote.key)] = result
                while len(self._archive_found) > self.ARCHIVE_CACHE:
                    self._archive_found.popitem(last=False)
        return asked, found

    def _archive_index(self, folder: Path) -> ArchiveIndex | None:
        """This thread's open index of ``folder``, opened again when the result was replaced
        (a re-run swaps the folder whole); None, with the problem noted, when it cannot be."""
        if not folder.is_dir():
            self._archive_problem = (
                f"{folder}: the attached archive is no longer there (moved or deleted?);"
                " attach it again in Settings"
            )
            return None
        try:
            stat = (folder / "index" / "quotes.sqlite").stat()
            identity: tuple[str, int, int, int] | None = (
                str(folder),
                stat.st_ino,
                stat.st_mtime_ns,
                stat.st_size,
            )
        except OSError:
            identity = None  # opening says what is wrong
        with self._archive_lock:
            if identity != self._archive_identity:
                self._archive_found.clear()
                self._archive_identity = identity
        held: tuple[tuple[str, int, int, int], ArchiveIndex] | None = getattr(
            self._archive_local, "index", None
        )
        if held is not None and identity is not None and held[0] == identity:
            return held[1]
        self._close_archive()
        try:
            index = ArchiveIndex(folder)
        except (ArchiveProblem, sqlite3.Error, OSError, ValueError) as problem:
            self._archive_problem = str(problem).splitlines()[0] if str(problem) else repr(problem)
            return None
        if identity is not None:
            self._archive_local.index = (identity, index)
        return index

    def _close_archive(self) -> None:
        """Close this thread's index; other threads' close when they next look (or end)."""
        held = getattr(self._archive_local, "index", None)
        self._archive_local.index = None
        if held is not None:
            held[1].close()

    def _warm_archive(
        self, quote_ids: Sequence[int], progress: Progress, cancel: CancelToken | None
    ) -> None:
        """Look freshly matched quotes up in the attached archive, so their reports are
        ready when asked for; a broken archive only leaves :meth:`archive_problem` set."""
        if not quote_ids:
            return
        folder = self.archive_path()
        if folder is None:
            return
        for start in range(0, len(quote_ids), self.ARCHIVE_BATCH):
            if cancel is not None and cancel.cancelled:
                return
            progress(start, len(quote_ids), "Looking the new quotes up in the archive")
            self._archive_lookup(folder, quote_ids[start : start + self.ARCHIVE_BATCH])
            if self._archive_problem is not None:
                return

    # -- settings ----------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A library-wide setting, shared by everyone who opens this database."""
        with self._db.read() as session:
            row = session.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store (or with ``None`` remove) a library-wide setting."""
        with self._db.begin() as session:
            row = session.get(SettingRow, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    # -- people ------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        with self._db.read() as session:
            return PersonRepository(session).all()

    def find_person(self, name: str) -> Person | None:
        """The person a user means by ``name``: full name or any alias, case and spacing ignored.

        Anonymous sources count too, so "a senior official" typed again finds that person.
        """
        wanted = " ".join(name.split()).casefold()
        for person in self.people():
            if person.name.casefold() == wanted or wanted in (a.casefold() for a in person.aliases):
                return person
        return None

    def person(self, person_id: int) -> Person:
        with self._db.read() as session:
            return PersonRepository(session).get(person_id)

    def add_person(self, name: str, role: str | None = None, *, anonymous: bool = False) -> Person:
        with self._db.begin() as session:
            people = PersonRepository(session)
            return people.get(people.create(name, role, anonymous))

    def rename_person(self, person_id: int, name: str, role: str | None = None) -> Person:
        """Correct a name or role; the old name is kept as an alias so it is found again."""
        with self._db.begin() as session:
            return PersonRepository(session).rename(person_id, name, role)

    def merge_people(self, keep_id: int, other_ids: Sequence[int], *, by: str | None) -> Person:
        """Make several people one person; each moved quote gets a history line."""
        with self._db.begin() as session:
            return PersonRepository(session).merge(keep_id, other_ids, by)


def _store_suggestions(
    session: Session, article_id: int, text: str, found: Sequence[detection.FoundQuote]
) -> None:
    people = PersonRepository(session)
    speakers: dict[tuple[str, str | None, bool], int] = {}
    suggestions = []
    for quote in found:
        speaker_id = None
        if quote.speaker is not None:
            who = (quote.speaker.name, quote.speaker.role, quote.speaker.anonymous)
            if who not in speakers:
                speakers[who] = people.resolve(*who)
            speaker_id = speakers[who]
        suggestions.append(
            Suggestion(quote.start, quote.end, speaker_id, quote.partial, quote.confidence)
        )
    QuoteRepository(session).add_suggestions(article_id, text, suggestions)


def _archive_key(quote: matching.MatchQuote) -> _ArchiveKey:
    return (quote.key, quote.text, quote.speaker, quote.article)


_CONTROLS = {code: f"\\x{code:02x}" for code in [*range(0x20), 0x7F]}


def printable(name: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8 (kept by
    Python as surrogates) and control characters such as a newline become ``\\xNN``."""
    escaped = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return escaped.translate(_CONTROLS)


def _storable(draft: ArticleDraft) -> ArticleDraft:
    """A draft every backend stores alike: PostgreSQL refuses NUL characters in text (a pasted
    or UTF-16 text may hold them) and file names that are not valid UTF-8."""
    return replace(
        draft,
        text=draft.text.replace("\x00", ""),
        raw_text=draft.raw_text.replace("\x00", ""),
        path=printable(draft.path) if draft.path is not None else None,
    )


def _skipped(source: str, reason: str) -> ImportOutcome:
    return ImportOutcome(source, ImportStatus.SKIPPED, reason=reason)
