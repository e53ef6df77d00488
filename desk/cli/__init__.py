"""The ``desk`` command: the headless commands, or the desktop app when none is given.

``desk [PATH...]`` opens the window (importing PATHs first); ``desk import|list|show|edit|info``
work without a display on the same :class:`~desk.core.library.Library` as the window. User
mistakes end in one line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from desk import __version__
from desk.cli.common import PROG, UsageError, db_option
from desk.core.errors import DeskError

COMMANDS = (
    "import",
    "list",
    "show",
    "edit",
    "info",
    "screenshot",
    "quotes",
    "check",
    "people",
    "mark",
    "history",
    "export",
    "annotations",
    "match",
    "archive",
)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Quote Desk: check the quotations of news articles. Without a command, opens the "
            f"window; commands: {', '.join(COMMANDS)} (see 'desk COMMAND --help')."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to import before the window opens",
    )
    db_option(parser)
    parser.add_argument("--version", action="version", version=f"Quote Desk {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Quote Desk's headless commands.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _command_modules():
        module.register(sub)
    return parser


def _command_modules() -> list[ModuleType]:
    """Each module adds its commands and sets ``handler`` on their parsers."""
    from desk.cli import archive, articles, export, match, quotes

    return [articles, quotes, match, export, archive]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # trafilatura logs a warning for every page it finds no article in; the import report
    # already says so in words a user understands.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    first = next((a for a in args_list if not a.startswith("-")), None)
    try:
        if first in COMMANDS:
            args = _command_parser().parse_args(args_list)
            handler: Callable[[argparse.Namespace], int] = args.handler
            return int(handler(args))
        args = _gui_parser().parse_args(args_list)
        return _run_gui(args)
    except DeskError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2 if isinstance(error, UsageError) else 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run_gui(args: argparse.Namespace) -> int:
    if not _display_available():
        raise DeskError(
            "no display to open the window on; the headless commands work anywhere "
            "(desk --help), and QT_QPA_PLATFORM=offscreen renders without a screen"
        )
    try:
        from desk.ui.app import run_gui  # Qt loads only when a window is wanted
    except ImportError as error:
        raise DeskError(f"the desktop window cannot start: {error}") from error
    return run_gui(db=args.db, paths=args.paths)


def _display_available() -> bool:
    """On Linux and BSD, Qt aborts the process without a display; say so in one line instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
