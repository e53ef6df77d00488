"""The corpus of bad inputs through ``desk import``: a clear message for each, the rest of the
batch imported, and nothing already stored touched. On SQLite and on PostgreSQL.

Memory figures for the same corpus are printed by ``bench/soak.py --hostile``; tests assert
only outcomes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import desk_workload as workload
import pytest
from desk_hostile import build

from desk.core.entities import QuoteEdit, QuoteStatus
from desk.core.library import Library, printable

pytestmark = pytest.mark.slow


def _snapshot(library: Library) -> dict[tuple[str, int], tuple[object, ...]]:
    """Everything about the stored articles and quotes that an import must never change."""
    found: dict[tuple[str, int], tuple[object, ...]] = {}
    for summary in library.articles():
        a = library.article(summary.id)
        found["article", a.id] = (a.title, a.outlet, a.byline, a.published, a.text, a.raw_text)
    for q in library.quotes():
        found["quote", q.id] = (q.text, q.status, q.note, q.version, q.updated_by)
    return found


def test_desk_import_survives_the_hostile_corpus(library_url: str, tmp_path: Path) -> None:
    cases = build(tmp_path / "corpus")
    with Library.open(library_url) as library:
        library.import_text(workload.article_text(1), label="already there")
        quote = library.quotes()[0]
        library.edit_quote(
            quote.id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="Alice"
        )
        before = _snapshot(library)
    missing = tmp_path / "no-such-file.txt"
    empty_folder = tmp_path / "corpus" / "empty-folder"

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desk",
            "import",
            str(tmp_path / "corpus"),
            str(missing),
            str(empty_folder),
            "--json",
            "--db",
            library_url,
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr
    outcomes = json.loads(result.stdout)
    by_source = {o["source"]: o for o in outcomes}
    assert all(o["status"] in ("imported", "duplicate", "skipped") for o in outcomes)
    for outcome in outcomes:
        if outcome["status"] == "skipped":
            assert outcome["reason"], outcome
            assert "\n" not in outcome["source"]
    for case in cases:
        source = printable(str(case.path))
        assert source in by_source, (source, sorted(by_source))
        got = by_source[source]
        if case.imported:
            assert got["status"] in ("imported", "duplicate"), got
        else:
            assert got["status"] == "skipped", got
            assert all(word in got["reason"] for word in case.reason_words), got
    assert by_source[str(missing)]["status"] == "skipped"
    assert not any(Path(o["source"]).parent.name == "again" for o in outcomes), "followed a loop"

    with Library.open(library_url) as library:
        after = _snapshot(library)
        assert {key: after[key] for key in before} == before
        assert library.count() == 1 + sum(o["status"] == "imported" for o in outcomes)
        texts = {library.article(s.id).text for s in library.articles()}
        assert not any("pwned" in t or "fetch(" in t or "<script" in t for t in texts)
        odd = [s for s in library.articles() if s.path and "\\xe9" in s.path]
        assert len(odd) == 1
    assert workload.check_library(library_url).problems == []

    # The same batch again, as a person reads it: one line per input, nothing new stored.
    again = subprocess.run(
        [sys.executable, "-m", "desk", "import", str(tmp_path / "corpus"), "--db", library_url],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stderr.decode(errors="replace")
    printed = again.stdout.decode()
    assert (
        printed.count("\n  skipped") + printed.startswith("  skipped")
        == len([o for o in outcomes if o["status"] == "skipped" and o["source"] != str(missing)])
        - 1
    )  # the empty folder given on its own is not part of this batch
    assert "0 imported" in printed.splitlines()[-1]


def test_pasted_text_with_nul_characters_and_a_huge_byline_is_stored(library: Library) -> None:
    """PostgreSQL refuses NUL in text and over-long strings; both backends store the same."""
    byline = "By " + " ".join(["Someone"] * 150)
    pasted = (
        f"Talks go on\n\n{byline}\n\nSEOUL (Wire) -- Officials met\x00 again. “We will keep "
        "talking,” said Kim Sung-han, the vice foreign minister.\n"
    )

    outcome = library.import_text(pasted)

    assert outcome.article_id is not None, outcome
    article = library.article(outcome.article_id)
    assert "\x00" not in article.text
    assert "Officials met again" in article.text
    assert article.byline is not None
    assert len(article.byline) <= 500
    assert article.byline.startswith("Someone Someone")
