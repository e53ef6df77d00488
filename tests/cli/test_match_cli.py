"""``desk match``, run as a separate process: on files (no library), with sources, and on
the stored library after ``desk import``.

Every article and transcript here is invented for the test.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desk.core.matching.words import forms

RunDesk = Callable[..., subprocess.CompletedProcess[str]]

SHARED = "We will never abandon the fishing communities of the north coast, whatever the cost"
EDITED = "We will not abandon the fishing communities of the north coast, whatever the cost"


def _article(path: Path, title: str, quotes: list[tuple[str, str]]) -> Path:
    paragraphs = [title, f"PORTSMOUTH, May 3 -- {title} was reported on Tuesday."]
    paragraphs += [f'"{quote}," {speaker} said on Tuesday.' for quote, speaker in quotes]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    return [
        _article(
            folder / "tide.txt",
            "Harbour deal agreed",
            [
                (SHARED, "Alves"),
                ("The treasury has set aside money for new boats and the harbour wall", "Alves"),
            ],
        ),
        _article(
            folder / "post.txt",
            "Minister signs the harbour deal",
            [
                (SHARED, "Clara Alves"),
                ("I have never seen a deal done so quickly here", "Tom Rivers"),
            ],
        ),
        _article(
            folder / "herald.txt",
            "Coast towns react",
            [(EDITED, "Tom Rivers")],
        ),
    ]


def _match_json(run_desk: RunDesk, *args: str) -> dict[str, Any]:
    result = run_desk("match", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1  # one JSON object
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def _shared(report: dict[str, Any]) -> dict[str, Any]:
    (group,) = [g for g in report["groups"] if len(g["quotes"]) > 1]
    return group


def test_match_on_files_prints_groups_with_offsets_into_the_cleaned_text(
    run_desk: RunDesk, files: list[Path], tmp_path: Path
) -> None:
    report = _match_json(run_desk, *map(str, files))

    cleaned = {
        record["path"]: record["text"]
        for record in map(
            json.loads, run_desk("quotes", *map(str, files), "--json").stdout.splitlines()
        )
    }
    assert set(report) == {"groups"}
    assert len(report["groups"]) == 3  # the shared statement and two quotes only one file has
    for group in report["groups"]:
        assert {"id", "quotes", "canonical", "variants", "flags"} <= set(group)
        for quote in group["quotes"]:
            assert {"article", "outlet", "speaker", "text", "start", "end"} <= set(quote)
            assert quote["text"] == cleaned[quote["article"]][quote["start"] : quote["end"]]
        for variant in group["variants"]:
            assert {"quote", "diff"} <= set(variant)
            member = group["quotes"][variant["quote"]]["text"]
            assert "".join(t for op, t in variant["diff"] if op != "delete") == member
        for flag in group["flags"]:
            assert {"kind", "reason", "quotes"} <= set(flag)
            assert "\n" not in flag["reason"]

    group = _shared(report)
    assert len(group["quotes"]) == 3
    assert group["canonical"].rstrip(",") == SHARED
    kinds = {f["kind"]: f for f in group["flags"]}
    assert set(kinds) == {"wording-differs", "speaker-conflict"}
    assert "“not” for “never”" in kinds["wording-differs"]["reason"]
    herald = next(i for i, q in enumerate(group["quotes"]) if q["article"].endswith("herald.txt"))
    assert herald in kinds["wording-differs"]["quotes"]
    assert "Tom Rivers (herald.txt)" in kinds["speaker-conflict"]["reason"]
    singles = [g for g in report["groups"] if len(g["quotes"]) == 1]
    assert all([f["kind"] for f in g["flags"]] == ["single-source"] for g in singles)

    # Nothing was stored: the library named by DESK_DB was never created.
    assert not Path(os.environ["DESK_DB"]).exists()
    assert not (tmp_path / "default-library.sqlite3").exists()


def test_sources_add_alignments(run_desk: RunDesk, files: list[Path], tmp_path: Path) -> None:
    transcript = tmp_path / "transcript.txt"
    spoken = (
        "MINISTER ALVES: Thank you. We will never abandon the fishing communities of the north "
        "coast, whatever the cost. The treasury has set aside money for new boats."
    )
    transcript.write_text(spoken + "\n", encoding="utf-8")

    report = _match_json(run_desk, *map(str, files), "--source", str(transcript))

    (source,) = report["sources"]
    assert source["source"] == str(transcript)
    cleaned = json.loads(run_desk("quotes", str(transcript), "--json").stdout)["text"]
    alignments = source["alignments"]
    bands = set()
    for found in alignments:
        group = next(g for g in report["groups"] if g["id"] == found["group"])
        quote = group["quotes"][found["quote"]]["text"]
        aligned = cleaned[found["start"] : found["end"]]
        # equal parts are spelt as the quote has them: the source side has the same words
        assert forms("".join(t for op, t in found["diff"] if op != "insert")) == forms(aligned)
        assert aligned[0].isalnum()
        assert aligned[-1].isalnum()
        assert "".join(t for op, t in found["diff"] if op != "delete") == quote
        bands.add((quote.rstrip(","), found["band"]))
        if found["band"] == "verbatim":
            assert aligned == SHARED
    assert (SHARED, "verbatim") in bands
    assert (EDITED, "near-verbatim") in bands
    assert not any("quickly" in quote for quote, _ in bands)  # absent: not listed


def test_match_after_import_reports_the_stored_groups(
    run_desk: RunDesk, files: list[Path], db_url: str
) -> None:
    imported = run_desk("import", *map(str, files), db=db_url)
    assert imported.returncode == 0, imported.stderr
    assert "matched   5 new quotes" in imported.stdout

    report = _match_json(run_desk, "--db", db_url)
    group = _shared(report)
    assert len(group["quotes"]) == 3
    assert all(isinstance(q["id"], int) for q in group["quotes"])
    assert {f["kind"] for f in group["flags"]} == {"wording-differs", "speaker-conflict"}

    stored = {
        q["id"]: q
        for q in map(json.loads, run_desk("quotes", "--json", db=db_url).stdout.splitlines())
    }
    for quote in group["quotes"]:
        assert stored[quote["id"]]["start"] == quote["start"]
        assert stored[quote["id"]]["end"] == quote["end"]

    again = _match_json(run_desk, "--db", db_url, "--rematch")
    assert again["groups"] == report["groups"]


def test_the_human_output_marks_the_differences(run_desk: RunDesk, files: list[Path]) -> None:
    result = run_desk("match", *map(str, files))
    assert result.returncode == 0, result.stderr
    assert "[-never-] {+not+}" in result.stdout
    assert "! wording-differs:" in result.stdout
    assert "! speaker-conflict:" in result.stdout
    assert result.stdout.rstrip().endswith(
        "5 quotes: 1 statement reported more than once, 2 reported once."
    )
    everything = run_desk("match", *map(str, files), "--all").stdout
    assert "! single-source:" in everything
    assert "! single-source:" not in result.stdout


def test_bad_input_is_one_line_without_a_traceback(run_desk: RunDesk, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    missing = tmp_path / "missing.txt"

    for path in (binary, missing):
        result = run_desk("match", str(path))
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("desk: ")
        assert path.name in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""

    no_source = run_desk("match", str(binary), "--source", str(missing))
    assert "Traceback" not in no_source.stderr
    assert no_source.returncode != 0


def test_a_missing_source_is_one_line(run_desk: RunDesk, files: list[Path], tmp_path: Path) -> None:
    result = run_desk("match", *map(str, files), "--source", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "nowhere.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_paths_and_db_together_are_refused(
    run_desk: RunDesk, files: list[Path], db_url: str
) -> None:
    result = run_desk("match", str(files[0]), db=db_url)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
