"""The checking workflow's wiring: quote list, detail editor, reading columns and commands.

Kept out of the main window so that the window stays about layout and state, and so that the
path of a quote edit — a widget's request, the controller's undoable command, the one
``quotes_changed`` signal, every view refreshed from the library — reads in one module.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QMessageBox

from desk.core.archived import ArchiveReport
from desk.core.entities import DocumentKind, Quote, QuoteStatus, Review
from desk.core.export.layout import archive_size, archive_where, day
from desk.core.matching import Counterpart, Diff, Relation, SourceMatch
from desk.ui.actions import WindowActions
from desk.ui.controller import Controller
from desk.ui.undo import CommandId
from desk.ui.views.annotation_panel import AnnotationPanel
from desk.ui.views.article_view import ArticleView
from desk.ui.views.library_panel import LibraryPanel
from desk.ui.views.quote_editor import QuoteEditor
from desk.ui.views.reading_area import ReadingArea

NO_SELECTION_HINT = "Select the words of the quote in an article first"
NO_SOURCE_HINT = "Choose the source document under Evidence first, then Find in Source"
ARCHIVE_LOOKING = "Looking in the archive…"
ARCHIVE_ABSENT = "The archive does not hold this quote."


def counterpart_label(counterpart: Counterpart) -> str:
    """Where another report of a quote is, as the word-diff view labels it: the outlet, who it
    names as the speaker, and how it stands to the quote when it is not the same whole quote."""
    other = counterpart.quote
    label = other.source_name
    if other.speaker:
        label += f", {other.speaker}"
    if counterpart.relation is not Relation.SAME:
        label += f" ({counterpart.relation.value})"
    return label


def matches_summary(counterparts: list[Counterpart]) -> str:
    if not counterparts:
        return "No other article in the library reports this quote."
    names = ", ".join(dict.fromkeys(c.quote.source_name for c in counterparts))
    count = len(counterparts)
    noun = "other report" if count == 1 else "other reports"
    return f"{count} {noun}: {names}"


def archive_view(
    report: ArchiveReport | None, problem: str | None
) -> tuple[str, list[tuple[str, Diff]]]:
    """The "In the archive" section's text and labelled word differences for one lookup."""
    if problem:
        return f"⚠ {problem}", []
    if report is None:
        return ARCHIVE_ABSENT, []
    lines = []
    seen = report.first_seen
    if seen is not None:
        lines.append(f"First seen: {seen.outlet or 'Unknown outlet'}, {day(seen.published)}")
        lines.append(seen.article)
    lines.append(archive_size(report))
    return "\n".join(lines), [(archive_where(w), w.diff) for w in report.wordings]


class QuoteWorkflow(QObject):
    """Connects the quote views to the controller for one main window."""

    def __init__(
        self,
        window: QMainWindow,
        controller: Controller,
        actions: WindowActions,
        *,
        reading_area: ReadingArea,
        annotation_panel: AnnotationPanel,
        quote_editor: QuoteEditor,
        library_panel: LibraryPanel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._actions = actions
        self._area = reading_area
        self._panel = annotation_panel
        self._library = library_panel
        self._editor = quote_editor
        self._selected_id: int | None = None
        self._archive_key: tuple[int, str, str | None] | None = None  # what the section shows
        self._connect()
        for column in reading_area.columns:
            self.wire_view(column.view)
        self._update_actions()

    def _connect(self) -> None:
        c, a, editor = self._controller, self._actions, self._editor
        c.quotes_changed.connect(self._on_controller_quotes_changed)
        c.quote_conflict.connect(self._on_controller_quote_conflict)
        c.library_changed.connect(self._on_controller_library_changed)
        c.matches_changed.connect(self._on_controller_matches_changed)
        c.source_aligned.connect(self._on_controller_source_aligned)
        c.archive_found.connect(self._on_controller_archive_found)
        c.archive_changed.connect(self._on_controller_archive_changed)
        self._panel.quote_selected.connect(self._on_panel_quote_selected)
        self._area.quote_clicked.connect(self._on_area_quote_clicked)
        editor.edit_requested.connect(self._on_editor_edit_requested)
        editor.span_from_selection_requested.connect(self.adjust_span)
        editor.evidence_from_selection_requested.connect(self.evidence_from_selection)
        editor.new_person_requested.connect(self._on_editor_new_person_requested)
        editor.accept_requested.connect(self.accept)
        editor.reject_requested.connect(self.reject)
        editor.delete_requested.connect(self.delete)
        editor.find_in_source_requested.connect(self.find_in_source)
        editor.mark_verified_requested.connect(lambda: self.set_status(QuoteStatus.VERIFIED))
        a.mark_quote.triggered.connect(self.mark)
        a.adjust_span.triggered.connect(self.adjust_span)
        a.delete_quote.triggered.connect(self.delete)
        a.find_in_source.triggered.connect(self.find_in_source)
        a.accept_quote.triggered.connect(self.accept)
        a.reject_quote.triggered.connect(self.reject)
        for status, action in a.status_actions.items():
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        a.next_quote.triggered.connect(lambda: self._move(1, unchecked=False))
        a.previous_quote.triggered.connect(lambda: self._move(-1, unchecked=False))
        a.next_unchecked.triggered.connect(lambda: self._move(1, unchecked=True))
        a.previous_unchecked.triggered.connect(lambda: self._move(-1, unchecked=True))
        a.edit_note.triggered.connect(self._on_edit_note_triggered)
        a.focus_quotes.triggered.connect(self._on_focus_quotes_triggered)

    # -- public API --------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """The people and source documents the editor offers, read again."""
        self._editor.set_people(self._controller.people())
        self._editor.set_sources(self._controller.sources())

    def wire_view(self, view: ArticleView) -> None:
        a = self._actions
        view.set_context_actions([a.mark_quote, a.adjust_span, a.delete_quote])

    def current_quote(self) -> Quote | None:
        return self._panel.current_quote()

    def refresh_quotes(self) -> None:
        """Read the open articles' quotes again and show them in the columns and the list."""
        columns = self._area.columns
        order = {c.article_id: n for n, c in enumerate(columns) if c.article_id is not None}
        quotes = self._controller.quotes(list(order))
        by_article: dict[int, list[Quote]] = {article_id: [] for article_id in order}
        for quote in quotes:
            by_article.setdefault(quote.article_id, []).append(quote)
        for article_id, mine in by_article.items():
            self._area.set_quotes(article_id, mine)
        quotes.sort(key=lambda q: (order.get(q.article_id, len(order)), q.start, q.id))
        outlets = {c.article.id: (c.article.outlet or "") for c in columns if c.article}
        self._panel.set_quotes(quotes, outlets)
        self._update_actions()

    def mark(self) -> int | None:
        """Mark the text selected in a column as a quote, and select the new quote."""
        found = self._area.selected_span()
        if found is None:
            self._window.statusBar().showMessage(NO_SELECTION_HINT, 5000)
            return None
        column, start, end = found
        article = column.article
        if article is None:
            return None
        if article.kind is DocumentKind.SOURCE:
            self._window.statusBar().showMessage(
                "Source documents hold evidence, not quotes to check", 5000
            )
            return None
        quote_id = self._controller.mark_quote(article.id, start, end)
        if quote_id is not None:
            self._panel.select_quote(quote_id)
        return quote_id

    def adjust_span(self) -> bool:
        quote = self.current_quote()
        if quote is None:
            return False
        column = self._area.column_for(quote.article_id)
        span = column.view.selected_span() if column is not None else None
        if span is None:
            self._window.statusBar().showMessage(NO_SELECTION_HINT, 5000)
            return False
        return self._controller.set_span(quote, *span)

    def evidence_from_selection(self) -> bool:
        """Point the quote's evidence at the text selected in a source document's column."""
        quote = self.current_quote()
        if quote is None:
            return False
        for column in self._area.columns:
            article = column.article
            span = column.view.selected_span()
            if article is not None and article.kind is DocumentKind.SOURCE and span is not None:
                fields: dict[str, object] = {
                    "evidence_article_id": article.id,
                    "evidence_start": span[0],
                    "evidence_end": span[1],
                }
                return self._controller.edit_quote(quote, fields, "Set evidence")
        self._window.statusBar().showMessage(
            "Open the source document in a column and select the words there first", 6000
        )
        return False

    def find_in_source(self) -> bool:
        """Look for the selected quote's words in its evidence document, in the background;
        the answer sets the evidence span (one undoable step) and shows how close it is."""
        quote = self.current_quote()
        if quote is None:
            return False
        if quote.evidence_article_id is None:
            self._window.statusBar().showMessage(NO_SOURCE_HINT, 6000)
            return False
        self._window.statusBar().showMessage("Finding the quote in the source…", 3000)
        self._controller.align_quote(quote.id, quote.evidence_article_id)
        return True

    def set_status(self, status: QuoteStatus) -> bool:
        quote = self.current_quote()
        return quote is not None and self._controller.set_status(quote, status)

    def accept(self) -> bool:
        quote = self.current_quote()
        if quote is None or quote.review is not Review.SUGGESTED:
            return False
        return self._controller.accept_quote(quote)

    def reject(self) -> bool:
        quote = self.current_quote()
        if quote is None or quote.review is not Review.SUGGESTED:
            return False
        # The list moves on to the next quote, as after a keyboard verdict.
        self._panel.move_selection(1)
        return self._controller.reject_quote(quote)

    def delete(self) -> bool:
        quote = self.current_quote()
        return quote is not None and self._controller.delete_quote(quote)

    def save_pending_edits(self) -> None:
        self._editor.save_note()

    def apply_palette(self) -> None:
        self._editor.apply_palette(self._window.palette())
        self._panel.table.viewport().update()

    def ask_person_name(self) -> str | None:
        """Ask for a new person's name; tests replace this method."""
        name, ok = QInputDialog.getText(self._window, "New Person", "Name of the person quoted:")
        return name.strip() if ok and name.strip() else None

    def offer_reload(self, quote_id: int, message: str) -> None:
        """Say that an edit was refused, and offer to show the stored quote."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "The quote was changed elsewhere",
            message,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName("Edit conflict")
        box.setInformativeText("Your change was not saved, and nothing was overwritten.")
        reload_button = box.addButton("Reload", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(reload_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: object) -> None:
            if button is reload_button:
                self._controller.reload_quote(quote_id)

        box.buttonClicked.connect(on_clicked)
        box.open()

    # -- slots -------------------------------------------------------------------------------

    def _on_controller_quotes_changed(self, _article_ids: object) -> None:
        self.refresh_quotes()
        self._library.set_counts(self._controller.quote_counts())

    def _on_controller_library_changed(self) -> None:
        self.reload_choices()

    def _on_controller_matches_changed(self) -> None:
        self._panel.model.set_match_report(self._controller.match_report)
        self._library.set_counts(self._controller.quote_counts())
        self._show_matches(self.current_quote(), scroll=False)

    def _on_controller_source_aligned(self, quote_id: int, source_id: int, found: object) -> None:
        quote = self.current_quote()
        if quote is None or quote.id != quote_id or quote.evidence_article_id != source_id:
            # The checker moved on while the source was searched: nothing is changed.
            return
        match = found if isinstance(found, SourceMatch) else None
        source = self._editor.source_combo.currentText() or "the source"
        self._editor.show_alignment(match, source)
        self._window.statusBar().clearMessage()
        if match is None:
            return
        column = self._area.column_for(source_id)
        if column is not None:
            column.view.select_span(match.start, match.end)
        if (quote.evidence_start, quote.evidence_end) != (match.start, match.end):
            fields: dict[str, object] = {"evidence_start": match.start, "evidence_end": match.end}
            self._controller.edit_quote(quote, fields, "Find in source")

    def _on_controller_quote_conflict(self, quote_id: int, message: str) -> None:
        self.offer_reload(quote_id, message)

    def _on_panel_quote_selected(self, quote_id: object) -> None:
        quote = self._panel.model.quote(quote_id) if isinstance(quote_id, int) else None
        self._area.select_quote(quote)
        newly = quote is not None and quote.id != self._selected_id
        self._selected_id = quote.id if quote is not None else None
        if newly and quote is not None:
            self._follow(quote)
        if quote is None:
            self._editor.set_quote(None)
        else:
            column = self._area.column_for(quote.article_id)
            article = column.article if column is not None else None
            where = ""
            if article is not None:
                outlet = article.outlet or "Unknown outlet"
                where = f"{outlet} · {article.display_title} · characters {quote.start}–{quote.end}"
            self._editor.set_quote(
                quote,
                self._controller.history(quote.id),
                article_length=len(article.text) if article is not None else quote.end,
                where=where,
            )
        self._show_matches(quote)
        self._show_archive(quote)
        self._update_actions()

    def _on_controller_archive_found(
        self, quote_id: int, words: str, report: object, problem: object
    ) -> None:
        quote = self.current_quote()
        if quote is None or quote.id != quote_id or quote.text != words:
            return  # the checker moved on (or edited the quote) while the archive was read
        found = report if isinstance(report, ArchiveReport) else None
        summary, diffs = archive_view(found, problem if isinstance(problem, str) else None)
        self._editor.set_archive(summary, diffs)

    def _on_controller_archive_changed(self) -> None:
        self._archive_key = None
        self._show_archive(self.current_quote())

    def _on_area_quote_clicked(self, quote_id: int) -> None:
        self._panel.select_quote(quote_id)

    def _on_editor_edit_requested(
        self, quote: object, fields: object, description: str, merge_id: object
    ) -> None:
        if isinstance(quote, Quote) and isinstance(fields, dict):
            merge = merge_id if isinstance(merge_id, CommandId) else None
            self._controller.edit_quote(quote, fields, description, merge)

    def _on_editor_new_person_requested(self) -> None:
        quote = self.current_quote()
        name = self.ask_person_name()
        if quote is None or name is None:
            return
        person = self._controller.add_person(name)
        if person is None:
            return
        self._editor.set_people(self._controller.people())
        self._controller.edit_quote(quote, {"speaker_id": person.id}, "Change speaker")

    def _on_edit_note_triggered(self) -> None:
        self._show_panel()
        self._editor.focus_note()

    def _on_focus_quotes_triggered(self) -> None:
        self._show_panel()
        self._panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- helpers -----------------------------------------------------------------------------

    def _show_matches(self, quote: Quote | None, *, scroll: bool = True) -> None:
        """The quote's other reports: highlighted in the open columns (scrolled to, unless
        only a new report came in), their word differences and the flags with their reasons
        in the editor."""
        counterparts = self._controller.counterparts(quote.id) if quote is not None else []
        spans = [
            (c.quote.article, c.quote.start, c.quote.end)
            for c in counterparts
            if isinstance(c.quote.article, int)
        ]
        self._area.show_counterparts(spans, scroll=scroll)
        if quote is None:
            self._editor.set_matches([], [])
            return
        if self._controller.match_report is None:
            self._editor.set_matches(None, [])
            return
        diffs = [(counterpart_label(c), c.diff) for c in counterparts]
        summary = matches_summary(counterparts)
        self._editor.set_matches(self._controller.flags(quote.id), diffs, summary)

    def _show_archive(self, quote: Quote | None) -> None:
        """Ask the archive about the quote in the background (nothing shows without one).

        The list announces the selected quote again after every reload; the same words by the
        same speaker are not looked up again.
        """
        if quote is None or self._controller.archive_path() is None:
            self._archive_key = None
            self._editor.set_archive(None)
            return
        key = (quote.id, quote.text, quote.speaker)
        if key == self._archive_key:
            return
        self._archive_key = key
        self._editor.set_archive(ARCHIVE_LOOKING)
        self._controller.look_up_archive(quote)

    def _follow(self, quote: Quote) -> None:
        """Make the quote's column the active one, so the library selects its article too.

        Only for a newly chosen quote: the list re-announces the same quote after every
        reload, and that must not pull the library back from an article opened meanwhile.
        """
        column = self._area.column_for(quote.article_id)
        if column is not None and column is not self._area.active_column:
            self._area.activate(column)
        elif self._library.current_article_id() != quote.article_id:
            self._library.select_article(quote.article_id)

    def _move(self, step: int, *, unchecked: bool) -> None:
        if not self._panel.move_selection(step, unchecked_only=unchecked):
            what = "unchecked quote" if unchecked else "quote"
            self._window.statusBar().showMessage(f"No other {what} in the open articles", 4000)

    def _show_panel(self) -> None:
        """A dock may have been closed; a shortcut that needs it brings it back."""
        for widget in (self._panel, self._editor):
            dock = widget.parentWidget()
            while dock is not None and not isinstance(dock, QDockWidget):
                dock = dock.parentWidget()
            if dock is not None:
                dock.show()

    def _update_actions(self) -> None:
        quote = self.current_quote()
        self._actions.set_quote_state(
            quote is not None,
            quote is not None and quote.review is Review.SUGGESTED,
            self._panel.model.rowCount() > 0,
        )
