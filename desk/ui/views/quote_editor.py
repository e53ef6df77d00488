"""The detail editor for the selected quote: span, speaker, status, evidence, note, matches,
what the attached archive holds of it, history.

The editor never writes anything itself. Each change the user makes becomes one
``edit_requested`` signal with the fields it changes; the window turns it into an undoable
command through the controller. When the stored quote comes back changed, the editor shows
it again without echoing signals (and without overwriting a note that is being typed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import ArticleSummary, Person, Quote, QuoteChange, QuoteStatus, Review
from desk.core.matching import Flag, SourceMatch
from desk.ui import quote_style
from desk.ui.models.history_table_model import HistoryTableModel
from desk.ui.models.library_table_model import headline
from desk.ui.models.people_list_model import PeopleListModel, PersonIdRole
from desk.ui.models.quote_table_model import flag_reasons
from desk.ui.undo import CommandId
from desk.ui.views.word_diff_view import WordDiffView

NOTE_SAVE_DELAY_MS = 800  # typing pauses this long before the note is saved
NO_SELECTION = "Select a quote in the list or click one in the text."
NO_FLAGS = "Nothing to look at: no other report of this quote differs from it."
MATCHING_PENDING = "Quotes have not been matched across articles yet."
SOURCE_DIFF_EMPTY = "Choose the source document, then Find in Source (Ctrl+Shift+F)."
ARCHIVE_DIFF_EMPTY = "No other wording of this quote in the archive."


class _NoteEdit(QPlainTextEdit):
    """A note box that reports losing focus, so a note is saved when the user moves on.

    Signals:
        focus_lost(): the box lost keyboard focus.
    """

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class QuoteEditor(QWidget):
    """Edits one quote through signals.

    Signals:
        edit_requested(object, object, str, object): the quote as shown, a dict of fields to
            change, a description for the undo history, and a merge id (or None).
        span_from_selection_requested(): set the span to the text selected in the article.
        evidence_from_selection_requested(): set the evidence to the text selected in a source.
        new_person_requested(): create a person and attribute the quote to them.
        accept_requested(), reject_requested(), delete_requested(): the review buttons.
        find_in_source_requested(): align the quote with its evidence document.
        mark_verified_requested(): the checker saw the source says it verbatim.
    """

    edit_requested = Signal(object, object, str, object)
    span_from_selection_requested = Signal()
    evidence_from_selection_requested = Signal()
    new_person_requested = Signal()
    accept_requested = Signal()
    reject_requested = Signal()
    delete_requested = Signal()
    find_in_source_requested = Signal()
    mark_verified_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self.setAccessibleName("Quote details")
        self._quote: Quote | None = None
        self._alignment_source: int | None = None
        self._verbatim = False
        self._loading = False
        self._locale = QLocale()

        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("quoteText")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName("Quote text")
        self.text_view.setMaximumHeight(84)
        self.text_view.setTabChangesFocus(True)
        self.where_label = self._label("quoteWhere", "Quote position")

        self.start_spin = self._spin("Quote start offset")
        self.end_spin = self._spin("Quote end offset")
        self.span_button = QPushButton("Use Selection", self)
        self.span_button.setAccessibleName("Set the span to the selected text")
        self.span_button.setToolTip("Set the quote to the text selected in the article (Ctrl+J)")
        self.partial_check = QCheckBox("Partial", self)
        self.partial_check.setAccessibleName("Partial quote")
        self.partial_check.setToolTip("Only part of a longer statement is quoted")

        self.people_model = PeopleListModel(self)
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setAccessibleName("Speaker")
        self.speaker_combo.setModel(self.people_model)
        self.new_person_button = QPushButton("New…", self)
        self.new_person_button.setAccessibleName("New person")
        self.new_person_button.setToolTip("Add a person and attribute the quote to them")

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("Status")
        for number, status in enumerate(quote_style.STATUS_ORDER):
            self.status_combo.addItem(status.label, status.value)
            self.status_combo.setItemData(
                number,
                f"{quote_style.STATUS_DESCRIPTIONS[status]} (Ctrl+{number})",
                Qt.ItemDataRole.ToolTipRole,
            )

        self.review_label = self._label("quoteReview", "Review state")
        self.setMinimumWidth(300)
        self.accept_button = QPushButton("Accept", self)
        self.accept_button.setAccessibleName("Accept suggestion")
        self.accept_button.setToolTip("This is a quote (Ctrl+Return)")
        self.reject_button = QPushButton("Reject", self)
        self.reject_button.setAccessibleName("Reject suggestion")
        self.reject_button.setToolTip("This is not a quote (Ctrl+Backspace)")
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setAccessibleName("Delete quote")
        self.delete_button.setToolTip("Delete this quote (Shift+Delete); undo brings it back")

        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName("Evidence document")
        self.evidence_start_spin = self._spin("Evidence start offset")
        self.evidence_end_spin = self._spin("Evidence end offset")
        self.evidence_button = QPushButton("Use Selection", self)
        self.evidence_button.setAccessibleName("Set the evidence to the selected source text")
        self.evidence_button.setToolTip("Use the text selected in the source document's column")
        self.find_source_button = QPushButton("Find in Source", self)
        self.find_source_button.setObjectName("findInSource")
        self.find_source_button.setAccessibleName("Find the quote in the source document")
        self.find_source_button.setToolTip(
            "Find the quote's words in the evidence document and set the evidence span "
            "(Ctrl+Shift+F); undo puts the old span back"
        )
        self.alignment_label = self._label("sourceAlignment", "Source comparison")
        self.verify_button = QPushButton("Mark Verified", self)
        self.verify_button.setObjectName("markVerified")
        self.verify_button.setAccessibleName("Mark the quote verified")
        self.verify_button.setToolTip(
            "The source says these words verbatim: set the status to Verified (Ctrl+1)"
        )
        self.source_diff_view = WordDiffView(self)
        self.source_diff_view.setObjectName("sourceDiffView")
        self.source_diff_view.setAccessibleName("Differences from the source")
        self.source_diff_view.fit_height(110)
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName("Evidence link")
        self.url_edit.setPlaceholderText("https://… (a recording, transcript or statement)")
        self.url_edit.setClearButtonEnabled(True)

        self.note_edit = _NoteEdit(self)
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("What you found, whom you asked…")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)

        self.checked_label = self._label("quoteChecked", "Checked by")
        self.history_model = HistoryTableModel(self)
        self.history_view = QTableView(self)
        self.history_view.setObjectName("quoteHistory")
        self.history_view.setAccessibleName("Quote history")
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.setShowGrid(False)
        self.history_view.setWordWrap(False)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_view.setMinimumHeight(64)
        # The history takes the height that is left; its own wish (a dozen rows) would push
        # the editor past the dock's height and squeeze every row under a scroll bar.
        self.history_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        self.matches_label = self._label("quoteMatches", "Same quote elsewhere")
        self.flags_label = self._label("quoteFlags", "Flags")
        self.diff_view = WordDiffView(self)
        self.diff_view.fit_height(150)

        self.archive_box = QWidget(self)
        self.archive_box.setObjectName("archiveBox")
        self.archive_box.setAccessibleName("In the archive")
        self.archive_label = self._label("quoteArchive", "First seen in the archive")
        # Selectable from the keyboard, as the diffs are: the article's path can be copied.
        self.archive_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.archive_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.archive_diff_view = WordDiffView(self)
        self.archive_diff_view.setObjectName("archiveDiffView")
        self.archive_diff_view.setAccessibleName("Wordings in the archive")
        self.archive_diff_view.fit_height(150)

        self._layout_fields()
        self._connect()
        self.set_quote(None)
        self.set_archive(None)

    # -- construction ------------------------------------------------------------------------

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        return label

    def _spin(self, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(accessible)
        spin.setKeyboardTracking(False)
        spin.setMaximum(10**9)
        spin.setGroupSeparatorShown(False)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000000") + 30)
        return spin

    def _layout_fields(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)

        span_row = QHBoxLayout()
        span_row.addWidget(self.start_spin)
        span_row.addWidget(QLabel("–", self))
        span_row.addWidget(self.end_spin)
        span_row.addWidget(self.span_button)
        span_row.addWidget(self.partial_check)
        span_row.addStretch(1)
        form.addRow("Span", span_row)

        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_combo, 1)
        speaker_row.addWidget(self.new_person_button)
        form.addRow("Speaker", speaker_row)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.delete_button)
        form.addRow("Status", status_row)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.accept_button)
        review_row.addWidget(self.reject_button)
        form.addRow("", review_row)

        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_start_spin)
        evidence_row.addWidget(QLabel("–", self))
        evidence_row.addWidget(self.evidence_end_spin)
        evidence_row.addWidget(self.evidence_button)
        evidence_row.addStretch(1)
        form.addRow("Evidence", self.source_combo)
        form.addRow("", evidence_row)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_source_button)
        find_row.addStretch(1)
        find_row.addWidget(self.verify_button)
        form.addRow("", find_row)
        self.alignment_box = QWidget(self)
        self.alignment_box.setObjectName("sourceAlignmentBox")
        box = QVBoxLayout(self.alignment_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.alignment_label)
        box.addWidget(self.source_diff_view)
        form.addRow("", self.alignment_box)
        form.addRow("Link", self.url_edit)
        form.addRow("Note", self.note_edit)
        form.addRow("Checked", self.checked_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.text_view)
        layout.addWidget(self.where_label)
        layout.addLayout(form)
        layout.addWidget(self._heading("The same quote elsewhere"))
        layout.addWidget(self.matches_label)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.diff_view)
        archive = QVBoxLayout(self.archive_box)
        archive.setContentsMargins(0, 0, 0, 0)
        archive.setSpacing(6)
        archive.addWidget(self._heading("In the archive"))
        archive.addWidget(self.archive_label)
        archive.addWidget(self.archive_diff_view)
        layout.addWidget(self.archive_box)
        layout.addWidget(self._heading("History"))
        layout.addWidget(self.history_view, 1)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("editorHeading")
        return label

    def _connect(self) -> None:
        self.start_spin.editingFinished.connect(self._on_span_edited)
        self.end_spin.editingFinished.connect(self._on_span_edited)
        self.span_button.clicked.connect(self.span_from_selection_requested)
        self.partial_check.toggled.connect(self._on_partial_check_toggled)
        self.speaker_combo.activated.connect(self._on_speaker_combo_activated)
        self.new_person_button.clicked.connect(self.new_person_requested)
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self.accept_button.clicked.connect(self.accept_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.source_combo.activated.connect(self._on_source_combo_activated)
        self.evidence_start_spin.editingFinished.connect(self._on_evidence_span_edited)
        self.evidence_end_spin.editingFinished.connect(self._on_evidence_span_edited)
        self.evidence_button.clicked.connect(self.evidence_from_selection_requested)
        self.find_source_button.clicked.connect(self.find_in_source_requested)
        self.verify_button.clicked.connect(self.mark_verified_requested)
        self.url_edit.editingFinished.connect(self._on_url_edit_editing_finished)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        self.note_edit.focus_lost.connect(self.save_note)
        self._note_timer.timeout.connect(self.save_note)

    # -- public API --------------------------------------------------------------------------

    @property
    def quote(self) -> Quote | None:
        return self._quote

    def set_people(self, people: Sequence[Person]) -> None:
        self._loading = True
        try:
            self.people_model.set_people(people)
            self.speaker_combo.setCurrentIndex(
                self.people_model.row_of(self._quote.speaker_id if self._quote else None)
            )
        finally:
            self._loading = False

    def set_sources(self, sources: Sequence[ArticleSummary]) -> None:
        self._loading = True
        try:
            self.source_combo.clear()
            self.source_combo.addItem("— no source document —", None)
            for summary in sources:
                label = " · ".join(p for p in (summary.outlet, headline(summary)) if p)
                self.source_combo.addItem(label, summary.id)
            self._show_evidence()
        finally:
            self._loading = False

    def set_quote(
        self,
        quote: Quote | None,
        history: Sequence[QuoteChange] = (),
        *,
        article_length: int = 0,
        where: str = "",
    ) -> None:
        """Show ``quote`` (None: nothing selected); the same quote again refreshes in place."""
        same = quote is not None and self._quote is not None and quote.id == self._quote.id
        if not same:
            self.save_note()
        if not same or quote is None or quote.evidence_article_id != self._alignment_source:
            self.clear_alignment()
        self._quote = quote
        self._loading = True
        try:
            self._show(quote, history, article_length, where, keep_note=same)
        finally:
            self._loading = False

    def save_note(self) -> None:
        """Save the note now if it differs from the stored one (typing pause, focus lost)."""
        self._note_timer.stop()
        quote = self._quote
        if quote is None or self._loading:
            return
        text = self.note_edit.toPlainText().strip() or None
        if text != (quote.note or None):
            self.edit_requested.emit(quote, {"note": text}, "Edit note", CommandId.NOTE)

    def focus_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_matches(
        self,
        flags: Sequence[Flag] | None,
        diffs: Sequence[tuple[str, Sequence[Sequence[str]]]],
        summary: str = "",
    ) -> None:
        """Show what matching found: a summary, the flags with their reasons, and the word
        differences from each other report (labelled with its outlet). ``flags`` None: matching
        has not run yet."""
        self.matches_label.setText(summary)
        self.matches_label.setVisible(bool(summary))
        if flags is None:
            self.flags_label.setText(MATCHING_PENDING if self._quote is not None else "")
        else:
            reasons = flag_reasons(flags)
            self.flags_label.setText(
                "\n".join(f"⚠ {line}" for line in reasons.splitlines()) if reasons else NO_FLAGS
            )
        self.flags_label.setVisible(self._quote is not None)
        if diffs:
            self.diff_view.set_diffs(diffs)
        else:
            self.diff_view.clear_diff()

    def set_archive(
        self,
        summary: str | None,
        diffs: Sequence[tuple[str, Sequence[Sequence[str]]]] = (),
    ) -> None:
        """Show what the attached archive holds of the quote: ``summary`` (first seen where,
        or why there is nothing) and each archive wording's differences, labelled with where
        it ran. ``summary`` None hides the section: no archive is attached, or no quote is
        selected."""
        self.archive_box.setVisible(summary is not None)
        self.archive_label.setText(summary or "")
        if diffs:
            self.archive_diff_view.set_diffs(diffs)
        else:
            self.archive_diff_view.clear_diff(ARCHIVE_DIFF_EMPTY)

    @property
    def archive_shown(self) -> bool:
        return self.archive_box.isVisibleTo(self)

    def show_alignment(self, found: SourceMatch | None, source: str) -> None:
        """Show where the quote was found in ``source``: band, score and word differences; the
        Mark Verified button is offered only when the source has the words verbatim."""
        self._alignment_source = self._quote.evidence_article_id if self._quote else None
        self.alignment_box.setVisible(True)
        if found is None:
            self.alignment_label.setText(f"The quote's words are not in {source}.")
            self.verify_button.setVisible(False)
            self.source_diff_view.clear_diff("No words to compare.")
            return
        self.alignment_label.setText(
            f"{found.band.value.capitalize()} in {source} (score {found.score:g} of 100), "
            f"characters {found.start}–{found.end}"
        )
        self._verbatim = found.verbatim
        self._offer_verify()
        self.source_diff_view.set_diffs([("Source → quote", found.diff)])

    def _offer_verify(self) -> None:
        """Mark Verified is offered after a verbatim find, until the quote is verified."""
        quote = self._quote
        offer = self._verbatim and quote is not None and quote.status is not QuoteStatus.VERIFIED
        self.verify_button.setVisible(offer)
        self.verify_button.setEnabled(offer)

    def clear_alignment(self) -> None:
        self._alignment_source = None
        self._verbatim = False
        self.alignment_label.clear()
        self.verify_button.setVisible(False)
        self.source_diff_view.clear_diff(SOURCE_DIFF_EMPTY)
        self.alignment_box.setVisible(False)

    @property
    def alignment_shown(self) -> bool:
        return self.alignment_box.isVisibleTo(self)

    # -- showing -----------------------------------------------------------------------------

    def _show(
        self,
        quote: Quote | None,
        history: Sequence[QuoteChange],
        article_length: int,
        where: str,
        *,
        keep_note: bool,
    ) -> None:
        editable = quote is not None
        for widget in self._editing_widgets():
            widget.setEnabled(editable)
        self.history_model.set_changes(history)
        if quote is None:
            self.text_view.setPlainText(NO_SELECTION)
            self.where_label.clear()
            self.review_label.clear()
            self.checked_label.clear()
            self.note_edit.setPlainText("")
            self.url_edit.clear()
            self.accept_button.setVisible(False)
            self.reject_button.setVisible(False)
            return
        self.text_view.setPlainText(f"“{quote.text}”")
        self.where_label.setText(where)
        for spin in (self.start_spin, self.end_spin):
            spin.setMaximum(max(article_length, quote.end))
        self.start_spin.setValue(quote.start)
        self.end_spin.setValue(quote.end)
        self.partial_check.setChecked(quote.partial)
        self.speaker_combo.setCurrentIndex(self.people_model.row_of(quote.speaker_id))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(quote.status.value)))
        palette = self.palette()
        for number, status in enumerate(quote_style.STATUS_ORDER):
            self.status_combo.setItemIcon(number, quote_style.status_icon(status, palette))
        suggested = quote.review is Review.SUGGESTED
        self.accept_button.setVisible(suggested)
        self.reject_button.setVisible(suggested)
        if suggested:
            confidence = (
                f" (confidence {quote.confidence:.0%})" if quote.confidence is not None else ""
            )
            self.review_label.setText(f"Suggested by Quote Desk{confidence}")
        else:
            self.review_label.setText("")
        self.review_label.setVisible(suggested)
        self._show_evidence()
        self._offer_verify()
        if self.url_edit.text() != (quote.evidence_url or "") and not self.url_edit.hasFocus():
            self.url_edit.setText(quote.evidence_url or "")
        typing = keep_note and self.note_edit.hasFocus()
        if not typing and self.note_edit.toPlainText() != (quote.note or ""):
            self.note_edit.setPlainText(quote.note or "")
        self.checked_label.setText(self._checked_text(quote))

    def _show_evidence(self) -> None:
        quote = self._quote
        article_id = quote.evidence_article_id if quote is not None else None
        index = self.source_combo.findData(article_id) if article_id is not None else 0
        self.source_combo.setCurrentIndex(max(index, 0))
        has_source = quote is not None and article_id is not None
        for spin in (self.evidence_start_spin, self.evidence_end_spin):
            spin.setEnabled(has_source)
        self.find_source_button.setEnabled(has_source)
        self.evidence_start_spin.setValue((quote.evidence_start or 0) if quote else 0)
        self.evidence_end_spin.setValue((quote.evidence_end or 0) if quote else 0)

    def _checked_text(self, quote: Quote) -> str:
        if quote.checked_at is None:
            return "Not checked yet"
        moment = QDateTime.fromSecsSinceEpoch(int(quote.checked_at.timestamp())).toLocalTime()
        when = self._locale.toString(moment, "d MMM yyyy HH:mm")
        return f"{quote.status.label} by {quote.checked_by or 'someone'} on {when}"

    def _editing_widgets(self) -> list[QWidget]:
        return [
            self.start_spin,
            self.end_spin,
            self.span_button,
            self.partial_check,
            self.speaker_combo,
            self.new_person_button,
            self.status_combo,
            self.accept_button,
            self.reject_button,
            self.delete_button,
            self.source_combo,
            self.evidence_button,
            self.find_source_button,
            self.url_edit,
            self.note_edit,
        ]

    def apply_palette(self, palette: QPalette) -> None:
        for number, status in enumerate(quote_style.STATUS_ORDER):
            self.status_combo.setItemIcon(number, quote_style.status_icon(status, palette))

    # -- slots -------------------------------------------------------------------------------

    def _request(self, fields: dict[str, object], description: str) -> None:
        if self._quote is None or self._loading:
            return
        self.edit_requested.emit(self._quote, fields, description, None)

    def _on_span_edited(self) -> None:
        quote = self._quote
        start, end = self.start_spin.value(), self.end_spin.value()
        if quote is not None and (start, end) != (quote.start, quote.end):
            self._request({"start": start, "end": end}, "Adjust quote span")

    def _on_partial_check_toggled(self, checked: bool) -> None:
        self._request({"partial": checked}, "Mark as partial" if checked else "Mark as whole")

    def _on_speaker_combo_activated(self, row: int) -> None:
        value = self.people_model.index(row, 0).data(PersonIdRole)
        self._request({"speaker_id": value}, "Change speaker")

    def _on_status_combo_activated(self, index: int) -> None:
        value = self.status_combo.itemData(index)
        if not isinstance(value, str):
            return
        status = QuoteStatus(value)
        fields: dict[str, object] = {"status": status}
        if self._quote is not None and self._quote.review is Review.SUGGESTED:
            fields["review"] = Review.ACCEPTED
        self._request(fields, f"Set status to {status.label}")

    def _on_source_combo_activated(self, index: int) -> None:
        value = self.source_combo.itemData(index)
        if value is None:
            fields: dict[str, object] = {
                "evidence_article_id": None,
                "evidence_start": None,
                "evidence_end": None,
            }
        else:
            fields = {"evidence_article_id": int(value)}
        self._request(fields, "Change evidence document")

    def _on_evidence_span_edited(self) -> None:
        quote = self._quote
        if quote is None or quote.evidence_article_id is None:
            return
        start, end = self.evidence_start_spin.value(), self.evidence_end_spin.value()
        if (start, end) != (quote.evidence_start or 0, quote.evidence_end or 0):
            self._request({"evidence_start": start, "evidence_end": end}, "Change evidence span")

    def _on_url_edit_editing_finished(self) -> None:
        quote = self._quote
        text = self.url_edit.text().strip() or None
        if quote is not None and text != quote.evidence_url:
            self._request({"evidence_url": text}, "Change evidence link")

    def _on_note_edit_text_changed(self) -> None:
        if not self._loading and self._quote is not None:
            self._note_timer.start()
