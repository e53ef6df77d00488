"""Archive scale: detection and matching over a newsroom's whole archive, as a batch job.

``run_archive`` reads article folders and JSON Lines or Parquet records, finds the quotes,
groups near-duplicates across the archive and writes a result folder (``groups.jsonl``, the
quotes as Parquet, a lookup index). ``engine="local"`` runs in this process with the
single-machine matcher; ``engine="spark"`` runs the same steps on Apache Spark
(:mod:`desk.core.archive.spark`, imported only then). :class:`ArchiveIndex` answers the
desktop's question about a quote: has the archive reported it before, in which words, and
where first?
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desk.core.archive.index import ArchiveIndex, ArchiveMatch, ArchiveProblem, FirstSeen
from desk.core.archive.output import OutputRefused
from desk.core.archive.summary import ArchiveSummary
from desk.core.errors import DeskError
from desk.core.matching import MatchSettings
from desk.core.matching.settings import DEFAULT_SETTINGS
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

ENGINES = ("spark", "local")

__all__ = [
    "ENGINES",
    "ArchiveIndex",
    "ArchiveMatch",
    "ArchiveProblem",
    "ArchiveSummary",
    "EngineMissing",
    "FirstSeen",
    "OutputRefused",
    "run_archive",
]


class EngineMissing(DeskError):
    """What the chosen engine needs is not installed; the message says what to install."""


def run_archive(
    inputs: Sequence[str],
    out: Path,
    *,
    engine: str = "spark",
    master: str = "local[*]",
    partitions: int | None = None,
    settings: MatchSettings = DEFAULT_SETTINGS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> ArchiveSummary:
    """Run the archive job and write its result folder ``out`` (replaced whole, or untouched)."""
    _require_pyarrow()
    if engine == "local":
        from desk.core.archive.local import run_local

        return run_local(inputs, out, settings, progress, cancel)
    if engine != "spark":
        raise ValueError(f"unknown engine {engine!r}")
    from desk.core.archive.spark import run_spark

    return run_spark(inputs, out, settings, master=master, partitions=partitions, progress=progress)


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise EngineMissing(
            'archive jobs need the archive extra: pip install -e ".[archive]" (pyarrow, pyspark)'
        ) from None
