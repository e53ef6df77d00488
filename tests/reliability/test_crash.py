"""SIGKILL in the middle of a large import and of a burst of edits, then reopen and check.

The child (``workload.py``) prints a line after each committed transaction. Whatever it
reported must be there after the kill; whatever was in flight must be there whole or not at
all; SQLite's integrity check and the cross-table checks of ``check_library`` must pass.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable

import desk_workload as workload
import pytest

from desk.core.entities import ImportStatus
from desk.core.library import Library

pytestmark = pytest.mark.slow


def _run_until(args: list[str], enough: Callable[[list[str]], bool]) -> list[str]:
    """Start the child, read its lines until ``enough``, then SIGKILL it mid-way."""
    child = subprocess.Popen(
        [sys.executable, workload.__file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line)
            if enough(lines):
                break
        else:
            pytest.fail(
                f"the child ended before it was killed: {child.stderr and child.stderr.read()}"
            )
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(30)
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return lines


def test_killed_import_leaves_only_whole_articles(library_url: str) -> None:
    lines = _run_until(["import", library_url, "5000"], lambda seen: len(seen) >= 250)

    stored = workload.reported(lines, "stored")
    assert len(stored) == 250
    check = workload.check_library(library_url, every_article_has_quotes=True)
    assert check.problems == []
    # The article being stored when the kill came is there whole, or not at all.
    assert check.articles in (250, 251)
    with Library.open(library_url) as library:
        hashes = {a.id: library.article(a.id).content_hash for a in library.articles()}
        for article_id, digest in stored:
            assert hashes[int(article_id)] == digest
        # And the import can simply be run again: what is there is a duplicate, nothing breaks.
        again = library.import_text(workload.article_text(0), label="again")
        assert again.status is ImportStatus.DUPLICATE


def test_killed_edit_burst_keeps_every_committed_edit(library_url: str) -> None:
    with Library.open(library_url) as library:
        for number in range(30):
            library.import_text(workload.article_text(number, seed=1), label=f"wire-{number}")
        quotes_before = len(library.quotes())
    assert quotes_before > 60

    lines = _run_until(["edit", library_url, "100"], lambda seen: len(seen) >= 400)

    edits = workload.reported(lines, "edited")
    assert len(edits) == 400
    check = workload.check_library(library_url, every_article_has_quotes=True)
    assert check.problems == []
    with Library.open(library_url) as library:
        now = {q.id: q for q in library.quotes()}
        assert len(now) == quotes_before
        last: dict[int, tuple[int, str]] = {}
        for quote_id, version, note in edits:
            last[int(quote_id)] = (int(version), note)
        for quote_id, (version, note) in last.items():
            quote = now[quote_id]
            # The edit in flight at the kill may have committed too: one version more.
            assert quote.version in (version, version + 1)
            if quote.version == version:
                assert quote.note == note
        reported_notes = {(int(q), n) for q, _, n in edits}
        recorded = {
            (quote_id, change.new)
            for quote_id in last
            for change in library.history(quote_id)
            if change.field == "note"
        }
        assert reported_notes <= recorded
