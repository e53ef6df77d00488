"""Pair verification, fragment location and the shingle hashes the index is built from.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import numpy as np
import pytest

from desk.core.matching.index import pairs, shingle_rows
from desk.core.matching.pairs import (
    Link,
    Prepared,
    Relation,
    bigram_hashes,
    locate,
    trigram_hashes,
    verify,
)
from desk.core.matching.settings import MatchSettings

SETTINGS = MatchSettings()

BASE = "We will never abandon our allies in the region, whatever the cost to our economy."


def _verify(one: str, other: str, settings: MatchSettings = SETTINGS) -> Link | None:
    return verify(0, Prepared.of(one), 1, Prepared.of(other), settings)


@pytest.mark.parametrize(
    "variant",
    [
        "We will never abandon our allies in the region whatever the cost to our economy",
        "“we will never abandon our allies in the region, whatever the cost to our economy”",
        "WE WILL NEVER ABANDON OUR ALLIES IN THE REGION, WHATEVER THE COST TO OUR ECONOMY.",
        "We will never abandon our allies in this region, whatever the cost to our economy.",
        "We will never abandon our allies in the region, whatever the cost to the economy.",
        "We will never abandon allies in the region, whatever the cost to our economy.",
        "We will never ever abandon our allies in the region, whatever the cost to our economy.",
    ],
)
def test_small_wording_changes_are_the_same_statement(variant: str) -> None:
    link = _verify(BASE, variant)
    assert link is not None
    assert link.relation is Relation.SAME
    assert link.score >= SETTINGS.threshold


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The programme will re-engage ten thousand workers by the autumn",
            "The program will reengage 10 thousand workers by the autumn",
        ),
        (
            "Unemployment fell to 4 per cent and 1,000 firms reopened",
            "Unemployment fell to four percent and 1000 firms reopened",
        ),
        (
            "Our defence budget must rise, the colour of this government is clear",
            "Our defense budget must rise, the color of this government is clear",
        ),
    ],
)
def test_spelling_and_numbers_score_as_identical(one: str, other: str) -> None:
    link = _verify(one, other)
    assert link is not None
    assert (link.relation, link.score) == (Relation.SAME, 100.0)


def test_unrelated_statements_do_not_match() -> None:
    assert _verify(BASE, "The harvest was poor this year because of the long drought.") is None


def test_a_long_fragment_is_found_inside_the_longer_quote() -> None:
    whole = (
        "I want to be absolutely clear that we will not back down from this fight, "
        "not today and not in the years ahead, whatever they threaten."
    )
    part = "we will not back down from this fight, not today and not in the years ahead"
    link = verify(7, Prepared.of(part), 3, Prepared.of(whole), SETTINGS)

    assert link is not None
    assert link.relation is Relation.FRAGMENT
    assert (link.a, link.b) == (7, 3)  # the shorter one is a
    assert link.within is not None
    w1, w2 = link.within
    assert " ".join(Prepared.of(whole).forms[w1:w2]) == Prepared.of(part).norm


def test_a_short_fragment_is_a_possible_match_located_word_for_word() -> None:
    whole = "I want to make it crystal clear that we will not back down from this fight"
    link = verify(0, Prepared.of("crystal clear"), 1, Prepared.of(whole), SETTINGS)

    assert link is not None
    assert link.relation is Relation.POSSIBLE
    assert link.within == (5, 7)
    assert Prepared.of(whole).forms[5:7] == ("crystal", "clear")


def test_a_short_generic_phrase_is_not_a_fragment() -> None:
    whole = "I want to make it crystal clear that we will not back down from this fight"
    assert verify(0, Prepared.of("this fight"), 1, Prepared.of(whole), SETTINGS) is None
    assert verify(0, Prepared.of("the"), 1, Prepared.of(whole), SETTINGS) is None


def test_token_set_trap_same_words_in_another_order_do_not_match() -> None:
    short = "the tax cuts will pay for themselves within ten years"
    shuffled = (
        "Within a few years, voters said, they will pay more tax for the cuts themselves made, "
        "and ten economists agreed the years ahead look hard for the region."
    )
    assert set(Prepared.of(short).forms) <= set(Prepared.of(shuffled).forms)
    assert _verify(short, shuffled) is None


def test_locate_places_long_quotes_at_word_boundaries() -> None:
    filler = " ".join(f"word{i}" for i in range(60))
    part = "the committee will publish its findings on the collapse of the bridge next spring"
    whole = Prepared.of(f"{filler} {part} {filler}")
    (w1, w2), score = locate(Prepared.of(part), whole)

    assert score == 100.0
    assert (w1, w2) == (60, 60 + len(Prepared.of(part).forms))


def test_thresholds_decide() -> None:
    one = "The minister will meet the union leaders on Monday to discuss pay."
    other = "The minister is to meet union leaders next Monday to talk about pay."
    strict = MatchSettings(threshold=95, loose_threshold=95)
    lax = MatchSettings(threshold=70, loose_threshold=70)
    assert _verify(one, other, strict) is None
    link = _verify(one, other, lax)
    assert link is not None
    assert link.relation is Relation.SAME


def test_batch_hashes_equal_the_per_quote_hashes() -> None:
    texts = [
        BASE,
        "crystal clear",
        "one",
        "",
        "We will re-engage at 10 per cent, whatever the cost to our economy.",
        "two words",
    ]
    prepared = [Prepared.of(t) for t in texts]
    tri, bi = shingle_rows(prepared)

    for number, p in enumerate(prepared):
        assert set(tri.hashes[tri.quotes == number].tolist()) == trigram_hashes(p.forms)
        assert set(bi.hashes[bi.quotes == number].tolist()) == bigram_hashes(p.forms)
    assert tri.hashes.dtype == np.int64
    # No shingle spans two quotes: only counts within each quote.
    assert len(tri.hashes) == sum(max(0, len(p.forms) - 2) for p in prepared)
    assert len(bi.hashes) == sum(len(bigram_hashes(p.forms)) for p in prepared)
    # A long quote's pairs of grammar words are left out; a short quote keeps all its pairs.
    assert len(bigram_hashes(Prepared.of("we will go to the sea").forms)) == 3
    assert len(bigram_hashes(Prepared.of("of the and").forms)) == 2


def test_hashes_are_stable_across_processes() -> None:
    # Fixed values: a stored index written by another process must agree with this one.
    assert trigram_hashes(("we", "will", "never")) == trigram_hashes(("we", "will", "never"))
    one = trigram_hashes(("a", "b", "c"))
    assert len(one) == 1
    assert all(-(1 << 63) <= h < (1 << 63) for h in one)


def test_index_pairs_skip_shingles_in_too_many_quotes() -> None:
    prepared = [Prepared.of(f"we are going to win number {i} today") for i in range(5)]
    tri, _ = shingle_rows(prepared)

    every = pairs(tri, cap=10)
    assert len(every) == 10  # all pairs share "we are going"
    # we are going / are going to / going to win / to win number
    assert set(every[:, 2].tolist()) == {4}
    assert len(pairs(tri, cap=4)) == 0
