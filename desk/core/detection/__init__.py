"""Finding quotations in an article and who said them.

:func:`detect_quotes` pairs quote marks paragraph by paragraph (``marks``), reads the words
around each quotation for a speech verb, a colon, a continued quotation or a pronoun
(``attribution``), and resolves surnames, titles and descriptions to the fullest name the article
gives (``names``). Rules rather than a model: every decision can be explained to a journalist,
and an article takes a few milliseconds.
"""

from __future__ import annotations

import re

from desk.core.detection.attribution import Attribution, attribute
from desk.core.detection.lexicon import word_set
from desk.core.detection.marks import Span, find_spans
from desk.core.detection.values import FoundQuote, Speaker

__all__ = ["FoundQuote", "Speaker", "detect_quotes"]

# Words that announce a name, a title or a term rather than somebody's words.
_NAMING_CUE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|known as|titled|entitled|the (?:term|word|"
    r"phrase|label|slogan|hashtag|nickname|motto))\s*[,:]?\s*$",
    re.IGNORECASE,
)
# The last words of the cues, folded: only a text ending so can match (a cheap test first).
_NAMING_CUE_ENDS = (
    "called",
    "dubbed",
    "nicknamed",
    " as",
    "titled",
    "term",
    "word",
    "phrase",
    "label",
    "slogan",
    "hashtag",
    "nickname",
    "motto",
)


def _naming_cue(before: str) -> bool:
    """Whether ``before`` ends with a naming cue ("so-called", "known as"): :data:`_NAMING_CUE`,
    after a test of the last word that rules out nearly every text at once."""
    tail = before.rstrip()
    if tail.endswith((",", ":")):
        tail = tail[:-1].rstrip()
    return tail[-10:].casefold().endswith(_NAMING_CUE_ENDS) and bool(_NAMING_CUE.search(before))


# Nouns after which a capitalised phrase in quote marks is the title of a work.
_TITLE_CUE = re.compile(
    r"(?:show|film|movie|book|song|album|program|programme|series|novel|play|podcast|"
    r"documentary|segment|memoir|column|magazine|newspaper|essay|report|slogan|hashtag|"
    r"[’']s|\bon|\bof)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = word_set(
    "a an and as at by for from in into of on or the to vs. with is are be not it its"
)
_WORD = re.compile(r"[\w’'.\-&]+")
_WORDS_WINDOW = 80  # characters that hold more than eight words in all but odd quotations


def _title_case(words: list[str]) -> bool:
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_WORDS for w in words
    )


def _not_a_quotation(text: str, span: Span, result: Attribution, headline: bool) -> bool:
    """A name, title or term in quote marks: "two-plus-two" talks, CNN's "State of the Union"."""
    quoted = text[span.start : span.end].strip(" ,.;:")
    # Most quotations are long: their first words are enough to tell (a word the window cuts
    # still counts once, so the window never counts more words than the whole).
    words = _WORD.findall(quoted, 0, _WORDS_WINDOW)
    if len(words) > 8:
        return False
    if len(quoted) > _WORDS_WINDOW:
        words = _WORD.findall(quoted)
    if not words or len(words) > 8 or quoted[-1:] in {"!", "?"}:
        return False
    before = text[max(0, span.open_at - 40) : span.open_at]
    if len(words) <= 5 and _naming_cue(before):
        return True
    if headline:
        return False
    after = text[span.close_end : span.close_end + 2]
    # A term used as a modifier: the "two-plus-two" talks, the “gun violence” narrative.
    modifier = before.rstrip().casefold().endswith(("the", "a", "an", "’s", "'s")) and bool(
        re.match(r"\s[a-z]", after)
    )
    if modifier and len(words) <= 4 and not result.framed:
        return True
    # A title: on CNN's “State of the Union,” star of “Scandal”.
    return _title_case(words) and (not result.framed or bool(_TITLE_CUE.search(before)))


def _confidence(text: str, span: Span, result: Attribution) -> float:
    """How sure the pairing and the attribution are, from 0 to 1."""
    score = 0.95
    if not span.closed and not span.runs_on:
        score -= 0.35  # recovered at the paragraph end
    # Only up to four words matter, and a window counts no more words than the whole.
    words = len(_WORD.findall(text, span.start, min(span.end, span.start + 40)))
    if words <= 3 and span.end - span.start > 40:
        words = len(_WORD.findall(text, span.start, span.end))
    if words <= 1:
        score -= 0.25
    elif words <= 3:
        score -= 0.1
    if result.speaker is None or result.rule.startswith("fallback"):
        score -= 0.15  # no speaker, or only the likeliest one (no frame points at it)
    elif not result.framed:
        score -= 0.05
    if not span.double:
        score -= 0.1
    return max(0.05, min(1.0, score))


def detect_quotes(text: str, *, headline: bool = False) -> list[FoundQuote]:
    """Sorted by start, never overlapping, offsets always inside text.

    ``headline=True``: the text is a headline, where single quotes ('Not Even Close') are
    quotations too.
    """
    spans = find_spans(text, headline=headline)
    found: list[FoundQuote] = []
    for span, result in zip(spans, attribute(text, spans), strict=True):
        if _not_a_quotation(text, span, result, headline):
            continue
        found.append(
            FoundQuote(
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                partial=result.partial,
                confidence=_confidence(text, span, result),
                speaker=result.speaker,
            )
        )
    return found
