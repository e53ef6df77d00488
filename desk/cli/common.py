"""What every command module shares: the --db option, usage errors, terminal progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core import importing
from desk.core.entities import ArticleDraft
from desk.core.errors import DeskError, InputRefused
from desk.core.progress import NO_PROGRESS, Progress
from desk.core.storage.database import DB_ENV

PROG = "desk"

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


class UsageError(DeskError):
    """A mistake in the command line itself."""


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL or SQLite file (default: ${DB_ENV}, else your own library)",
    )


def terminal_progress() -> Progress:
    """Progress on stderr, only when a person is watching a terminal."""
    if not sys.stderr.isatty():
        return NO_PROGRESS

    def report(done: int, total: int, text: str) -> None:
        line = f"\r[{done}/{total}] {text[:60]}" if text else "\r"
        sys.stderr.write(line.ljust(80) + ("\n" if done >= total else ""))
        sys.stderr.flush()

    return report


def read_articles(paths: Iterable[str]) -> Iterator[tuple[Path, ArticleDraft]]:
    """The articles in files and folders, for commands that read them without a library; a file
    that cannot be read is reported in one line on stderr and the others are still read."""
    for item in importing.discover(Path(p) for p in paths):
        if isinstance(item, InputRefused):
            print(f"{PROG}: {item}", file=sys.stderr)
            continue
        try:
            yield item, importing.parse_file(item)
        except InputRefused as refused:
            print(f"{PROG}: {refused}", file=sys.stderr)
        except OSError as error:
            print(f"{PROG}: {item}: cannot be read ({error.strerror or error})", file=sys.stderr)
