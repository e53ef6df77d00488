"""How right the attributed speakers are, by a hand audit of the corpus's verdicts.

The corpus keys a pronoun source ("…," he said) to an antecedent chosen by a heuristic that its
README puts at about 86% right, and keeps descriptions ("the senator") that the detector, as
specified, resolves to a name. So the strict figure of ``bench/quotes.py`` counts some right
answers as wrong, and could count some wrong ones as right. This script measures how many, by
reading a random sample of both by hand:

``python bench/speaker_audit.py sample --out /tmp/audit.txt [--wrong 150] [--right 60]``
    draws the sample (fixed seed; ``--round N --exclude VERDICTS`` draws a further one from the
    items not judged yet) and writes each item's context, the detector's speaker and
    the corpus keys, to be judged by a reader; with ``--key KEY`` it writes them blind (see
    ``blind``). Keep those files outside the repository: they quote the corpus.

``python bench/speaker_audit.py score VERDICTS...``
    reads the verdicts (one JSON object a line: ``id``, ``quote`` (the labeled quotation's index
    in its article), ``predicted`` (the speaker judged), ``verdict``) and prints the estimated
    speaker accuracy with a 95% interval. A verdict whose ``predicted`` no longer matches what
    the detector says is stale: it is left out, and the item is listed to be judged again (append
    a line with the new ``predicted``; ``--show-stale`` prints the context). An item counts in
    the pile it was drawn from (the corpus rule on the first answer judged) with the verdict on
    its current answer. Verdicts:

    - ``system``: the detector's speaker said the words (a name resolved from a pronoun or a
      description as the spec asks; an anonymous source as the article describes it);
    - ``gold``: the corpus key is right and the detector's speaker is not;
    - ``neither``: both are wrong; ``unclear``: the article does not say.

``python bench/speaker_audit.py blind VERDICTS --out /tmp/blind.txt --key /tmp/key.json``
    writes the judged items again with the two answers as "A" and "B" in random order, for a
    second reader who cannot tell which is the detector's (so a reader's leaning towards either
    source shows); ``unblind READER.jsonl --key /tmp/key.json > bench/speaker-audit-blind.jsonl``
    turns that reader's verdicts (``n`` and A, B, both, neither or unclear) into a verdict file.
    With ``--stale`` it writes only the items whose answer changed since they were judged, so
    they can be judged again blind and the new lines appended.

The verdict files hold identifiers and verdicts only, never corpus text:

- ``bench/speaker-audit.jsonl``: rounds 1 and 2 (560 items), read by two readers who saw which
  answer was the detector's, their few disagreements settled against the detector; items whose
  answer a later rule changed were read again and appended.
- ``bench/speaker-audit-blind.jsonl``: the same items read again by one blind reader, to show
  whether seeing the sources swayed the first reading.
- ``bench/speaker-audit-fresh.jsonl``: round 3 (400 items), drawn after the rules written from
  rounds 1 and 2 had landed, read blind by two readers, disagreements settled against the
  detector. Rules were never written from it, so it is an unbiased estimate; the items a later
  rule changed were read again blind and appended.
- ``bench/speaker-audit-round4.jsonl``: round 4 (400 items), drawn with
  ``sample --round 4 --wrong 200 --right 200`` excluding the three files above; read blind by
  two readers per item, disagreements settled against the detector. Rules are never written
  from rounds 3 and 4, so they stay unbiased estimates as long as the items a rule changes are
  read again.

Each file is a sample of the piles as they were when it was drawn (:data:`DRAWN_FROM`), so its
estimate weighs its piles by those sizes; several files are independent samples of the same
quotations, and their estimates are averaged by how many items each judged.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes import DEFAULT_CORPUS, _speaker_right, name_right, strict_hits

from desk.core.detection import detect_quotes

SEED = 20261126
VERDICTS = ("system", "gold", "neither", "unclear")
_SPACE = re.compile(r"[ \t]+")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    quote: int
    right: bool  # by the corpus rule
    predicted: str | None
    role: str | None
    mention: str | None
    keys: tuple[str, ...]
    text: str
    start: int
    end: int


def items(corpus: Path) -> tuple[list[Item], dict[str, str]]:
    """Every strictly matched quotation that has speaker keys, with the detector's speaker."""
    found: list[Item] = []
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            text: str = article["text"]
            texts[article["id"]] = text
            golds: list[dict[str, Any]] = article["quotes"]
            quotes = detect_quotes(text)
            for quote, hit in zip(quotes, strict_hits(golds, quotes), strict=True):
                if hit is None or golds[hit].get("optional") or not golds[hit]["speaker_keys"]:
                    continue
                speaker = quote.speaker
                found.append(
                    Item(
                        article["id"],
                        hit,
                        _speaker_right(quote, golds[hit]["speaker_keys"]),
                        speaker.name if speaker else None,
                        speaker.role if speaker else None,
                        speaker.mention if speaker else None,
                        tuple(golds[hit]["speaker_keys"]),
                        quote.text,
                        quote.start,
                        quote.end,
                    )
                )
    return found, texts


def _context(text: str, start: int, end: int) -> str:
    """The quotation's paragraph and the two before it, the quotation marked with [[ ]], and
    the next line when it is short (a signature: "Josh Bivens, Economic Policy Institute.")."""
    lo = start
    for _ in range(3):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        if lo == 0:
            break
    lo = max(lo, start - 1500)
    hi = text.find("\n", end)
    if hi >= 0:
        following = text.find("\n", hi + 1)
        following = len(text) if following < 0 else following
        if following - hi <= 120:
            hi = following
    hi = len(text) if hi < 0 else min(hi, end + 600)
    return _SPACE.sub(" ", f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}").strip()


def sample(args: argparse.Namespace) -> None:
    found, texts = items(args.corpus)
    rng = random.Random(SEED + args.round)
    judged: set[tuple[str, int]] = set()
    for path in args.exclude or []:
        judged |= {(r["id"], r["quote"]) for r in _verdicts(path)}
    wrong = [i for i in found if not i.right and (i.id, i.quote) not in judged]
    right = [i for i in found if i.right and (i.id, i.quote) not in judged]
    chosen = [("wrong", i) for i in rng.sample(wrong, min(args.wrong, len(wrong)))]
    chosen += [("right", i) for i in rng.sample(right, min(args.right, len(right)))]
    rng.shuffle(chosen)  # a reader should not know which pile an item comes from
    if args.key is not None:
        _write_blind([item for _pile, item in chosen], texts, args.out, args.key, rng)
    else:
        with args.out.open("w", encoding="utf-8") as out:
            for n, (_pile, item) in enumerate(chosen, 1):
                who = item.predicted or "(none)"
                if item.role:
                    who += f" ({item.role})"
                if item.mention:
                    who += f' [written "{item.mention}"]'
                record = {"n": n, "id": item.id, "quote": item.quote, "predicted": item.predicted}
                out.write(f"=== {json.dumps(record, ensure_ascii=False)}\n")
                out.write(f"detector: {who}\ncorpus keys: {list(item.keys)}\n")
                out.write(_context(texts[item.id], item.start, item.end) + "\n\n")
    print(f"{len(chosen)} items ({len(wrong)} wrong and {len(right)} right in all) -> {args.out}")


def _verdicts(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def blind(args: argparse.Namespace) -> None:
    """The judged items again, each with its two answers as "A" and "B" in random order, so a
    second reader cannot tell the detector's from the corpus's; the key goes to ``--key``."""
    found, texts = items(args.corpus)
    now = {(i.id, i.quote): i for i in found}
    verdicts = _verdicts(args.verdicts)
    current = {
        (r["id"], r["quote"])
        for r in verdicts
        if now.get((r["id"], r["quote"])) and now[(r["id"], r["quote"])].predicted == r["predicted"]
    }
    # --stale: the items whose answer changed since they were judged, to be judged again.
    keys = dict.fromkeys((r["id"], r["quote"]) for r in verdicts if (r["id"], r["quote"]) in now)
    chosen = [now[key] for key in keys if (key in current) != args.stale]
    rng = random.Random(SEED - 1)
    rng.shuffle(chosen)
    _write_blind(chosen, texts, args.out, args.key, rng)


def _write_blind(
    chosen: list[Item], texts: dict[str, str], path: Path, key_path: Path, rng: random.Random
) -> None:
    key: list[dict[str, Any]] = []
    with path.open("w", encoding="utf-8") as out:
        for n, item in enumerate(chosen, 1):
            detector = item.predicted or "(no answer)"
            if item.mention and item.mention != item.predicted:
                detector += f' ("{item.mention}")'
            corpus = " / ".join(item.keys)
            first = rng.random() < 0.5
            a, b = (detector, corpus) if first else (corpus, detector)
            out.write(f"=== {n}\nanswer A: {a}\nanswer B: {b}\n")
            out.write(_context(texts[item.id], item.start, item.end) + "\n\n")
            record = {"n": n, "id": item.id, "quote": item.quote, "predicted": item.predicted}
            key.append({**record, "detector": "A" if first else "B"})
    key_path.write_text(json.dumps(key), encoding="utf-8")
    print(f"{len(chosen)} items -> {path}, key -> {key_path}")


def unblind(args: argparse.Namespace) -> None:
    """A blind reader's verdicts (``n`` and A, B, both, neither or unclear) as a verdict file."""
    key = {k["n"]: k for k in json.loads(args.key.read_text(encoding="utf-8"))}
    for record in _verdicts(args.blind_verdicts):
        item = key[record["n"]]
        said = record["verdict"]
        if said in ("A", "B"):
            verdict = "system" if said == item["detector"] else "gold"
        else:
            verdict = "system" if said == "both" else said
        fields = {k: item[k] for k in ("id", "quote", "predicted")}
        print(json.dumps({**fields, "verdict": verdict}, ensure_ascii=False))


def _posterior(ok: int, judged: int, rng: random.Random) -> float:
    """A draw of the share right, from the Beta posterior with Jeffreys' prior."""
    return rng.betavariate(ok + 0.5, judged - ok + 0.5)


#: How many quotations the corpus rule counted right, of how many, when a round was drawn: a
#: round is a sample of its piles as they were then. A file not listed is weighed by the piles
#: as they are now (its estimate then leans up by a fraction of a point if later rules moved
#: quotations into the right pile).
DRAWN_FROM = {
    "speaker-audit-fresh.jsonl": (7512, 8968),
    "speaker-audit-round4.jsonl": (7560, 8969),
}


@dataclass
class _Round:
    """One verdict file's items, in the piles they were drawn from."""

    name: str
    piles: dict[bool, Counter[str]]
    right: int
    total: int

    def shares(self, is_right: bool) -> tuple[int, int]:
        pile = self.piles[is_right]
        return pile["system"], sum(pile[v] for v in ("system", "gold", "neither"))

    def estimate(self) -> float:
        return (
            sum(
                count * (ok / judged if judged else float(is_right))
                for is_right, count in ((True, self.right), (False, self.total - self.right))
                for ok, judged in [self.shares(is_right)]
            )
            / self.total
        )

    def draw(self, rng: random.Random) -> float:
        right = self.right * _posterior(*self.shares(True), rng)
        wrong = (self.total - self.right) * _posterior(*self.shares(False), rng)
        return (right + wrong) / self.total

    def judged(self) -> int:
        return self.shares(True)[1] + self.shares(False)[1]


def score(args: argparse.Namespace) -> None:
    found, texts = items(args.corpus)
    now = {(i.id, i.quote): i for i in found}
    total = len(found)
    right = sum(1 for i in found if i.right)
    print(f"strict speaker accuracy (corpus rule): {right / total:.3f} ({right} of {total})")
    rounds: list[_Round] = []
    stale: list[Item] = []
    for path in args.verdicts:
        verdicts: dict[tuple[str, int, str | None], str] = {}
        drawn: dict[tuple[str, int], str | None] = {}
        for record in _verdicts(path):
            if record["verdict"] not in VERDICTS:
                raise SystemExit(f"unknown verdict {record['verdict']!r} in {path}")
            # A later line for the same answer overrides an earlier one.
            verdicts[(record["id"], record["quote"], record["predicted"])] = record["verdict"]
            drawn.setdefault((record["id"], record["quote"]), record["predicted"])
        piles: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
        for key, first in drawn.items():
            item = now.get(key)
            verdict = verdicts.get((*key, item.predicted)) if item is not None else None
            if item is None or verdict is None:
                if item is not None:
                    stale.append(item)
                continue
            # The pile the item was drawn from, by the answer it had then: an item a later rule
            # moved to the other pile still stands for the pile it was sampled from.
            piles[name_right(first, item.keys)][verdict] += 1
        sizes = DRAWN_FROM.get(path.name, (right, total))
        rounds.append(_Round(path.name, piles, *sizes))
    rng = random.Random(SEED)
    for one in rounds:
        print(f"{one.name} (drawn when {one.right} of {one.total} were right by the corpus rule):")
        for is_right in (True, False):
            pile = one.piles[is_right]
            ok, judged = one.shares(is_right)
            label = "  right by the corpus rule" if is_right else "  wrong by the corpus rule"
            share = ok / judged if judged else float("nan")
            print(
                f"{label}: {sum(pile.values())} judged, "
                + ", ".join(f"{v} {pile[v]}" for v in VERDICTS)
                + f" -> the detector is right in {share:.2f}"
            )
    # Several rounds are independent samples of the same quotations: their estimates are
    # averaged, each weighed by how many items it judged.
    weights = [one.judged() / sum(r.judged() for r in rounds) for one in rounds]
    estimate = sum(w * one.estimate() for w, one in zip(weights, rounds, strict=True))
    draws = sorted(
        sum(w * one.draw(rng) for w, one in zip(weights, rounds, strict=True)) for _ in range(20000)
    )
    label = "estimated speaker accuracy (unclear left out)"
    if len(rounds) > 1:
        label += ", the rounds pooled"
    print(f"{label}: {estimate:.3f}, 95% interval [{draws[500]:.3f}, {draws[19500]:.3f}]")
    if stale:
        print(f"{len(stale)} judged items have a new answer and need a new verdict:")
        for item in stale:
            record = {"id": item.id, "quote": item.quote, "predicted": item.predicted}
            print(f"=== {json.dumps(record, ensure_ascii=False)}")
            if args.show_stale:
                print(f"corpus keys: {list(item.keys)}")
                print(_context(texts[item.id], item.start, item.end) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="draw the items to judge")
    draw.add_argument("--out", type=Path, required=True)
    draw.add_argument("--wrong", type=int, default=150)
    draw.add_argument("--right", type=int, default=60)
    draw.add_argument("--round", type=int, default=0, help="a further sample: 1, 2, …")
    draw.add_argument(
        "--exclude", type=Path, action="append", help="a verdict file whose items are not drawn"
    )
    draw.add_argument("--key", type=Path, help="write the items blind (see blind), key here")
    judge = commands.add_parser("score", help="the estimate from a verdict file")
    judge.add_argument("verdicts", type=Path, nargs="+")
    judge.add_argument(
        "--show-stale", action="store_true", help="print the context of items to judge again"
    )
    hide = commands.add_parser("blind", help="the judged items with anonymous answers")
    hide.add_argument("verdicts", type=Path)
    hide.add_argument("--out", type=Path, required=True)
    hide.add_argument("--key", type=Path, required=True)
    hide.add_argument("--stale", action="store_true", help="only the items to judge again")
    show = commands.add_parser("unblind", help="a blind reader's verdicts as a verdict file")
    show.add_argument("blind_verdicts", type=Path)
    show.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    {"sample": sample, "score": score, "blind": blind, "unblind": unblind}[args.command](args)


if __name__ == "__main__":
    main()
