"""Expanding the files and folders a user dropped into the files to import.

Problems are yielded in line with the files rather than raised, so one unreadable folder or a
stray PDF is reported next to the articles that did import instead of stopping the whole batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from desk.core.errors import InputRefused

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
)

# Files operating systems and editors leave in folders; nobody expects to hear about them.
JUNK_NAMES: frozenset[str] = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini"})
JUNK_PREFIXES: tuple[str, ...] = ("~$", ".~lock.")


def unsupported_reason(path: Path) -> str:
    suffix = path.suffix
    return f"not a text or HTML file ({suffix or 'no extension'})"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _is_junk(name: str) -> bool:
    return name.lower() in JUNK_NAMES or name.startswith(JUNK_PREFIXES) or name.endswith("~")


class _Walk:
    """State shared by one discover() call: what was already visited or yielded."""

    def __init__(self) -> None:
        self.seen_files: set[str] = set()
        self.seen_dirs: set[str] = set()

    def first_time(self, path: Path) -> bool:
        real = os.path.realpath(path)
        if real in self.seen_files:
            return False
        self.seen_files.add(real)
        return True

    def folder(self, top: Path) -> Iterator[Path | InputRefused]:
        """Files under ``top``, depth first in name order; never enters a folder twice."""
        found = 0
        self.seen_dirs.add(os.path.realpath(top))
        stack: list[Iterator[os.DirEntry[str]]] = []
        entries = self._list(top)
        if isinstance(entries, InputRefused):
            yield entries
            return
        stack.append(iter(entries))
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if entry.name.startswith(".") or _is_junk(entry.name):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:  # e.g. a symlink pointing at itself
                is_dir = is_file = False
            if not is_dir and not is_file and entry.is_symlink() and is_supported(path):
                found += 1
                yield InputRefused(str(path), "a link that leads nowhere (broken, or a loop)")
                continue
            if is_dir:
                real = os.path.realpath(path)
                if real in self.seen_dirs:
                    continue  # a link back up the tree, or a second way into a folder
                self.seen_dirs.add(real)
                listed = self._list(path)
                if isinstance(listed, InputRefused):
                    yield listed
                else:
                    stack.append(iter(listed))
            elif is_file:
                if not is_supported(path):
                    yield InputRefused(str(path), unsupported_reason(path))
                    continue
                found += 1
                if self.first_time(path):
                    yield path
        if found == 0:
            yield InputRefused(str(top), "folder contains no text or HTML files")

    @staticmethod
    def _list(folder: Path) -> list[os.DirEntry[str]] | InputRefused:
        try:
            with os.scandir(folder) as scan:
                entries = list(scan)
        except PermissionError:
            return InputRefused(str(folder), "folder cannot be read (permission denied)")
        except OSError as error:
            return InputRefused(str(folder), f"folder cannot be read ({error.strerror or error})")
        return sorted(entries, key=lambda e: (e.name.casefold(), e.name))


def discover(paths: Iterable[Path]) -> Iterator[Path | InputRefused]:
    """The importable files in ``paths`` (folders expanded), with a refusal for each problem."""
    walk = _Walk()
    for given in paths:
        path = Path(given)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
            exists, is_link = path.exists(), path.is_symlink()
        except OSError as error:  # e.g. inside a folder we may not enter
            yield InputRefused(str(path), f"cannot be read ({error.strerror or error})")
            continue
        if is_dir:
            yield from walk.folder(path)
        elif is_file:
            if not is_supported(path):
                yield InputRefused(str(path), unsupported_reason(path))
            elif walk.first_time(path):
                yield path
        elif exists:
            yield InputRefused(str(path), "not a regular file")
        elif is_link:
            yield InputRefused(str(path), "broken link (its target is missing)")
        else:
            yield InputRefused(str(path), "no such file or folder")
