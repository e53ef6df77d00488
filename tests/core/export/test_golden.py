"""The text formats, byte for byte, against files in tests/golden/.

A change to a layout shows up as a readable diff in review. To accept a deliberate change,
regenerate them: ``DESK_UPDATE_GOLDEN=1 python -m pytest tests/core/export/test_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.core.export import TEXT_RENDERERS, ExportFormat, QuoteSheet

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


@pytest.mark.parametrize("fmt", list(TEXT_RENDERERS), ids=lambda f: f.value)
def test_text_format_matches_its_golden_file(sheet: QuoteSheet, fmt: ExportFormat) -> None:
    rendered = TEXT_RENDERERS[fmt](sheet)
    golden = GOLDEN / f"sheet{fmt.suffix}"
    if os.environ.get("DESK_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="")
    assert golden.exists(), f"no golden file {golden.name}: run with DESK_UPDATE_GOLDEN=1"
    assert rendered == golden.read_bytes().decode("utf-8")
