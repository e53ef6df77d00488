"""Fixtures for widget and model tests: offscreen Qt, private settings, no stray threads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

# Before Qt is imported anywhere: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from desk.core.library import Library
from desk.ui.controller import Controller
from desk.ui.state import WindowState
from desk.ui.tasks import TaskRunner


@pytest.fixture
def window_state(tmp_path: Path) -> WindowState:
    return WindowState(tmp_path / "state.ini")


@pytest.fixture
def task_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """A real-thread runner whose worker must be idle, every outcome delivered, at the end."""
    runner = TaskRunner()
    yield runner
    assert runner.wait(10_000), "a task was still running when the test ended"
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)


@pytest.fixture
def sync_runner(qapp: object) -> TaskRunner:
    """Runs each task to its end inside ``start``, in the test's thread."""
    return TaskRunner(synchronous=True)


PATIENT_DIPLOMACY = (
    Path(__file__).resolve().parents[2] / "library" / "yonhap-us-to-continue-patient-diplomacy.txt"
)


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    """A real SQLite library holding one sample article and its suggested quotes."""
    with Library.open(db_url) as library:
        library.import_paths([PATIENT_DIPLOMACY])
        yield library


@pytest.fixture
def controller(library: Library, sync_runner: TaskRunner) -> Controller:
    """A controller on that library whose edits are made by the checker "ana"."""
    controller = Controller(library, sync_runner)
    controller.set_checker("ana")
    return controller


SAMPLES = Path(__file__).resolve().parents[2] / "library"
MATCHING_DATA = Path(__file__).resolve().parents[1] / "data" / "matching"
#: An invented article (see its header) reporting two quotes of the Yonhap Kerry sample: one
#: with "treaty" for "agreement", one under another speaker (Fumio Kishida).
HARBOUR_LEDGER = MATCHING_DATA / "harbour-ledger-kerry-tokyo.html"
#: An invented transcript that has the Kerry quote verbatim.
TRANSCRIPT = MATCHING_DATA / "state-department-transcript-tokyo.txt"
KERRY_TITLE = "Kerry: U.S. not seeking regime change in N. Korea"
HARBOUR_TITLE = "Kerry offers Pyongyang a non-aggression pact, with conditions"


@pytest.fixture
def unmatched_library(db_url: str) -> Iterator[Library]:
    """The five samples, the invented Harbour Ledger article and the invented transcript (a
    source document), imported but not matched yet."""
    from desk.core.entities import DocumentKind

    with Library.open(db_url) as library:
        library.import_paths([SAMPLES, HARBOUR_LEDGER])
        library.import_paths([TRANSCRIPT], kind=DocumentKind.SOURCE)
        yield library
