"""parse_file and parse_text: the drafts they build and every way they refuse input."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desk.core.errors import InputRefused
from desk.core.importing import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, parse_file, parse_text

SAMPLES = Path(__file__).resolve().parents[3] / "library"
YONHAP = SAMPLES / "yonhap-2013-10-04-kerry-not-seeking-regime-change.txt"


def _refusal(path: Path, **kwargs: int) -> InputRefused:
    with pytest.raises(InputRefused) as refused:
        parse_file(path, **kwargs)
    assert refused.value.source == str(path)
    assert str(refused.value).startswith(f"{path}: ")
    return refused.value


def test_api_constants() -> None:
    assert DEFAULT_MAX_BYTES == 16 * 1024 * 1024
    assert {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"} == SUPPORTED_SUFFIXES


def test_sample_file_becomes_a_draft() -> None:
    draft = parse_file(YONHAP)

    assert draft.path == str(YONHAP)
    assert draft.source_format == "text"
    assert draft.raw_text == YONHAP.read_text(encoding="utf-8")
    assert draft.text.startswith("WASHINGTON, Oct. 3 (Yonhap) -- Having shifted")
    assert (draft.title, draft.outlet, draft.byline, draft.published) == (
        "Kerry: U.S. not seeking regime change in N. Korea",
        "Yonhap",
        "Lee Chi-dong",
        date(2013, 10, 4),
    )


def test_raw_text_keeps_everything_but_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline Here\n\n  Body  text,  spaced.  \n")
    draft = parse_file(path)
    assert draft.raw_text == "Headline Here\n\n  Body  text,  spaced.  \n"
    assert draft.text == "Body text, spaced."


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text("# Talks stall\n\nNegotiators left without a deal.\n", encoding="utf-8")
    draft = parse_file(path)
    assert (draft.source_format, draft.title, draft.text) == (
        "markdown",
        "Talks stall",
        "Negotiators left without a deal.",
    )


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Talks stall</title></head>"
        "<body><p>Negotiators left Stockholm without a deal on Saturday.</p></body></html>",
        encoding="utf-8",
    )
    draft = parse_file(path)
    assert draft.source_format == "html"
    assert draft.text == "Negotiators left Stockholm without a deal on Saturday."


def test_folder_is_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path).reason == "is a folder, not a file"


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _refusal(fifo).reason == "not a regular file"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.txt").reason == "no such file"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _refusal(path).reason == "empty file"


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Some text.", encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # chmod means nothing to root, who runs CI
    assert _refusal(path).reason == "cannot be read (permission denied)"


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(54_945_383)  # sparse: costs no disk

    def must_not_read(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened before its size was checked")

    monkeypatch.setattr(Path, "open", must_not_read)
    assert _refusal(path).reason == "larger than the 16 MB limit (52.4 MB)"


def test_size_limit_can_be_lowered(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    assert _refusal(path, max_bytes=1000).reason == "larger than the 1000 bytes limit (4.9 KB)"
    assert parse_file(path, max_bytes=5000).text.startswith("word word")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00\x01\x02" * 100)
    assert _refusal(path).reason == "looks like a binary file, not text"


def test_image_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert _refusal(path).reason == "looks like a PNG image, not text"


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("not really a photo", encoding="utf-8")
    assert _refusal(path).reason == "not a text or HTML file (.jpg)"


@pytest.mark.parametrize("text", ["   \n\n\t\n", "Send Feedback\nShare\n\nBack to top\n"])
def test_file_without_article_text_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text(text, encoding="utf-8")
    assert _refusal(path).reason == "no article text found"


def test_parse_text_plain() -> None:
    draft = parse_text("Go to Contents\n\nTalks resume\n\nBy Jane Doe\n\nThe talks resumed.")
    assert (draft.text, draft.title, draft.byline, draft.path, draft.source_format) == (
        "The talks resumed.",
        "Talks resume",
        "Jane Doe",
        None,
        "text",
    )


@pytest.mark.parametrize("text", ["", "  \n\t ", "\ufeff"])
def test_parse_text_refuses_empty_text(text: str) -> None:
    with pytest.raises(InputRefused) as refused:
        parse_text(text, label="clipboard")
    assert refused.value.source == "clipboard"


def test_parse_text_refuses_furniture_only() -> None:
    with pytest.raises(InputRefused, match="no article text found"):
        parse_text("Share\n\nPrint\n\nAdvertisement")
