"""How much of a real article survives cleaning, measured on the labeled quote corpus.

Cleaning must remove page furniture and nothing else. On the corpus (plain article texts whose
first line is the headline) this prints: headlines recognised, labeled quotations still present
in the cleaned text, paragraphs dropped, and articles cleaned per second.

Run: ``python bench/cleaning.py [--corpus ../shared/quote-corpus/polnear-train-dev.jsonl]``.
The corpus is read where it lies and never copied.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from desk.core.importing import clean_web_text

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "quote-corpus" / "polnear-train-dev.jsonl"
)
_SPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _unperiod_headline(text: str) -> str:
    first, _, rest = text.partition("\n\n")
    first = re.sub(r"\.([\"'”’]?)$", r"\1", first)  # also 'Fraud.’' -> 'Fraud’'
    return f"{first}\n\n{rest}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=5, help="examples of dropped paragraphs")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    articles = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]

    start = time.perf_counter()
    pages = [clean_web_text(a["text"]) for a in articles]
    elapsed = time.perf_counter() - start
    # The corpus ends every headline with a period, which published headlines do not have;
    # the cleaner (rightly) never takes a sentence for a headline, so measure both ways.
    as_published = [clean_web_text(_unperiod_headline(a["text"])) for a in articles]

    titles_published = sum(
        bool(page.title) and collapse(page.title) == collapse(article["title"]).rstrip(".")
        for article, page in zip(articles, as_published, strict=True)
    )
    titles = quotes = kept = paragraphs = dropped = 0
    per_outlet: Counter[str] = Counter()
    examples: list[str] = []
    for article, page in zip(articles, pages, strict=True):
        wanted = collapse(article["title"]).rstrip(".")
        if page.title and collapse(page.title).rstrip(".") == wanted:
            titles += 1
        cleaned = collapse(f"{page.title or ''} {page.text}")
        for quote in article["quotes"]:
            quotes += 1
            if collapse(quote["text"]) in cleaned:
                kept += 1
            else:
                per_outlet[article["outlet"]] += 1
        body = collapse(page.text)
        for paragraph in article["text"].split("\n\n")[1:]:
            paragraph = collapse(paragraph)
            if not paragraph:
                continue
            paragraphs += 1
            if paragraph not in body:
                dropped += 1
                if len(examples) < args.show:
                    examples.append(f"{article['outlet']}: {paragraph[:100]!r}")

    n = len(articles)
    print(f"articles:            {n} from {len({a['outlet'] for a in articles})} outlets")
    print(f"headline recognised: {titles}/{n} ({titles / n:.1%}) as in the corpus (ending '.'),")
    print(f"                     {titles_published}/{n} ({titles_published / n:.1%}) as published")
    print(f"quotes kept:         {kept}/{quotes} ({kept / quotes:.2%})")
    print(f"paragraphs dropped:  {dropped}/{paragraphs} ({dropped / paragraphs:.2%})")
    if per_outlet:
        print(f"quotes lost by outlet: {dict(per_outlet)}")
    for example in examples:
        print(f"  dropped: {example}")
    print(f"speed:               {n / elapsed:,.0f} articles/s ({elapsed * 1000 / n:.2f} ms each)")


if __name__ == "__main__":
    main()
