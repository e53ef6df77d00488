"""Writing export files so that a failure never leaves a half-written sheet behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed over it only when the block succeeds.

    The temporary file lives in the target's folder so the final rename never crosses file
    systems; a reader of ``target`` sees the old file or the whole new one, never a part. Any
    exception leaving the block, :class:`~desk.core.progress.Cancelled` included, removes the
    temporary file and leaves ``target`` as it was.
    """
    target = Path(target)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    temporary = Path(name)
    try:
        # mkstemp makes the file private to its owner; an export is an ordinary document.
        mode = Path(target).stat().st_mode & 0o777 if target.exists() else 0o644
        temporary.chmod(mode)
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_text(target: Path, text: str) -> None:
    """Write UTF-8 text atomically, with ``\\n`` line ends on every platform."""
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")
