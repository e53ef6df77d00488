"""Checking quotes in the real window: side by side, select, mark, judge, undo, restart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desk.core.entities import QuoteEdit, QuoteStatus, Review
from desk.core.library import Library
from desk.ui.app import select_a_quote
from desk.ui.controller import Controller, Counterpart
from desk.ui.dialogs.settings_dialog import SettingsDialog
from desk.ui.main_window import MainWindow
from desk.ui.models.library_table_model import Column, article_mime_data
from desk.ui.models.quote_table_model import QuoteColumn
from tests.e2e.test_main_window import SAMPLES, import_folder, row_of

MakeWindow = Callable[[], MainWindow]
YONHAP = "Kerry: U.S. not seeking regime change in N. Korea"
VOA = "Kerry: US, Allies 'Not Even Close' to Resuming N. Korea talks"
PHRASE = "provocative and disturbing behavior"  # in the VOA article, not detected as a quote


def open_side_by_side(window: MainWindow) -> tuple[int, int]:
    """Open the Yonhap story, add a column, open the VOA story: the way a user does."""
    panel = window.library_panel
    panel.select_row(row_of(window, YONHAP))
    window.window_actions.new_column.trigger()
    panel.select_row(row_of(window, VOA))
    ids = window.reading_area.article_ids()
    assert len(ids) == 2
    return ids[0], ids[1]


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
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    yonhap_id, voa_id = open_side_by_side(window)
    area, quotes = window.reading_area, window.annotation_panel
    assert [c.view.article.display_title for c in area.columns if c.view.article] == [YONHAP, VOA]
    library = window.controller.library
    listed = quotes.model.quotes()
    assert {q.article_id for q in listed} == {yonhap_id, voa_id}
    assert len(listed) == len(library.quotes([yonhap_id, voa_id], reviews=[Review.SUGGESTED]))

    # Select a Yonhap quote: it is emphasised in its column and shown in the editor.
    chosen = next(q for q in listed if q.article_id == yonhap_id)
    quotes.select_quote(chosen.id)
    yonhap_view = area.column_for(yonhap_id).view  # type: ignore[union-attr]
    assert yonhap_view.selected_quote_id == chosen.id
    assert yonhap_view.extraSelections()[-1].cursor.selectedText() == chosen.text
    assert window.quote_editor.quote == chosen

    # Its counterpart in the other column is highlighted through the matching seam.
    voa_text = library.article(voa_id).text
    start = voa_text.index(PHRASE)
    pairs = (("equal", "provocative and"), ("replace", "disturbing"))
    monkeypatch.setattr(
        Controller,
        "counterparts",
        lambda self, quote_id: [Counterpart(voa_id, start, start + len(PHRASE), diff=pairs)],
    )
    quotes.select_quote(None)
    quotes.select_quote(chosen.id)
    voa_view = area.column_for(voa_id).view  # type: ignore[union-attr]
    highlighted = [s.cursor.selectedText() for s in voa_view.extraSelections()]
    assert PHRASE in highlighted
    assert window.quote_editor.diff_view.toPlainText() == "provocative and disturbing"
    monkeypatch.undo()

    # Mark a new quote from a selection with the shortcut's action.
    voa_view.select_span(start, start + len(PHRASE))
    area.activate(area.column_for(voa_id))  # type: ignore[arg-type]
    before = unchecked_in_library(window, VOA)
    window.window_actions.mark_quote.trigger()
    marked = quotes.current_quote()
    assert marked is not None
    assert marked.text == PHRASE
    assert marked.review is Review.ACCEPTED
    assert library.quote(marked.id).text == PHRASE
    assert int(unchecked_in_library(window, VOA)) == int(before) + 1

    # Set its status from the keyboard, then undo and redo.
    window.activateWindow()
    quotes.table.setFocus()
    qtbot.keyClick(quotes.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(marked.id).status is QuoteStatus.VERIFIED
    row = quotes.proxy.mapFromSource(quotes.model.index(quotes.model.row_of(marked.id) or 0, 0))
    assert quotes.proxy.index(row.row(), QuoteColumn.STATUS).data() == "Verified"
    assert unchecked_in_library(window, VOA) == before
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

    quotes.select_quote(marked.id)
    window.close()

    # A restart on the same database: the work, the columns and the selection are back.
    again = make_main_window()
    assert again.reading_area.article_ids() == [yonhap_id, voa_id]
    assert again.annotation_panel.current_quote_id() == marked.id
    restored = again.annotation_panel.current_quote()
    assert restored is not None
    assert restored.status is QuoteStatus.VERIFIED
    assert restored.checked_by == again.controller.checker
    assert again.quote_editor.checked_label.text().startswith("Verified by")
    assert not again.controller.undo_stack.canUndo()  # a new session starts a new history


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
