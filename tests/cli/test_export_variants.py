"""``desk export`` with the library's cross-outlet matching: another outlet's wording of a
quote, with the changed word marked, in the PDF and the spreadsheet, with no extra option."""

from __future__ import annotations

import csv
import os
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

RunDesk = Callable[..., subprocess.CompletedProcess[str]]

STATEMENT = (
    "We will rebuild the north pier before the {season} storms arrive, and we will pay for it"
)

HARBOUR = f"""Mayor promises to rebuild the north pier

By Jo Reporter

HARBOURTON, March 1, 2024 -- Mayor Lena Ortiz spoke to residents on Monday about the pier.

"{STATEMENT.format(season="winter")}," Ortiz said.

"The budget is balanced for the first time in a decade," she added at the meeting.
"""

COAST = f"""Ortiz: north pier will be rebuilt

By Sam Writer

HARBOURTON, March 2, 2024 -- The mayor addressed the city council about the storm damage.

"{STATEMENT.format(season="autumn")}," Ortiz told reporters.
"""


@pytest.fixture
def pier(run_desk: RunDesk, db_url: str, tmp_path: Path) -> str:
    """Two articles imported as a journalist would, then named after their outlets."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "coast.txt").write_text(COAST, encoding="utf-8")
    done = run_desk("import", str(folder / "harbour.txt"), str(folder / "coast.txt"), db=db_url)
    assert done.returncode == 0, done.stderr
    for article, outlet, day in (
        ("1", "Harbour Times", "2024-03-01"),
        ("2", "Coast Wire", "2024-03-02"),
    ):
        done = run_desk("edit", article, "--outlet", outlet, "--date", day, db=db_url)
        assert done.returncode == 0, done.stderr
    return db_url


def test_csv_lists_the_other_outlets_wording(run_desk: RunDesk, pier: str, tmp_path: Path) -> None:
    out = tmp_path / "sheet.csv"
    done = run_desk("export", "--out", str(out), db=pier)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["quote"]: r for r in csv.DictReader(handle)}
    winter = next(r for q, r in rows.items() if "winter" in q)
    assert winter["outlet"] == "Harbour Times"
    assert winter["variants"].startswith(
        "Coast Wire: We will rebuild the north pier before the autumn"
    )
    assert winter["flags"].startswith("wording-differs: ")
    budget = next(r for q, r in rows.items() if "budget" in q)
    assert budget["variants"] == ""
    assert budget["flags"].startswith("single-source: ")


def test_pdf_shows_the_other_outlets_wording(run_desk: RunDesk, pier: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = run_desk("export", "--out", str(out), db=pier, env=env)
    assert done.returncode == 0, done.stderr
    pages = [page.extract_text() for page in PdfReader(out).pages]
    text = unicodedata.normalize("NFKC", " ".join(" ".join(pages).split()))
    assert "Elsewhere" in text
    assert "Coast Wire, 2 March 2024" in text
    assert "Harbour Times, 1 March 2024" in text
    # The variant is printed with the checked quote's word struck through and the other
    # outlet's word after it; the text layer keeps both words, in that order.
    assert "before the winter autumn storms arrive" in text
    assert "before the autumn winter storms arrive" in text
    assert "No other article in the library reports this quote." in text
