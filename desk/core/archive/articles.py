"""An archive's articles, from folders of article files or from JSON Lines and Parquet records.

Every article, whatever it came from, goes through the importer's cleaning, so a quote's offsets
refer to the same text that ``desk import`` would store. A record that cannot become an article
is a :class:`Skipped`, counted and reported; it never stops the job.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.core import importing
from desk.core.errors import InputRefused
from desk.core.importing.dates import find_date

#: Record files; anything else given as INPUT is a file or folder of articles.
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
FIELDS = ("id", "outlet", "title", "published", "url", "text")


@dataclass(frozen=True, slots=True)
class ArchiveArticle:
    """One cleaned article; ``id`` is the record's id, or the path of an article file."""

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that gave no article, and why, in words a person reads."""

    source: str
    reason: str


def from_file(path: str) -> ArchiveArticle | Skipped:
    """An article file, read and cleaned as ``desk import`` does."""
    try:
        draft = importing.parse_file(Path(path))
    except InputRefused as refused:
        return Skipped(path, refused.reason)
    except OSError as error:
        return Skipped(path, f"cannot be read ({error.strerror or error})")
    return ArchiveArticle(path, draft.text, draft.outlet, draft.title, draft.published, draft.url)


def from_record(record: Mapping[str, Any], source: str) -> ArchiveArticle | Skipped:
    """A JSON Lines or Parquet record ``{id, outlet, title, published, url, text}``.

    The text is cleaned like pasted text (a record may hold a whole page); the record's own
    metadata wins over whatever the cleaning finds.
    """
    raw_id = record.get("id")
    ident = fallback_id(source, record) if raw_id is None or raw_id == "" else str(raw_id)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(ident, "no text")
    try:
        draft = importing.parse_text(text, label=ident)
    except InputRefused as refused:
        return Skipped(ident, refused.reason)
    return ArchiveArticle(
        ident,
        draft.text,
        _text_field(record.get("outlet")) or draft.outlet,
        _text_field(record.get("title")) or draft.title,
        _date_field(record.get("published")) or draft.published,
        _text_field(record.get("url")) or draft.url,
    )


def _text_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date_field(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return find_date(value)
    return None


def from_json_line(line: str | bytes, source: str) -> ArchiveArticle | Skipped | None:
    """One line of a JSON Lines file (None for a blank line); both engines read lines with it."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Skipped(source, f"a line that is not JSON ({error.__class__.__name__})")
    if not isinstance(record, dict):
        return Skipped(source, "a line that is not a JSON object")
    return from_record(record, source)


def fallback_id(source: str, record: Mapping[str, Any]) -> str:
    """An id for a record that has none: its file and a digest of its text, the same whichever
    engine reads it and in whatever order."""
    text = record.get("text")
    digest = hashlib.blake2b(str(text).encode(), digest_size=6).hexdigest()
    return f"{source}#{digest}"


def records_of_jsonl(path: Path) -> Iterator[ArchiveArticle | Skipped]:
    with path.open("rb") as lines:
        for line in lines:
            found = from_json_line(line, str(path))
            if found is not None:
                yield found


def records_of_parquet(path: Path) -> Iterator[ArchiveArticle | Skipped]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path)
    columns = [c for c in FIELDS if c in table.schema_arrow.names]
    for batch in table.iter_batches(columns=columns, batch_size=2048):
        for record in batch.to_pylist():
            yield from_record(record, str(path))


def is_record_file(path: Path) -> bool:
    return path.suffix.lower() in RECORD_SUFFIXES and path.is_file()


def article_files(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """The article files among ``inputs`` (folders expanded as ``desk import`` does them);
    record files are left out: see :func:`record_files`."""
    given = [Path(p) for p in inputs if not is_record_file(Path(p))]
    for item in importing.discover(given):
        if isinstance(item, InputRefused):
            yield Skipped(item.source, item.reason)
        else:
            yield str(item)


def record_files(inputs: Iterable[str]) -> list[Path]:
    return [Path(p) for p in inputs if is_record_file(Path(p))]


def read_all(inputs: Iterable[str]) -> Iterator[ArchiveArticle | Skipped]:
    """Every article of ``inputs``, in one process: what the local engine reads."""
    inputs = list(inputs)
    for item in article_files(inputs):
        yield item if isinstance(item, Skipped) else from_file(item)
    for path in record_files(inputs):
        if path.suffix.lower() == ".parquet":
            yield from records_of_parquet(path)
        else:
            yield from records_of_jsonl(path)
