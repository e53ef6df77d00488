"""How long each export format takes for a sheet of about 1,000 quotes.

Builds a throwaway library from the sample articles in ``library/``, marks ~1,000 quotes (every
sentence-sized span it can find, over copies of the samples) with statuses and notes, then times
building the sheet and writing each format. Prints figures only.

Run: ``python bench/export.py [--quotes 1000]`` (PDF needs Qt; QT_QPA_PLATFORM=offscreen is set).
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from pathlib import Path

from desk.core.entities import ArticleDraft, DocumentKind, QuoteEdit, QuoteStatus
from desk.core.export import ExportFormat, build_sheet, write
from desk.core.importing import parse_file
from desk.core.library import Library

REPO = Path(__file__).resolve().parents[1]
_SENTENCE = re.compile(r"[A-Z][^.!?\n]{30,160}[.!?]")


def _fill(library: Library, wanted: int) -> int:
    drafts = [parse_file(p) for p in sorted((REPO / "library").glob("*.txt"))]
    statuses = list(QuoteStatus)
    person = library.add_person("Bench Speaker", "Bench role").id
    marked = copy = 0
    while marked < wanted:
        for draft in drafts:
            text = f"{draft.text}\n\nCopy {copy}."
            stored = library.store(
                ArticleDraft(
                    text=text,
                    raw_text=text,
                    title=f"{draft.title} ({copy})",
                    outlet=draft.outlet,
                    kind=DocumentKind.SOURCE,
                ),
                f"bench {copy}",
            )
            assert stored.article_id is not None
            for match in _SENTENCE.finditer(text):
                quote = library.mark_quote(
                    stored.article_id, match.start(), match.end(), speaker_id=person, by="bench"
                )
                library.edit_quote(
                    quote.id,
                    QuoteEdit(status=statuses[marked % len(statuses)], note=f"note {marked}"),
                    expected_version=None,
                    by="bench",
                )
                marked += 1
                if marked >= wanted:
                    return marked
        copy += 1
    return marked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quotes", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with Library.open(f"sqlite:///{out / 'bench.sqlite3'}") as library:
            started = time.perf_counter()
            count = _fill(library, args.quotes)
            print(f"library: {count} quotes marked in {time.perf_counter() - started:.1f} s")
            library.set_setting("organisation", "Bench Desk")
            started = time.perf_counter()
            sheet = build_sheet(library)
            print(f"{'build sheet':<14} {time.perf_counter() - started:6.2f} s")
        for fmt in ExportFormat:
            path = out / f"sheet{fmt.suffix}"
            started = time.perf_counter()
            if fmt is ExportFormat.PDF:
                from desk.ui.export_pdf import write_pdf

                pages = write_pdf(sheet, path)
                extra = f"  ({pages} pages)"
            else:
                write(sheet, fmt, path)
                extra = ""
            took = time.perf_counter() - started
            size = path.stat().st_size / 1024
            print(f"{fmt.value:<14} {took:6.2f} s  {size:8.0f} KiB{extra}")


if __name__ == "__main__":
    main()
