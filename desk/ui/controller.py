"""The one object between the widgets and the :class:`~desk.core.library.Library`.

Widgets never call the library themselves: the controller runs each user action (in the
background when it may take a while), turns errors into messages, and announces what changed
so that every view refreshes from one signal rather than from each other.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desk.core.archive import ArchiveIndex, ArchiveProblem
from desk.core.archived import ArchiveReport
from desk.core.edits import Changes, DeleteQuote, Edit, EditQuote, MarkQuote
from desk.core.entities import (
    Article,
    ArticleSummary,
    DocumentKind,
    ImportReport,
    MetadataEdit,
    Person,
    Quote,
    QuoteChange,
    QuoteStatus,
    Review,
)
from desk.core.errors import DeskError, EditConflict, NotFound
from desk.core.library import Library, default_checker
from desk.core.matching import Counterpart, Flag, MatchReport, SourceMatch
from desk.core.progress import Cancelled, CancelToken, Progress
from desk.ui.models.library_table_model import FLAGGED_FILTER
from desk.ui.tasks import Task, TaskFunction, TaskRunner
from desk.ui.undo import CommandId, EditCommand

log = logging.getLogger(__name__)

PASTE_LABEL = "pasted text"

#: Library-wide matching settings: key, label, default (``desk.core.matching.MatchSettings``
#: reads them from the library).
MATCH_SETTINGS = (
    ("match.threshold", "Same quote when similarity is at least", 85),
    ("match.loose_threshold", "Possible match (fragment) from", 90),
    ("match.min_words", "Shared words a match needs", 5),
)

#: Quotes the window shows: rejected suggestions stay in the library (so detection never brings
#: them back) but out of sight.
SHOWN_REVIEWS = (Review.SUGGESTED, Review.ACCEPTED)


#: Edits of quotes wait this long before matching runs, so a burst of edits is matched once.
MATCH_DELAY_MS = 500

#: Quote fields whose change matching must see: what the quote says, who said it, whether it is
#: a quote at all (rejected or not). A status or a note changes nothing matching reports.
MATCHED_FIELDS = frozenset({"start", "end", "speaker_id", "review", "partial"})

MATCHING_TEXT = "Matching quotes across articles"


def affects_matching(edit: Edit) -> bool:
    """Whether applying or reverting ``edit`` can change what matching reports."""
    if isinstance(edit, EditQuote):
        fields = MATCHED_FIELDS & edit.after.keys()
        reviews = (edit.before.get("review"), edit.after.get("review"))
        if Review.REJECTED not in reviews:
            fields -= {"review"}  # accepting a suggestion leaves it a quote, as matched
        return bool(fields)
    return isinstance(edit, MarkQuote | DeleteQuote)


class Controller(QObject):
    """Runs user actions against the library and reports their outcome.

    Signals:
        library_changed(): articles were added, edited or removed; listings should reload.
        article_changed(object): this :class:`Article`'s metadata was just changed.
        import_started(str): an import began; the text says of what.
        import_progressed(int, int, str): ``done`` of ``total`` inputs, and the current one.
        import_finished(object): the :class:`ImportReport` of a finished or cancelled import.
        importing_changed(bool): whether an import is running (actions disable themselves).
        error_reported(str, str): a title and a message for the user.
        quotes_changed(object): the quotes of these article ids (a list; None: any) changed.
        quote_conflict(int, str): an edit of this quote was refused because it changed since
            it was read; the message says by whom. Views offer to reload it.
        detection_started(str), detection_progressed(int, int, str), detection_finished(str):
            finding quotes in articles stored before detection existed.
        matching_started(str), matching_progressed(int, int, str), matching_finished(str):
            matching new quotes across articles in the background; the text of
            ``matching_finished`` says what was done ("" when nothing needed matching).
        matches_changed(): a new :class:`MatchReport` is in :attr:`match_report`; flags,
            match counts and counterparts should be read again.
        source_aligned(int, int, object): quote id, source id and the
            :class:`~desk.core.matching.SourceMatch` (or None) of a "Find in source".
        archive_changed(): an archive result was attached or detached.
        archive_found(int, str, object, object): quote id, the words looked up, the
            :class:`~desk.core.archived.ArchiveReport` (None: the archive does not hold the
            quote) and the archive's problem (a one-line str, or None) of a lookup.
    """

    library_changed = Signal()
    article_changed = Signal(object)
    import_started = Signal(str)
    import_progressed = Signal(int, int, str)
    import_finished = Signal(object)
    importing_changed = Signal(bool)
    error_reported = Signal(str, str)
    quotes_changed = Signal(object)
    quote_conflict = Signal(int, str)
    detection_started = Signal(str)
    detection_progressed = Signal(int, int, str)
    detection_finished = Signal(str)
    matching_started = Signal(str)
    matching_progressed = Signal(int, int, str)
    matching_finished = Signal(str)
    matches_changed = Signal()
    source_aligned = Signal(int, int, object)
    archive_changed = Signal()
    archive_found = Signal(int, str, object, object)

    def __init__(
        self,
        library: Library,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._import: Task | None = None
        self._detection: Task | None = None
        self._matching: Task | None = None
        self._match_again = False  # asked for while a run was going: run once more after it
        self._rematch_wanted = False
        self._report: MatchReport | None = None
        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(MATCH_DELAY_MS)
        self._match_timer.timeout.connect(self._on_match_timer_timeout)
        self._checker = ""
        self._closed = False
        self._archive: Path | None = None
        self._archive_read = False
        self._archive_generation = 0  # a lookup begun before an attach answers for nothing
        self._archive_task: Task | None = None
        self._archive_next: Quote | None = None  # asked for while a lookup ran
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    @property
    def library(self) -> Library:
        return self._library

    @property
    def tasks(self) -> TaskRunner:
        """The window's one background worker; dialogs that write files queue on it too."""
        return self._tasks

    @property
    def importing(self) -> bool:
        return self._import is not None

    @property
    def detecting(self) -> bool:
        return self._detection is not None

    @property
    def matching(self) -> bool:
        """Whether matching runs in the background (or waits for a burst of edits to end)."""
        return self._matching is not None or self._match_timer.isActive()

    @property
    def match_report(self) -> MatchReport | None:
        """The last report matching built; None until the first run finished."""
        return self._report

    @property
    def checker(self) -> str | None:
        """Who the history names for this window's edits: the Settings name, else the login."""
        return self._checker or default_checker()

    @staticmethod
    def default_checker() -> str | None:
        """The name used when Settings leaves it empty: ``DESK_CHECKER`` or the login."""
        return default_checker()

    def set_checker(self, name: str) -> None:
        self._checker = name.strip()

    # -- reading -----------------------------------------------------------------------------

    def summaries(self) -> list[ArticleSummary]:
        try:
            return self._library.articles()
        except DeskError as error:
            self.error_reported.emit("Cannot read the library", str(error))
            return []

    def article(self, article_id: int) -> Article | None:
        """The article, or None when it is gone (deleted elsewhere) or unreadable."""
        try:
            return self._library.article(article_id)
        except NotFound:
            return None
        except DeskError as error:
            self.error_reported.emit("Cannot open the article", str(error))
            return None

    # -- importing ---------------------------------------------------------------------------

    def import_paths(
        self, paths: Sequence[Path], kind: DocumentKind = DocumentKind.ARTICLE
    ) -> Task | None:
        """Import files and folders in the background; None if an import is already running."""
        paths = list(paths)
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            return library.import_paths(paths, kind=kind, progress=progress, cancel=cancel)

        what = paths[0].name if len(paths) == 1 else f"{len(paths)} items"
        return self._start_import(work, f"Importing {what}…")

    def import_text(self, text: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Task | None:
        """Import pasted text; it goes through the same worker so writes stay serialised."""
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            progress(0, 1, PASTE_LABEL)
            outcome = library.import_text(text, label=PASTE_LABEL, kind=kind)
            progress(1, 1, "")
            return ImportReport((outcome,))

        return self._start_import(work, "Importing pasted text…")

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()

    def _start_import(self, work: TaskFunction, description: str) -> Task | None:
        if self._import is not None:
            self.error_reported.emit(
                "An import is running", "Wait for the current import to finish, or cancel it."
            )
            return None
        task = self._tasks.create(work, name=description)
        task.signals.progress.connect(self.import_progressed)
        task.signals.finished.connect(self._on_import_finished)
        task.signals.failed.connect(self._on_import_failed)
        task.signals.cancelled.connect(self._on_import_cancelled)
        self._import = task
        self.importing_changed.emit(True)
        self.import_started.emit(description)
        self._tasks.start(task)
        return task

    def _end_import(self) -> None:
        self._import = None
        self.importing_changed.emit(False)

    def _on_import_finished(self, report: object) -> None:
        self._end_import()
        assert isinstance(report, ImportReport)
        if report.imported or report.duplicates:
            self.library_changed.emit()
        self.import_finished.emit(report)
        if report.imported:
            self.update_matches()

    def _on_import_failed(self, error: object) -> None:
        self._end_import()
        # Some files may have been stored before the failure.
        self.library_changed.emit()
        self._report_error(error, "Import failed")
        self.update_matches()

    def _on_import_cancelled(self) -> None:
        self._end_import()
        self.library_changed.emit()
        self.import_finished.emit(ImportReport(cancelled=True))
        self.update_matches()  # what was stored before the cancel is matched

    # -- editing -----------------------------------------------------------------------------

    def update_metadata(self, article_id: int, edit: MetadataEdit) -> Article | None:
        try:
            article = self._library.update_metadata(article_id, edit)
        except DeskError as error:
            self.error_reported.emit("Cannot save the details", str(error))
            return None
        self.article_changed.emit(article)
        self.library_changed.emit()
        self.update_matches(delay=True)  # the outlet names the article in the flags' reasons
        return article

    def delete_articles(self, article_ids: Sequence[int]) -> bool:
        try:
            self._library.delete_articles(list(article_ids))
        except DeskError as error:
            self.error_reported.emit("Cannot delete", str(error))
            self.library_changed.emit()
            return False
        self.library_changed.emit()
        self.update_matches()  # their quotes leave every group they were in
        return True

    # -- quotes: reading ---------------------------------------------------------------------

    def quotes(self, article_ids: Sequence[int]) -> list[Quote]:
        """The shown quotes of these articles, in text order article by article."""
        if not article_ids:
            return []
        try:
            return self._library.quotes(list(article_ids), reviews=SHOWN_REVIEWS)
        except DeskError as error:
            self.error_reported.emit("Cannot read the quotes", str(error))
            return []

    def quote(self, quote_id: int) -> Quote | None:
        try:
            return self._library.quote(quote_id)
        except NotFound:
            return None
        except DeskError as error:
            self.error_reported.emit("Cannot read the quote", str(error))
            return None

    def history(self, quote_id: int) -> list[QuoteChange]:
        try:
            return self._library.history(quote_id)
        except DeskError:
            return []

    def quote_counts(self) -> dict[int, dict[str, int]]:
        """Per article, its quotes per status and, under ``FLAGGED_FILTER``, how many of them
        matching flagged as suspicious (a wording that differs, another speaker)."""
        try:
            counts = self._library.quote_counts()
        except DeskError as error:
            self.error_reported.emit("Cannot count the quotes", str(error))
            return {}
        if self._report is not None:
            for article_id, flagged in self._report.flagged_by_article().items():
                if isinstance(article_id, int):
                    counts.setdefault(article_id, {})[FLAGGED_FILTER] = flagged
        return counts

    def people(self) -> list[Person]:
        try:
            return self._library.people()
        except DeskError as error:
            self.error_reported.emit("Cannot read the people", str(error))
            return []

    def add_person(self, name: str, role: str | None = None) -> Person | None:
        """A new person to attribute quotes to (not undoable: people are shared names)."""
        try:
            return self._library.add_person(name, role)
        except DeskError as error:
            self.error_reported.emit("Cannot add the person", str(error))
            return None

    def speaker_counts(self) -> dict[int, int]:
        """Per person id, how many shown quotes are theirs: one query, grouped here."""
        try:
            quotes = self._library.quotes(reviews=SHOWN_REVIEWS)
        except DeskError as error:
            self.error_reported.emit("Cannot count the quotes", str(error))
            return {}
        return dict(Counter(q.speaker_id for q in quotes if q.speaker_id is not None))

    def rename_person(self, person_id: int, name: str, role: str | None = None) -> Person | None:
        """Correct a person's name or role (not undoable); the old name stays as an alias."""
        try:
            person = self._library.rename_person(person_id, name, role or None)
        except DeskError as error:
            self.error_reported.emit("Cannot rename the person", str(error))
            return None
        self._people_changed()
        return person

    def merge_people(self, keep_id: int, other_ids: Sequence[int]) -> Person | None:
        """Make several people one (not undoable: each moved quote's history records it)."""
        others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
        if not others:
            self.error_reported.emit("Cannot merge", "Choose at least two people to merge.")
            return None
        try:
            person = self._library.merge_people(keep_id, others, by=self.checker)
        except DeskError as error:
            self.error_reported.emit("Cannot merge the people", str(error))
            return None
        self._people_changed()
        return person

    def _people_changed(self) -> None:
        # Quotes show their speaker's name, and the editor offers the people: both reload.
        self.library_changed.emit()
        self.quotes_changed.emit(None)
        self.update_matches(delay=True)  # a speaker conflict may have appeared or gone

    def sources(self) -> list[ArticleSummary]:
        """Primary documents a quote's evidence can point into."""
        try:
            return self._library.articles(DocumentKind.SOURCE)
        except DeskError:
            return []

    def counterparts(self, quote_id: int) -> list[Counterpart]:
        """The same quotation as other articles report it, from the last match report.

        Each :class:`~desk.core.matching.Counterpart` names the other quote (its id, article
        and offsets in that article's text) and the word differences from this quote's wording
        to the other's: ``(op, text)`` pairs as :class:`~desk.ui.views.word_diff_view.WordDiffView`
        shows them. Empty until matching has run once, and for a quote nobody else reports.
        """
        return self._report.counterparts(quote_id) if self._report is not None else []

    def flags(self, quote_id: int) -> list[Flag]:
        """What matching found worth a look about this quote, each with its reason."""
        return self._report.flags(quote_id) if self._report is not None else []

    def align_quote(self, quote_id: int, source_id: int) -> Task:
        """Find the quote in a source document in the background; ``source_aligned`` reports
        the :class:`~desk.core.matching.SourceMatch` (None when either has no words)."""
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> SourceMatch | None:
            progress(0, 1, "Finding the quote in the source")
            return library.align_quote(quote_id, source_id)

        task = self._tasks.create(work, name="Finding the quote in the source")
        task.signals.finished.connect(
            lambda found: self.source_aligned.emit(quote_id, source_id, found)
        )
        task.signals.failed.connect(
            lambda error: self._report_error(error, "Cannot find the quote in the source")
        )
        return self._tasks.start(task)

    def search(self, text: str) -> set[int] | None:
        """Ids of the articles that mention every word of ``text`` anywhere the library
        searches (headline, outlet, byline, text, speakers); None without words or on error.

        Each word is one query in the database, so no article text is held here.
        """
        found: set[int] | None = None
        try:
            for word in dict.fromkeys(text.casefold().split()):
                ids = self._library.search(word)
                found = ids if found is None else found & ids
                if not found:
                    break
        except DeskError as error:
            self.error_reported.emit("Cannot search the library", str(error))
            return None
        return found

    # -- quotes: undoable edits ----------------------------------------------------------------

    def mark_quote(self, article_id: int, start: int, end: int) -> int | None:
        """Mark ``article.text[start:end]`` as a quote; the new id, or None if refused."""
        edit = MarkQuote(article_id, start, end)
        return edit.quote_id if self._push(edit) else None

    def edit_quote(
        self,
        quote: Quote,
        fields: dict[str, object],
        description: str,
        merge_id: CommandId | None = None,
    ) -> bool:
        """Change fields of ``quote`` as the user saw it; refused if someone changed it since."""
        if all(getattr(quote, name) == value for name, value in fields.items()):
            return True
        return self._push(EditQuote(quote, fields, description), merge_id)

    def set_status(self, quote: Quote, status: QuoteStatus) -> bool:
        fields: dict[str, object] = {"status": status}
        if quote.review is Review.SUGGESTED:
            fields["review"] = Review.ACCEPTED  # judging a suggestion accepts it
        return self.edit_quote(quote, fields, f"Set status to {status.label}")

    def accept_quote(self, quote: Quote) -> bool:
        return self.edit_quote(quote, {"review": Review.ACCEPTED}, "Accept suggestion")

    def reject_quote(self, quote: Quote) -> bool:
        return self.edit_quote(quote, {"review": Review.REJECTED}, "Reject suggestion")

    def set_span(self, quote: Quote, start: int, end: int) -> bool:
        return self.edit_quote(quote, {"start": start, "end": end}, "Adjust quote span")

    def delete_quote(self, quote: Quote) -> bool:
        return self._push(DeleteQuote(quote))

    def reload_quote(self, quote_id: int) -> Quote | None:
        """Read a quote again after a conflict, and have every view show the stored values."""
        quote = self.quote(quote_id)
        if quote is not None:
            self.quotes_changed.emit([quote.article_id])
        return quote

    # -- what undo commands report (see desk.ui.undo.EditHost) -------------------------------

    def _push(self, edit: Edit, merge_id: CommandId | None = None) -> bool:
        """Push (and so apply) an edit; False when the library refused it."""
        command = EditCommand(self, edit, merge_id)
        self.undo_stack.push(command)
        return command.failed is None

    def edit_done(self, changes: Changes, edit: Edit | None = None) -> None:
        """An undo step was applied or reverted: views refresh, and matching follows if the
        edit can change what it reports."""
        self.quotes_changed.emit(sorted(changes.article_ids))
        if edit is None or affects_matching(edit):
            self.update_matches(delay=True)

    def command_failed(self, quote_id: int | None, error: DeskError) -> None:
        if isinstance(error, EditConflict) and quote_id is not None:
            self.quote_conflict.emit(quote_id, str(error))
        else:
            self.error_reported.emit("The change was not saved", str(error))

    # -- settings ------------------------------------------------------------------------------

    def match_settings(self) -> dict[str, int]:
        values: dict[str, int] = {}
        for key, _label, default in MATCH_SETTINGS:
            try:
                values[key] = int(self._library.setting(key, str(default)) or default)
            except (DeskError, ValueError):
                values[key] = default
        return values

    def set_match_settings(self, values: dict[str, int]) -> bool:
        """Store new thresholds and match the whole library again under them (background)."""
        before = self.match_settings()
        try:
            for key, value in values.items():
                self._library.set_setting(key, str(value))
        except DeskError as error:
            self.error_reported.emit("Cannot save the settings", str(error))
            return False
        if self.match_settings() != before:
            self.update_matches(rematch=True)
        return True

    # -- the attached archive ----------------------------------------------------------------

    def archive_path(self) -> Path | None:
        """The attached archive result's folder (read once, then kept until changed here)."""
        if not self._archive_read:
            try:
                self._archive = self._library.archive_path()
            except DeskError as error:
                log.warning("cannot read the archive setting: %s", error)
                self._archive = None
            self._archive_read = True
        return self._archive

    @staticmethod
    def check_archive(folder: Path) -> str | None:
        """Why ``folder`` cannot be attached, in one line; None when it is an archive result.

        Opening an index reads a few pages, so the Settings dialog may ask on the UI thread.
        """
        try:
            ArchiveIndex(folder).close()
        except ArchiveProblem as problem:
            return str(problem)
        return None

    def attach_archive(self, folder: Path | None) -> bool:
        """Attach an archive result (None: detach) for everyone on this library."""
        try:
            self._library.attach_archive(folder)
        except DeskError as error:
            self.error_reported.emit("Cannot attach the archive", str(error))
            return False
        self._archive_read = False
        self._archive_generation += 1
        self.archive_changed.emit()
        return True

    def look_up_archive(self, quote: Quote) -> Task | None:
        """Find what the attached archive holds of ``quote`` in the background; the answer
        comes as ``archive_found``. None without an archive. While one lookup runs only the
        latest quote asked for waits: the checker moving through quotes queues no backlog.
        """
        if self._closed or self.archive_path() is None:
            return None
        if self._archive_task is not None:
            self._archive_next = quote
            return None
        library = self._library
        quote_id, words, generation = quote.id, quote.text, self._archive_generation

        def work(progress: Progress, cancel: CancelToken) -> tuple[ArchiveReport | None, object]:
            progress(0, 1, "Looking the quote up in the archive")
            report = library.archive_reports([quote_id]).get(quote_id)
            return report, library.archive_problem()

        task = self._tasks.create(work, name="Looking the quote up in the archive")
        task.signals.finished.connect(
            lambda outcome: self._on_archive_finished(quote_id, words, generation, outcome)
        )
        task.signals.failed.connect(self._on_archive_failed)
        task.signals.cancelled.connect(self._next_archive_lookup)
        self._archive_task = task
        return self._tasks.start(task)

    def _on_archive_finished(
        self, quote_id: int, words: str, generation: int, outcome: object
    ) -> None:
        report, problem = outcome if isinstance(outcome, tuple) else (None, None)
        self._archive_task = None
        if generation == self._archive_generation:
            self.archive_found.emit(quote_id, words, report, problem)
        self._next_archive_lookup()

    def _on_archive_failed(self, error: object) -> None:
        self._archive_task = None
        self._report_error(error, "Looking in the archive failed")
        self._next_archive_lookup()

    def _next_archive_lookup(self) -> None:
        self._archive_task = None
        quote, self._archive_next = self._archive_next, None
        if quote is not None:
            self.look_up_archive(quote)

    # -- background matching -----------------------------------------------------------------

    def update_matches(self, *, delay: bool = False, rematch: bool = False) -> None:
        """Match what is new (every quote, with ``rematch``) and rebuild the report, in the
        background; ``delay`` waits for a pause in the user's edits first.

        Asked while a run is going, one more run follows it: the library may have changed
        after the running one read it.
        """
        if self._closed:
            return
        self._rematch_wanted = self._rematch_wanted or rematch
        if delay:
            self._match_timer.start()
            return
        self._match_timer.stop()
        if self._matching is not None:
            self._match_again = True
            return
        self._start_matching()

    def cancel_matching(self) -> None:
        self._match_timer.stop()
        self._match_again = False
        if self._matching is not None:
            self._matching.cancel()

    def _on_match_timer_timeout(self) -> None:
        self.update_matches()

    def _start_matching(self) -> None:
        library = self._library
        rematch, self._rematch_wanted = self._rematch_wanted, False

        def work(progress: Progress, cancel: CancelToken) -> tuple[int, MatchReport]:
            run = library.rematch if rematch else library.match_pending
            matched = run(progress=progress, cancel=cancel)
            if cancel.cancelled:
                raise Cancelled
            return matched, library.match_report()

        task = self._tasks.create(work, name=MATCHING_TEXT)
        task.signals.progress.connect(self.matching_progressed)
        task.signals.finished.connect(self._on_matching_finished)
        task.signals.failed.connect(self._on_matching_failed)
        task.signals.cancelled.connect(lambda: self._end_matching("Matching quotes: cancelled"))
        self._matching = task
        self.matching_started.emit(f"{MATCHING_TEXT}…")
        self._tasks.start(task)

    def _end_matching(self, summary: str) -> None:
        self._matching = None
        self.matching_finished.emit(summary)
        if self._match_again:
            self._match_again = False
            self._start_matching()

    def _on_matching_finished(self, outcome: object) -> None:
        matched, report = outcome if isinstance(outcome, tuple) else (0, None)
        if isinstance(report, MatchReport):
            self._report = report
            self.matches_changed.emit()
        noun = "quote" if matched == 1 else "quotes"
        self._end_matching(f"Matched {matched} new {noun} across articles" if matched else "")

    def _on_matching_failed(self, error: object) -> None:
        self._end_matching("Matching quotes failed")
        self._report_error(error, "Matching quotes failed")

    # -- background detection ----------------------------------------------------------------

    def detect_pending(self) -> Task | None:
        """Find quotes in articles stored before detection existed, in the background."""
        if self._detection is not None or self._closed:
            return None
        library = self._library

        def work(progress: Progress, cancel: CancelToken) -> int:
            return library.detect_pending(progress=progress, cancel=cancel)

        task = self._tasks.create(work, name="Finding quotes")
        task.signals.progress.connect(self.detection_progressed)
        task.signals.finished.connect(self._on_detection_finished)
        task.signals.failed.connect(self._on_detection_failed)
        task.signals.cancelled.connect(lambda: self._end_detection("Finding quotes: cancelled"))
        self._detection = task
        self.detection_started.emit("Finding quotes in older articles…")
        self._tasks.start(task)
        return task

    def cancel_detection(self) -> None:
        if self._detection is not None:
            self._detection.cancel()

    def _end_detection(self, summary: str) -> None:
        self._detection = None
        self.detection_finished.emit(summary)

    def _on_detection_finished(self, searched: object) -> None:
        count = int(searched) if isinstance(searched, int) else 0
        if count:
            self.library_changed.emit()
            self.quotes_changed.emit(None)
        noun = "article" if count == 1 else "articles"
        self._end_detection(f"Looked for quotes in {count} older {noun}" if count else "")
        # Also with nothing found: the first run after start builds the report.
        self.update_matches()

    def _on_detection_failed(self, error: object) -> None:
        self._end_detection("Finding quotes failed")
        self._report_error(error, "Finding quotes failed")
        self.update_matches()

    # -- lifetime ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop a running import (files already stored stay) and wait for the worker."""
        self._closed = True
        self.cancel_import()
        self.cancel_detection()
        self.cancel_matching()
        self._tasks.shutdown()

    def _report_error(self, error: object, title: str) -> None:
        if isinstance(error, DeskError):
            self.error_reported.emit(title, str(error))
            return
        log.error("unexpected error", exc_info=error if isinstance(error, BaseException) else None)
        self.error_reported.emit(
            title,
            f"Something went wrong inside Quote Desk ({type(error).__name__}: {error}). "
            "This is a bug; the details are in the log.",
        )
