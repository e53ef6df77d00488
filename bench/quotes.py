"""How well quotations are found and attributed, measured on the labeled quote corpus.

Runs :func:`desk.core.detection.detect_quotes` on every article of the corpus (the whole text,
headline line included, with ``headline=False``, as the importer's cleaned text would be) and on
the sample articles in ``library/`` (parsed with ``parse_file``, so offsets refer to the cleaned
text; what is found there is printed for eyeballing). Prints:

- span precision, recall and F1. A predicted span matches a labeled quotation of the same article
  when both texts are equal after collapsing whitespace, case-folding and stripping surrounding
  punctuation, spaces and quote marks; each labeled quotation matches at most one prediction.
  A prediction that matches an *optional* quotation (one with no annotated source) counts
  neither as right nor wrong, and optional quotations are never counted as missed. The lenient
  figure also accepts a pair whose word multisets overlap by at least 0.9 (Dice coefficient).
- speaker accuracy over strictly matched quotations that have speaker keys: right when the
  predicted speaker's name contains one of the keys, case-insensitively (the corpus rule). The
  keys of pronoun sources were resolved by a heuristic, so this figure is approximate.
- a second, clearly labeled figure, "speaker (name or description as written)": the same
  quotations, right when the name contains a key as above *or* the speaker's ``mention`` (the
  description as the attribution writes it, "the senator", "a campaign spokesman") contains one.
  The spec resolves descriptions to the last fitting named person, so the strict figure counts
  "the senator" resolved to "Ana Ortez" as wrong when the annotators kept "the senator"; this
  figure shows how many of those the description itself answers. Pronoun mentions never count:
  ``mention`` is None for names and pronouns. The strict figure remains the reference.
- partial-flag accuracy over strictly matched quotations,
- the same figures per outlet, and articles per second on one core (best of three passes), with
  the build that ran: pure Python, or compiled by mypyc (README, "Compiled detection").

Run: ``python bench/quotes.py [--split train|dev|all] [--corpus PATH] [--show N] [--why]``.
The corpus is read where it lies and never copied; ``--show`` prints that many mistakes of each
kind, to read in the terminal. ``--why`` counts the speaker mistakes by kind: no speaker or a
wrong one, then the rule that attributed the quotation (``pre``, ``post``, ``embedded``,
``described-subject``, ``continue-*``, ``fallback-*``) and the kind of words it read (name,
pronoun, description), or why it is out of reach (the gold key is a pronoun, or a description
the spec resolves to a name);
"in paragraph", "earlier" and "not nearby" say where the article names the gold speaker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import types
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.core.detection import FoundQuote, detect_quotes
from desk.core.detection import attribution as detection_attribution
from desk.core.detection import lexicon as detection_lexicon
from desk.core.detection import names as detection_names
from desk.core.detection.attribution import Attribution, attribute
from desk.core.detection.lexicon import word_set
from desk.core.detection.marks import find_spans
from desk.core.importing import parse_file

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "quote-corpus" / "polnear-train-dev.jsonl"
_SPACE = re.compile(r"\s+")
_EDGES = " \t\n.,;:!?-—–…'\"“”‘’«»()[]"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip(_EDGES).casefold()


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def lenient_match(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    total = sum(wa.values()) + sum(wb.values())
    return total > 0 and 2 * sum((wa & wb).values()) / total >= 0.9


@dataclass(slots=True)
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    lenient_matched: int = 0
    lenient_predicted: int = 0
    speakers: int = 0
    speakers_right: int = 0
    speakers_written: int = 0  # right by name, or by the description as written
    partials_right: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    why: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.lenient_matched += other.lenient_matched
        self.lenient_predicted += other.lenient_predicted
        self.speakers += other.speakers
        self.speakers_right += other.speakers_right
        self.speakers_written += other.speakers_written
        self.partials_right += other.partials_right
        self.why.update(other.why)

    def line(self, label: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lp = self.lenient_matched / self.lenient_predicted if self.lenient_predicted else 0.0
        lr = self.lenient_matched / self.gold if self.gold else 0.0
        lf = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
        s = self.speakers_right / self.speakers if self.speakers else 0.0
        sw = self.speakers_written / self.speakers if self.speakers else 0.0
        pa = self.partials_right / self.matched if self.matched else 0.0
        return (
            f"{label:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (lenient F1 {lf:.3f})  "
            f"speaker {s:.3f} ({self.speakers})  partial {pa:.3f}  gold {self.gold}  "
            f"| speaker (name or description as written) {sw:.3f}"
        )


def _speaker_right(found: FoundQuote, keys: list[str]) -> bool:
    return name_right(found.speaker.name if found.speaker else None, keys)


def name_right(name: str | None, keys: list[str] | tuple[str, ...]) -> bool:
    """The corpus rule: the speaker's name contains one of the keys, case-insensitively (and
    whatever the spaces: the pages' no-break spaces and doubled spaces are no speaker's)."""
    if name is None:
        return False
    folded = " ".join(name.casefold().split())
    return any(" ".join(key.casefold().split()) in folded for key in keys)


def _written_right(found: FoundQuote, keys: list[str]) -> bool:
    """Right by name, or by the description as the attribution writes it (never a pronoun)."""
    if _speaker_right(found, keys):
        return True
    if found.speaker is None or not found.speaker.mention:
        return False
    return name_right(found.speaker.mention, [k for k in keys if k.casefold() not in _JUNK_KEYS])


def _clear_caches() -> None:
    for module in (detection_attribution, detection_names, detection_lexicon):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def _build() -> str:
    """Which detection ran: the sources, or the wheel compiled by mypyc (hatch_build.py)."""
    return "pure Python" if isinstance(detect_quotes, types.FunctionType) else "compiled (mypyc)"


def _context(text: str, start: int, end: int) -> str:
    return _SPACE.sub(" ", text[max(0, start - 120) : end + 120])


# Gold keys no rule can match: pronouns and relative words the annotation kept as the source.
_JUNK_KEYS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "who",
        "whom",
        "that",
        "this",
        "which",
        "one",
        "someone",
        "those",
        "these",
    ]
)
_FIRST_PERSON = frozenset({"i", "we"})


def _paragraph(text: str, at: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return lo, len(text) if hi < 0 else hi


# Words that open a description written at the start of a sentence: "The Florida senator".
_DESCRIPTION_OPENERS = word_set(
    "the a an this that these those another some many most his her its their one two"
)


def _is_description(key: str) -> bool:
    """A key that describes rather than names: "the senator", and "The Florida senator" or
    "Sanders himself" too, which open a sentence or end in a reflexive."""
    words = key.split()
    if not words:
        return False
    if key[:1].islower():
        return True
    first, last = words[0].casefold(), words[-1]
    return last in {"himself", "herself"} or (
        first in _DESCRIPTION_OPENERS and len(words) > 1 and last[:1].islower()
    )


def why(text: str, quote: FoundQuote, keys: list[str], result: Attribution | None) -> str:
    """The kind of a speaker mistake: "none" or "wrong", then the frame or rule involved."""
    outcome = "none" if quote.speaker is None else "wrong"
    folded = [k.casefold().strip() for k in keys]
    if all(k in _JUNK_KEYS or not k for k in folded):
        return f"{outcome}: unwinnable key (pronoun/junk)"
    if all(_is_description(k) for k in keys):
        return f"{outcome}: gold is a description"
    lo, hi = _paragraph(text, quote.start)
    before_para = text[max(0, lo - 2000) : lo].casefold()
    in_para = any(k in text[lo:hi].casefold() for k in folded)
    where = (
        "in paragraph"
        if in_para
        else "earlier"
        if any(k in before_para for k in folded)
        else "not nearby"
    )
    mention = result.mention if result is not None else None
    rule = result.rule if result is not None else ""
    if mention is not None and mention.kind == "pronoun":
        if mention.text.casefold() in _FIRST_PERSON:
            return f"{outcome}: first-person I/we"
        if mention.text.casefold() in {"it", "they"}:
            return f"{outcome}: pronoun it/they ({where})"
        return f"{outcome}: pronoun he/she ({rule}, {where})"
    if mention is not None and mention.kind == "description":
        return f"{outcome}: description ({rule})"
    if mention is not None:
        return f"{outcome}: name frame ({rule}, {where})"
    if rule.startswith(("continue", "fallback")):
        return f"{outcome}: {rule} ({where})"
    paragraph = text[lo:hi]
    outside = re.sub(r"[\"“”]+[^\"“”]*[\"“”]+", "", paragraph).strip(" .,\"“”'")
    if not outside:
        return f"{outcome}: quote-only paragraph ({where})"
    if "according to" in paragraph.casefold():
        return f"{outcome}: according to"
    return f"{outcome}: no frame found ({where})"


def strict_hits(golds: list[dict[str, Any]], found: list[FoundQuote]) -> list[int | None]:
    """For each prediction, the labeled quotation it strictly matches (each used once)."""
    keys = [normalise(q["text"]) for q in golds]
    used = [False] * len(golds)
    hits: list[int | None] = []
    for quote in found:
        norm = normalise(quote.text)
        hit = next((i for i, k in enumerate(keys) if not used[i] and k == norm), None)
        if hit is not None:
            used[hit] = True
        hits.append(hit)
    return hits


def score(
    article: dict[str, Any],
    found: list[FoundQuote],
    show: bool,
    results: dict[int, Attribution] | None = None,
    bucket: str | None = None,
) -> Tally:
    tally = Tally()
    golds: list[dict[str, Any]] = article["quotes"]
    keys = [normalise(q["text"]) for q in golds]
    used = [False] * len(golds)
    lenient_used = [False] * len(golds)
    examples: dict[str, list[str]] = {"wrong span": [], "missed": [], "speaker": [], "partial": []}
    text: str = article["text"]
    for quote, hit in zip(found, strict_hits(golds, found), strict=True):
        norm = normalise(quote.text)
        if hit is None:
            hit_optional = next(
                (i for i, k in enumerate(keys) if golds[i].get("optional") and k == norm), None
            )
            if hit_optional is None:
                tally.predicted += 1
                examples["wrong span"].append(_context(text, quote.start, quote.end))
            lenient = next(
                (
                    i
                    for i, g in enumerate(golds)
                    if not lenient_used[i] and lenient_match(g["text"], quote.text)
                ),
                None,
            )
            if lenient is not None:
                lenient_used[lenient] = True
                if not golds[lenient].get("optional"):
                    tally.lenient_matched += 1
                    tally.lenient_predicted += 1
            elif hit_optional is None:
                tally.lenient_predicted += 1
            continue
        used[hit] = True
        gold = golds[hit]
        if gold.get("optional"):
            continue
        lenient_used[hit] = True
        tally.predicted += 1
        tally.lenient_predicted += 1
        tally.matched += 1
        tally.lenient_matched += 1
        if gold["speaker_keys"]:
            tally.speakers += 1
            if _written_right(quote, gold["speaker_keys"]):
                tally.speakers_written += 1
            if _speaker_right(quote, gold["speaker_keys"]):
                tally.speakers_right += 1
            else:
                kind = ""
                if results is not None:
                    kind = why(text, quote, gold["speaker_keys"], results.get(quote.start))
                    tally.why[kind] += 1
                who = quote.speaker.name if quote.speaker else None
                if bucket is None or bucket in kind:
                    examples["speaker"].append(
                        f"{who!r} vs {gold['speaker_keys']} [{kind}]: "
                        f"{_context(text, quote.start, quote.end)}"
                    )
        if quote.partial == bool(gold.get("partial")):
            tally.partials_right += 1
        else:
            examples["partial"].append(
                f"gold {bool(gold.get('partial'))}: {_context(text, quote.start, quote.end)}"
            )
    for i, gold in enumerate(golds):
        if gold.get("optional"):
            continue
        tally.gold += 1
        if not used[i]:
            at = text.find(gold["text"])
            examples["missed"].append(
                _context(text, at, at + len(gold["text"])) if at >= 0 else gold["text"]
            )
    if show:
        tally.examples = examples
    return tally


def _samples() -> None:
    print("\nLibrary samples (cleaned text):")
    for path in sorted((REPO / "library").glob("*.txt")):
        draft = parse_file(path)
        print(f"\n  {path.name}")
        for quote in detect_quotes(draft.text):
            who = "?"
            if quote.speaker is not None:
                who = quote.speaker.name
                if quote.speaker.role:
                    who += f" ({quote.speaker.role})"
                if quote.speaker.anonymous:
                    who += " [anonymous]"
            flag = " partial" if quote.partial else ""
            snippet = _SPACE.sub(" ", quote.text)
            snippet = snippet if len(snippet) <= 70 else snippet[:67] + "..."
            print(f"    {quote.start:>5} {quote.confidence:.2f}{flag:8} {who}: {snippet}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=["train", "dev", "all"], default="all")
    parser.add_argument("--show", type=int, default=0, help="mistakes of each kind to print")
    parser.add_argument("--outlet", help="only articles from this outlet")
    parser.add_argument("--no-samples", action="store_true")
    parser.add_argument("--why", action="store_true", help="count speaker mistakes by kind")
    parser.add_argument("--bucket", help="with --why: show only speaker mistakes of this kind")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    with args.corpus.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    if args.split != "all":
        articles = [a for a in articles if a["split"] == args.split]
    if args.outlet:
        articles = [a for a in articles if a["outlet"] == args.outlet]

    # Best of three passes: the figure is the code's speed, not the machine's other load. Each
    # pass starts with empty caches, as a fresh start of the app would.
    elapsed = float("inf")
    for _ in range(3):
        _clear_caches()
        start = time.perf_counter()
        results = [detect_quotes(a["text"]) for a in articles]
        elapsed = min(elapsed, time.perf_counter() - start)

    total = Tally()
    per_outlet: dict[str, Tally] = {}
    examples: dict[str, list[str]] = {}
    for article, found in zip(articles, results, strict=True):
        attributions = None
        if args.why:
            spans = find_spans(article["text"])
            attributions = {
                span.start: result
                for span, result in zip(spans, attribute(article["text"], spans), strict=True)
            }
        tally = score(article, found, args.show > 0, attributions, args.bucket)
        total.add(tally)
        per_outlet.setdefault(article["outlet"], Tally()).add(tally)
        for kind, items in tally.examples.items():
            examples.setdefault(kind, []).extend(items)

    print(f"{len(articles)} articles ({args.split}), {total.gold} labeled quotations")
    print(total.line("all outlets"))
    for outlet in sorted(per_outlet):
        print(per_outlet[outlet].line(outlet))
    print(
        f"speed: {len(articles) / elapsed:.0f} articles/s on one core ({elapsed:.2f} s, "
        f"detection {_build()})"
    )
    if args.why:
        wrong = sum(total.why.values())
        print(f"\n== speaker mistakes by kind: {wrong}")
        for kind, count in sorted(total.why.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:>5}  {count / max(1, total.speakers):6.1%}  {kind}")
    for kind, items in examples.items():
        print(f"\n== {kind}: {len(items)}")
        for item in items[: args.show]:
            print(f"  - {item}")
    if not args.no_samples:
        _samples()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
