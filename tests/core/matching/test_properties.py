"""Properties of the matcher that hold for any list of texts, however odd.

Texts are drawn from a small vocabulary (so that real matches, fragments and near misses
happen) mixed with arbitrary Unicode (so that odd characters reach every step).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.matching import MatchQuote, Source, match_quotes, spaced, word_diff
from desk.core.matching.words import forms, words

_VOCABULARY = [
    "we",
    "will",
    "not",
    "never",
    "back",
    "down",
    "from",
    "this",
    "fight",
    "crystal",
    "clear",
    "the",
    "harbour",
    "harbor",
    "re-engage",
    "reengage",
    "ten",
    "10",
    "1,000",
    "1000",
    "per cent",
    "percent",
    "“Yes,”",
    "Minister",
    "talks",
    "—",
    "...",
    "U.S.",
]
_WORDY = st.lists(st.sampled_from(_VOCABULARY), max_size=25).map(" ".join)
_ANY = st.text(max_size=80)
# "Never, never, never …": a quote can repeat itself, and then has a single 3-shingle.
_REPEATED = st.tuples(st.sampled_from(_VOCABULARY), st.integers(1, 16)).map(
    lambda drawn: ", ".join([drawn[0]] * drawn[1])
)
_TEXT = st.one_of(_WORDY, _WORDY, _WORDY, _ANY)
_SPEAKER = st.sampled_from([None, "Kerry", "John Kerry", "Ann Lee"])
_QUOTES = st.lists(st.tuples(st.integers(0, 3), _TEXT, _SPEAKER), max_size=14)
_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _quotes(drawn: list[tuple[int, str, str | None]]) -> list[MatchQuote]:
    return [
        MatchQuote(key, f"article-{article}", text, speaker=speaker, outlet=f"Outlet {article}")
        for key, (article, text, speaker) in enumerate(drawn)
    ]


def _partition(quotes: list[MatchQuote]) -> list[frozenset[int | str]]:
    groups = match_quotes(quotes).groups
    return sorted(
        (frozenset(quotes[i].key for i in g.members) for g in groups), key=lambda s: sorted(s)
    )


@_SETTINGS
@given(_QUOTES)
def test_every_quote_ends_in_exactly_one_group(drawn: list[tuple[int, str, str | None]]) -> None:
    quotes = _quotes(drawn)
    result = match_quotes(quotes)

    members = sorted(i for group in result.groups for i in group.members)
    assert members == list(range(len(quotes)))
    assert [g.id for g in result.groups] == list(range(1, len(result.groups) + 1))
    for group in result.groups:
        assert 0 <= group.canonical < len(group.members)
        assert group.canonical_text == quotes[group.members[group.canonical]].text
        for flag in group.flags:
            assert flag.reason
            assert "\n" not in flag.reason
            assert all(0 <= q < len(group.members) for q in flag.quotes)
        for variant in group.variants:
            assert variant.quote != group.canonical
            member = quotes[group.members[variant.quote]].text
            assert "".join(t for op, t in variant.diff if op != "delete") == member


@_SETTINGS
@given(_QUOTES)
def test_a_group_of_several_quotes_spans_several_articles(
    drawn: list[tuple[int, str, str | None]],
) -> None:
    quotes = _quotes(drawn)
    for group in match_quotes(quotes).groups:
        if len(group.members) > 1:
            assert len({quotes[i].article for i in group.members}) >= 2


@_SETTINGS
@given(_QUOTES, st.one_of(_WORDY, _REPEATED), st.integers(0, 3), st.integers(0, 3))
def test_a_quote_and_its_exact_copy_in_another_article_share_a_group(
    drawn: list[tuple[int, str, str | None]], text: str, one: int, other: int
) -> None:
    other = other if other != one else (one + 1) % 4
    quotes = _quotes([*drawn, (one, text, None), (other, text, None)])
    if len(words(text)) < 2:
        return  # a single word is never a statement
    groups = match_quotes(quotes).groups
    first, second = len(quotes) - 2, len(quotes) - 1
    assert any(first in g.members and second in g.members for g in groups)


@_SETTINGS
@given(_QUOTES)
def test_matching_is_deterministic(drawn: list[tuple[int, str, str | None]]) -> None:
    quotes = _quotes(drawn)
    one, two = match_quotes(quotes), match_quotes(quotes)
    assert one.groups == two.groups
    assert sorted(one.links, key=lambda k: (k.a, k.b)) == sorted(
        two.links, key=lambda k: (k.a, k.b)
    )


@_SETTINGS
@given(_TEXT, _TEXT)
def test_word_diff_rebuilds_both_sides(ours: str, theirs: str) -> None:
    diff = word_diff(ours, theirs)
    assert "".join(t for op, t in diff if op in ("equal", "insert")) == theirs
    assert all(op in ("equal", "insert", "delete") for op, _ in diff)
    # Shown with spaces where parts would run together, the other side reads as ours (equal
    # words are spelt as in theirs, so it is the same words, not the same characters).
    shown = spaced(diff)
    assert forms("".join(t for op, t in shown if op != "insert")) == forms(ours)
    assert forms("".join(t for op, t in shown if op != "delete")) == forms(theirs)


@_SETTINGS
@given(_TEXT)
def test_identical_texts_differ_nowhere(text: str) -> None:
    assert {op for op, _ in word_diff(text, text)} <= {"equal"}


@_SETTINGS
@given(st.lists(_TEXT, min_size=1, max_size=6).map("\n\n".join), _TEXT)
def test_alignment_offsets_lie_on_word_boundaries_in_the_source(source: str, quote: str) -> None:
    match = Source(source).align(quote)
    if match is None:
        assert not words(source) or not words(quote)
        return
    assert 0 <= match.start < match.end <= len(source)
    starts = {w.start for w in words(source)}
    ends = {w.end for w in words(source)}
    assert match.start in starts
    assert match.end in ends
    assert 0 <= match.score <= 100
    assert "".join(t for op, t in match.diff if op != "delete") == quote
