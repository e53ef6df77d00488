"""A quote against a primary source: where it is, how close, and what changed.

The transcripts are generated or invented for the test.
"""

from __future__ import annotations

import random

import pytest

from desk.core.matching import Band, Source, align_to_source
from desk.core.matching.diff import differs

TRANSCRIPT = (
    "MODERATOR: Thank you all for coming. Minister, the first question is yours.\n\n"
    "MINISTER ALVES: Thank you. Let me say at the outset that the harbour programme is on "
    "schedule, and I want to make it crystal clear that we will not abandon the fishing "
    "communities of the north coast, whatever the cost to the treasury. Unemployment there "
    "fell to 7 per cent last year, and 1,000 new jobs were created at the port.\n\n"
    "REPORTER: Will you re-engage with the unions before the summer?\n\n"
    "MINISTER ALVES: We intend to reengage with them in May. The talks were difficult, but "
    "they were honest, and honesty is what the workers of this region deserve from us."
)


def _aligned(source: str, quote: str) -> tuple[str, float, Band]:
    match = align_to_source(quote, source)
    assert match is not None
    return source[match.start : match.end], match.score, match.band


def test_a_verbatim_quote_scores_at_least_95_and_is_located_exactly() -> None:
    quote = "we will not abandon the fishing communities of the north coast"
    text, score, band = _aligned(TRANSCRIPT, quote)
    assert text == quote
    assert score >= 95
    assert band is Band.VERBATIM


def test_marks_case_spelling_and_numbers_are_still_verbatim() -> None:
    quote = "“Unemployment there fell to seven percent last year, and 1000 new jobs were created”"
    match = align_to_source(quote, TRANSCRIPT)
    assert match is not None
    assert match.band is Band.VERBATIM
    assert match.verbatim
    assert not differs(match.diff)
    assert TRANSCRIPT[match.start : match.end] == (
        "Unemployment there fell to 7 per cent last year, and 1,000 new jobs were created"
    )


def test_an_edited_quote_is_near_verbatim_with_its_changes() -> None:
    quote = "we will never abandon the fishing communities of the north coast"
    match = align_to_source(quote, TRANSCRIPT)
    assert match is not None
    # 95.2 by characters, but "never" for "not" is a changed word: never called verbatim.
    assert match.band is Band.NEAR
    assert not match.verbatim
    assert match.score >= 85
    changes = [(op, text.strip()) for op, text in match.diff if op != "equal"]
    assert changes == [("delete", "not"), ("insert", "never")]
    assert "".join(t for op, t in match.diff if op != "delete") == quote
    source_side = "".join(t for op, t in match.diff if op != "insert")
    assert source_side == TRANSCRIPT[match.start : match.end]


def test_a_paraphrase_falls_in_the_paraphrase_band() -> None:
    quote = "the talks were tough but they were honest, which is what workers here deserve"
    match = align_to_source(quote, TRANSCRIPT)
    assert match is not None
    assert match.band is Band.PARAPHRASE
    assert 70 <= match.score < 85
    assert "talks were difficult" in TRANSCRIPT[match.start : match.end]


def test_a_quote_the_source_does_not_contain_is_not_found() -> None:
    quote = "The price of bread has doubled since the election and nobody in government cares"
    match = align_to_source(quote, TRANSCRIPT)
    assert match is not None
    assert match.band is Band.ABSENT
    assert match.score < 70


def test_nothing_to_align_gives_none() -> None:
    assert align_to_source("", TRANSCRIPT) is None
    assert align_to_source("…", TRANSCRIPT) is None
    assert align_to_source("a quote", "") is None


def test_bands_have_fixed_edges() -> None:
    assert [Band.of(s) for s in (100, 95, 94.9, 85, 84.9, 70, 69.9, 0)] == [
        Band.VERBATIM,
        Band.VERBATIM,
        Band.NEAR,
        Band.NEAR,
        Band.PARAPHRASE,
        Band.PARAPHRASE,
        Band.ABSENT,
        Band.ABSENT,
    ]


# -- a long transcript ------------------------------------------------------------------------

_VOCABULARY = str.split(
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when if "
    "so no what up out who them some could more into time only its about other new than then "
    "like over also after did many before must through years where much your way well down "
    "should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another "
    "know while last might us great old year off come since against go came right used take "
    "three harbour council budget minister fishing coast treasury union talks port summer"
)


@pytest.fixture(scope="module")
def long_transcript() -> tuple[str, list[tuple[str, int]]]:
    """10,000 generated words with five long quotes planted in them, and where each starts."""
    rng = random.Random(20131004)
    planted = [
        "we will not abandon the fishing communities of the north coast whatever the cost",
        "the harbour programme is on schedule and the first ships will dock there in spring",
        "nobody on this council has ever asked me to delay the inquiry into the budget",
        "unemployment fell to seven per cent last year and one thousand new jobs were created",
        "I am re-engaging with the union leaders because honesty is what this region deserves",
    ]
    parts: list[str] = []
    places: list[tuple[str, int]] = []
    length = 0
    for i in range(10_000 - sum(len(p.split()) for p in planted)):
        if i % 1900 == 950 and len(places) < len(planted):
            quote = planted[len(places)]
            places.append((quote, length))
            parts.append(quote)
            length += len(quote) + 1
        word = rng.choice(_VOCABULARY)
        if i % 17 == 16:
            word += "."
        parts.append(word)
        length += len(word) + 1
    text = " ".join(parts)
    assert len(text.split()) == 10_000
    assert len(places) == len(planted)
    return text, places


def test_long_quotes_are_placed_right_in_a_10000_word_transcript(
    long_transcript: tuple[str, list[tuple[str, int]]],
) -> None:
    text, places = long_transcript
    source = Source(text)
    for quote, offset in places:
        assert len(quote) > 64
        assert text[offset : offset + len(quote)] == quote
        match = source.align(quote)
        assert match is not None
        assert (match.start, match.end) == (offset, offset + len(quote)), quote
        assert match.band is Band.VERBATIM


def test_edited_long_quotes_are_placed_right_in_a_long_transcript(
    long_transcript: tuple[str, list[tuple[str, int]]],
) -> None:
    text, places = long_transcript
    source = Source(text)
    for quote, offset in places:
        words = quote.split()
        words[len(words) // 2] = "REALLY"  # one word changed in the middle
        edited = "“" + " ".join(words) + ",” "
        match = source.align(edited)
        assert match is not None
        assert (match.start, match.end) == (offset, offset + len(quote)), quote
        assert match.band is Band.NEAR
        assert differs(match.diff)


def test_an_absent_long_quote_is_not_found_in_a_long_transcript(
    long_transcript: tuple[str, list[tuple[str, int]]],
) -> None:
    text, _ = long_transcript
    match = Source(text).align(
        "Parliament voted to privatise the railways despite enormous protests in every city"
    )
    assert match is not None
    assert match.band is Band.ABSENT
