"""Properties of re-anchoring that hold for any text: an annotation lands inside the article,
finds its words again when they are still there, and survives text added around them."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desk.core.export.reanchor import anchor

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=1, max_size=9)
_TEXT = st.lists(_WORD, min_size=1, max_size=60).map(" ".join)
_ANY = st.text(max_size=300)
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_ANY, _ANY, st.text(max_size=20), st.text(max_size=20), st.integers(-5, 400))
def test_an_anchor_is_always_a_span_of_the_text(
    text: str, exact: str, prefix: str, suffix: str, start: int
) -> None:
    found = anchor(text, exact, prefix=prefix, suffix=suffix, start=start)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert found.method in ("exact", "fuzzy")
        assert 0 <= found.score <= 100


@_SETTINGS
@given(_TEXT, st.data())
def test_words_still_in_the_text_are_found_exactly_where_they_are(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    exact = text[start:end]
    assume(exact.strip())
    found = anchor(
        text,
        exact,
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        start=start,
    )
    assert found is not None
    assert found.method == "exact"
    assert text[found.start : found.end] == exact


@_SETTINGS
@given(_TEXT, _TEXT, _TEXT)
def test_text_added_before_and_after_does_not_lose_the_quote(
    before: str, quote: str, after: str
) -> None:
    original = f"{before} “{quote}” {after}"
    start = original.index(quote, len(before))
    edited = f"An editor's note was added. {before} “{quote}” {after} A correction follows."
    found = anchor(
        edited,
        quote,
        prefix=original[max(0, start - 32) : start],
        suffix=original[start + len(quote) : start + len(quote) + 32],
        start=start,
    )
    assert found is not None
    assert edited[found.start : found.end] == quote
    assert found.start == edited.index(f"“{quote}”", len("An editor's note was added. ")) + 1
