"""Decoding: BOMs, BOM-less UTF-16, cp1252 exports, cut-off UTF-8 and binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desk.core.errors import InputRefused
from desk.core.importing.reading import decode_bytes, human_size, read_text_file

TEXT = "“Not even close,” Kerry said — café\nsecond line"


def test_utf8_without_bom() -> None:
    assert decode_bytes(TEXT.encode("utf-8"), "a.txt") == (TEXT, "utf-8")


def test_utf8_bom_is_removed() -> None:
    text, encoding = decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt")
    assert (text, encoding) == (TEXT, "utf-8-sig")
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom: bytes, codec: str, expected: str) -> None:
    assert decode_bytes(bom + TEXT.encode(codec), "a.txt") == (TEXT, expected)


def test_utf16_le_without_bom_is_recognised() -> None:
    data = "Kerry said the talks were “not even close.”\r\nNext line.".encode("utf-16-le")
    text, encoding = decode_bytes(data, "a.txt")
    assert encoding == "utf-16-le"
    assert text == "Kerry said the talks were “not even close.”\nNext line."


def test_utf16_be_without_bom_is_recognised() -> None:
    data = "Plain ASCII words in big-endian order.".encode("utf-16-be")
    assert decode_bytes(data, "a.txt") == ("Plain ASCII words in big-endian order.", "utf-16-be")


def test_cp1252_smart_quotes() -> None:
    data = b"He said \x93smart quotes\x94 and it\x92s \x96 fine."
    assert decode_bytes(data, "a.txt") == ("He said “smart quotes” and it’s – fine.", "cp1252")


def test_byte_undefined_in_cp1252_falls_back_to_latin1() -> None:
    text, encoding = decode_bytes(b"caf\xe9 \x81", "a.txt")
    assert encoding == "latin-1"
    assert text == "café \x81"


def test_truncated_utf8_keeps_utf8_and_marks_the_cut() -> None:
    data = "Café — “quoted”".encode()[:-2]  # cut inside the closing quote mark
    text, encoding = decode_bytes(data, "a.txt")
    assert encoding == "utf-8"
    assert text == "Café — “quoted\ufffd"


def test_lone_high_byte_at_end_of_ascii_is_cp1252() -> None:
    assert decode_bytes(b"Meet me at the caf\xe9", "a.txt") == ("Meet me at the café", "cp1252")


def test_invalid_utf8_in_the_middle_is_cp1252_not_replaced() -> None:
    text, encoding = decode_bytes(b"\x93Quoted\x94 words then more text", "a.txt")
    assert encoding == "cp1252"
    assert "\ufffd" not in text


def test_newlines_are_normalised() -> None:
    text, _ = decode_bytes(b"one\r\ntwo\rthree\nfour", "a.txt")
    assert text == "one\ntwo\nthree\nfour"


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputRefused) as refused:
        decode_bytes(b"some text\x00\x01\x02 more", "data.txt")
    assert refused.value.reason == "looks like a binary file, not text"
    assert refused.value.source == "data.txt"


def test_many_control_characters_mean_binary() -> None:
    with pytest.raises(InputRefused, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 10 + b"abc", "x.txt")


def test_a_few_control_characters_are_tolerated() -> None:
    text, _ = decode_bytes(b"Text with a form feed\x0c and a tab\t and \x1b once.", "x.txt")
    assert "form feed" in text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image, not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF file, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "looks like a ZIP archive (DOCX?), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image, not text"),
        (b"GIF89a\x01\x00\x01\x00", "looks like a GIF image, not text"),
    ],
)
def test_magic_numbers_are_named(data: bytes, what: str) -> None:
    with pytest.raises(InputRefused) as refused:
        decode_bytes(data, "photo.txt")
    assert refused.value.reason == what


def test_empty_bytes_are_refused() -> None:
    with pytest.raises(InputRefused, match="empty file"):
        decode_bytes(b"", "empty.txt")


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Hello “world”\r\n".encode("utf-16-le"))
    assert read_text_file(path, 1000) == ("Hello “world”\n", "utf-16-le")


@pytest.mark.parametrize(
    ("size", "shown"),
    [(100, "100 bytes"), (2048, "2.0 KB"), (16 * 1024 * 1024, "16 MB"), (54_945_383, "52.4 MB")],
)
def test_human_size(size: int, shown: str) -> None:
    assert human_size(size) == shown
