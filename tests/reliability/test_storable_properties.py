"""Properties of what makes hostile names and metadata storable on every backend."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.library import printable
from desk.core.storage.schema import ArticleRow, fit


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=60).filter(lambda b: b"\x00" not in b and b"/" not in b))
def test_any_file_name_becomes_printable_storable_text(raw: bytes) -> None:
    name = os.fsdecode(raw)  # what Python gives for a name on a Linux disk

    shown = printable(name)

    shown.encode("utf-8")  # no surrogates left: printing and storing cannot fail
    assert not any(ord(c) < 0x20 or ord(c) == 0x7F for c in shown)
    if _valid(raw) and not any(b < 0x20 or b == 0x7F for b in raw):
        assert shown == name  # an ordinary name is left exactly as it is


def _valid(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=700)))
def test_fitted_values_respect_the_column_and_keep_their_start(value: str | None) -> None:
    fitted = fit(value, ArticleRow.byline)

    if value is None:
        assert fitted is None
        return
    assert fitted is not None
    assert len(fitted) <= 500
    if len(value) <= 500:
        assert fitted == value
    else:
        assert fitted == value[:499] + "…"
