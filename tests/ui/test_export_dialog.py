"""The Export dialog on a real library, and the PDF printer it shares with the CLI."""

from __future__ import annotations

import csv
import threading
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.core.entities import ArticleDraft, DocumentKind, MetadataEdit, QuoteEdit, QuoteStatus
from desk.core.export import ExportFormat, QuoteSheet, build_sheet
from desk.core.library import Library
from desk.core.progress import Cancelled, CancelToken, Progress
from desk.ui.dialogs import export_dialog
from desk.ui.dialogs.export_dialog import BUILDING_PREVIEW, ExportDialog
from desk.ui.export_pdf import write_pdf
from desk.ui.tasks import TaskRunner

TEXT = (
    "The minister spoke. “We will not raise taxes,” she said.\n\n"
    "The page also held <script>alert(1)</script> and <img src=https://tracker.example/x.png>.\n\n"
    '“=HYPERLINK("https://evil.example","x")” read a sign.'
)


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    with Library.open(db_url) as library:
        outcome = library.store(
            ArticleDraft(
                text=TEXT,
                raw_text=TEXT,
                title="Minister rules out tax rise",
                outlet="The Daily",
                kind=DocumentKind.SOURCE,
            ),
            "test",
        )
        article_id = outcome.article_id
        assert article_id is not None
        library.update_metadata(article_id, MetadataEdit(kind=DocumentKind.ARTICLE))
        minister = library.add_person("Jo Minister", "Finance minister").id
        for words, status in (
            ("We will not raise taxes,", QuoteStatus.VERIFIED),
            ("<script>alert(1)</script>", QuoteStatus.UNCHECKED),
            ('=HYPERLINK("https://evil.example","x")', QuoteStatus.DISPUTED),
        ):
            start = TEXT.index(words)
            quote = library.mark_quote(
                article_id, start, start + len(words), speaker_id=minister, by="Ana"
            )
            if status is not QuoteStatus.UNCHECKED:
                library.edit_quote(
                    quote.id, QuoteEdit(status=status), expected_version=None, by="Ana"
                )
        yield library


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, sync_runner: TaskRunner) -> ExportDialog:
    widget = ExportDialog(library, sync_runner, exported_at=datetime(2024, 5, 6, tzinfo=UTC))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_export_csv_of_verified_quotes(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_format(ExportFormat.CSV)
    dialog.status_checks[QuoteStatus.VERIFIED].setChecked(True)
    assert "quote_id,status" in dialog.preview.toPlainText()
    assert dialog.message.text() == "1 quote will be exported."
    assert not dialog.export_button.isEnabled()
    out = tmp_path / "sheet.csv"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    assert signal.args == [out]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["status"], r["quote"], r["speaker"]) for r in rows] == [
        ("verified", "We will not raise taxes,", "Jo Minister")
    ]
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_preview_shows_markup_as_text_and_loads_nothing(dialog: ExportDialog) -> None:
    dialog.set_format(ExportFormat.HTML)
    shown = dialog.preview.toPlainText()
    assert "<script>alert(1)</script>" in shown
    assert "Jo Minister — Finance minister" in shown
    assert dialog.preview.requested_resources == []
    assert "<script" not in dialog.preview.toHtml().replace("&lt;script", "")


def test_format_change_follows_the_file_name(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "sheet.csv"))
    dialog.set_format(ExportFormat.WEBANNOTATION)
    assert dialog.path_edit.text() == str(tmp_path / "sheet.annotations.jsonld")
    assert '"TextQuoteSelector"' in dialog.preview.toPlainText()


def test_claimreview_without_organisation_says_why_and_keeps_the_dialog_open(
    dialog: ExportDialog, library: Library, tmp_path: Path
) -> None:
    dialog.set_format(ExportFormat.CLAIMREVIEW)
    assert "--organisation" in dialog.preview.toPlainText()
    out = tmp_path / "x.claimreview.jsonld"
    dialog.path_edit.setText(str(out))
    assert not dialog.export()
    assert "organisation" in dialog.message.text()
    assert not out.exists()
    dialog.organisation_edit.setText("Daily Checks")
    assert dialog.export()
    assert '"name": "Daily Checks"' in out.read_text(encoding="utf-8")
    assert library.setting("organisation") == "Daily Checks"  # kept for the next export


def test_export_docx_from_chosen_articles(
    qtbot: QtBot, library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    from docx import Document

    article_id = library.articles()[0].id
    widget = ExportDialog(library, sync_runner, article_ids=[article_id])
    qtbot.addWidget(widget)
    assert widget.chosen_articles.isChecked()
    assert widget.selection().article_ids == (article_id,)
    widget.set_format(ExportFormat.DOCX)
    out = tmp_path / "sheet.docx"
    widget.path_edit.setText(str(out))
    assert widget.export()
    cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "“We will not raise taxes,”" in cells


def test_pdf_reads_back_with_pypdf(qapp: object, library: Library, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    pages = write_pdf(build_sheet(library, title="Tax sheet"), out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    text = " ".join(text.split())
    assert "Tax sheet" in text
    assert "Jo Minister — Finance minister" in text
    assert "We will not raise taxes," in text
    assert "<script>alert(1)</script>" in text  # printed as text
    assert f"Page 1 of {pages}" in text


def test_pdf_is_printed_in_the_worker_with_progress(
    qtbot: QtBot, library: Library, task_runner: TaskRunner, tmp_path: Path
) -> None:
    """The real thread: Qt's PDF writer paints off the UI thread, and no Qt warning is raised."""
    widget = ExportDialog(library, task_runner)
    qtbot.addWidget(widget)
    widget.set_format(ExportFormat.PDF)
    out = tmp_path / "sheet.pdf"
    widget.path_edit.setText(str(out))
    steps: list[tuple[int, int]] = []
    widget.progress_bar.valueChanged.connect(lambda _v: steps.append((0, 0)))
    with qtbot.waitSignal(widget.exported, timeout=30_000) as signal:
        assert widget.export()
        assert widget.exporting
        assert not widget.export_button.isEnabled()
        assert not widget.format_combo.isEnabled()
    assert signal.args == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert not widget.exporting
    assert steps  # the bar moved at least once


def test_cancel_stops_the_export_and_keeps_the_old_file(
    qtbot: QtBot, library: Library, task_runner: TaskRunner, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.docx"
    out.write_bytes(b"the previous export")
    release = threading.Event()

    def hold_the_worker(progress: Progress, cancel: CancelToken) -> None:
        release.wait(10)

    blocker = task_runner.run(hold_the_worker, name="hold")
    widget = ExportDialog(library, task_runner)
    qtbot.addWidget(widget)
    widget.set_format(ExportFormat.DOCX)
    widget.path_edit.setText(str(out))
    widget.show()
    exported: list[object] = []
    widget.exported.connect(exported.append)

    assert widget.export()  # queued behind the held task
    assert widget.progress_bar.isVisible()
    widget.reject()  # the dialog's Cancel while exporting
    assert not widget.exporting
    assert widget.isVisible()  # the first Cancel stops the export, not the dialog
    assert "cancelled" in widget.message.text()
    assert widget.export_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: blocker.done and not task_runner.busy, timeout=10_000)

    assert out.read_bytes() == b"the previous export"
    assert exported == []
    assert [p.name for p in tmp_path.iterdir() if "sheet" in p.name] == ["sheet.docx"]  # no debris


def test_cancel_during_a_docx_export_stops_the_writer_and_keeps_the_old_file(
    qtbot: QtBot,
    library: Library,
    task_runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real thread: the DOCX writer itself stops between quotes, not only the dialog."""
    out = tmp_path / "sheet.docx"
    out.write_bytes(b"the previous export")
    first_progress = threading.Event()
    cancelled_in_ui = threading.Event()
    reports: list[tuple[int, int]] = []
    outcome: list[BaseException | None] = []

    def write_holding_at_first_progress(
        sheet: QuoteSheet, fmt: ExportFormat, path: Path, *, progress: Progress, cancel: CancelToken
    ) -> None:
        def report(done: int, total: int, text: str) -> None:
            reports.append((done, total))
            progress(done, total, text)
            if not first_progress.is_set():
                first_progress.set()  # the writer waits here until the user has cancelled
                cancelled_in_ui.wait(10)

        try:
            real_write(sheet, fmt, path, progress=report, cancel=cancel)
        except BaseException as error:
            outcome.append(error)
            raise
        outcome.append(None)

    real_write = export_dialog.write
    monkeypatch.setattr(export_dialog, "write", write_holding_at_first_progress)
    widget = ExportDialog(library, task_runner)
    qtbot.addWidget(widget)
    widget.set_format(ExportFormat.DOCX)
    widget.path_edit.setText(str(out))
    widget.show()
    exported: list[object] = []
    widget.exported.connect(exported.append)

    assert widget.export()
    qtbot.waitUntil(first_progress.is_set, timeout=10_000)
    widget.reject()  # the dialog's Cancel, while the writer is at its first quote
    cancelled_in_ui.set()
    assert not widget.exporting
    assert "cancelled" in widget.message.text()
    qtbot.waitUntil(lambda: bool(outcome) and not task_runner.busy, timeout=10_000)

    assert len(outcome) == 1
    assert isinstance(outcome[0], Cancelled)  # the writer itself gave up
    total = reports[0][1]
    assert total == 3
    assert max(done for done, _ in reports) < total
    assert out.read_bytes() == b"the previous export"
    assert exported == []
    assert [p.name for p in tmp_path.iterdir() if "sheet" in p.name] == ["sheet.docx"]  # no debris


def test_a_write_failure_is_shown_and_the_dialog_stays(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "sheet.csv"
    dialog.path_edit.setText(str(out))
    assert not dialog.export()
    assert dialog.message.text().startswith(f"Cannot write {out}")
    assert dialog.isVisible()
    assert dialog.format_combo.isEnabled()


def test_the_preview_is_built_in_the_worker_and_says_so_meanwhile(
    qtbot: QtBot, library: Library, task_runner: TaskRunner
) -> None:
    """A thousand quotes take about a second to preview: the dialog must not wait for it."""
    release = threading.Event()
    blocker = task_runner.run(lambda progress, cancel: release.wait(10), name="hold")
    widget = ExportDialog(library, task_runner)
    qtbot.addWidget(widget)
    widget.set_format(ExportFormat.CSV)
    assert widget.previewing
    assert widget.preview.toPlainText() == BUILDING_PREVIEW
    release.set()
    qtbot.waitUntil(lambda: not widget.previewing and blocker.done, timeout=10_000)
    assert "quote_id,status" in widget.preview.toPlainText()
    assert widget.message.text() == "3 quotes will be exported."


def test_the_printed_preview_shows_the_first_quotes_only(
    dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "PREVIEW_QUOTES", 2)
    dialog.set_format(ExportFormat.HTML)
    assert dialog.message.text() == "3 quotes will be exported. The preview shows the first 2."
    shown = dialog.preview.toPlainText()
    assert sum(words in shown for words in ("raise taxes", "alert(1)", "HYPERLINK")) == 2
