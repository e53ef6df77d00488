"""What every command module shares: the --db option, usage errors, terminal progress."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desk.core.errors import DeskError
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
