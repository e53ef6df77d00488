"""The corpus of bad inputs, generated at test time (nothing large is committed).

``build(folder)`` writes every hostile case and two good articles, and returns what a correct
import must say about each: imported, or skipped with a reason containing some words. Also used
by ``bench/soak.py --hostile`` to measure memory on the same corpus.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = (
    "Talks resume in Geneva\n\nGENEVA, March 3 (Wire) -- Delegates returned to the table on "
    "Monday.\n\n“We will keep talking until there is a deal,” said Amina Mohammed, the "
    "deputy secretary-general.\n\nThe talks have lasted three weeks.\n"
)

# An article page that tries everything a hostile page can: scripts, handlers, remote images,
# frames, styles that fetch, a meta refresh and a base href.
SCRIPTED_HTML = """<!doctype html>
<html><head>
<title>Ministers meet again</title>
<meta http-equiv="refresh" content="0; url={remote}/refresh">
<base href="{remote}/base/">
<link rel="stylesheet" href="{remote}/style.css">
<style>body {{ background: url('{remote}/bg.png') }}</style>
<script>document.title = "pwned"; fetch("{remote}/script-fetch");</script>
<script src="{remote}/evil.js"></script>
</head>
<body onload="fetch('{remote}/onload')">
<article>
<h1>Ministers meet again</h1>
<p>SEOUL, May 2 (Wire) -- Ministers met again on Tuesday to discuss the plan for the region.</p>
<img src="{remote}/photo.jpg" alt="photo">
<p>“We will not give up on dialogue,” said Kim Sung-han, the vice foreign minister,
after the meeting.</p>
<iframe src="{remote}/frame"></iframe>
<p>The meeting lasted <a href="{remote}/link">four hours</a> and ended without a deal.
<object data="{remote}/object"></object></p>
<p><img src=x onerror="fetch('{remote}/onerror')">Officials said more talks would follow.</p>
</article>
</body></html>
"""


@dataclass(frozen=True)
class Case:
    path: Path
    imported: bool
    reason_words: tuple[str, ...] = ()


def _write_huge(path: Path, size: int) -> None:
    line = (GOOD_TEXT.replace("\n", " ") + "\n").encode()
    with path.open("wb") as out:
        written = 0
        while written < size:
            out.write(line)
            written += len(line)


def build(folder: Path, *, remote: str = "http://127.0.0.1:9") -> list[Case]:
    """Write the corpus into ``folder`` (created); ``remote`` is where hostile pages point."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    cases: list[Case] = []

    def add(name: str, data: bytes, imported: bool, *words: str) -> Path:
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(path, imported, words))
        return path

    add("good-one.txt", GOOD_TEXT.encode(), True)
    add(
        "good-two.txt", GOOD_TEXT.replace("Geneva", "Lima").replace("GENEVA", "LIMA").encode(), True
    )
    add("binary.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096), False, "not text")
    add("empty.txt", b"", False, "empty")
    # UTF-8 cut in the middle of a character (and of a word): still read, the stump dropped.
    add("truncated-utf8.txt", ("Café talks go on. " * 30 + GOOD_TEXT + "Über").encode()[:-1], True)
    add(
        "utf16-no-bom.txt",
        ("Niño " + GOOD_TEXT.replace("Geneva", "Oslo")).encode("utf-16-le"),
        True,
    )
    add("one-line-1mb.txt", ("Negotiators kept talking. " * 41_000).encode()[:1_048_576], True)
    huge = folder / "huge-50mb.txt"
    _write_huge(huge, 50 * 1024 * 1024)
    cases.append(Case(huge, False, "limit"))
    add(
        "nested.html",
        (
            "<html><body>" + "<div>" * 20_000 + "<p>SEOUL (Wire) -- Deep text. “We keep "
            "talking,” said Kim.</p>" + "</div>" * 20_000 + "</body></html>"
        ).encode(),
        True,
    )
    add(
        "malformed.html",
        b"<html><body><p>Broken <b><i>tags</b></i> <p class='x>unterminated"
        b"<div><table><tr><td>cell<p>Officials said the talks would go on."
        b"</td></tr></tabel></bodyy><<<>>>&&&;;",
        True,
    )
    add("scripted.html", SCRIPTED_HTML.format(remote=remote).encode(), True)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * 20_000_000)  # a zip bomb if ever opened
    add("report.docx", zipped.getvalue(), False, ".docx")
    for odd in ("“quoted” — ünïcödé name.txt", "-starts-with-dash.txt", "line\nbreak.txt"):
        add(odd, GOOD_TEXT.replace("three weeks", f"{len(cases)} weeks").encode(), True)
    bad_bytes = os.fsencode(folder) + b"/latin1-\xe9t\xe9.txt"
    with open(bad_bytes, "wb") as out:
        out.write(GOOD_TEXT.replace("three weeks", "five weeks").encode())
    cases.append(Case(Path(os.fsdecode(bad_bytes)), True))
    # A folder that links to itself, and two links that point at each other.
    looping = folder / "looping"
    looping.mkdir()
    (looping / "inside.txt").write_text(GOOD_TEXT.replace("three", "nine"), encoding="utf-8")
    cases.append(Case(looping / "inside.txt", True))
    (looping / "again").symlink_to(looping, target_is_directory=True)
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    cases.append(Case(folder / "a.txt", False, "link"))
    cases.append(Case(folder / "b.txt", False, "link"))
    (folder / "empty-folder").mkdir()
    return cases
