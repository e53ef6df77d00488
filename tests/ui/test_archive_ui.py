"""The archive in the Qt layer: the Settings row, the controller's lookups, the details section
and the PDF sheet, on a real archive result of the invented articles in tests/data/archive/."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.core.export import build_sheet
from desk.core.library import Library
from desk.ui.controller import Controller
from desk.ui.dialogs.settings_dialog import NO_ARCHIVE, SettingsDialog, SettingsValues
from desk.ui.export_pdf import write_pdf
from desk.ui.quote_workflow import ARCHIVE_ABSENT, archive_view
from desk.ui.tasks import TaskRunner
from desk.ui.views.quote_editor import QuoteEditor

PROMISE = "We will rebuild the harbour bridge"


def _dialog(qtbot: QtBot, archive: str = "") -> SettingsDialog:
    values = SettingsValues(checker="", thresholds={}, database="", archive=archive)
    dialog = SettingsDialog(
        values,
        default_checker="ana",
        current_location="library.sqlite3",
        check_archive=Controller.check_archive,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_settings_row_chooses_and_detaches_an_archive(
    qtbot: QtBot, archive_result: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.archive_label.text() == NO_ARCHIVE
    assert not dialog.archive_detach.isEnabled()

    chosen = [str(tmp_path), str(archive_result)]
    monkeypatch.setattr(dialog, "choose_archive", lambda: chosen.pop(0))
    dialog.archive_choose.click()  # not a result: refused, said why
    assert dialog.archive_problem.isVisibleTo(dialog)
    assert dialog.archive_problem.text() == (
        f"⚠ {tmp_path}: not an archive result (no index/quotes.sqlite)"
    )
    assert dialog.values().archive == ""

    dialog.archive_choose.click()  # a result: taken, the problem goes
    assert not dialog.archive_problem.isVisibleTo(dialog)
    assert dialog.archive_label.text() == str(archive_result)
    assert dialog.values().archive == str(archive_result)

    dialog.archive_detach.click()
    assert dialog.archive_label.text() == NO_ARCHIVE
    assert dialog.values().archive == ""


def test_settings_show_the_problem_of_the_attached_archive(qtbot: QtBot, tmp_path: Path) -> None:
    gone = tmp_path / "moved-away"
    values = SettingsValues(checker="", thresholds={}, database="", archive=str(gone))
    dialog = SettingsDialog(
        values,
        default_checker=None,
        current_location="x",
        check_archive=Controller.check_archive,
        archive_problem=Controller.check_archive(gone),
    )
    qtbot.addWidget(dialog)
    assert dialog.archive_label.text() == str(gone)
    assert dialog.archive_problem.isVisibleTo(dialog)
    assert str(gone) in dialog.archive_problem.text()


def test_the_controller_answers_for_the_quote_asked_about(
    archive_library: Library, sync_runner: TaskRunner, qtbot: QtBot
) -> None:
    controller = Controller(archive_library, sync_runner)
    promise = next(q for q in archive_library.quotes() if q.text.startswith(PROMISE))
    with qtbot.waitSignal(controller.archive_found) as answer:
        controller.look_up_archive(promise)
    quote_id, words, report, problem = answer.args
    assert (quote_id, words, problem) == (promise.id, promise.text, None)
    summary, diffs = archive_view(report, problem)
    assert summary.startswith("First seen: Lakeside Wire, 1 March 2019\n")
    assert [label for label, _diff in diffs][-1] == "Northfield Courier, 2 March 2019, Elena Varga"

    assert controller.attach_archive(None)
    assert controller.archive_path() is None
    assert controller.look_up_archive(promise) is None  # nothing to look in


def test_a_quote_the_archive_lacks_and_a_problem_read_plainly() -> None:
    assert archive_view(None, None) == (ARCHIVE_ABSENT, [])
    assert archive_view(None, "/x: gone") == ("⚠ /x: gone", [])


def test_the_editor_section_hides_without_an_archive(qtbot: QtBot) -> None:
    editor = QuoteEditor()
    qtbot.addWidget(editor)
    assert not editor.archive_shown
    editor.set_archive(
        "First seen: Lakeside Wire, 1 March 2019", [("Lakeside Wire", [("equal", "We")])]
    )
    assert editor.archive_shown
    assert editor.archive_diff_view.labels == ["Lakeside Wire"]
    editor.set_archive(None)
    assert not editor.archive_shown


def test_pdf_sheet_names_where_the_archive_first_saw_the_quote(
    archive_library: Library, tmp_path: Path, qapp: object
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    assert write_pdf(build_sheet(archive_library), out) >= 1
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # the font's "ﬁ" ligature
    assert "First seen" in flat
    assert "Lakeside Wire, 1 March 2019" in flat
    assert "In the archive" in flat
    assert "Northfield Courier, 2 March 2019, Elena Varga" in flat
