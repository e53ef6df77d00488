"""Fixtures for the reliability tests: the workload module and a library with quotes in it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from desk.core.library import Library

HERE = Path(__file__).parent


def _load(name: str, path: Path) -> ModuleType:
    """Helper modules of this folder, registered under a unique name: the test modules then
    ``import desk_workload`` (pytest runs in importlib mode; tests/ is not a package)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# workload.py is also the script that the child processes run.
workload = _load("desk_workload", HERE / "workload.py")
_load("desk_hostile", HERE / "hostile.py")


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    opened = Library.open(library_url)
    yield opened
    opened.close()


@pytest.fixture
def quote_id(library: Library) -> int:
    """One stored article with detected quotes; the id of its first quote."""
    outcome = library.import_text(workload.article_text(1), label="wire")
    assert outcome.quotes >= 2, outcome
    return library.quotes()[0].id
