"""``desk export`` and ``desk annotations import`` as separate processes, files read back."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

RunDesk = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def library(run_desk: RunDesk, db_url: str, samples: list[Path]) -> str:
    """The samples imported, two quotes checked through the command line."""
    assert run_desk("import", *map(str, samples), db=db_url).returncode == 0
    listed = run_desk("quotes", "--json", db=db_url)
    quotes = [json.loads(line) for line in listed.stdout.splitlines()]
    first, second = quotes[0], quotes[-1]
    for quote, status in ((first, "verified"), (second, "misquoted")):
        done = run_desk("check", str(quote["id"]), "--status", status, "--by", "Ana", db=db_url)
        assert done.returncode == 0, done.stderr
    return db_url


def test_export_csv_of_verified_quotes(run_desk: RunDesk, library: str, tmp_path: Path) -> None:
    out = tmp_path / "verified.csv"
    done = run_desk("export", "--out", str(out), "--status", "verified", db=library)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {out}: 1 quote (csv)"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["status"] for r in rows] == ["verified"]
    assert rows[0]["checked_by"] == "Ana"


def test_export_pdf_has_the_quotes_and_page_numbers(
    run_desk: RunDesk, library: str, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = run_desk("export", "--out", str(out), "--title", "Desk sheet", db=library, env=env)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    # NFKC: the PDF keeps typographic ligatures ("ﬁ"), which extraction returns as one letter
    text = unicodedata.normalize("NFKC", " ".join(" ".join(pages).split()))
    assert "Desk sheet" in text
    assert "Verified" in text
    assert "Misquoted" in text
    assert f"Page 1 of {len(pages)}" in text
    assert f"Page {len(pages)} of {len(pages)}" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Desk sheet"


def test_claimreview_takes_the_organisation_option_and_setting(
    run_desk: RunDesk, library: str, tmp_path: Path
) -> None:
    out = tmp_path / "reviews.claimreview.jsonld"
    refused = run_desk("export", "--out", str(out), db=library)
    assert refused.returncode == 1
    assert "--organisation" in refused.stderr
    assert not out.exists()
    saved = run_desk(
        "export",
        "--out",
        str(out),
        "--organisation",
        "Desk Checks",
        "--save-organisation",
        db=library,
    )
    assert saved.returncode == 0, saved.stderr
    again = run_desk("export", "--format", "claimreview", "--out", "-", db=library)
    graph = json.loads(again.stdout)["@graph"]
    assert {r["reviewRating"]["alternateName"] for r in graph} == {"Verified", "Misquoted"}
    assert {r["author"]["name"] for r in graph} == {"Desk Checks"}


def test_export_refuses_what_it_cannot_do(run_desk: RunDesk, library: str, tmp_path: Path) -> None:
    unknown = run_desk("export", "--out", str(tmp_path / "sheet.odt"), db=library)
    assert unknown.returncode == 2
    assert "give --format" in unknown.stderr
    binary = run_desk("export", "--format", "xlsx", "--out", "-", db=library)
    assert binary.returncode == 2
    assert "binary" in binary.stderr
    nowhere = run_desk("export", "--out", str(tmp_path / "no" / "x.csv"), db=library)
    assert nowhere.returncode == 2
    assert "no folder" in nowhere.stderr
    article = run_desk("export", "--out", str(tmp_path / "x.csv"), "--article", "999", db=library)
    assert article.returncode == 2
    assert "no article with id 999" in article.stderr


def test_annotations_round_trip_through_the_command_line(
    run_desk: RunDesk, library: str, tmp_path: Path
) -> None:
    out = tmp_path / "quotes.annotations.jsonld"
    assert (
        run_desk(
            "export", "--out", str(out), "--status", "verified", "misquoted", db=library
        ).returncode
        == 0
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    data["first"]["items"][0]["desk:status"] = "disputed"
    data["first"]["items"].append(
        {
            "type": "Annotation",
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "words nobody said"}},
        }
    )
    out.write_text(json.dumps(data), encoding="utf-8")
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    imported = run_desk("annotations", "import", str(out), "--by", "Bo", "--json", db=library)
    assert imported.returncode == 1  # one annotation could not be anchored
    report = json.loads(imported.stdout)
    assert sorted(a["action"] for a in report["anchored"]) == ["unchanged", "updated"]
    assert report["not_anchored"][0]["exact"] == "words nobody said"
    statuses = {
        json.loads(line)["status"]
        for line in run_desk(
            "quotes", "--json", "--status", "disputed", db=library
        ).stdout.splitlines()
    }
    assert statuses == {"disputed"}
    empty = run_desk("annotations", "import", str(out), db=other)
    assert empty.returncode == 1
    assert "0 anchored, 3 not anchored" in empty.stdout


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv"])
def test_slow_formats_show_progress_on_the_terminal(
    library: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """In process: a subprocess's stderr is no terminal, so its progress would be silent."""
    from desk.cli import export
    from desk.core.export import ExportFormat, build_sheet
    from desk.core.library import Library

    reports: list[tuple[int, int, str]] = []

    def report(done: int, total: int, text: str) -> None:
        reports.append((done, total, text))

    monkeypatch.setattr(export, "terminal_progress", lambda: report)
    with Library.open(library) as opened:
        sheet = build_sheet(opened)
    out = tmp_path / f"sheet.{fmt}"

    export._write(sheet, ExportFormat(fmt), out)

    total = len(sheet.entries)
    assert total > 0
    if fmt == "csv":
        assert reports == []  # fast: no progress line
    else:
        assert [done for done, _, _ in reports] == list(range(total + 1))
        assert reports[-1] == (total, total, f"Writing {out.name}…")
    assert out.stat().st_size > 0
