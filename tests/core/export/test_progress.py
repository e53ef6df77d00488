"""The writers report each quote and stop between quotes when cancelled, keeping the old file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desk.core.export import ExportFormat, QuoteSheet, write
from desk.core.progress import Cancelled, CancelToken

WRITTEN_HERE = [fmt for fmt in ExportFormat if fmt is not ExportFormat.PDF]


class Recorder:
    """A progress callback that remembers every report and may cancel after ``cancel_after``."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.token = CancelToken()
        self._cancel_after = cancel_after

    def __call__(self, done: int, total: int, text: str) -> None:
        self.reports.append((done, total, text))
        if self._cancel_after is not None and done >= self._cancel_after:
            self.token.cancel()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own for the export (``tmp_path`` also holds the library)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def _debris(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != target)


def test_cancelling_mid_docx_keeps_the_old_file_and_leaves_no_temporary(
    sheet: QuoteSheet, folder: Path
) -> None:
    total = len(sheet.entries)
    assert total > 3
    target = folder / "sheet.docx"
    target.write_bytes(b"the previous export, not a zip")
    before = _digest(target)
    recorder = Recorder(cancel_after=2)

    with pytest.raises(Cancelled):
        write(sheet, ExportFormat.DOCX, target, progress=recorder, cancel=recorder.token)

    assert _digest(target) == before
    assert _debris(folder, target) == []
    assert [done for done, _, _ in recorder.reports] == [0, 1, 2]  # stopped right there
    assert all(reported_total == total for _, reported_total, _ in recorder.reports)


@pytest.mark.parametrize("fmt", WRITTEN_HERE, ids=str)
def test_progress_counts_every_quote_up_to_the_total(
    fmt: ExportFormat, sheet: QuoteSheet, folder: Path
) -> None:
    total = len(sheet.entries)
    target = folder / f"sheet{fmt.suffix}"
    recorder = Recorder()

    write(sheet, fmt, target, progress=recorder, cancel=recorder.token)

    assert [(done, t) for done, t, _ in recorder.reports] == [(n, total) for n in range(total + 1)]
    assert all(text for _, _, text in recorder.reports)  # the terminal shows something
    assert target.stat().st_size > 0
    assert _debris(folder, target) == []


@pytest.mark.parametrize("fmt", WRITTEN_HERE, ids=str)
def test_every_format_stops_between_quotes(
    fmt: ExportFormat, sheet: QuoteSheet, folder: Path
) -> None:
    target = folder / f"sheet{fmt.suffix}"
    target.write_bytes(b"old")
    recorder = Recorder(cancel_after=1)

    with pytest.raises(Cancelled):
        write(sheet, fmt, target, progress=recorder, cancel=recorder.token)

    assert target.read_bytes() == b"old"
    assert _debris(folder, target) == []
    assert max(done for done, _, _ in recorder.reports) == 1


def test_an_already_cancelled_export_writes_nothing(sheet: QuoteSheet, folder: Path) -> None:
    target = folder / "sheet.docx"
    token = CancelToken()
    token.cancel()
    recorder = Recorder()

    with pytest.raises(Cancelled):
        write(sheet, ExportFormat.DOCX, target, progress=recorder, cancel=token)

    assert list(folder.iterdir()) == []
    assert recorder.reports == []


def test_docx_table_columns_carry_the_cell_widths(sheet: QuoteSheet, folder: Path) -> None:
    """The grid holds the label and value widths the cells have, so every reader agrees."""
    from docx import Document

    target = folder / "sheet.docx"
    write(sheet, ExportFormat.DOCX, target)
    document = Document(str(target))
    assert len(document.tables) == len(sheet.entries)
    for table in document.tables:
        assert table.style is not None
        assert table.style.name == "Table Grid"
        widths = [column.width for column in table.columns]
        assert [round(width.cm, 2) for width in widths] == [3.2, 13.8]
        for row in table.rows:
            assert [cell.width for cell in row.cells] == widths
