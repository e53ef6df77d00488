"""Detection on the project's own sample articles, parsed as the importer parses them."""

from __future__ import annotations

from pathlib import Path

from desk.core.detection import FoundQuote, Speaker, detect_quotes
from desk.core.importing import parse_file

SAMPLES = Path(__file__).resolve().parents[3] / "library"


def _found(name: str) -> tuple[str, list[FoundQuote]]:
    draft = parse_file(SAMPLES / name)
    return draft.text, detect_quotes(draft.text)


def test_yonhap_kerry_quote_is_attributed_with_his_role() -> None:
    text, found = _found("yonhap-2013-10-04-kerry-not-seeking-regime-change.txt")
    (quote,) = [q for q in found if q.text.startswith("We are prepared to have a peaceful")]
    assert quote.speaker == Speaker("John Kerry", "U.S. Secretary of State", False)
    assert not quote.partial
    assert text[quote.start - 1] == '"'


def test_yonhap_two_plus_two_is_not_a_quote() -> None:
    _text, found = _found("yonhap-2013-10-04-kerry-not-seeking-regime-change.txt")
    assert all("two-plus-two" not in q.text for q in found)


def test_voa_partial_quote_in_reported_speech() -> None:
    _text, found = _found("voa-kerry-not-even-close-to-resuming-talks.txt")
    (quote,) = [q for q in found if q.text == "grotesque and grisly"]
    assert quote.partial
    assert quote.speaker is not None
    assert quote.speaker.name == "John Kerry"


def test_voa_headline_single_quotes() -> None:
    draft = parse_file(SAMPLES / "voa-kerry-not-even-close-to-resuming-talks.txt")
    assert draft.title is not None
    found = detect_quotes(draft.title, headline=True)
    assert [q.text for q in found] == ["Not Even Close"]


def test_yonhap_anonymous_official_stays_anonymous() -> None:
    _text, found = _found("yonhap-us-to-continue-patient-diplomacy.txt")
    (quote,) = [q for q in found if q.text.startswith("On North Korea")]
    assert quote.speaker == Speaker("a senior State Department official", None, True)
