"""The result folder: written aside and renamed into place, so it is always whole.

A job writes into a hidden sibling folder and, once everything is there, swaps it with the old
result. A killed job leaves the old result as it was (its half-written folder is removed by the
next run), and a re-run replaces the old result whole. A folder that is not an archive result
is never replaced: ``--out ~/Documents`` by mistake must not cost anyone their documents.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desk.core.archive.articles import Skipped
from desk.core.errors import DeskError

GROUPS = "groups.jsonl"
QUOTES = "quotes.parquet"
INDEX = "index"
SKIPPED = "skipped.jsonl"
SUMMARY = "summary.json"

#: The quotes table, as Parquet and as both engines produce it.
QUOTE_COLUMNS = (
    "id",
    "article",
    "outlet",
    "published",
    "speaker",
    "text",
    "start",
    "end",
    "partial",
    "group",
    "group_size",
)


class OutputRefused(DeskError):
    """The output folder cannot take a result."""


def _partial(out: Path) -> Path:
    return out.with_name(f".{out.name}.partial")


def _old(out: Path) -> Path:
    return out.with_name(f".{out.name}.old")


def is_result(folder: Path) -> bool:
    return (folder / SUMMARY).is_file()


def recover(out: Path) -> None:
    """Undo what a killed run left: a half-written folder, or a swap stopped halfway."""
    if not out.exists() and _old(out).is_dir():
        _old(out).rename(out)
    for leftover in (_partial(out), _old(out)):
        if leftover.exists():
            shutil.rmtree(leftover)


@contextmanager
def result_folder(out: Path) -> Iterator[Path]:
    """A fresh folder to write the result into; it becomes ``out`` when the block ends well
    and is removed when it does not."""
    out = out.absolute()
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not is_result(out):
        raise OutputRefused(
            f"{out}: a folder that is not an archive result is in the way; give an empty or"
            " new folder"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    partial = _partial(out)
    partial.mkdir()
    try:
        yield partial
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if out.exists():
        out.rename(_old(out))
    partial.rename(out)
    shutil.rmtree(_old(out), ignore_errors=True)
    _sync_parent(out)


def _sync_parent(path: Path) -> None:
    """Make the renames durable where the platform allows opening a folder."""
    try:
        handle = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_skipped(folder: Path, skipped: Iterable[Skipped]) -> Counter[str]:
    """One line per input that gave no article; returns how many for each reason."""
    reasons: Counter[str] = Counter()
    with (folder / SKIPPED).open("w", encoding="utf-8") as out:
        for item in skipped:
            reasons[item.reason] += 1
            out.write(json.dumps({"source": item.source, "reason": item.reason}) + "\n")
    return reasons


def write_summary(folder: Path, summary: dict[str, Any]) -> None:
    (folder / SUMMARY).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
