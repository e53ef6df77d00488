"""The controller turns library outcomes into signals: progress, reports, changes, errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from desk.core.entities import (
    DocumentKind,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    MetadataEdit,
)
from desk.core.errors import DatabaseProblem, NotFound
from desk.core.library import Library
from desk.core.progress import CancelToken, Progress
from desk.ui.controller import Controller
from desk.ui.tasks import TaskRunner


class FakeLibrary:
    """Just enough of Library to steer the controller through each outcome."""

    url = "sqlite:///fake.sqlite3"
    display_url = url

    def __init__(self) -> None:
        self.started = threading.Event()
        self.hold = False
        self.fail_with: Exception | None = None

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        kind: DocumentKind,
        progress: Progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        assert cancel is not None
        self.started.set()
        if self.fail_with is not None:
            raise self.fail_with
        items = list(paths)
        outcomes = []
        for done, path in enumerate(items):
            while self.hold and not cancel.cancelled:
                time.sleep(0.01)
            if cancel.cancelled:
                return ImportReport(tuple(outcomes), cancelled=True)
            progress(done, len(items), path.name)
            outcomes.append(ImportOutcome(str(path), ImportStatus.IMPORTED, article_id=done + 1))
        progress(len(items), len(items), "")
        return ImportReport(tuple(outcomes))

    def import_text(self, text: str, *, label: str, kind: DocumentKind) -> ImportOutcome:
        return ImportOutcome(label, ImportStatus.IMPORTED, article_id=42, title=text[:10])

    def update_metadata(self, article_id: int, edit: MetadataEdit) -> Any:
        raise DatabaseProblem("The library is read-only; changes cannot be saved.")

    def article(self, article_id: int) -> Any:
        raise NotFound(f"no article {article_id}")

    def articles(self) -> list[Any]:
        raise DatabaseProblem("The library is locked by another program.")

    def delete_articles(self, article_ids: Sequence[int]) -> None:
        return None


@pytest.fixture
def fake() -> FakeLibrary:
    return FakeLibrary()


@pytest.fixture
def controller(fake: FakeLibrary, task_runner: TaskRunner) -> Controller:
    return Controller(cast(Library, fake), task_runner)


def test_import_reports_progress_changes_and_result(qtbot: QtBot, controller: Controller) -> None:
    states: list[bool] = []
    progress: list[tuple[int, int, str]] = []
    controller.importing_changed.connect(states.append)
    controller.import_progressed.connect(lambda d, t, s: progress.append((d, t, s)))

    with (
        qtbot.waitSignal(controller.library_changed),
        qtbot.waitSignal(controller.import_finished, timeout=10_000) as finished,
    ):
        assert controller.import_paths([Path("a.txt"), Path("b.txt")]) is not None
        assert controller.importing
        # A second import waits its turn rather than racing the first.
        with qtbot.waitSignal(controller.error_reported) as refused:
            assert controller.import_paths([Path("c.txt")]) is None
        assert refused.args[0] == "An import is running"

    report = finished.args[0]
    assert report.summary() == "2 imported, 0 already present, 0 skipped"
    assert progress[-1] == (2, 2, "")
    assert states == [True, False]
    assert not controller.importing


def test_cancel_ends_the_import_with_a_cancelled_report(
    qtbot: QtBot, controller: Controller, fake: FakeLibrary
) -> None:
    fake.hold = True
    with qtbot.waitSignal(controller.import_finished, timeout=10_000) as finished:
        controller.import_paths([Path("a.txt")])
        assert fake.started.wait(5)
        controller.cancel_import()
    assert finished.args[0].cancelled
    assert "(cancelled)" in finished.args[0].summary()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (DatabaseProblem("The library is locked by another program."), "locked by another"),
        (KeyError("oops"), "This is a bug"),
    ],
)
def test_a_failed_import_is_shown_not_raised(
    qtbot: QtBot, controller: Controller, fake: FakeLibrary, error: Exception, expected: str
) -> None:
    fake.fail_with = error
    with qtbot.waitSignal(controller.error_reported, timeout=10_000) as reported:
        controller.import_paths([Path("a.txt")])
    title, message = reported.args
    assert title == "Import failed"
    assert expected in message
    qtbot.waitUntil(lambda: not controller.importing)


def test_paste_goes_through_the_worker(qtbot: QtBot, controller: Controller) -> None:
    with qtbot.waitSignal(controller.import_finished, timeout=10_000) as finished:
        controller.import_text("Pasted headline\n\nBody.", DocumentKind.SOURCE)
    assert finished.args[0].article_ids == [42]


def test_errors_of_quick_actions_become_messages(qtbot: QtBot, controller: Controller) -> None:
    with qtbot.waitSignal(controller.error_reported) as reported:
        assert controller.summaries() == []
    assert "locked" in reported.args[1]
    with qtbot.waitSignal(controller.error_reported) as reported:
        assert controller.update_metadata(1, MetadataEdit(title="x")) is None
    assert "read-only" in reported.args[1]
    with qtbot.assertNotEmitted(controller.error_reported):
        assert controller.article(5) is None  # gone: not an error worth a dialog
    with qtbot.waitSignal(controller.library_changed):
        assert controller.delete_articles([1])


def test_search_asks_the_library_for_every_word(
    db_url: str, samples: list[Path], sync_runner: TaskRunner
) -> None:
    with Library.open(db_url) as library:
        library.import_paths(samples)
        controller = Controller(library, sync_runner)
        kerry = library.search("kerry")
        assert kerry  # the samples have Kerry stories
        assert controller.search("KERRY") == kerry
        both = controller.search("kerry regime")
        assert both == kerry & library.search("regime")
        assert controller.search("kerry zzzqqq") == set()
        assert controller.search("   ") is None
