"""Turning the bytes of a file into text, or refusing them with a reason a person understands.

The encoding is decided by a fixed sequence of checks rather than a statistical charset guesser:
news articles are short, and on a few kilobytes of mostly-ASCII English a guesser picks exotic
code pages as often as the right one, differently from one version to the next. The files that
reach a newsroom are UTF-8 (with or without BOM), UTF-16 from Windows tools, or cp1252 exported
by Windows software; a deterministic order gets those right every time and is easy to explain.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from desk.core.errors import InputRefused

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (DOCX?)"),
    (b"PK\x05\x06", "a ZIP archive (DOCX?)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Office document (.doc)"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
)

_SAMPLE = 8192
# Bytes that plain text does not contain: C0 controls other than \t \n \f \r, and DEL.
_TEXT_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _TEXT_CONTROLS)
BINARY_REASON = "looks like a binary file, not text"


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order of BOM-less ``data``, judged by where its NUL bytes sit.

    ASCII-range text in UTF-16 has a NUL in every other byte; real text in single-byte encodings
    has none, so a strong one-sided pattern is a safe signal.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.4 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.4 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputRefused(source, f"looks like {what}, not text")
    if b"\x00" in data:
        raise InputRefused(source, BINARY_REASON)
    sample = data[:_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROLS))
    if controls > 0.1 * len(sample):
        raise InputRefused(source, BINARY_REASON)


def _truncated_utf8_tail(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether strict UTF-8 failed only because the last character was cut off.

    A lone high byte at the very end of otherwise plain ASCII is as likely a cp1252 letter
    ("café" with no final newline) as a cut character, so it only counts as UTF-8 when the
    text before it already proved to be UTF-8.
    """
    tail = data[error.start :]
    if not 1 <= len(tail) <= 3:
        return False
    lead = tail[0]
    needed = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if lead <= 0xF4 else 0
    if lead < 0xC2 or needed == 0 or len(tail) >= needed:
        return False
    if any(not 0x80 <= b <= 0xBF for b in tail[1:]):
        return False
    return len(tail) >= 2 or not data[: error.start].isascii()


def decode_bytes(
    data: bytes, source: str, *, declared_encoding: str | None = None
) -> tuple[str, str]:
    """Decode ``data`` to text with \\n newlines; returns (text, encoding used).

    ``declared_encoding`` (an HTML page's own charset) is tried after UTF-8 and before cp1252:
    a page saying it is EUC-KR is believed once it has proved not to be UTF-8.
    """
    if not data:
        raise InputRefused(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :] if encoding != "utf-8-sig" else data
            return _normalise_newlines(body.decode(encoding, errors="replace")), encoding
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputRefused(source, f"looks like {what}, not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if not any(c in text[:_SAMPLE] for c in "\x00\x01\x02\x03\x04\x05\x06\x07\x08"):
                return _normalise_newlines(text), utf16
    _refuse_binary(data, source)
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        if _truncated_utf8_tail(data, error):
            return _normalise_newlines(data.decode("utf-8", errors="replace")), "utf-8"
    if declared_encoding:
        try:
            return _normalise_newlines(data.decode(declared_encoding)), declared_encoding
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _normalise_newlines(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        # One of the five bytes cp1252 leaves undefined: not cp1252 after all; latin-1 never fails.
        return _normalise_newlines(data.decode("latin-1")), "latin-1"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    mb = size / (1024 * 1024)
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"


def stat_input(path: Path) -> os.stat_result:
    """The file's status, refused when it is missing, unreadable, a folder or not a file."""
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputRefused(source, "no such file") from None
    except PermissionError:
        raise InputRefused(source, "cannot be read (permission denied)") from None
    except OSError as error:
        raise InputRefused(source, f"cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputRefused(source, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputRefused(source, "not a regular file")
    return info


def _check_size(source: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise InputRefused(source, "empty file")
    if size > max_bytes:
        limit, actual = human_size(max_bytes), human_size(size)
        raise InputRefused(source, f"larger than the {limit} limit ({actual})")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused if it is a folder, missing, unreadable, empty or too large.

    The size is checked with ``stat`` first, so a huge file is refused without being read.
    """
    source = str(path)
    _check_size(source, stat_input(path).st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            # One byte past the limit catches a file that grew after it was measured.
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputRefused(source, "cannot be read (permission denied)") from None
    except OSError as error:
        raise InputRefused(source, f"cannot be read ({error.strerror or error})") from None
    _check_size(source, len(data), max_bytes)
    return data


def read_text_file(path: Path, max_bytes: int) -> tuple[str, str]:
    """The decoded text of a file and the encoding it was read with."""
    return decode_bytes(read_bytes(path, max_bytes), str(path))
