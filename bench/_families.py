"""A seeded generator of quote "families" for ``bench/match.py``: one statement as several
outlets reported it, with the differences real reports show.

Every word is invented here (syllables for content words and names, a short list of English
function words for grammar, a few spelling pairs and number forms to exercise normalisation);
nothing is taken from the quote corpus or any other text.

A family is a base quote and its variants, each in a different article with its own outlet and
speaker: surface changes (case, punctuation, straight or curly quote marks and apostrophes), a
dropped, added or substituted word, British or American spelling, "re-engage"/"reengage",
numbers written differently ("10"/"ten", "1,000"/"1000", "percent"/"per cent"), fragments
(3–15 contiguous words, ``partial=True``), extensions (an extra sentence) and, now and then, a
different speaker. Most quotes are singletons. The known true pairs are every pair of members
of one family from different articles.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

#: The grammar of the invented language: real English function words, most frequent first.
_GRAMMAR = (
    "the to and of a in that we is it for this on are be not have with they will i you our"
    " was but as at what do all by there would about people so he from an if more can who"
    " going think been has their one very just because out them were said which get when"
    " should know like up us need make want no now into than also back way these only"
)
_FUNCTION = _GRAMMAR.split()
_CONTRACTIONS = ("don't", "we're", "it's", "can't", "they're", "won't", "isn't", "that's")
_SPELLINGS = (
    ("colour", "color"),
    ("organise", "organize"),
    ("organised", "organized"),
    ("centre", "center"),
    ("defence", "defense"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("programme", "program"),
    ("realise", "realize"),
    ("honour", "honor"),
)
_HYPHENS = (("re-engage", "reengage"), ("co-operate", "cooperate"), ("re-elect", "reelect"))
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
_NUMBER_DIGITS = ("2", "3", "4", "5", "6", "7", "8", "9", "10", "12")
_LETTERS = (
    "b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr st tr sh ch th",
    "a e i o u ai ea io ou",
)
_ONSETS, _VOWELS = (part.split() for part in _LETTERS)
_CODAS = ("", "n", "r", "s", "t", "l", "m", "nd", "nt", "rd", "st", "ck")
_PUNCT = (",", ",", ",", ";", " —", ":")


@dataclass(frozen=True, slots=True)
class FakeQuote:
    family: int
    article: int
    outlet: str
    speaker: str | None
    text: str
    partial: bool
    kind: str  # base, edit, fragment, extension, misattributed


@dataclass(frozen=True, slots=True)
class Library:
    quotes: list[FakeQuote]

    def known_pairs(self) -> npt.NDArray[np.int64]:
        """Codes ``a * n + b`` (a < b) of the cross-article pairs within each family, sorted."""
        n = len(self.quotes)
        family = np.fromiter((q.family for q in self.quotes), dtype=np.int64, count=n)
        article = np.fromiter((q.article for q in self.quotes), dtype=np.int64, count=n)
        return group_pairs(family, article)


def group_pairs(
    labels: npt.NDArray[np.int64], article: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Codes ``a * n + b`` (a < b) of the pairs that share a label but not an article."""
    n = labels.size
    order = np.lexsort((np.arange(n), labels))
    sorted_labels = labels[order]
    starts = np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
    sizes = np.diff(np.r_[starts, n])
    found: list[npt.NDArray[np.int64]] = []
    for size in np.unique(sizes):
        if size < 2:
            continue
        block = order[starts[sizes == size][:, None] + np.arange(size)]
        rows, cols = np.triu_indices(int(size), k=1)
        a, b = block[:, rows].ravel(), block[:, cols].ravel()
        a, b = np.minimum(a, b), np.maximum(a, b)
        keep = article[a] != article[b]
        found.append(a[keep] * n + b[keep])
    if not found:
        return np.empty(0, dtype=np.int64)
    return np.unique(np.concatenate(found))


class _Language:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        seen: set[str] = set(_FUNCTION)
        content: list[str] = []
        while len(content) < 6000:
            word = "".join(
                rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2, 2, 3)))
            ) + rng.choice(_CODAS)
            if word not in seen and len(word) > 2:
                seen.add(word)
                content.append(word)
        # Zipf-Mandelbrot: function words first, then content words; rank r weighs 1 / (r + 2.7).
        self.words = _FUNCTION + content
        weights = 1.0 / (np.arange(1, len(self.words) + 1) + 2.7)
        self.cumulative = np.cumsum(weights / weights.sum()).tolist()
        # Stock phrases every speaker uses ("we are going to"): common shingles.
        self.phrases = [self.sample(rng.randint(3, 5), common=2000) for _ in range(600)]
        self.names = [self._name() for _ in range(400)]
        self.speakers = [f"{self._name()} {self._name()}" for _ in range(3000)]
        self.outlets = [
            f"The {self._name()} {rng.choice(('Post', 'Times', 'Herald', 'Wire'))}"
            for _ in range(14)
        ]

    def _name(self) -> str:
        rng = self.rng
        return (
            rng.choice(_ONSETS)
            + rng.choice(_VOWELS)
            + rng.choice(_ONSETS[:12])
            + rng.choice(_VOWELS)
        ).title()

    def sample(self, count: int, common: int = 0) -> list[str]:
        """``count`` words by frequency (from the ``common`` most frequent if given)."""
        top = self.cumulative[common - 1] if common else 1.0
        out: list[str] = []
        while len(out) < count:
            word = self.words[bisect.bisect(self.cumulative, self.rng.random() * top)]
            if not out or word != out[-1]:
                out.append(word)
        return out

    def special(self) -> str:
        """A word that reports write in more than one way."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(_SPELLINGS)[rng.randint(0, 1)]
        if roll < 0.4:
            return rng.choice(_HYPHENS)[0]
        if roll < 0.6:
            return rng.choice(_NUMBER_DIGITS + _NUMBER_WORDS)
        if roll < 0.75:
            return rng.choice(("1,000", "2,500", "10,000", "40,000", "1,200"))
        if roll < 0.85:
            return f"{rng.randint(2, 95)} percent"
        if roll < 0.95:
            return rng.choice(self.names)
        return rng.choice(_CONTRACTIONS)

    def sentence(self, count: int) -> list[str]:
        """``count`` words (or a little more), with punctuation and a capital."""
        rng = self.rng
        out: list[str] = []
        while len(out) < count:
            roll = rng.random()
            if roll < 0.2:
                out.extend(rng.choice(self.phrases))
            elif roll < 0.3:
                out.extend(self.special().split())
            else:
                out.extend(self.sample(rng.randint(1, 4)))
            if rng.random() < 0.12 and len(out) < count - 2:
                out[-1] += rng.choice(_PUNCT)
        out = out[:count]
        out[0] = out[0][:1].upper() + out[0][1:]
        out[-1] = out[-1].rstrip(",;:— ") + rng.choice((".", ".", ".", "!", "?"))
        return out


_SWAPS: dict[str, str] = {}
for _british, _american in _SPELLINGS + _HYPHENS:
    _SWAPS[_british], _SWAPS[_american] = _american, _british
for _word, _digit in zip(_NUMBER_WORDS, _NUMBER_DIGITS, strict=True):
    _SWAPS[_word], _SWAPS[_digit] = _digit, _word


class _Editor:
    def __init__(self, language: _Language) -> None:
        self.lang = language
        self.rng = language.rng

    def surface(self, words: list[str]) -> list[str]:
        rng = self.rng
        out = list(words)
        if rng.random() < 0.3:  # curly apostrophes and marks
            out = [w.replace("'", "’") for w in out]
        if rng.random() < 0.2:
            out = [w.rstrip(",;:") if rng.random() < 0.5 else w for w in out]
        if rng.random() < 0.1:
            i = rng.randrange(len(out))
            out[i] = f"‘{out[i]}’" if rng.random() < 0.5 else f"'{out[i]}'"
        if rng.random() < 0.15:
            out[0] = out[0].lower()
        if rng.random() < 0.05:
            out = [w.upper() for w in out]
        return out

    def spelling(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            core = word.strip(".,;:!?—")
            low = core.lower()
            if low in _SWAPS and self.rng.random() < 0.7:
                out.append(word.replace(core, _SWAPS[low]))
            elif low.replace(",", "").isdigit() and "," in low and self.rng.random() < 0.7:
                out.append(word.replace(",", "", 1) if word.count(",") else word)
            elif low == "percent" and self.rng.random() < 0.7:
                out.extend(("per", word.replace("percent", "cent")))
            else:
                out.append(word)
            i += 1
        return out

    def wording(self, words: list[str]) -> list[str]:
        """One dropped, added or substituted word (twice in a long quote)."""
        rng = self.rng
        out = list(words)
        for _ in range(1 if len(out) < 25 else rng.randint(1, 2)):
            i = rng.randrange(len(out))
            roll = rng.random()
            if roll < 0.35 and len(out) > 6:
                del out[i]
            elif roll < 0.7:
                out.insert(i, self.lang.sample(1)[0])
            else:
                out[i] = self.lang.sample(1)[0]
        return out


def _family_sizes(count: int, rng: random.Random) -> list[int]:
    """Family sizes summing to ``count``: about 60% of quotes alone, the rest in 2–8."""
    shared = int(count * 0.4)
    sizes: list[int] = []
    while sum(sizes) < shared:
        sizes.append(rng.choices((2, 3, 4, 5, 6, 7, 8), weights=(30, 24, 16, 11, 8, 6, 5))[0])
    excess = sum(sizes) - shared
    if excess:
        sizes[-1] -= excess
        if sizes[-1] < 2:
            sizes.pop()
    sizes.extend([1] * (count - sum(sizes)))
    rng.shuffle(sizes)
    return sizes


def generate(count: int, seed: int = 7) -> Library:
    """``count`` quotes in families; the same ``count`` and ``seed`` give the same library."""
    rng = random.Random(seed)
    lang = _Language(rng)
    edit = _Editor(lang)
    articles = max(20, count // 5)
    article_outlet = [rng.choice(lang.outlets) for _ in range(articles)]
    quotes: list[FakeQuote] = []
    for family, size in enumerate(_family_sizes(count, rng)):
        words = lang.sentence(int(rng.triangular(8, 60, 12)))
        speaker = rng.choice(lang.speakers) if rng.random() < 0.9 else None
        places = rng.sample(range(articles), size)
        for member, article in enumerate(places):
            text_words, partial, kind = list(words), False, "base"
            said_by = speaker
            if member:
                roll = rng.random()
                kind = "edit"
                if roll < 0.25 and len(words) > 4:
                    length = rng.randint(3, min(15, len(words) - 1))
                    start = rng.randint(0, len(words) - length)
                    text_words = [w.strip(".,;:!?—") for w in words[start : start + length]]
                    partial, kind = True, "fragment"
                elif roll < 0.37:
                    text_words = words + lang.sentence(rng.randint(5, 20))
                    kind = "extension"
                elif roll < 0.75:
                    text_words = edit.wording(words)
                text_words = edit.surface(edit.spelling(text_words))
                if said_by is not None and rng.random() < 0.3:
                    said_by = said_by.split()[-1]  # "Ortez" for "Ana Ortez"
                if rng.random() < 0.05:
                    said_by, kind = rng.choice(lang.speakers), "misattributed"
                if rng.random() < 0.05:
                    said_by = None
            quotes.append(
                FakeQuote(
                    family,
                    article,
                    article_outlet[article],
                    said_by,
                    " ".join(text_words),
                    partial,
                    kind,
                )
            )
    return Library(quotes)
