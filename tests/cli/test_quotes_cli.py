"""``desk quotes``, ``mark``, ``history`` and ``people``, run as separate processes."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

RunDesk = Callable[..., subprocess.CompletedProcess[str]]

SAMPLES = Path(__file__).resolve().parents[2] / "library"
KERRY = SAMPLES / "yonhap-2013-10-04-kerry-not-seeking-regime-change.txt"


def test_quotes_on_files_prints_one_json_object_per_file(run_desk: RunDesk, tmp_path: Path) -> None:
    result = run_desk("quotes", str(SAMPLES), "--json")

    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        assert set(record) >= {"path", "title", "outlet", "published", "text", "quotes"}
        for quote in record["quotes"]:
            assert record["text"][quote["start"] : quote["end"]] == quote["text"]
            assert set(quote) >= {"speaker", "role", "partial", "confidence"}
    assert sum(len(r["quotes"]) for r in records) >= 10
    assert not (tmp_path / "default-library.sqlite3").exists(), "no library is touched"


def test_quotes_reports_bad_files_and_goes_on(run_desk: RunDesk, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run_desk("quotes", str(tmp_path / "empty.txt"), str(KERRY), "--json")

    assert result.returncode == 0
    assert "empty.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_quotes_on_nothing_readable_fails(run_desk: RunDesk, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run_desk("quotes", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr


def test_import_stores_suggestions_then_mark_and_history(run_desk: RunDesk, db_url: str) -> None:
    assert run_desk("import", str(KERRY), db=db_url).returncode == 0
    stored = [
        json.loads(line) for line in run_desk("quotes", "--json", db=db_url).stdout.splitlines()
    ]
    assert stored
    assert {q["review"] for q in stored} == {"suggested"}
    article = stored[0]["article"]

    marked = run_desk("mark", str(article), "0", "20", "--by", "ana", "--json", db=db_url)
    assert marked.returncode == 0, marked.stderr
    quote = json.loads(marked.stdout)
    assert quote["review"] == "accepted"

    history = run_desk("history", str(quote["id"]), "--json", db=db_url)
    assert [h["action"] for h in json.loads(history.stdout)] == ["created"]

    wrong = run_desk("mark", str(article), "30", "10", db=db_url)
    assert wrong.returncode == 1
    assert "not 30–10" in wrong.stderr


def test_people_rename_and_merge(run_desk: RunDesk, db_url: str) -> None:
    assert run_desk("import", str(SAMPLES), db=db_url).returncode == 0
    marked = run_desk("mark", "1", "0", "20", "--speaker", "Jon Smith", "--json", db=db_url)
    other = run_desk("mark", "1", "30", "40", "--speaker", "J. Smith", "--json", db=db_url)
    first, second = json.loads(marked.stdout), json.loads(other.stdout)

    renamed = run_desk("people", "rename", str(first["speaker_id"]), "John Smith", db=db_url)
    assert renamed.returncode == 0, renamed.stderr
    merged = run_desk(
        "people", "merge", str(first["speaker_id"]), str(second["speaker_id"]), db=db_url
    )
    assert merged.returncode == 0, merged.stderr
    people = json.loads(run_desk("people", "--json", db=db_url).stdout)
    smith = next(p for p in people if p["name"] == "John Smith")
    assert {"Jon Smith", "J. Smith"} <= set(smith["aliases"])
    assert not any(p["name"] == "J. Smith" for p in people)

    bad = run_desk("people", "merge", "x", db=db_url)
    assert bad.returncode == 2
