"""The headless command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

RunDesk = Callable[..., subprocess.CompletedProcess[str]]

SAMPLES = Path(__file__).resolve().parents[2] / "library"


def test_import_then_list_as_json(run_desk: RunDesk, db_url: str) -> None:
    imported = run_desk("import", str(SAMPLES), db=db_url)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().endswith("5 imported, 0 already present, 0 skipped")

    listed = run_desk("list", "--json", db=db_url)
    assert listed.returncode == 0, listed.stderr
    articles = json.loads(listed.stdout)
    assert len(articles) == 5
    assert set(articles[0]) >= {
        "id",
        "title",
        "outlet",
        "published",
        "byline",
        "url",
        "path",
        "chars",
    }
    yonhap = next(a for a in articles if a["byline"] == "Lee Chi-dong")
    assert yonhap["published"] == "2013-10-04"
    assert yonhap["outlet"] == "Yonhap"
    assert yonhap["title"] == "Kerry: U.S. not seeking regime change in N. Korea"
    assert yonhap["path"].endswith("yonhap-2013-10-04-kerry-not-seeking-regime-change.txt")
    assert all(isinstance(a["chars"], int) and a["chars"] > 1000 for a in articles)


def test_second_import_reports_already_present(run_desk: RunDesk, db_url: str) -> None:
    run_desk("import", str(SAMPLES), db=db_url)
    again = run_desk("import", str(SAMPLES), db=db_url)
    assert again.returncode == 0
    assert "0 imported, 5 already present, 0 skipped" in again.stdout


def test_skipped_files_are_named_with_reasons(
    run_desk: RunDesk, db_url: str, sample_folder: Path
) -> None:
    (sample_folder / "blank.txt").write_text("")
    result = run_desk("import", str(sample_folder), "--json", db=db_url)
    assert result.returncode == 0
    outcomes = json.loads(result.stdout)
    skipped = [o for o in outcomes if o["status"] == "skipped"]
    assert len(skipped) == 1
    assert skipped[0]["source"].endswith("blank.txt")
    assert skipped[0]["reason"]


def test_import_fails_only_when_nothing_could_be_imported(
    run_desk: RunDesk, db_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = run_desk("import", str(bad), str(tmp_path / "missing.txt"), db=db_url)
    assert result.returncode == 1
    assert "bad.txt" in result.stdout
    assert "missing.txt" in result.stdout
    assert "0 imported, 0 already present, 2 skipped" in result.stdout


def test_import_from_standard_input(run_desk: RunDesk, db_url: str) -> None:
    result = run_desk("import", "-", db=db_url, stdin="Headline here\n\nBody text of the story.")
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_desk("list", "--json", db=db_url).stdout)
    assert [a["title"] for a in listed] == ["Headline here"]


def test_show_and_edit(run_desk: RunDesk, db_url: str) -> None:
    run_desk("import", str(SAMPLES), db=db_url)
    first = json.loads(run_desk("list", "--json", db=db_url).stdout)[0]

    edited = run_desk(
        "edit", str(first["id"]), "--outlet", "Corrected Outlet", "--date", "2001-02-03", db=db_url
    )
    assert edited.returncode == 0, edited.stderr
    shown = json.loads(run_desk("show", str(first["id"]), "--json", db=db_url).stdout)
    assert shown["outlet"] == "Corrected Outlet"
    assert shown["published"] == "2001-02-03"
    assert shown["text"]
    assert shown["raw_text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "999"), "no article with id 999"),
        (("edit", "1", "--date", "yesterday"), "is not a date"),
    ],
)
def test_user_mistakes_are_one_line_without_traceback(
    run_desk: RunDesk, db_url: str, args: tuple[str, ...], message: str
) -> None:
    result = run_desk(*args, db=db_url)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_newer_database_is_refused_in_one_line(run_desk: RunDesk, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    assert run_desk("info", db=str(path)).returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()

    result = run_desk("list", db=str(path))

    assert result.returncode == 1
    assert "newer version of Quote Desk" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["import", "list", "show", "edit", "info", "screenshot"])
def test_every_command_has_help(run_desk: RunDesk, command: str) -> None:
    result = run_desk(command, "--help")
    assert result.returncode == 0
    assert f"desk {command}" in result.stdout


def test_top_level_help_names_the_commands(run_desk: RunDesk) -> None:
    result = run_desk("--help")
    assert result.returncode == 0
    assert "import" in result.stdout
    assert "list" in result.stdout


def test_db_url_from_environment(run_desk: RunDesk, tmp_path: Path) -> None:
    env_db = tmp_path / "from-env.sqlite3"
    result = run_desk("info", env={**os.environ, "DESK_DB": str(env_db)})
    assert result.returncode == 0, result.stderr
    assert str(env_db) in result.stdout
    assert env_db.exists()


def test_window_without_a_display_is_one_clear_line(run_desk: RunDesk, db_url: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_desk(db=db_url, env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
