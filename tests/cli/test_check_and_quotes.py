"""``desk check`` and ``desk quotes`` on a stored library, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

RunDesk = Callable[..., subprocess.CompletedProcess[str]]


def _quotes(run_desk: RunDesk, db: str, *args: str) -> list[dict[str, Any]]:
    listed = run_desk("quotes", "--json", *args, db=db)
    assert listed.returncode == 0, listed.stderr
    return [json.loads(line) for line in listed.stdout.splitlines()]


@pytest.fixture
def library(run_desk: RunDesk, db_url: str, samples: list[Path]) -> str:
    imported = run_desk("import", *map(str, samples), db=db_url)
    assert imported.returncode == 0, imported.stderr
    return db_url


def test_quotes_lists_stored_quotes_with_ids_status_speaker_and_offsets(
    run_desk: RunDesk, library: str
) -> None:
    quotes = _quotes(run_desk, library)
    assert quotes, "the detector suggests quotes in the samples"
    first = quotes[0]
    assert {"id", "status", "speaker", "article", "start", "end", "text", "title", "outlet"} <= set(
        first
    )
    assert all(q["status"] == "unchecked" and q["review"] == "suggested" for q in quotes)
    shown = run_desk("show", str(first["article"]), "--json", db=library)
    text = json.loads(shown.stdout)["text"]
    assert text[first["start"] : first["end"]] == first["text"]
    articles = {q["article"] for q in quotes}
    one = min(articles)
    assert {q["article"] for q in _quotes(run_desk, library, "--article", str(one))} == {one}


def test_check_sets_status_note_source_and_checker(run_desk: RunDesk, library: str) -> None:
    quote = _quotes(run_desk, library)[0]
    checked = run_desk(
        "check",
        str(quote["id"]),
        "--status",
        "verified",
        "--note",
        "Matches the transcript.",
        "--source",
        "https://state.example/t",
        "--by",
        "Ana",
        db=library,
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == f"quote {quote['id']}: verified, suggested (checked by Ana)"
    again = next(q for q in _quotes(run_desk, library) if q["id"] == quote["id"])
    assert again["status"] == "verified"
    assert again["note"] == "Matches the transcript."
    assert again["evidence_url"] == "https://state.example/t"
    assert again["checked_by"] == "Ana"
    assert again["checked_at"]
    verified = _quotes(run_desk, library, "--status", "verified")
    assert [q["id"] for q in verified] == [quote["id"]]
    history = json.loads(run_desk("history", str(quote["id"]), "--json", db=library).stdout)
    assert {"field": "status", "old": "unchecked", "new": "verified", "by": "Ana"}.items() <= (
        next(h for h in history if h["field"] == "status").items()
    )


def test_check_refuses_bad_input_in_one_line(run_desk: RunDesk, library: str) -> None:
    nothing = run_desk("check", "1", db=library)
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("desk: nothing to change")
    missing = run_desk("check", "999999", "--status", "verified", db=library)
    assert missing.returncode == 1
    assert "no quote with id 999999" in missing.stderr
    assert "Traceback" not in missing.stderr
    wrong = run_desk("check", "1", "--status", "true", db=library)
    assert wrong.returncode == 2
    assert "invalid choice" in wrong.stderr
