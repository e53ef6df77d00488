"""How fast the window is: launch to a usable window, and opening a long article with many quotes.

    python bench/ui.py            # prints the figures; targets: < 1.5 s and < 100 ms

Runs offscreen on libraries in a temporary folder; the user's library and settings are untouched.
The launch is timed in a fresh interpreter (imports included), from the moment the parent starts
it to the moment the child's window is shown with the sample library listed and an article open.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "library"
WORDS = 10_000
QUOTES = 300
RUNS = 7

_CHILD = """
import os, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desk.core.library import Library
from desk.ui.app import application, build_main_window
from desk.ui.state import WindowState
app = application()
library = Library.open(sys.argv[1])
window = build_main_window(library, WindowState(Path(sys.argv[2])))
window.show()
window.library_panel.select_row(0)
app.processEvents()
assert window.current_article_id is not None
print(time.time())
window.close()
library.close()
"""


def time_launch(folder: Path) -> list[float]:
    db = folder / "samples.sqlite3"
    from desk.core.library import Library

    with Library.open(str(db)) as library:
        library.import_paths([SAMPLES])
    times = []
    for run in range(RUNS):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(db), str(folder / f"state{run}.ini")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        times.append(float(done.stdout.strip().splitlines()[-1]) - started)
    return times


def long_article() -> str:
    """About ``WORDS`` words of real news prose, in paragraphs, from the bundled samples."""
    paragraphs: list[str] = []
    sources = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    pool = [p.strip() for text in sources for p in text.split("\n\n") if len(p.split()) > 12]
    count, n = 0, 0
    while count < WORDS + 20:  # the headline line is not body text
        paragraph = pool[n % len(pool)]
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        n += 1
    return "Long Article for the Benchmark\n\n" + "\n\n".join(paragraphs) + "\n"


def time_open(folder: Path) -> tuple[list[float], list[float], int, int]:
    from desk.core.library import Library
    from desk.ui.app import application, build_main_window
    from desk.ui.state import WindowState

    app = application()
    library = Library.open(str(folder / "long.sqlite3"))
    outcome = library.import_text(long_article(), label="bench")
    assert outcome.article_id is not None
    article_id = outcome.article_id
    other = library.import_text("Another story\n\n“Short,” he said.\n", label="other").article_id
    assert other is not None
    text = library.article(article_id).text
    have = {(q.start, q.end) for q in library.quotes([article_id])}
    position = 0
    while len(have) < QUOTES:
        start = text.find(" ", position) + 1
        end = text.find(" ", start + 30)
        position = end + 150
        if (start, end) not in have and end > start:
            library.mark_quote(article_id, start, end)
            have.add((start, end))
    quotes = len(library.quotes([article_id]))
    words = len(text.split())

    window = build_main_window(library, WindowState(folder / "state.ini"), synchronous_tasks=True)
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    whole, view_only = [], []
    column = window.reading_area.columns[0]
    for _ in range(RUNS):
        window.open_article(other)
        app.processEvents()
        started = time.perf_counter()
        window.open_article(article_id)
        app.processEvents()  # layout and first paint of the visible part
        whole.append(time.perf_counter() - started)
        article = library.article(article_id)
        shown = library.quotes([article_id])
        started = time.perf_counter()
        column.view.show_article(article, shown)
        app.processEvents()
        view_only.append(time.perf_counter() - started)
    window.close()
    library.close()
    return whole, view_only, words, quotes


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        launch = time_launch(folder)
        whole, view_only, words, quotes = time_open(folder)
    print(f"launch to usable window (fresh interpreter, {RUNS} runs):")
    print(
        f"  median {statistics.median(launch):.2f} s, best {min(launch):.2f} s   (target < 1.5 s)"
    )
    print(f"open an article of {words:,} words with {quotes} quotes ({RUNS} runs):")
    print(
        f"  whole window (read, render, highlight, quote list): "
        f"median {statistics.median(whole) * 1000:.0f} ms, best {min(whole) * 1000:.0f} ms"
        "   (target < 100 ms)"
    )
    print(
        f"  article view alone: median {statistics.median(view_only) * 1000:.0f} ms, "
        f"best {min(view_only) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
