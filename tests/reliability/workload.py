"""Generated articles and the child processes that the crash, concurrency and soak runs drive.

Run as a script it is the *child*: ``python workload.py COMMAND URL ...``. After every
transaction that :class:`~desk.core.library.Library` has committed it prints one line and
flushes, so a parent that kills it knows exactly what must have survived:

- ``import URL COUNT [SEED]`` imports COUNT generated articles: ``stored ID HASH`` per article;
- ``edit URL ROUNDS`` edits the note of every live quote ROUNDS times with the version it read:
  ``edited QUOTE_ID VERSION NOTE``;
- ``hold-edit URL QUOTE_ID STATUS BY`` reads the quote, prints ``read VERSION``, waits for a line
  on standard input, then saves with the version it read: ``saved VERSION`` or
  ``conflict MESSAGE`` (the second user in the two-process locking tests).

Imported by the tests and ``bench/soak.py`` for :func:`article_text` and :func:`check_library`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from desk.core.entities import QuoteEdit, QuoteStatus
from desk.core.errors import EditConflict
from desk.core.library import Library
from desk.core.storage.database import Database
from desk.core.storage.schema import ArticleRow, QuoteHistoryRow, QuoteRow

_CITIES = ["WASHINGTON", "SEOUL", "GENEVA", "NAIROBI", "LIMA", "OSLO", "HANOI", "ACCRA"]
_PEOPLE = [
    ("John Kerry", "Secretary of State"),
    ("Kim Sung-han", "the vice foreign minister"),
    ("Amina Mohammed", "the deputy secretary-general"),
    ("Pedro Castillo", "the president"),
    ("Jonas Gahr Store", "the prime minister"),
]
_VERBS = ["said", "told reporters", "added", "said on Tuesday"]


def article_text(number: int, seed: int = 0) -> str:
    """A plausible wire story, different for every (number, seed), with quotes in it."""
    rng = random.Random(number * 7919 + seed)
    city = rng.choice(_CITIES)
    paragraphs = [
        f"Talks on item {number}-{seed} resume",
        f"{city}, Oct. {rng.randint(1, 28)} (Wire) -- Officials met again on the question "
        f"of agreement {number} in round {seed}, after weeks of delay.",
    ]
    for _ in range(rng.randint(2, 5)):
        name, role = rng.choice(_PEOPLE)
        words = " ".join(
            rng.choice(["we", "will", "keep", "talking", "about", "the", "plan"])
            for _ in range(rng.randint(6, 14))
        )
        paragraphs.append(
            f"“{words.capitalize()},” {name}, {role}, {rng.choice(_VERBS)} "
            f"about agreement {number}."
        )
        paragraphs.append(
            f"The negotiations on item {number} have lasted {rng.randint(2, 90)} days so far."
        )
    return "\n\n".join(paragraphs) + "\n"


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def child_import(url: str, count: int, seed: int) -> None:
    with Library.open(url) as library:
        for number in range(count):
            outcome = library.import_text(article_text(number, seed), label=f"wire-{number}")
            article = outcome.article_id
            assert article is not None, outcome
            _say("stored", article, library.article(article).content_hash)


def child_edit(url: str, rounds: int) -> None:
    with Library.open(url) as library:
        for round_number in range(rounds):
            for quote in library.quotes():
                note = f"round {round_number} of quote {quote.id}"
                saved = library.edit_quote(
                    quote.id, QuoteEdit(note=note), expected_version=quote.version, by="burst"
                )
                _say("edited", saved.id, saved.version, note)


def child_hold_edit(url: str, quote_id: int, status: str, by: str) -> int:
    with Library.open(url) as library:
        seen = library.quote(quote_id)
        _say("read", seen.version)
        sys.stdin.readline()
        try:
            saved = library.edit_quote(
                quote_id,
                QuoteEdit(status=QuoteStatus(status)),
                expected_version=seen.version,
                by=by,
            )
        except EditConflict as conflict:
            _say("conflict", conflict)
            return 3
        _say("saved", saved.version)
        return 0


@dataclass
class Consistency:
    """What :func:`check_library` found; ``problems`` is empty for a consistent library."""

    articles: int = 0
    quotes: int = 0
    history: int = 0
    problems: list[str] = field(default_factory=list)


def check_library(url: str, *, every_article_has_quotes: bool = False) -> Consistency:
    """Reopen a library and check it whole: SQLite's integrity check, then on any backend
    that every article's suggestions were stored with it and that every quote's version
    matches its history (each edit and its audit rows were one transaction).

    ``every_article_has_quotes``: the library holds only :func:`article_text` articles, each
    of which has quotes, so an article without any lost its suggestions."""
    result = Consistency()
    database = Database.open(url)
    try:
        with database.read() as session:
            if database.engine.dialect.name == "sqlite":
                verdict = session.execute(text("PRAGMA integrity_check")).scalars().all()
                if verdict != ["ok"]:
                    result.problems.append(f"integrity_check: {verdict[:5]}")
                broken = session.execute(text("PRAGMA foreign_key_check")).all()
                if broken:
                    result.problems.append(f"foreign_key_check: {broken[:5]}")
            result.articles = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
            result.quotes = session.scalar(select(func.count()).select_from(QuoteRow)) or 0
            result.history = session.scalar(select(func.count()).select_from(QuoteHistoryRow)) or 0
            undetected = session.scalar(
                select(func.count()).where(ArticleRow.detected_at.is_(None))
            )
            if undetected:
                result.problems.append(f"{undetected} articles stored without their suggestions")
            orphans = session.scalar(
                select(func.count())
                .select_from(QuoteRow)
                .outerjoin(ArticleRow, ArticleRow.id == QuoteRow.article_id)
                .where(ArticleRow.id.is_(None))
            )
            if orphans:
                result.problems.append(f"{orphans} quotes without their article")
            empty = session.scalar(
                select(func.count())
                .select_from(ArticleRow)
                .where(~select(QuoteRow.id).where(QuoteRow.article_id == ArticleRow.id).exists())
            )
            if empty and every_article_has_quotes:
                result.problems.append(f"{empty} articles without any quote")
            # Every edit adds one to the version and writes its history rows in the same
            # transaction: a quote whose version and history disagree lost half an edit.
            edits = (
                select(QuoteHistoryRow.quote_id, func.count(func.distinct(QuoteHistoryRow.at)))
                .where(QuoteHistoryRow.action != "created")
                .group_by(QuoteHistoryRow.quote_id)
            )
            counted: dict[int, int] = dict(session.execute(edits).all())
            for quote_id, version in session.execute(select(QuoteRow.id, QuoteRow.version)):
                if version != 1 + counted.get(quote_id, 0):
                    result.problems.append(
                        f"quote {quote_id}: version {version} but "
                        f"{counted.get(quote_id, 0)} recorded changes"
                    )
                    break
    finally:
        database.close()
    return result


def reported(lines: Iterator[str] | list[str], tag: str) -> list[list[str]]:
    """The ``tag`` lines a child printed, split into their fields (the last may hold spaces)."""
    found = []
    for line in lines:
        if line.startswith(tag + " "):
            found.append(line.rstrip("\n").split(" ", 3)[1:])
    return found


def main(argv: list[str]) -> int:
    command, url, *rest = argv
    if command == "import":
        child_import(url, int(rest[0]), int(rest[1]) if len(rest) > 1 else 0)
        return 0
    if command == "edit":
        child_edit(url, int(rest[0]))
        return 0
    if command == "hold-edit":
        return child_hold_edit(url, int(rest[0]), rest[1], rest[2])
    print(f"unknown command {command!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
