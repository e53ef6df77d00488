"""Comparable word forms: two reports of one statement differ in marks, case, hyphens, spelling
and the way numbers are written long before they differ in wording.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from desk.core.matching.words import form_of, forms, informative, normal, words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("We will RE-ENGAGE with them", "we will reengage with them"),
        ("the colour of the programme", "the color of the program"),
        ("they organised a defence", "they organized a defense"),
        ("at the theatre, travelled far", "at the theater, traveled far"),
        ("ten ships", "10 ships"),
        ("1,000 votes", "1000 votes"),
        ("five per cent", "5 percent"),
        ("5%", "5 percent"),
        ("“Don’t”, she said", '"don\'t" she said'),
        ("the U.S. will act", "the US will act"),
    ],
)
def test_surface_differences_give_the_same_forms(one: str, other: str) -> None:
    assert forms(one) == forms(other)
    assert normal(one) == normal(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("we will engage", "we will disengage"),
        ("ten ships", "eleven ships"),
        ("1,000 votes", "100 votes"),
        ("the deal is good", "the deal is bad"),
    ],
)
def test_real_wording_changes_stay_different(one: str, other: str) -> None:
    assert forms(one) != forms(other)


def test_words_keep_their_spans_in_the_original_text() -> None:
    text = "“Re-engage,” said the Minister — at 10 per cent."
    found = words(text)

    assert [w.form for w in found] == ["reengage", "said", "the", "minister", "at", "10", "percent"]
    assert [text[w.start : w.end] for w in found] == [
        "Re-engage",
        "said",
        "the",
        "Minister",
        "at",
        "10",
        "per cent",
    ]


def test_words_and_forms_agree() -> None:
    text = "Per cent, per cent and PER CENT: the 3.5 per cent rise was ‘re‑engaging’."
    assert tuple(w.form for w in words(text)) == forms(text)
    assert forms(text).count("percent") == 4


def test_form_of_single_tokens() -> None:
    assert form_of("Neighbours") == "neighbors"
    assert form_of("1,000,000") == "1000000"
    assert form_of("Twenty") == "20"
    assert form_of("judgement") == "judgment"


def test_informative_runs() -> None:
    assert not informative(("the", "deal"))
    assert not informative(("of", "the"))
    assert informative(("crystal", "clear"))
    assert informative(("the", "denuclearisation"))
