"""The hostile corpus through the window's importer, and a hostile page shown in the window:
every bad file is listed with its reason, the rest is imported, what was stored stays, and
showing an imported page never runs its scripts or fetches anything."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from desk.core.entities import ImportReport, ImportStatus
from desk.core.library import printable
from desk.ui.dialogs.import_report_dialog import ImportReportDialog
from desk.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
HOSTILE = Path(__file__).resolve().parents[1] / "reliability" / "hostile.py"


def _hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desk_hostile_e2e", HOSTILE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def remote() -> Iterator[list[str]]:
    """A web server on loopback that records every request; its URL is the list's first item."""
    requests: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    requests.append(f"http://127.0.0.1:{server.server_address[1]}")
    yield requests
    server.shutdown()
    server.server_close()
    thread.join(5)


def _import(window: MainWindow, qtbot: QtBot, paths: list[Path]) -> ImportReport:
    with qtbot.waitSignal(window.controller.import_finished, timeout=120_000) as blocker:
        assert window.controller.import_paths(paths) is not None
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_the_window_imports_the_hostile_corpus(
    make_main_window: MakeWindow, qtbot: QtBot, tmp_path: Path, remote: list[str]
) -> None:
    cases = _hostile().build(tmp_path / "corpus", remote=remote[0])
    window = make_main_window()
    first = _import(window, qtbot, [cases[0].path])
    (kept_id,) = first.article_ids
    kept = window.controller.library.article(kept_id)

    report = _import(window, qtbot, [tmp_path / "corpus", tmp_path / "corpus" / "empty-folder"])

    by_source = {o.source: o for o in report.outcomes}
    for case in cases:
        outcome = by_source[printable(str(case.path))]
        if case.imported:
            assert outcome.status in (ImportStatus.IMPORTED, ImportStatus.DUPLICATE), outcome
        else:
            assert outcome.status is ImportStatus.SKIPPED, outcome
            assert all(word in (outcome.reason or "") for word in case.reason_words), outcome
    assert by_source[str(tmp_path / "corpus" / "empty-folder")].reason
    dialogs = [d for d in window.findChildren(ImportReportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    listed = "\n".join(dialogs[0].lines())
    for outcome in report.skipped:
        assert Path(outcome.source).name in listed
    assert window.controller.library.article(kept_id) == kept
    assert remote[1:] == []


def test_showing_a_hostile_page_runs_nothing_and_fetches_nothing(
    make_main_window: MakeWindow, qtbot: QtBot, tmp_path: Path, remote: list[str]
) -> None:
    cases = _hostile().build(tmp_path / "corpus", remote=remote[0])
    page = next(c.path for c in cases if c.path.name == "scripted.html")
    window = make_main_window()
    title_before = window.windowTitle()

    report = _import(window, qtbot, [page])
    (article_id,) = report.article_ids
    assert window.open_article(article_id)
    for _ in range(20):  # give a (wrongly) loading view every chance to fetch
        QApplication.processEvents()
        qtbot.wait(25)

    shown = window.article_view.toPlainText()
    assert "We will not give up on dialogue" in shown
    assert "pwned" not in shown
    assert "fetch(" not in shown
    assert "pwned" not in window.windowTitle()
    assert window.windowTitle() == title_before or "Ministers" not in title_before
    assert remote[1:] == [], f"the window fetched {remote[1:]}"
    html = window.article_view.toHtml()
    for tag in ("<img", "<script", "<iframe", "<object"):
        assert tag not in html
