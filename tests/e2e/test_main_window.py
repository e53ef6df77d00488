"""The real main window, offscreen, on a fresh library: import, read, edit, restart, paste."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desk.core.entities import ImportReport
from desk.core.errors import DeskError
from desk.ui.app import run_gui, take_screenshot
from desk.ui.dialogs.import_report_dialog import ImportReportDialog
from desk.ui.dialogs.metadata_dialog import MetadataDialog
from desk.ui.dialogs.paste_dialog import PasteDialog
from desk.ui.main_window import MainWindow
from desk.ui.models.library_table_model import Column

MakeWindow = Callable[[], MainWindow]
REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "library"
HARBOUR_LEDGER = REPO / "tests" / "data" / "matching" / "harbour-ledger-kerry-tokyo.html"

# What the importer finds in the five samples (file → headline, outlet).
EXPECTED = {
    "Kerry: U.S. not seeking regime change in N. Korea": "Yonhap",
    "US Official Emphasizes Security Guarantees in Exchange for N. Korean Nukes": "KBS World Radio",
    "U.S. calls on North Korea to engage diplomatically": "Voice of America",
    "Kerry: US, Allies 'Not Even Close' to Resuming N. Korea talks": "Voice of America",
    "US to continue 'patient' diplomacy with N. Korea: official": "Yonhap",
}
TIMEOUT = 20_000


def table_rows(window: MainWindow) -> dict[str, str]:
    proxy = window.library_panel.proxy
    return {
        proxy.index(row, Column.HEADLINE).data(): proxy.index(row, Column.OUTLET).data()
        for row in range(proxy.rowCount())
    }


def row_of(window: MainWindow, headline: str) -> int:
    proxy = window.library_panel.proxy
    rows = [
        r for r in range(proxy.rowCount()) if proxy.index(r, Column.HEADLINE).data() == headline
    ]
    assert rows, headline
    return rows[0]


def import_folder(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> ImportReport:
    """Import through File ▸ Import Folder…, the background path a user takes."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder))
    with qtbot.waitSignal(window.controller.import_finished, timeout=TIMEOUT) as blocker:
        window.window_actions.import_folder.trigger()
        # The window does not wait: while the worker runs, importing again is not offered.
        assert not window.window_actions.import_files.isEnabled()
        assert not window.window_actions.paste.isEnabled()
        assert window.import_status.cancel_button.isVisibleTo(window)
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    assert window.window_actions.import_files.isEnabled()
    assert not window.import_status.cancel_button.isVisibleTo(window)
    return report


def test_import_read_edit_and_restart(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    assert window.windowTitle() == "Quote Desk — library.sqlite3"
    assert window.article_view.toPlainText().startswith("Your library is empty")
    assert "Ctrl+O" in window.article_view.toPlainText()

    report = import_folder(window, qtbot, monkeypatch, SAMPLES)

    assert report.summary() == "5 imported, 0 already present, 0 skipped"
    assert window.import_status.summary == report.summary()
    assert table_rows(window) == EXPECTED
    assert window.library_panel.count_label.text() == "5 articles"
    assert not window.import_status.progress_bar.isVisible()

    # Open one by selecting its row: the view shows its headline and text.
    headline = "Kerry: U.S. not seeking regime change in N. Korea"
    window.library_panel.select_row(row_of(window, headline))
    shown = window.article_view.toPlainText()
    assert shown.startswith(headline + "\n")
    assert "WASHINGTON, Oct. 3 (Yonhap) -- Having shifted" in shown
    kerry_id = window.current_article_id
    assert kerry_id is not None

    # Edit the details through the dialog's own accept path.
    def fill_in_and_save(dialog: MetadataDialog) -> int:
        dialog.outlet_edit.setText("Yonhap News Agency")
        dialog.url_edit.setText("https://en.yna.co.kr/view/AEN20131004000300315")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MetadataDialog, "exec", fill_in_and_save)
    window.window_actions.edit.trigger()

    assert table_rows(window)[headline] == "Yonhap News Agency"
    assert window.current_article_id == kerry_id
    meta_line = window.article_view.toPlainText().split("\n")[1]
    assert "Yonhap News Agency" in meta_line
    assert "en.yna.co.kr" in meta_line

    # Filter, then restart on the same database: articles, filter and open article return.
    window.library_panel.set_filter_text("kerry")
    assert window.library_panel.count_label.text() == "2 of 5 articles"
    window.close()

    again = make_main_window()
    assert again.library_panel.model.rowCount() == 5
    assert again.library_panel.filter_text() == "kerry"
    assert again.current_article_id == kerry_id
    assert again.article_view.toPlainText().startswith(headline)


def test_paste_import_opens_the_new_article(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    text = (
        "Seoul Reporter Pastes a Story\n\n"
        "“We will keep talking,” the official said on Tuesday, according to the pasted copy.\n"
    )
    QGuiApplication.clipboard().setText(text)

    def check_and_import(dialog: PasteDialog) -> int:
        assert dialog.text_edit.toPlainText() == text  # prefilled from the clipboard
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PasteDialog, "exec", check_and_import)
    with qtbot.waitSignal(window.controller.import_finished, timeout=TIMEOUT) as blocker:
        window.window_actions.paste.trigger()

    assert blocker.args[0].summary() == "1 imported, 0 already present, 0 skipped"
    assert window.library_panel.count_label.text() == "1 article"
    assert "We will keep talking" in window.article_view.toPlainText()
    assert window.current_article_id is not None


def test_a_bad_file_is_reported_in_the_window(
    make_main_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sample_folder: Path,
) -> None:
    (sample_folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    window = make_main_window()

    report = import_folder(window, qtbot, monkeypatch, sample_folder)

    assert len(report.imported) == 5
    assert len(report.skipped) == 1
    assert window.import_status.summary == "5 imported, 0 already present, 1 skipped"
    dialogs = [d for d in window.findChildren(ImportReportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    (line,) = dialogs[0].lines()
    assert line.startswith(str(sample_folder / "scan.txt")) or "scan.txt —" in line
    assert window.library_panel.count_label.text() == "5 articles"


def test_delete_asks_first_and_moves_on(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    window.library_panel.select_row(1)
    doomed = window.current_article_id

    monkeypatch.setattr(MainWindow, "confirm_delete", lambda self, count, title: False)
    window.window_actions.delete.trigger()
    assert window.library_panel.model.rowCount() == 5

    asked: list[tuple[int, str]] = []
    monkeypatch.setattr(
        MainWindow, "confirm_delete", lambda self, n, title: asked.append((n, title)) or True
    )
    window.window_actions.delete.trigger()

    assert len(asked) == 1
    assert asked[0][0] == 1
    assert asked[0][1] in EXPECTED
    assert window.library_panel.model.rowCount() == 4
    assert window.current_article_id not in (None, doomed)  # the next article is open


def test_keyboard_navigation_and_about(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    window.library_panel.select_row(0)
    first = window.current_article_id
    window.window_actions.next.trigger()
    assert window.current_article_id != first
    window.window_actions.previous.trigger()
    assert window.current_article_id == first

    window.window_actions.focus_filter.trigger()
    qtbot.waitUntil(lambda: window.library_panel.filter_edit.hasFocus())

    window.window_actions.about.trigger()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert window.controller.library.display_url in boxes[0].informativeText()
    assert "0.1.0" in boxes[0].text()
    boxes[0].close()


def test_every_control_has_an_accessible_name(
    make_main_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    import_folder(window, qtbot, monkeypatch, SAMPLES)
    panel = window.library_panel
    for widget in (
        panel.filter_edit,
        panel.table,
        panel.count_label,
        window.article_view,
        window.import_status.progress_bar,
        window.import_status.cancel_button,
        window.database_label,
        window.tool_bar,
    ):
        assert widget.accessibleName(), widget


def test_a_newer_database_is_refused_with_a_message(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    connection.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    assert run_gui(db=str(path), paths=[]) == 1

    assert len(shown) == 1
    assert "newer version of Quote Desk" in shown[0]


def test_screenshot_renders_the_window(tmp_path: Path, qapp: QApplication, db_url: str) -> None:
    out = tmp_path / "shot.png"
    take_screenshot(db=db_url, paths=[SAMPLES], out=out, size=(1000, 700))

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert len({image.pixel(x, 350) for x in range(0, 1000, 10)}) > 3  # not blank

    with pytest.raises(DeskError):
        take_screenshot(db=db_url, paths=[], out=tmp_path / "missing" / "shot.png")


def test_the_screenshot_command_can_render_from_a_scratch_library(
    tmp_path: Path, run_desk: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    """``--scratch``: the samples and the invented article are imported into a temporary
    library; the user's own (``DESK_DB``) is never created."""
    out = tmp_path / "shot.png"
    mine = tmp_path / "mine.sqlite3"
    env = {**os.environ, "DESK_DB": str(mine), "QT_QPA_PLATFORM": "offscreen"}
    result = run_desk(
        "screenshot", "--out", str(out), "--size", "900x600", "--scratch", str(SAMPLES),
        str(HARBOUR_LEDGER), env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().toTuple() == (900, 600)
    assert not mine.exists()

    refused = run_desk("screenshot", "--out", str(out), "--scratch", db=str(mine), env=env)
    assert refused.returncode != 0
    assert "--scratch" in refused.stderr


def test_desk_with_a_folder_opens_the_window_on_the_imported_samples(
    qapp: QApplication, db_url: str
) -> None:
    """``desk library/``: the window opens at once and the samples arrive in the background."""
    seen: dict[str, object] = {}
    deadline = time.monotonic() + TIMEOUT / 1000

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        done = window is not None and not window.controller.importing
        if done and window.library_panel.row_count() == len(EXPECTED):
            seen["rows"] = table_rows(window)
            seen["title"] = window.windowTitle()
            window.close()
        elif time.monotonic() > deadline:
            if window is not None:
                window.close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    assert run_gui(db=db_url, paths=[SAMPLES]) == 0

    assert seen.get("rows") == EXPECTED
    assert seen["title"] == "Quote Desk — library.sqlite3"
