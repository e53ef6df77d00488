"""An archive result in the real window: attached through Settings, then the selected quote's
"In the archive" section, filled in the background."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desk.core.entities import Quote
from desk.ui.dialogs.settings_dialog import NO_ARCHIVE, SettingsDialog
from desk.ui.main_window import MainWindow
from desk.ui.quote_workflow import ARCHIVE_ABSENT
from tests.e2e.test_checking import import_files, wait_for_matching
from tests.e2e.test_main_window import TIMEOUT

MakeWindow = Callable[[], MainWindow]
PROMISE = "We will rebuild the harbour bridge"
TOLL = "Nobody in this town"
FIRST_SEEN = "First seen: Lakeside Wire, 1 March 2019"


def _window_with_articles(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    articles: list[Path],
) -> MainWindow:
    window = make_main_window()
    import_files(window, qtbot, monkeypatch, articles)
    wait_for_matching(window, qtbot)
    ids = [s.id for s in window.library_panel.model.summaries()]
    assert window.open_side_by_side(ids) == ids
    return window


def _attach_through_settings(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path | None
) -> None:
    """Settings ▸ Archive ▸ Choose… (or Detach), then OK, as a checker does it."""

    def fill_in(dialog: SettingsDialog) -> int:
        if folder is None:
            dialog.archive_detach.click()
        else:
            monkeypatch.setattr(dialog, "choose_archive", lambda: str(folder))
            dialog.archive_choose.click()
        assert not dialog.archive_problem.isVisibleTo(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    window.window_actions.settings.trigger()


def _quote(window: MainWindow, words: str, outlet: str) -> Quote:
    outlets = {s.id: s.outlet for s in window.library_panel.model.summaries()}
    return next(
        q
        for q in window.annotation_panel.model.quotes()
        if q.text.startswith(words) and outlets[q.article_id] == outlet
    )


def test_the_selected_quote_shows_where_the_archive_first_saw_it(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    archive_library_articles: list[Path],
    archive_result: Path,
) -> None:
    window = _window_with_articles(make_main_window, qtbot, monkeypatch, archive_library_articles)
    editor = window.quote_editor
    promise = _quote(window, PROMISE, "Coastline Post")
    window.annotation_panel.select_quote(promise.id)
    assert not editor.archive_shown  # no archive attached: nothing shows

    _attach_through_settings(window, monkeypatch, archive_result)
    assert window.controller.library.archive_path() == archive_result
    assert editor.archive_shown  # the current quote is looked up at once

    qtbot.waitUntil(lambda: editor.archive_label.text().startswith(FIRST_SEEN), timeout=TIMEOUT)
    text = editor.archive_label.text()
    assert "lakeside-wire-2019-03-01.html" in text  # the article, as the archive names it
    assert "3 reports of this statement in the archive" in text
    assert editor.archive_diff_view.labels == [
        "Lakeside Wire, 1 March 2019, Elena Varga (2 reports)",
        "Northfield Courier, 2 March 2019, Elena Varga",
    ]
    described = editor.archive_diff_view.plain_description()
    assert "[-arrive-] {+come+}" in described
    assert "[-our-] {+the+}" in described

    # A quote the archive does not hold says so.
    toll = _quote(window, TOLL, "Coastline Post")
    window.annotation_panel.select_quote(toll.id)
    qtbot.waitUntil(lambda: editor.archive_label.text() == ARCHIVE_ABSENT, timeout=TIMEOUT)

    # Detached: the section goes.
    _attach_through_settings(window, monkeypatch, None)
    assert window.controller.library.archive_path() is None
    window.annotation_panel.select_quote(promise.id)
    assert not editor.archive_shown


def test_a_folder_that_is_not_a_result_is_refused_in_settings(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_main_window()
    plain = tmp_path / "notes"
    plain.mkdir()
    shown: list[str] = []

    def fill_in(dialog: SettingsDialog) -> int:
        monkeypatch.setattr(dialog, "choose_archive", lambda: str(plain))
        dialog.archive_choose.click()
        assert dialog.archive_problem.isVisibleTo(dialog)
        shown.append(dialog.archive_problem.text())
        assert dialog.archive_label.text() == NO_ARCHIVE  # nothing was attached
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    window.window_actions.settings.trigger()
    assert shown == [f"⚠ {plain}: not an archive result (no index/quotes.sqlite)"]
    assert window.controller.library.archive_path() is None


def test_an_archive_gone_since_says_so_in_the_section_and_in_settings(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    archive_library_articles: list[Path],
    archive_result: Path,
) -> None:
    window = _window_with_articles(make_main_window, qtbot, monkeypatch, archive_library_articles)
    _attach_through_settings(window, monkeypatch, archive_result)
    shutil.rmtree(archive_result)
    editor = window.quote_editor
    window.annotation_panel.select_quote(_quote(window, PROMISE, "Bayside Herald").id)
    qtbot.waitUntil(lambda: editor.archive_label.text().startswith("⚠ "), timeout=TIMEOUT)
    assert str(archive_result) in editor.archive_label.text()
    assert "no longer there" in editor.archive_label.text()

    problems: list[str] = []

    def look(dialog: SettingsDialog) -> int:
        problems.append(
            dialog.archive_problem.text() if dialog.archive_problem.isVisibleTo(dialog) else ""
        )
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", look)
    window.window_actions.settings.trigger()
    assert problems
    assert str(archive_result) in problems[0]


def test_an_answer_for_a_quote_no_longer_selected_is_dropped(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    archive_library_articles: list[Path],
    archive_result: Path,
) -> None:
    window = _window_with_articles(make_main_window, qtbot, monkeypatch, archive_library_articles)
    window.controller.library.attach_archive(archive_result)
    controller = window.controller
    editor = window.quote_editor
    promise = _quote(window, PROMISE, "Coastline Post")
    toll = _quote(window, TOLL, "Coastline Post")

    # Both asked for, the second while the first may still be read: only the latest counts.
    window.annotation_panel.select_quote(promise.id)
    with qtbot.waitSignal(controller.archive_found, timeout=TIMEOUT):
        controller.archive_changed.emit()  # as after an attach: the current quote is asked
    window.annotation_panel.select_quote(toll.id)
    qtbot.waitUntil(lambda: editor.archive_label.text() == ARCHIVE_ABSENT, timeout=TIMEOUT)
    window.controller.tasks.wait(TIMEOUT)
    qtbot.wait(50)
    assert editor.archive_label.text() == ARCHIVE_ABSENT

    # A late answer about the promise changes nothing while the toll quote is selected.
    controller.archive_found.emit(promise.id, promise.text, None, "⚠ stale")
    assert editor.archive_label.text() == ARCHIVE_ABSENT


def test_the_section_is_reached_from_the_keyboard(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    archive_library_articles: list[Path],
    archive_result: Path,
) -> None:
    window = _window_with_articles(make_main_window, qtbot, monkeypatch, archive_library_articles)
    _attach_through_settings(window, monkeypatch, archive_result)
    editor = window.quote_editor
    window.annotation_panel.select_quote(_quote(window, PROMISE, "Coastline Post").id)
    qtbot.waitUntil(lambda: editor.archive_label.text().startswith(FIRST_SEEN), timeout=TIMEOUT)
    for widget in (editor.archive_label, editor.archive_diff_view):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName()
    # Tab from the elsewhere differences goes on into the archive's section, then its wordings.
    stops = []
    widget = editor.diff_view.nextInFocusChain()
    while widget is not editor.diff_view and len(stops) < 2:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert stops == [editor.archive_label, editor.archive_diff_view]
