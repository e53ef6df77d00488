"""Expanding dropped files and folders into the files to import, with reasons for the rest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.core.errors import InputRefused
from desk.core.importing import discover


def _touch(path: Path, text: str = "Some article text.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _split(found: list[Path | InputRefused]) -> tuple[list[Path], dict[str, str]]:
    files = [item for item in found if isinstance(item, Path)]
    refused = {item.source: item.reason for item in found if isinstance(item, InputRefused)}
    return files, refused


def test_folder_is_expanded_recursively_in_name_order(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    b = _touch(root / "b.txt")
    a = _touch(root / "A.md")
    nested = _touch(root / "sub" / "deeper" / "c.HTML")
    page = _touch(root / "sub" / "page.htm")
    after = _touch(root / "z.xhtml")

    files, refused = _split(list(discover([root])))

    assert files == [a, b, nested, page, after]
    assert refused == {}


def test_hidden_files_and_folders_and_junk_are_skipped_silently(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    keep = _touch(root / "story.txt")
    _touch(root / ".hidden.txt")
    _touch(root / ".git" / "notes.txt")
    _touch(root / ".DS_Store")
    _touch(root / "Thumbs.db")
    _touch(root / "desktop.ini")
    _touch(root / "story.txt~")

    assert list(discover([root])) == [keep]


def test_unsupported_files_in_a_folder_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    story = _touch(root / "story.txt")
    pdf = _touch(root / "report.pdf")

    files, refused = _split(list(discover([root])))

    assert files == [story]
    assert refused == {str(pdf): "not a text or HTML file (.pdf)"}


def test_explicit_files_missing_paths_and_unsupported_files(tmp_path: Path) -> None:
    story = _touch(tmp_path / "story.txt")
    photo = _touch(tmp_path / "photo.jpg")
    missing = tmp_path / "nowhere.txt"

    found = list(discover([story, photo, missing]))

    assert found[0] == story
    assert isinstance(found[1], InputRefused)
    assert (found[1].source, found[1].reason) == (str(photo), "not a text or HTML file (.jpg)")
    assert isinstance(found[2], InputRefused)
    assert (found[2].source, found[2].reason) == (str(missing), "no such file or folder")


@pytest.mark.parametrize("contents", [[], ["image.png"]])
def test_folder_without_articles_is_reported(tmp_path: Path, contents: list[str]) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    for name in contents:
        _touch(root / name)

    _, refused = _split(list(discover([root])))

    assert refused[str(root)] == "folder contains no text or HTML files"


def test_symlink_loop_terminates_and_each_file_comes_once(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    story = _touch(root / "story.txt")
    os.symlink(root, root / "loop")  # articles/loop -> articles
    os.symlink(tmp_path, root / "up")  # articles/up -> parent of articles
    os.symlink(root / "self", root / "self")  # a link to itself

    found = list(discover([root]))

    assert found == [story]


def test_same_file_reached_twice_is_yielded_once(tmp_path: Path) -> None:
    story = _touch(tmp_path / "articles" / "story.txt")
    os.symlink(story, tmp_path / "articles" / "alias.txt")

    found = list(discover([story, tmp_path / "articles", story]))

    assert found == [story]


def test_given_paths_keep_their_order(tmp_path: Path) -> None:
    second = _touch(tmp_path / "b" / "x.txt")
    first = _touch(tmp_path / "a" / "y.txt")

    assert list(discover([tmp_path / "b", tmp_path / "a"])) == [second, first]


def test_broken_link_and_special_files_are_named(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "missing-target.txt", link)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    found = list(discover([link, fifo]))

    reasons = [item.reason for item in found if isinstance(item, InputRefused)]
    assert reasons == ["broken link (its target is missing)", "not a regular file"]
