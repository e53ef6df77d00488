"""Properties that hold for any text, including quote-mark soup."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.detection import detect_quotes

_QUOTE_MARKS = "\"'“”‘’„‟«»‹›‚"
_SOUP = st.text(alphabet=_QUOTE_MARKS + "abcXYZ .,:;-—\n", max_size=200)
_PIECES = st.lists(
    st.sampled_from(
        [
            '"',
            "''",
            "“",
            "”",
            "’",
            " said Ortez. ",
            "Mr. Brandt",
            " he said",
            ", ",
            "\n\n",
            "\n",
            "The official",
            "according to ",
            "so-called ",
            "(R-Texas)",
            "U.S. ",
            "We are ready",
        ]
    ),
    max_size=40,
).map("".join)
_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, headline: bool) -> None:
    found = detect_quotes(text, headline=headline)
    previous_end = -1
    for quote in found:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous_end
        previous_end = quote.end
        assert 0.0 <= quote.confidence <= 1.0


@_SETTINGS
@given(text=st.text(max_size=300), headline=st.booleans())
def test_any_text(text: str, headline: bool) -> None:
    _check(text, headline)


@_SETTINGS
@given(text=_SOUP, headline=st.booleans())
def test_quote_mark_soup(text: str, headline: bool) -> None:
    _check(text, headline)


@_SETTINGS
@given(text=_PIECES, headline=st.booleans())
def test_article_like_pieces(text: str, headline: bool) -> None:
    _check(text, headline)
