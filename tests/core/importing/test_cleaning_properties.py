"""Properties that hold for any input: cleaning only drops lines and collapses whitespace."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import InputRefused
from desk.core.importing.reading import decode_bytes
from desk.core.importing.webtext import FURNITURE_LINES, clean_web_text

_PAGE_LINES = st.sampled_from(
    [
        *FURNITURE_LINES,
        "Kerry: U.S. not seeking regime change in N. Korea",
        "By Lee Chi-dong",
        "All Headlines 05:21 October 04, 2013",
        "WASHINGTON, Oct. 3 (Yonhap) -- Kerry said talks were possible.",
        "Choi You Sun reports.",
        "Choi You Sun, KBS World Radio News.",
        "Voice of America News",
        "# A markdown heading",
        "“Unbalanced quote, he said.",
        "a wrapped line that continues",
        "(Yonhap)",
    ]
)
_LINES = st.lists(
    st.one_of(_PAGE_LINES, st.text(max_size=80), st.text(alphabet=" \t\u00a0\u202f", max_size=4)),
    max_size=30,
)
_SEPARATORS = st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n \n\n"]), min_size=30)


def _collapse(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=_LINES, separators=_SEPARATORS)
def test_cleaning_never_raises_and_only_drops_lines(
    lines: list[str], separators: list[str]
) -> None:
    raw = "".join(line + sep for line, sep in zip(lines, separators, strict=False))

    page = clean_web_text(raw)

    collapsed = _collapse(raw)
    if page.text:
        for paragraph in page.text.split("\n\n"):
            assert paragraph
            assert paragraph == _collapse(paragraph)
            assert paragraph in collapsed
    assert page.text == page.text.strip()
    assert "\n\n\n" not in page.text
    if page.title is not None:
        assert page.title in collapsed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_cleans_to_text_found_in_it(raw: str) -> None:
    page = clean_web_text(raw)
    collapsed = _collapse(raw)
    assert all(p in collapsed for p in page.text.split("\n\n") if page.text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "x.txt")
    except InputRefused as refused:
        problem: InputRefused | None = refused
    else:
        problem = None
        assert "\r" not in text
        assert encoding
    if problem is not None:
        assert problem.source == "x.txt"
        assert problem.reason
