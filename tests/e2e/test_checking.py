"""Checking quotes in the real window: side by side, select, mark, judge, undo, restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desk.core.entities import DocumentKind, ImportReport, QuoteEdit, QuoteStatus, Review
from desk.core.library import Library
from desk.ui.app import select_a_quote
from desk.ui.dialogs.settings_dialog import SettingsDialog
from desk.ui.main_window import MainWindow
from desk.ui.models.library_table_model import FLAGGED_FILTER, Column, article_mime_data
from desk.ui.models.quote_table_model import QuoteColumn
from tests.e2e.test_main_window import SAMPLES, TIMEOUT, import_folder, row_of

MakeWindow = Callable[[], MainWindow]
YONHAP = "Kerry: U.S. not seeking regime change in N. Korea"
VOA = "Kerry: US, Allies 'Not Even Close' to Resuming N. Korea talks"
#: An invented article (tests/data/matching) reporting two quotes of the Yonhap story: one with
#: "treaty" for "agreement", the other under another speaker.
HARBOUR = "Kerry offers Pyongyang a non-aggression pact, with conditions"
DATA = Path(__file__).resolve().parents[1] / "data" / "matching"
HARBOUR_LEDGER = DATA / "harbour-ledger-kerry-tokyo.html"
TRANSCRIPT = DATA / "state-department-transcript-tokyo.txt"  # invented, has Kerry verbatim
REGIME = "We are prepared to have a peaceful relationship"
PHRASE = "a formal peace pledge"  # in the Harbour Ledger article, not detected as a quote


def open_side_by_side(window: MainWindow, left: str = YONHAP, right: str = VOA) -> tuple[int, int]:
    """Open one story, add a column, open the other: the way a user does."""
    panel = window.library_panel
    panel.select_row(row_of(window, left))
    window.window_actions.new_column.trigger()
    panel.select_row(row_of(window, right))
    ids = window.reading_area.article_ids()
    assert len(ids) == 2
    return ids[0], ids[1]


def import_files(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    paths: list[Path],
    *,
    source: bool = False,
) -> ImportReport:
    """Import through File ▸ Import Files… (or Import Source Document…), in the background."""
    names = ([str(p) for p in paths], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: names)
    action = window.window_actions.import_source if source else window.window_actions.import_files
    with qtbot.waitSignal(window.controller.import_finished, timeout=TIMEOUT) as blocker:
        action.trigger()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    assert len(report.imported) == len(paths)
    return report


def wait_for_matching(window: MainWindow, qtbot: QtBot) -> None:
    """Until the background matching is done and its report is the window's."""
    controller = window.controller
    qtbot.waitUntil(
        lambda: (
            not controller.matching
            and controller.match_report is not None
            and controller.library.pending_matches() == 0
        ),
        timeout=TIMEOUT,
    )


def flagged_in_library(window: MainWindow, headline: str) -> str:
    proxy = window.library_panel.proxy
    return str(proxy.index(row_of(window, headline), Column.FLAGGED).data())


@pytest.fixture
def sample_window(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The window with the samples imported, nothing opened yet."""
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    return window


def unchecked_in_library(window: MainWindow, headline: str) -> str:
    proxy = window.library_panel.proxy
    return str(proxy.index(row_of(window, headline), Column.UNCHECKED).data())


def test_check_side_by_side_undo_redo_and_restart(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's scenario: two articles side by side, a quote and its counterpart, a new
    quote marked from a selection, a status set, undone and redone, and a restart."""
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    import_files(window, qtbot, monkeypatch, [HARBOUR_LEDGER])
    wait_for_matching(window, qtbot)
    yonhap_id, harbour_id = open_side_by_side(window, YONHAP, HARBOUR)
    area, quotes = window.reading_area, window.annotation_panel
    assert [c.view.article.display_title for c in area.columns if c.view.article] == [
        YONHAP,
        HARBOUR,
    ]
    library = window.controller.library
    listed = quotes.model.quotes()
    assert {q.article_id for q in listed} == {yonhap_id, harbour_id}
    assert len(listed) == len(library.quotes([yonhap_id, harbour_id], reviews=[Review.SUGGESTED]))

    # Select the Yonhap quote: it is emphasised in its column and shown in the editor …
    chosen = next(q for q in listed if q.article_id == yonhap_id and q.text.startswith(REGIME))
    quotes.select_quote(chosen.id)
    yonhap_view = area.column_for(yonhap_id).view  # type: ignore[union-attr]
    assert yonhap_view.selected_quote_id == chosen.id
    assert yonhap_view.extraSelections()[-1].cursor.selectedText() == chosen.text
    assert window.quote_editor.quote == chosen

    # … its counterpart in the other column is highlighted and scrolled to …
    harbour_view = area.column_for(harbour_id).view  # type: ignore[union-attr]
    harbour_text = library.article(harbour_id).text
    counterpart = next(
        q for q in listed if q.article_id == harbour_id and q.text.startswith(REGIME)
    )
    highlighted = [s.cursor.selectedText() for s in harbour_view.extraSelections()]
    assert counterpart.text in highlighted
    assert harbour_text[counterpart.start : counterpart.end] == counterpart.text
    top = harbour_view.cursorForPosition(harbour_view.viewport().rect().topLeft())
    bottom = harbour_view.cursorForPosition(harbour_view.viewport().rect().bottomRight())
    position = harbour_view.document_position(counterpart.start)
    assert top.position() <= position <= bottom.position()

    # … the word differences name the outlet and the changed word, and the flag its reason.
    diff = window.quote_editor.diff_view
    assert diff.labels == ["Harbour Ledger, John Kerry"]
    assert "[-agreement-] {+treaty+} --" in diff.plain_description()
    assert "Wording differs" in window.quote_editor.flags_label.text()
    assert "“treaty" in window.quote_editor.flags_label.text()
    row = quotes.proxy.mapFromSource(quotes.model.index(quotes.model.row_of(chosen.id) or 0, 0))
    assert quotes.proxy.index(row.row(), QuoteColumn.FLAGS).data() == "wording differs"
    assert quotes.proxy.index(row.row(), QuoteColumn.MATCHES).data() == "1"

    # Mark a new quote from a selection with the shortcut's action.
    start = harbour_text.index(PHRASE)
    harbour_view.select_span(start, start + len(PHRASE))
    area.activate(area.column_for(harbour_id))  # type: ignore[arg-type]
    before = unchecked_in_library(window, HARBOUR)
    window.window_actions.mark_quote.trigger()
    marked = quotes.current_quote()
    assert marked is not None
    assert marked.text == PHRASE
    assert marked.review is Review.ACCEPTED
    assert library.quote(marked.id).text == PHRASE
    assert int(unchecked_in_library(window, HARBOUR)) == int(before) + 1
    wait_for_matching(window, qtbot)  # a new quote is matched once the edits pause
    assert any(q.key == marked.id for q in window.controller.match_report.quotes)  # type: ignore[union-attr]

    # Set its status from the keyboard, then undo and redo.
    window.activateWindow()
    quotes.table.setFocus()
    qtbot.keyClick(quotes.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(marked.id).status is QuoteStatus.VERIFIED
    row = quotes.proxy.mapFromSource(quotes.model.index(quotes.model.row_of(marked.id) or 0, 0))
    assert quotes.proxy.index(row.row(), QuoteColumn.STATUS).data() == "Verified"
    assert unchecked_in_library(window, HARBOUR) == before
    assert window.window_actions.undo.text().replace("&", "") == "Undo Set status to Verified"

    window.window_actions.undo.trigger()
    assert library.quote(marked.id).status is QuoteStatus.UNCHECKED
    window.window_actions.redo.trigger()
    assert library.quote(marked.id).status is QuoteStatus.VERIFIED
    assert yonhap_view is area.column_for(yonhap_id).view  # type: ignore[union-attr]

    # F8 moves to the next unchecked quote without the mouse.
    qtbot.keyClick(quotes.table, Qt.Key.Key_F8)
    moved = quotes.current_quote()
    assert moved is not None
    assert moved.status is QuoteStatus.UNCHECKED

    quotes.select_quote(chosen.id)
    window.close()

    # A restart on the same database: the work, the columns, the selection and, once the
    # report is rebuilt in the background, the highlighted counterpart are back.
    again = make_main_window()
    assert again.reading_area.article_ids() == [yonhap_id, harbour_id]
    assert again.annotation_panel.current_quote_id() == chosen.id
    verified = again.controller.library.quote(marked.id)
    assert verified.status is QuoteStatus.VERIFIED
    assert verified.checked_by == again.controller.checker
    assert not again.controller.undo_stack.canUndo()  # a new session starts a new history
    again_harbour = again.reading_area.column_for(harbour_id).view  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: (
            counterpart.text in [s.cursor.selectedText() for s in again_harbour.extraSelections()]
        ),
        timeout=TIMEOUT,
    )
    assert "{+treaty+}" in again.quote_editor.diff_view.plain_description()
    again.annotation_panel.select_quote(marked.id)
    assert again.quote_editor.checked_label.text().startswith("Verified by")


def test_flagged_articles_are_counted_and_filtered_in_the_library(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    assert {flagged_in_library(window, title) for title in (YONHAP, VOA)} == {"0"}
    import_files(window, qtbot, monkeypatch, [HARBOUR_LEDGER])
    wait_for_matching(window, qtbot)

    # Two quotes each: "treaty" for "agreement", and Kerry's words under Kishida's name.
    qtbot.waitUntil(lambda: flagged_in_library(window, YONHAP) == "2", timeout=TIMEOUT)
    assert flagged_in_library(window, HARBOUR) == "2"
    assert flagged_in_library(window, VOA) == "0"
    panel = window.library_panel
    panel.set_status_filter(FLAGGED_FILTER)
    shown = {panel.proxy.index(r, Column.HEADLINE).data() for r in range(panel.row_count())}
    assert shown == {YONHAP, HARBOUR}
    assert panel.count_label.text() == "2 of 6 articles"

    # The speaker conflict shows in the quote list, its reason in the tooltip.
    panel.set_status_filter("")
    open_side_by_side(window, YONHAP, HARBOUR)
    model = window.annotation_panel.model
    kishida = next(q for q in model.quotes() if q.speaker == "Fumio Kishida")
    row = model.row_of(kishida.id)
    assert row is not None
    assert model.index(row, QuoteColumn.FLAGS).data() == "speaker conflict"
    tip = model.index(row, QuoteColumn.FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "John Kerry" in tip
    assert "Fumio Kishida" in tip


def test_find_in_source_sets_the_evidence_span_undoably(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    import_files(window, qtbot, monkeypatch, [TRANSCRIPT], source=True)
    library = window.controller.library
    source = next(s for s in library.articles() if s.kind is DocumentKind.SOURCE)
    window.library_panel.select_row(row_of(window, YONHAP))
    quotes, editor = window.annotation_panel, window.quote_editor
    chosen = next(q for q in quotes.model.quotes() if q.text.startswith(REGIME))
    quotes.select_quote(chosen.id)
    assert not editor.find_source_button.isEnabled()  # no source chosen yet

    # Without a source document the action only says what to do.
    window.window_actions.find_in_source.trigger()
    assert "Choose the source document" in window.statusBar().currentMessage()

    # Choose the transcript as evidence, as a user does in the combo box.
    index = editor.source_combo.findData(source.id)
    editor.source_combo.setCurrentIndex(index)
    editor.source_combo.activated.emit(index)
    assert library.quote(chosen.id).evidence_article_id == source.id
    assert editor.find_source_button.isEnabled()

    with qtbot.waitSignal(window.controller.source_aligned, timeout=TIMEOUT):
        window.window_actions.find_in_source.trigger()
    found = library.quote(chosen.id)
    text = library.article(source.id).text
    assert found.evidence_start is not None
    assert found.evidence_end is not None
    span = text[found.evidence_start : found.evidence_end]
    assert span.startswith(REGIME)
    assert span.endswith("achieve that end")
    assert editor.evidence_start_spin.value() == found.evidence_start
    assert editor.alignment_label.text().startswith("Verbatim in ")
    assert "score 100" in editor.alignment_label.text()
    assert editor.verify_button.isVisibleTo(editor)  # offered, never done by itself
    assert found.status is QuoteStatus.UNCHECKED
    assert editor.source_diff_view.pairs[0][0] == "equal"
    assert window.window_actions.undo.text().replace("&", "") == "Undo Find in source"

    window.window_actions.undo.trigger()
    undone = library.quote(chosen.id)
    assert (undone.evidence_start, undone.evidence_end) == (None, None)
    assert undone.evidence_article_id == source.id
    window.window_actions.redo.trigger()
    assert library.quote(chosen.id).evidence_start == found.evidence_start

    editor.verify_button.click()
    assert library.quote(chosen.id).status is QuoteStatus.VERIFIED
    assert not editor.verify_button.isVisibleTo(editor)


def test_a_conflicting_edit_is_shown_and_can_be_reloaded(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_url: str
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    window.library_panel.select_row(row_of(window, YONHAP))
    quotes = window.annotation_panel
    assert quotes.move_selection(1)
    seen = quotes.current_quote()
    assert seen is not None

    with Library.open(db_url) as colleague:
        colleague.edit_quote(
            seen.id, QuoteEdit(note="Called the ministry"), expected_version=None, by="bo"
        )

    window.window_actions.status_actions[QuoteStatus.DISPUTED].trigger()

    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "was changed by bo" in boxes[0].text()
    assert window.controller.library.quote(seen.id).status is QuoteStatus.UNCHECKED
    assert not window.controller.undo_stack.canUndo()
    reload_button = next(b for b in boxes[0].buttons() if b.text() == "Reload")
    reload_button.click()
    qtbot.waitUntil(lambda: window.quote_editor.note_edit.toPlainText() == "Called the ministry")


def test_an_article_dragged_to_the_edge_opens_in_a_new_column(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    window.library_panel.select_row(row_of(window, YONHAP))
    voa = window.library_panel.proxy.index(row_of(window, VOA), 0)
    mime = window.library_panel.proxy.mimeData([voa])
    assert isinstance(mime, QMimeData)

    zone = window.reading_area.drop_zone
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    zone.dropEvent(event)

    titles = [c.article.display_title for c in window.reading_area.columns if c.article]
    assert titles == [YONHAP, VOA]
    # Dropping onto a column replaces what it shows.
    first = window.reading_area.columns[0]
    kbs = window.library_panel.model.summaries()
    other = next(s.id for s in kbs if s.title and s.title.startswith("US Official"))
    other_mime = article_mime_data([other])  # the event only points at it: keep it alive
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        other_mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    first.dropEvent(drop)
    assert window.reading_area.columns[0].article_id == other


def test_settings_name_the_checker_in_the_history(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    window.library_panel.select_row(row_of(window, YONHAP))

    def fill_in(dialog: SettingsDialog) -> int:
        dialog.checker_edit.setText("Ana Lee")
        dialog.threshold_spins["match.threshold"].setValue(91)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    window.window_actions.settings.trigger()
    assert window.controller.checker == "Ana Lee"
    assert window.controller.library.setting("match.threshold") == "91"

    quotes = window.annotation_panel
    assert quotes.move_selection(1)
    window.window_actions.accept_quote.trigger()
    current = quotes.current_quote()
    assert current is not None
    assert current.review is Review.ACCEPTED
    history = window.quote_editor.history_model.changes()
    assert history[0].by == "Ana Lee"
    assert history[0].field == "review"


def test_the_library_follows_the_article_of_the_selected_quote(sample_window: MainWindow) -> None:
    """A quote chosen in the list makes its column active and its article the library's row."""
    window = sample_window
    yonhap_id, voa_id = open_side_by_side(window)
    area, library_panel = window.reading_area, window.library_panel
    assert library_panel.current_article_id() == voa_id  # the last one opened

    chosen = next(q for q in window.annotation_panel.model.quotes() if q.article_id == yonhap_id)
    window.annotation_panel.select_quote(chosen.id)

    assert library_panel.current_article_id() == yonhap_id
    assert area.active_column.article_id == yonhap_id
    assert area.article_ids() == [yonhap_id, voa_id]  # nothing was reopened or replaced

    # Another article chosen in the library afterwards stays chosen when the quotes reload.
    area.activate(area.columns[1])
    assert library_panel.current_article_id() == voa_id
    window.workflow.refresh_quotes()
    assert window.annotation_panel.current_quote_id() == chosen.id
    assert library_panel.current_article_id() == voa_id


def test_the_screenshot_selects_the_row_of_the_selected_quote(sample_window: MainWindow) -> None:
    """``desk screenshot`` picks a quote in the first column while the second is active."""
    window = sample_window
    open_side_by_side(window)

    select_a_quote(window)

    quote = window.annotation_panel.current_quote()
    assert quote is not None
    assert window.library_panel.current_article_id() == quote.article_id
    assert window.reading_area.active_column.article_id == quote.article_id


def test_matching_reports_progress_in_the_status_bar_and_can_be_cancelled(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    window = sample_window
    wait_for_matching(window, qtbot)
    status, controller = window.import_status, window.controller
    before = status.summary
    cancelled: list[bool] = []
    controller.cancel_matching = lambda: cancelled.append(True)  # type: ignore[method-assign]

    # A rebuild with nothing new to match stays quiet …
    controller.matching_progressed.emit(0, 0, "Matching quotes across articles")
    assert not status.cancel_button.isVisibleTo(window)
    # … a run with work shows how far it got, and Cancel stops it.
    controller.matching_progressed.emit(3, 10, "Matching quotes across articles")
    assert status.summary == "Matching quotes across articles… (3 of 10)"
    assert status.progress_bar.value() == 3
    assert status.progress_bar.maximum() == 10
    assert status.cancel_button.isVisibleTo(window)
    assert status.cancel_button.accessibleName() == "Cancel matching"
    status.cancel_button.click()
    assert cancelled == [True]

    controller.matching_finished.emit("Matching quotes: cancelled")
    assert not status.cancel_button.isVisibleTo(window)
    assert status.summary == before
    assert window.statusBar().currentMessage() == "Matching quotes: cancelled"
