"""The dialogs turn what the user typed into core values, and refuse what cannot be saved."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desk.core.entities import (
    Article,
    DocumentKind,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    MetadataEdit,
)
from desk.ui.dialogs.import_report_dialog import ImportReportDialog
from desk.ui.dialogs.metadata_dialog import MetadataDialog
from desk.ui.dialogs.paste_dialog import PasteDialog

ARTICLE = Article(
    id=3,
    title="Old headline",
    outlet="Yonhap",
    byline=None,
    published=date(2013, 10, 4),
    url=None,
    path=None,
    text="Text.",
    raw_text="Text.",
    content_hash="0" * 64,
    source_format="text",
    kind=DocumentKind.ARTICLE,
    imported_at=datetime(2024, 1, 1, tzinfo=UTC),
)


def test_metadata_dialog_returns_only_changes(qtbot: QtBot) -> None:
    dialog = MetadataDialog(ARTICLE)
    qtbot.addWidget(dialog)
    assert dialog.edit() == MetadataEdit()

    dialog.title_edit.setText("  New headline ")
    dialog.byline_edit.setText("Lee Chi-dong")
    dialog.outlet_edit.clear()
    dialog.date_edit.setDate(QDate(2013, 10, 5))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("source"))

    assert dialog.edit() == MetadataEdit(
        title="New headline",
        outlet="",
        byline="Lee Chi-dong",
        published=date(2013, 10, 5),
        kind=DocumentKind.SOURCE,
    )


def test_no_date_clears_the_date(qtbot: QtBot) -> None:
    dialog = MetadataDialog(ARTICLE)
    qtbot.addWidget(dialog)
    dialog.no_date_check.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    assert dialog.edit() == MetadataEdit(clear_published=True)


def test_a_bad_link_keeps_the_dialog_open(qtbot: QtBot) -> None:
    dialog = MetadataDialog(ARTICLE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "http" in dialog.error_label.text()

    dialog.url_edit.setText("https://en.yna.co.kr/view/AEN20131004000300315")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.edit().url == "https://en.yna.co.kr/view/AEN20131004000300315"


def test_paste_dialog_needs_text_and_reports_the_kind(qtbot: QtBot) -> None:
    dialog = PasteDialog("")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.text_edit.setPlainText("Headline\n\nBody")
    assert dialog.import_button.isEnabled()
    dialog.source_check.setChecked(True)
    assert dialog.result_value() == ("Headline\n\nBody", DocumentKind.SOURCE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_import_report_lists_file_and_reason(qtbot: QtBot) -> None:
    report = ImportReport(
        (
            ImportOutcome("/a/good.txt", ImportStatus.IMPORTED, article_id=1, title="Good"),
            ImportOutcome("/a/photo.txt", ImportStatus.SKIPPED, reason="binary data, not text"),
        )
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.lines() == ["/a/photo.txt — binary data, not text"]
