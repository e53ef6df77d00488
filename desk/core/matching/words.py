"""Words as matching compares them: two reports of a statement differ in marks, case, hyphens,
spelling and the way numbers are written long before they differ in wording.

Every word keeps its span in the text it came from, so a match can always be shown (and a diff
rebuilt) in the reporter's own characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

# A word: letters and digits, joined by inner apostrophes, hyphens, points or commas ("don't",
# "re-engage", "U.S", "1,000", "3.5"); or "%". One simple pattern: it is the hottest loop.
_WORD = re.compile(r"[^\W_]+(?:['’‘ʼ\-‐‑.,][^\W_]+)*|%")
_JOINERS = str.maketrans("", "", "'’‘ʼ-‐‑.")

_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUMBER_WORDS.update(
    {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70"}
    | {"eighty": "80", "ninety": "90", "hundred": "100", "%": "percent"}
)

# British spellings an American outlet writes differently (and the reverse): the same word.
_SPELLING_WORDS = {
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "judgement": "judgment",
    "judgements": "judgments",
    "tyre": "tire",
    "tyres": "tires",
    "aluminium": "aluminum",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "practise": "practice",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "cheque": "check",
    "plough": "plow",
    "pyjamas": "pajamas",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "analogue": "analog",
}
_OUR_STEMS = (
    "armo|behavio|clamo|colo|endeavo|favo|fervo|flavo|harbo|hono|humo|labo|neighbo|odo|parlo"
    "|rigo|rumo|savo|splendo|tumo|valo|vapo|vigo"
)
_SPELLING_RULES = (
    # colour, favourite, honoured, neighbours → color, favorite, honored, neighbors
    (re.compile(rf"^((?:dis|un)?(?:{_OUR_STEMS}))ur(\w*)$"), r"\1r\2"),
    # centre, theatres, metre → center, theaters, meter
    (re.compile(r"^(cent|theat|met|lit|fib|calib|somb|spect|meag|lust|sab)re(s?)$"), r"\1er\2"),
    # organise, realised, apologising, organisation → organize, realized, ...
    (re.compile(r"^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    # analyse, paralysed → analyze, paralyzed
    (re.compile(r"^(\w+)ys(e|ed|es|ing)$"), r"\1yz\2"),
    # travelled, cancelling, modeller → traveled, canceling, modeler
    (
        re.compile(
            r"^(travel|cancel|label|model|fuel|counsel|signal|level|total|channel|marshal"
            r"|quarrel|dial|equal|rival|tunnel|duel|panel|label)l(ed|ing|er|ers)$"
        ),
        r"\1\2",
    ),
)

#: Words so common that a few of them in a row say nothing about which statement it is.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "me",
        "him",
        "her",
        "them",
        "us",
        "our",
        "your",
        "their",
        "his",
        "my",
        "not",
        "no",
        "so",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "more",
        "most",
        "very",
        "just",
        "than",
        "then",
        "also",
        "about",
        "into",
        "over",
        "out",
        "up",
        "down",
        "if",
    ]
)


class Word(NamedTuple):
    """One word: its comparable form and where it stands in the original text (a tuple, since
    grouping a library makes millions of them)."""

    form: str
    start: int
    end: int


@functools.lru_cache(maxsize=200_000)
def form_of(token: str) -> str:
    """The comparable form of one token: folded, joined, spelt one way (cached: a library's
    vocabulary is small next to its word count)."""
    word = unicodedata.normalize("NFKC", token).casefold()
    if word[0].isdigit():
        return word.replace(",", "")
    word = word.translate(_JOINERS)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _SPELLING_WORDS:
        return _SPELLING_WORDS[word]
    for pattern, replacement in _SPELLING_RULES:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


def words(text: str) -> list[Word]:
    """The words of ``text`` in order; "per cent" becomes one word, as "percent" is."""
    found: list[Word] = []
    for match in _WORD.finditer(text):
        form = form_of(match.group())
        if form == "cent" and found and found[-1].form == "per":
            found[-1] = Word("percent", found[-1].start, match.end())
            continue
        found.append(Word(form, match.start(), match.end()))
    return found


def forms(text: str) -> tuple[str, ...]:
    """The comparable forms of ``text``'s words: :func:`words` without the spans, for speed."""
    found = [form_of(token) for token in _WORD.findall(text)]
    for index in range(len(found) - 1, 0, -1):
        if found[index] == "cent" and found[index - 1] == "per":
            found[index - 1 : index + 1] = ["percent"]
    return tuple(found)


def normal(text: str) -> str:
    """``text`` reduced to its comparable words, separated by single spaces."""
    return " ".join(forms(text))


def informative(forms: list[str] | tuple[str, ...]) -> bool:
    """Whether a short run of words says something beyond its grammar ("the deal" does not)."""
    content = [f for f in forms if f not in STOPWORDS]
    return len(content) >= 2 or any(len(f) >= 8 for f in content)
