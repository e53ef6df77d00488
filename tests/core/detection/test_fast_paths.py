"""The detector's shortcuts give what the plain regular expressions they replace would give.

Each shortcut (``str.find`` instead of a scan, a cheap test before a pattern) exists for speed
only; these properties pin it to the plain form on arbitrary text, so that a later edit cannot
make a shortcut change an answer.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.detection import _NAMING_CUE, _naming_cue
from desk.core.detection.attribution import (
    _ABBREVIATION,
    _ACCORDING_TO,
    _SENTENCE_END,
    _according_to,
)
from desk.core.detection.marks import _body_marks, char_positions
from desk.core.detection.names import _ARTICLE, _PARTICLES, _SUFFIX, _TITLE_ABBREVIATIONS, NAME_RUN

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text made of the characters and words the shortcuts care about, so that hypothesis finds the
# edge cases (runs of apostrophes, "?!'", "Mr.", "U.S.", "so-called ,") rather than noise.
_PIECES = st.lists(
    st.sampled_from(
        [
            '"', "'", "''", "'''", "“", "”", "«", "»", "„", "‟", ".", "!", "?", ")", "]", "’",
            " ", "\n", "\t", ",", ":", "Mr", "Sept", "J", "U", "S", "McCain", "a", "ab", "abcde",
            "so-called", "known as", "the term", "dubbed", "According", "ACCORDING", "accordıng",
            "to", "ſo-called", "K",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=200), _PIECES)


@_SETTINGS
@given(text=_TEXT)
def test_body_marks_are_the_marks_a_pattern_finds(text: str) -> None:
    plain = re.compile(r"[\"“”„‟«»]|''+")
    assert _body_marks(text) == [match.span() for match in plain.finditer(text)]


@_SETTINGS
@given(text=_TEXT)
def test_sentence_ends_found_from_the_stops_are_the_ends_a_scan_finds(text: str) -> None:
    found = []
    resume = 0
    for at in char_positions(text, ".!?"):
        if at >= resume:
            end = _SENTENCE_END.match(text, at)
            if end is not None:
                resume = end.end()
                found.append(end.span())
    assert found == [match.span() for match in _SENTENCE_END.finditer(text)]


@_SETTINGS
@given(text=_TEXT)
def test_abbreviation_periods_are_those_of_a_capital_and_four_small_letters(text: str) -> None:
    plain = re.compile(r"[A-Z][a-z]{0,4}\.")
    assert [m.end() for m in _ABBREVIATION.finditer(text)] == [
        m.end() for m in plain.finditer(text)
    ]


@_SETTINGS
@given(text=_TEXT)
def test_naming_cue_test_agrees_with_its_pattern(text: str) -> None:
    before = text[-40:]
    assert _naming_cue(before) == bool(_NAMING_CUE.search(before))


@_SETTINGS
@given(text=_TEXT)
def test_according_to_test_agrees_with_its_pattern(text: str) -> None:
    assert [m.span() for m in _according_to(text)] == [
        m.span() for m in _ACCORDING_TO.finditer(text)
    ]


# Pieces of names and of what stops them: titles and their periods (plain and masked), initials,
# particles, joined articles, suffixes, capitals that look like a title's ("Ma", "Sr", "Fr.").
_NAME_PIECES = st.lists(
    st.sampled_from(
        [
            "Mr", "Mrs", "Ms", "Maj", "Ma", "M", "Dr", "Del", "Sen", "Sgt", "St", "Sr", "Capt",
            "C", "Prof", "P", "Fr", "Ft", "Jr", "J", "U", "S", "II", "IV", ".", "\ue001", " ",
            "\u00a0", ",", "de", "al-", "bin", "the", "McCain", "O’Malley", "Holtz-Eakin", "É",
            "é", "a", "x", "\n",
        ]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@_SETTINGS
@given(text=st.one_of(st.text(max_size=200), _NAME_PIECES))
def test_name_runs_are_the_runs_of_the_plain_pattern(text: str) -> None:
    """NAME_RUN opens with its capital so that the engine can skip to the next one; the plain
    form tries each alternative of a word from its first letter, at every position."""
    word = (
        f"(?:(?:{'|'.join(_TITLE_ABBREVIATIONS.split())})[.\ue001]"
        r"|[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'\-]+|[A-Z][.\ue001](?:[A-Z][.\ue001])*)"
    )
    plain = re.compile(
        rf"{word}(?:(?<!\.)[ \u00a0](?:{_PARTICLES}[ \u00a0])?{_ARTICLE}{word})*{_SUFFIX}"
    )
    assert [m.span() for m in NAME_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]
