"""Cross-outlet matching at library scale: time, peak memory, precision and recall.

For generated libraries of 1k, 10k and 100k quotes (``bench/_families.py``: seeded families
of a base quote and its variants in other articles, about 60% of quotes alone), each method runs
in a fresh process, so its peak memory (``ru_maxrss``) is its own, and is scored against the
known pairs (every cross-article pair of one family):

(a) naive all pairs: every pair of normalised texts (``Prepared.of(text).norm``) scored with
    rapidfuzz ``cdist`` in row blocks. It uses ``Indel.distance``, the quantity ``fuzz.ratio``
    is computed from (ratio = 100 * (1 - d / (len a + len b)), checked against ``fuzz.ratio`` on a
    sample), because the same matrix gives the longest common subsequence, an exact bound
    that rules out ``partial_ratio >= loose_threshold`` for ~99% of pairs: scoring
    ``partial_ratio`` on every pair costs ~65 µs a pair for needles over 64 characters (hours at
    10k). A pair is *whole* when ratio >= ``threshold`` (both quotes of 2+ words), a
    *fragment* when the shorter has ``min_words`` words, ``partial_ratio >= loose_threshold``
    and it shares ``min_words`` distinct words with the aligned window, and *short* when the
    shorter has 2..``min_words - 1`` words, occurs word for word in the longer, says something
    (``informative``) and both speakers are given and agree: the matcher's rules, exhaustively.
    Its groups are the single-link union of its pairs. Runs up to ``--naive-max`` quotes.
(b) Quote Desk: ``match_quotes``. Pairs = pairs of quotes in one group (``result.groups``);
    the raw links' pairs are reported too. A second process times the stages
    (prepare, shingle index, candidates, scoring, grouping) by calling them one by one.

Only cross-article pairs count (a family never repeats within an article). "rel. recall" is
the share of the pairs (a) finds, by kind, that (b)'s groups also hold: the target is >= 0.99,
with 100k quotes grouped in under 10 s and 1 GiB on 2 cores.

Then the labeled quote corpus (``../shared/quote-corpus/polnear-train-dev.jsonl``, read at run
time, never copied): its quotes go through ``match_quotes`` and a sample of cross-outlet groups
is printed.

Run: ``python bench/match.py [--sizes 1000 10000 100000] [--seed 7] [--naive-max 10000]
[--corpus PATH] [--sample 8]``. The whole default run takes about three minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from _families import Library, generate, group_pairs
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from desk.core.matching import (
    Group,
    Link,
    MatchQuote,
    MatchResult,
    MatchSettings,
    Prepared,
    match_quotes,
)
from desk.core.matching.groups import build_groups, speakers_agree
from desk.core.matching.index import shingle_rows
from desk.core.matching.matcher import (
    across_articles,
    candidates,
    distinct_counts,
    score_pairs,
    word_counts,
)
from desk.core.matching.words import informative

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "quote-corpus" / "polnear-train-dev.jsonl"
Codes = npt.NDArray[np.int64]
KINDS = ("whole", "fragment", "short")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _quotes(library: Library) -> list[MatchQuote]:
    return [
        MatchQuote(i, q.article, q.text, q.speaker, q.outlet, partial=q.partial)
        for i, q in enumerate(library.quotes)
    ]


def _pr(found: Codes, known: Codes) -> tuple[float, float]:
    hits = int(np.isin(found, known, assume_unique=True).sum())
    return hits / max(1, found.size), hits / max(1, known.size)


def _group_codes(groups: Sequence[Sequence[int]], articles: Codes) -> Codes:
    labels = np.arange(articles.size, dtype=np.int64) + articles.size  # alone: own label
    for number, members in enumerate(groups):
        if len(members) > 1:
            labels[list(members)] = number
    return group_pairs(labels, articles)


# --- (a) naive all pairs -----------------------------------------------------------------


class _Sets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def naive(quotes: Sequence[MatchQuote], settings: MatchSettings) -> dict[str, Codes]:
    """Every cross-article pair the matcher's rules accept, by kind, found exhaustively."""
    n = len(quotes)
    prepared = [Prepared.of(q.text) for q in quotes]
    norm = [p.norm for p in prepared]
    chars = np.array([len(s) for s in norm], dtype=np.int64)
    nwords = np.array([len(p.forms) for p in prepared], dtype=np.int64)
    codes: dict[int | str, int] = {}
    article = np.array([codes.setdefault(q.article, len(codes)) for q in quotes], dtype=np.int64)
    t, loose, few = settings.threshold, settings.loose_threshold, settings.min_words
    whole: list[Codes] = []
    maybe: list[Codes] = []
    block = max(1, 4_000_000 // max(1, n))
    for start in range(0, n, block):
        stop = min(n, start + block)
        d = process.cdist(
            norm[start:stop], norm[start:], scorer=Indel.distance, dtype=np.int32, workers=-1
        ).astype(np.int64)
        i = np.arange(start, stop)[:, None]
        j = np.arange(start, n)[None, :]
        lensum = chars[i] + chars[j]
        upper = (j > i) & (article[i] != article[j])
        ratio = 100 * (1 - d / np.maximum(lensum, 1))
        fewest = np.minimum(nwords[i], nwords[j])
        is_whole = upper & (ratio >= t) & (fewest >= 2)
        lcs = (lensum - d) // 2
        shorter = np.minimum(chars[i], chars[j])
        # partial_ratio >= loose needs a window w with 200 * lcs(s, w) / (|s| + |w|) >= loose,
        # |w| <= |s|, so lcs(s, long) >= loose / (200 - loose) * |s| (one character of slack).
        bound = lcs * (200 - loose) >= loose * shorter - (200 - loose)
        is_maybe = upper & ~is_whole & bound & (fewest >= few)
        for mask, out in ((is_whole, whole), (is_maybe, maybe)):
            a, b = np.nonzero(mask)
            out.append((a + start) * n + (b + start))
    whole_codes = np.concatenate(whole)
    # The stated rule: a quote under min_words words links only when both speakers are given
    # and agree, whatever its score.
    x, y = whole_codes // n, whole_codes % n
    check = np.flatnonzero(np.minimum(nwords[x], nwords[y]) < few)
    drop = [k for k in check.tolist() if not _agree(quotes[x[k]], quotes[y[k]])]
    whole_codes = np.delete(whole_codes, drop)
    maybe_codes = np.concatenate(maybe)
    a, b = maybe_codes // n, maybe_codes % n
    window = process.cpdist(
        [norm[x] for x in a.tolist()],
        [norm[y] for y in b.tolist()],
        scorer=fuzz.partial_ratio,
        score_cutoff=loose,
        workers=-1,
    )
    fragments: list[int] = []
    for x, y in zip(a[window > 0].tolist(), b[window > 0].tolist(), strict=True):
        s, lng = (x, y) if chars[x] <= chars[y] else (y, x)
        found = fuzz.partial_ratio_alignment(norm[s], norm[lng])
        if found is None:
            continue
        part = prepared[lng]
        first = part.word_at(found.dest_start)
        last = part.word_at(max(found.dest_start, found.dest_end - 1)) + 1
        if len(set(prepared[s].forms) & set(part.forms[first:last])) >= few:
            fragments.append(x * n + y)
    short: list[int] = []
    padded = [f" {s} " for s in norm]
    for s in np.flatnonzero((nwords >= 2) & (nwords < few)).tolist():
        if not (quotes[s].speaker and informative(prepared[s].forms)):
            continue
        needle = padded[s]
        for other in range(n):
            if (
                other != s
                and article[other] != article[s]
                and nwords[other] >= nwords[s]
                and needle in padded[other]
                and _agree(quotes[s], quotes[other])
            ):
                short.append(min(s, other) * n + max(s, other))
    found_kinds = {
        "whole": np.unique(whole_codes),
        "fragment": np.unique(np.array(fragments, dtype=np.int64)),
        "short": np.unique(np.array(short, dtype=np.int64)),
    }
    found_kinds["short"] = np.setdiff1d(found_kinds["short"], found_kinds["whole"])
    sets = _Sets(n)
    for kind in KINDS:
        for code in found_kinds[kind].tolist():
            sets.union(code // n, code % n)
    members: dict[int, list[int]] = {}
    for q in range(n):
        members.setdefault(sets.find(q), []).append(q)
    found_kinds["groups"] = _group_codes(list(members.values()), article)
    found_kinds["largest"] = np.array([max(len(m) for m in members.values())])
    return found_kinds


def _agree(one: MatchQuote, other: MatchQuote) -> bool:
    return bool(one.speaker and other.speaker and speakers_agree(one.speaker, other.speaker))


def _check_ratio(quotes: Sequence[MatchQuote]) -> None:
    """``ratio`` from ``Indel.distance`` equals ``fuzz.ratio`` (on a sample of pairs)."""
    rng = random.Random(1)
    norm = [Prepared.of(q.text).norm for q in quotes]
    for _ in range(2000):
        x, y = norm[rng.randrange(len(norm))], norm[rng.randrange(len(norm))]
        lensum = len(x) + len(y)
        derived = 100 * (1 - Indel.distance(x, y) / lensum) if lensum else 100.0
        assert abs(derived - fuzz.ratio(x, y)) < 1e-9, (x, y)


# --- children: one method in one process -------------------------------------------------


def _run_naive(
    quotes: list[MatchQuote], settings: MatchSettings, out: Path, known: Codes
) -> dict[str, Any]:
    _check_ratio(quotes[:2000])
    base = _peak_mib()
    began = time.perf_counter()
    found = naive(quotes, settings)
    elapsed = time.perf_counter() - began
    peak = _peak_mib()
    np.savez(out, known=known, **{k: found[k] for k in KINDS})
    every = np.unique(np.concatenate([found[k] for k in KINDS]))
    return {
        "time": elapsed,
        "peak": peak,
        "base": base,
        "largest": int(found["largest"][0]),
        "pairs": every,
        "groups": found["groups"],
        "counts": {k: int(found[k].size) for k in KINDS},
    }


def _run_desk(
    quotes: list[MatchQuote], settings: MatchSettings, out: Path, known: Codes
) -> dict[str, Any]:
    base = _peak_mib()
    began = time.perf_counter()
    result = match_quotes(quotes, settings)
    elapsed = time.perf_counter() - began
    peak = _peak_mib()
    n = len(quotes)
    articles = _article_ids(quotes)
    links = np.unique(
        np.array([min(k.a, k.b) * n + max(k.a, k.b) for k in result.links], dtype=np.int64)
    )
    groups = _group_codes([g.members for g in result.groups], articles)
    np.savez(out, groups=groups, links=links)
    breaking = _rule_breaking(result, settings)
    return {
        "time": elapsed,
        "peak": peak,
        "base": base,
        "largest": max(len(g.members) for g in result.groups),
        "pairs": links,
        "groups": groups,
        "counts": dict(Counter(str(k.relation) for k in result.links)),
        "candidates": result.candidates,
        "result": result,
        "breaking": len(breaking),
        "breaking_true": sum(
            bool(np.isin(min(k.a, k.b) * n + max(k.a, k.b), known)) for k in breaking
        ),
        "breaking_examples": [
            f"{quotes[k.a].text!r} ({quotes[k.a].speaker}) ~ {_cut(quotes[k.b].text, 70)!r}"
            f" ({quotes[k.b].speaker}): {k.relation} {k.score}"
            for k in breaking[:3]
        ],
    }


def _rule_breaking(result: MatchResult, settings: MatchSettings) -> list[Link]:
    """Links of a quote under ``min_words`` words whose speakers are not both given and
    agreeing: the matcher's stated rule says these never link."""
    quotes = result.quotes
    size = [len(Prepared.of(q.text).forms) for q in quotes]
    return [
        k
        for k in result.links
        if min(size[k.a], size[k.b]) < settings.min_words and not _agree(quotes[k.a], quotes[k.b])
    ]


def _article_ids(quotes: Sequence[MatchQuote]) -> Codes:
    codes: dict[int | str, int] = {}
    return np.array([codes.setdefault(q.article, len(codes)) for q in quotes], dtype=np.int64)


def _run_stages(quotes: list[MatchQuote], settings: MatchSettings) -> dict[str, Any]:
    base = _peak_mib()
    marks = [time.perf_counter()]
    prepared = [Prepared.of(q.text) for q in quotes]
    marks.append(time.perf_counter())
    tri, bi = shingle_rows(prepared)
    marks.append(time.perf_counter())
    distinct = distinct_counts(tri, len(prepared))  # as match_quotes does
    found = candidates(word_counts(prepared), settings, tri, bi, distinct=distinct)
    found = across_articles(found, [q.article for q in quotes])
    marks.append(time.perf_counter())
    links = score_pairs(found, prepared, settings, [q.speaker for q in quotes])
    marks.append(time.perf_counter())
    build_groups(quotes, links, settings, prepared)
    marks.append(time.perf_counter())
    names = ("prepare", "shingles", "candidates", "scoring", "groups")
    return {
        "stages": {name: marks[k + 1] - marks[k] for k, name in enumerate(names)},
        "postings": int(tri.hashes.size + bi.hashes.size),
        "candidates": len(found),
        "links": len(links),
        "peak": _peak_mib(),
        "base": base,
    }


def _child(method: str, size: int, seed: int, out: Path) -> None:
    settings = MatchSettings()
    library = generate(size, seed)
    quotes = _quotes(library)
    if method == "stages":
        print(json.dumps(_run_stages(quotes, settings)))
        return
    known = library.known_pairs()
    run = _run_naive if method == "naive" else _run_desk
    report = run(quotes, settings, out, known)
    group_p, group_r = _pr(report.pop("groups"), known)
    pair_p, pair_r = _pr(report.pop("pairs"), known)
    report |= {"group_p": group_p, "group_r": group_r, "pair_p": pair_p, "pair_r": pair_r}
    report["known"] = int(known.size)
    result = report.pop("result", None)
    if result is not None:
        report["by_kind"] = _recall_by_kind(library, np.load(out)["groups"], known)
        report["false"] = _false_examples(library, result.groups, known)
    print(json.dumps(report))


def _recall_by_kind(library: Library, found: Codes, known: Codes) -> dict[str, float]:
    n = len(library.quotes)
    kinds = [q.kind for q in library.quotes]
    hit = np.isin(known, found, assume_unique=True)
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for code, ok in zip(known.tolist(), hit.tolist(), strict=True):
        pair = {kinds[code // n], kinds[code % n]}
        kind = next((k for k in ("misattributed", "fragment", "extension") if k in pair), "edit")
        totals[kind] += 1
        hits[kind] += ok
    return {k: hits[k] / totals[k] for k in sorted(totals)}


def _false_examples(library: Library, groups: Sequence[Group], known: Codes) -> list[str]:
    """A few group pairs that are in no family, to read."""
    n = len(library.quotes)
    lines: list[str] = []
    for group in groups:
        if len(group.members) < 2 or len(lines) >= 4:
            continue
        members = list(group.members)
        for x in members:
            for y in members:
                code = min(x, y) * n + max(x, y)
                if x < y and library.quotes[x].family != library.quotes[y].family:
                    if np.isin(code, known) or len(lines) >= 4:
                        continue
                    qx, qy = library.quotes[x], library.quotes[y]
                    lines.append(
                        f"group of {len(members)}: {_cut(qx.text, 90)!r} ({qx.kind})"
                        f"  ~  {_cut(qy.text, 90)!r} ({qy.kind})"
                    )
    return lines


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- the parent: sizes, comparison, corpus -------------------------------------------------


def _spawn(method: str, size: int, seed: int, out: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", method, "--size", str(size)]
    command += ["--seed", str(seed), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{method} at {size} failed")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _relative(naive_file: Path, desk_file: Path) -> dict[str, list[tuple[int, float, float]]]:
    """For each kind, for all of (a)'s pairs and for its true ones: how many, and the share
    that (b)'s groups and (b)'s links hold."""
    a, b = np.load(naive_file), np.load(desk_file)
    out: dict[str, list[tuple[int, float, float]]] = {}
    for kind in KINDS:
        out[kind] = []
        for pairs in (a[kind], a[kind][np.isin(a[kind], a["known"])]):
            out[kind].append(
                (
                    int(pairs.size),
                    float(np.isin(pairs, b["groups"]).mean()) if pairs.size else 1.0,
                    float(np.isin(pairs, b["links"]).mean()) if pairs.size else 1.0,
                )
            )
    return out


def _missed(naive_file: Path, desk_file: Path, size: int, seed: int, show: int) -> list[str]:
    a, b = np.load(naive_file), np.load(desk_file)
    library = generate(size, seed)
    n = len(library.quotes)
    lines: list[str] = []
    for kind in KINDS:
        missed = a[kind][~np.isin(a[kind], b["groups"]) & np.isin(a[kind], a["known"])]
        for code in missed[:show].tolist():
            qx, qy = library.quotes[code // n], library.quotes[code % n]
            lines.append(
                f"{kind} ({qx.kind}/{qy.kind}): {_cut(qx.text, 90)!r} | {_cut(qy.text, 90)!r}"
            )
    return lines


def _print_run(label: str, r: dict[str, Any]) -> None:
    print(
        f"  {label:<11} {r['time']:7.2f} s  peak {r['peak']:7.0f} MiB"
        f" (+{r['peak'] - r['base']:.0f} over the loaded library)"
        f"  groups P {r['group_p']:.3f} R {r['group_r']:.3f}"
        f"  pairs P {r['pair_p']:.3f} R {r['pair_r']:.3f}  largest group {r['largest']}"
    )


def bench_sizes(args: argparse.Namespace, scratch: Path) -> list[list[str]]:
    table: list[list[str]] = []
    for size in args.sizes:
        print(f"\n== {size:,} quotes (seed {args.seed}) ==")
        naive_file = scratch / f"naive-{size}.npz"
        desk_file = scratch / f"desk-{size}.npz"
        na: dict[str, Any] | None = None
        if size <= args.naive_max:
            na = _spawn("naive", size, args.seed, naive_file)
            print(f"  known pairs {na['known']:,}")
            _print_run("(a) naive", na)
            counts = ", ".join(f"{k} {v:,}" for k, v in na["counts"].items())
            print(f"              pairs by kind: {counts}; groups = single-link union")
        else:
            print(f"  (a) naive   skipped: N² = {size * size:.1e} cells (> --naive-max)")
        qd = _spawn("desk", size, args.seed, desk_file)
        if na is None:
            print(f"  known pairs {qd['known']:,}")
        _print_run("(b) desk", qd)
        links = ", ".join(f"{k} {v:,}" for k, v in sorted(qd["counts"].items()))
        print(f"              {qd['candidates']:,} candidates; links: {links}")
        kinds = ", ".join(f"{k} {v:.3f}" for k, v in qd["by_kind"].items())
        print(f"              group recall of known pairs by variant: {kinds}")
        for line in qd["false"]:
            print(f"              false: {line}")
        print(
            f"              links breaking the short-quote speaker rule: {qd['breaking']:,}"
            f" ({qd['breaking_true']:,} of them true pairs)"
        )
        for line in qd["breaking_examples"]:
            print(f"                e.g. {line}")
        st = _spawn("stages", size, args.seed, scratch / "unused.npz")
        parts = "  ".join(f"{k} {v:.2f}" for k, v in st["stages"].items())
        print(
            f"  (b) stages  {parts} s; {st['postings']:,} postings, {st['candidates']:,}"
            f" candidates, {st['links']:,} links, peak {st['peak']:.0f} MiB"
        )
        rel = "n/a"
        if na is not None:
            relative = _relative(naive_file, desk_file)
            print("  (b) vs (a): share of (a)'s pairs that (b)'s groups / links hold")
            for kind, ((count, in_groups, in_links), (true, t_groups, t_links)) in relative.items():
                print(
                    f"              {kind:<9} all {count:6,}: {in_groups:.4f} / {in_links:.4f}"
                    f"   true {true:6,}: {t_groups:.4f} / {t_links:.4f}"
                )
            for line in _missed(naive_file, desk_file, size, args.seed, args.show):
                print(f"    missed true pair, {line}")
            rel = " / ".join(
                f"{relative[k][0][1]:.3f} ({relative[k][1][1]:.3f})" for k in ("whole", "fragment")
            )
            table.append(_row(size, "(a) naive", na, "-"))
        table.append(_row(size, "(b) desk", qd, rel))
    return table


def _row(size: int, label: str, r: dict[str, Any], rel: str) -> list[str]:
    return [
        f"{size:,}",
        label,
        f"{r['time']:.2f}",
        f"{r['peak']:.0f}",
        f"{r['group_p']:.3f}",
        f"{r['group_r']:.3f}",
        f"{r['pair_p']:.3f}",
        f"{r['pair_r']:.3f}",
        str(r["largest"]),
        rel,
    ]


def bench_corpus(path: Path, sample: int) -> list[str]:
    """Quote Desk on the labeled corpus; returns summary lines for the table."""
    quotes: list[MatchQuote] = []
    for line in path.open(encoding="utf-8"):
        article = json.loads(line)
        for q in article["quotes"]:
            keys = q.get("speaker_keys") or []
            quotes.append(
                MatchQuote(
                    len(quotes),
                    article["id"],
                    q["text"],
                    keys[0] if keys else None,
                    article["outlet"],
                    partial=bool(q.get("partial")),
                )
            )
    began = time.perf_counter()
    result = match_quotes(quotes)
    elapsed = time.perf_counter() - began
    multi = [g for g in result.groups if len(g.members) > 1]
    cross = [g for g in multi if len({quotes[i].outlet for i in g.members}) > 1]
    articles = len({q.article for q in quotes})
    print(f"\n== corpus: {path.name} ({len(quotes):,} quotes, {articles} articles) ==")
    print(
        f"  {elapsed:.2f} s; {result.candidates:,} candidates, {len(result.links):,} links;"
        f" {len(multi)} groups of 2+, {len(cross)} cross-outlet (2+ outlets),"
        f" largest {max(len(g.members) for g in result.groups)}"
    )
    relations = Counter(str(k.relation) for k in result.links)
    print(f"  links: {', '.join(f'{k} {v}' for k, v in sorted(relations.items()))}")
    breaking = _rule_breaking(result, MatchSettings())
    print(f"  links breaking the short-quote speaker rule: {len(breaking)}")
    rng = random.Random(3)
    shown = sorted(rng.sample(cross, min(sample, len(cross))), key=lambda g: -len(g.members))
    for group in shown:
        flags = Counter(str(f.kind) for f in group.flags)
        print(f"  group {group.id}: {len(group.members)} quotes; flags {dict(flags) or '-'}")
        for i in group.members:
            q = quotes[i]
            mark = " (partial)" if q.partial else ""
            print(f"    {q.outlet:<20} | {q.speaker or '-':<14} | {_cut(q.text, 80)}{mark}")
    return [f"corpus: {len(cross)} cross-outlet groups of {len(multi)} groups, {elapsed:.2f} s"]


def _table(rows: list[list[str]]) -> None:
    head = ["quotes", "method", "time s", "peak MiB", "grp P", "grp R", "link P", "link R"]
    head += ["largest", "(b) holds of (a)'s whole / frag pairs: all (true)"]
    widths = [max(len(r[k]) for r in [head, *rows]) for k in range(len(head))]
    for row in [head, *rows]:
        print("  " + "  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--naive-max", type=int, default=10_000, help="largest naive size")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=8, help="corpus groups to print")
    parser.add_argument("--show", type=int, default=3, help="missed pairs to print, by kind")
    parser.add_argument("--child", choices=("naive", "desk", "stages"), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.size, args.seed, args.out)
        return
    print(f"settings: {MatchSettings().as_dict()}")
    with tempfile.TemporaryDirectory() as scratch:
        table = bench_sizes(args, Path(scratch))
    notes: list[str] = []
    if args.corpus.exists():
        notes = bench_corpus(args.corpus, args.sample)
    else:
        print(f"\n(no corpus at {args.corpus})")
    print("\n== summary (pairs are cross-article; P/R against the known family pairs) ==")
    _table(table)
    for line in notes:
        print(f"  {line}")


if __name__ == "__main__":
    main()
