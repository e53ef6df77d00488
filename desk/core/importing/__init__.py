"""Turning files and pasted text into :class:`~desk.core.entities.ArticleDraft` values.

Qt-free and offline. Everything a user can fix (a binary file, an empty one, one too large) is
raised as :class:`~desk.core.errors.InputRefused` with the file named in it.
"""

from __future__ import annotations

from pathlib import Path

from desk.core.entities import ArticleDraft
from desk.core.errors import InputRefused
from desk.core.importing.discovery import (
    SUPPORTED_SUFFIXES,
    discover,
    is_supported,
    unsupported_reason,
)
from desk.core.importing.html import NO_TEXT, declared_charset, extract_html
from desk.core.importing.reading import decode_bytes, read_bytes, stat_input
from desk.core.importing.webtext import CleanedPage, clean_web_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "CleanedPage",
    "clean_web_text",
    "discover",
    "extract_html",
    "parse_file",
    "parse_text",
]

DEFAULT_MAX_BYTES: int = 16 * 1024 * 1024

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def _looks_like_html(text: str, *, strict: bool) -> bool:
    """Whether text is markup; ``strict`` asks for a whole document, not a fragment."""
    head = text[:2048].lstrip().lower()
    if not head.startswith("<"):
        return False
    if strict:
        return head.startswith(("<!doctype html", "<html"))
    return "<html" in head or "<body" in head or "<p" in text.lower()


def _draft(page: CleanedPage, raw: str, path: str | None, source_format: str) -> ArticleDraft:
    return ArticleDraft(
        text=page.text,
        raw_text=raw,
        title=page.title,
        outlet=page.outlet,
        byline=page.byline,
        published=page.published,
        url=page.url,
        path=path,
        source_format=source_format,
    )


def parse_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleDraft:
    """Read, decode and clean one article file.

    The size is checked before anything is read, so a huge file costs one ``stat``.
    """
    source = str(path)
    stat_input(path)  # a folder or a missing file says so, whatever its name
    if not is_supported(path):
        raise InputRefused(source, unsupported_reason(path))
    data = read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    declared = declared_charset(data) if suffix in _HTML_SUFFIXES else None
    raw, _encoding = decode_bytes(data, source, declared_encoding=declared)
    # A page saved as .txt is still a page.
    if suffix in _HTML_SUFFIXES or _looks_like_html(raw, strict=True):
        return _draft(extract_html(raw, source), raw, source, "html")
    page = clean_web_text(raw)
    if not page.text:
        raise InputRefused(source, NO_TEXT)
    source_format = "markdown" if suffix in _MARKDOWN_SUFFIXES else "text"
    return _draft(page, raw, source, source_format)


def parse_text(text: str, *, label: str = "pasted text") -> ArticleDraft:
    """Clean text pasted from the clipboard, plain or HTML."""
    body = text.removeprefix("\ufeff")
    if not body.strip():
        raise InputRefused(label, "nothing to import (the text is empty)")
    if _looks_like_html(body, strict=False):
        return _draft(extract_html(body, label), text, None, "html")
    page = clean_web_text(body)
    if not page.text:
        raise InputRefused(label, NO_TEXT)
    return _draft(page, text, None, "text")
