"""Generated news archives with known reprint families, for ``bench/archive.py`` and the archive
tests.

The quotes come from :mod:`_families` (invented words, realistic variants); each generated
article carries a few of them in the sentences news copy uses (``"…," X said.``, ``X said:
"…"``, ``X called it "…".``) between invented filler sentences, with a headline, a date line
and a dateline naming the outlet, so the importer's cleaning finds outlet and date in a plain
text file as it does in a record. The known pairs are those of :class:`_families.Library`,
found again through detection: a detected quote is traced to the generated quote of the same
article with the same comparable words.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import numpy.typing as npt
from _families import Library, generate, group_pairs

from desk.core.matching.words import forms

#: Outlets the importer recognises in a plain-text dateline.
OUTLETS = (
    "Associated Press",
    "Reuters",
    "Yonhap",
    "Voice of America",
    "AFP",
    "Korea Herald",
    "Korea Times",
    "NK News",
    "Politico",
    "USA Today",
)
_CITIES = ("SEOUL", "WASHINGTON", "TOKYO", "BEIJING", "GENEVA", "LONDON")
_FILLER = (
    "Officials met on Tuesday to discuss the next round of talks.",
    "The meeting lasted nearly three hours, according to people familiar with it.",
    "Negotiators are expected to return to the capital later this week.",
    "The two sides have not met in person since the autumn.",
    "Analysts said the schedule could still change.",
    "No date has been set for a further meeting.",
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class GeneratedArchive:
    library: Library
    articles: list[dict[str, str]]  # {id, outlet, title, published, url, text}
    families: dict[tuple[str, tuple[str, ...]], int]  # (article id, words) -> family

    def write_jsonl(self, path: Path) -> Path:
        with path.open("w", encoding="utf-8") as out:
            for article in self.articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        return path

    def write_folder(self, folder: Path) -> Path:
        """One plain-text file per article, named by its id."""
        folder.mkdir(parents=True, exist_ok=True)
        for article in self.articles:
            (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        return folder

    def family_of(self, article: str, text: str) -> int | None:
        """The family of a detected quote, by its article (an id, or a file named by the id)
        and its comparable words."""
        return self.families.get((Path(article).stem, forms(text)))

    def known_pairs(
        self, articles: list[str], texts: list[str]
    ) -> tuple[npt.NDArray[np.int64], int]:
        """The true pairs among detected quotes (codes ``a * n + b``) and how many quotes
        could not be traced to a generated one."""
        family = np.array(
            [self.family_of(a, t) for a, t in zip(articles, texts, strict=True)], dtype=object
        )
        lost = int(sum(f is None for f in family))
        labels = np.array(
            [f if f is not None else -1 - i for i, f in enumerate(family)], dtype=np.int64
        )
        codes = {a: k for k, a in enumerate(dict.fromkeys(articles))}
        article = np.array([codes[a] for a in articles], dtype=np.int64)
        return group_pairs(labels, article), lost


def _article_id(number: int) -> str:
    return f"a{number:07d}"


def generate_archive(quotes: int, seed: int = 11) -> GeneratedArchive:
    """About ``quotes`` quotes in articles; the same arguments give the same archive."""
    library = generate(quotes, seed)
    rng = random.Random(seed)
    by_article: dict[int, list[int]] = {}
    for index, quote in enumerate(library.quotes):
        by_article.setdefault(quote.article, []).append(index)
    first_day = date(2012, 1, 1)
    articles: list[dict[str, str]] = []
    for number in sorted(by_article):
        outlet = rng.choice(OUTLETS)
        published = first_day + timedelta(days=rng.randrange(13 * 365))
        title = f"Talks round {number} ends without a date"
        paragraphs = [
            title,
            f"{_MONTHS[published.month - 1]} {published.day}, {published.year}",
            f"{rng.choice(_CITIES)} ({outlet}) -- {rng.choice(_FILLER)}",
        ]
        for index in by_article[number]:
            quote = library.quotes[index]
            paragraphs.append(_sentence(quote.text, quote.speaker, quote.partial, rng))
            if rng.random() < 0.5:
                paragraphs.append(rng.choice(_FILLER))
        articles.append(
            {
                "id": _article_id(number),
                "outlet": outlet,
                "title": title,
                "published": published.isoformat(),
                "url": f"https://news.example/{_article_id(number)}",
                "text": "\n\n".join(paragraphs) + "\n",
            }
        )
    families = {(_article_id(q.article), forms(q.text)): q.family for q in library.quotes}
    return GeneratedArchive(library, articles, families)


def _sentence(text: str, speaker: str | None, partial: bool, rng: random.Random) -> str:
    who = speaker or "a spokesperson"
    if partial:
        return f"{who[:1].upper()}{who[1:]} described the plan as “{text}”."
    if rng.random() < 0.3:
        return f"{who[:1].upper()}{who[1:]} said: “{text}”"
    if text.endswith("."):
        return f"“{text[:-1]},” {who} said."
    return f"“{text}” {who} said."
