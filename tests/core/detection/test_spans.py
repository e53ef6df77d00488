"""Which quote-marked spans are quotations, and their exact offsets."""

from __future__ import annotations

from desk.core.detection import FoundQuote, detect_quotes


def _texts(found: list[FoundQuote]) -> list[str]:
    return [quote.text for quote in found]


def _check_offsets(text: str, found: list[FoundQuote]) -> None:
    for quote in found:
        assert text[quote.start : quote.end] == quote.text


def test_curly_and_straight_double_quotes() -> None:
    text = 'Mayor Lina Ortez said: “We will open the bridge.” Her deputy said, "Not before May."'
    found = detect_quotes(text)
    assert _texts(found) == ["We will open the bridge.", "Not before May."]
    _check_offsets(text, found)


def test_doubled_apostrophes_as_in_wire_feeds() -> None:
    text = "''The harbor is safe,'' said Tomas Brandt, the port director. ''Ships may sail.''"
    found = detect_quotes(text)
    assert _texts(found) == ["The harbor is safe,", "Ships may sail."]
    _check_offsets(text, found)


def test_nested_single_quotes_inside_doubled_apostrophes() -> None:
    text = "''She told me, 'Wait here,''' Mr. Brandt said."
    found = detect_quotes(text)
    assert _texts(found) == ["She told me, 'Wait here,'"]


def test_mixed_pair_opened_curly_closed_straight() -> None:
    text = 'Ortez said the plan was “ready to go" and left.'
    assert _texts(detect_quotes(text)) == ["ready to go"]


def test_split_quote_gives_two_spans_with_one_speaker() -> None:
    text = '"We are ready," said Paula Ndiaye, the union leader. "We will talk."'
    found = detect_quotes(text)
    assert _texts(found) == ["We are ready,", "We will talk."]
    assert found[0].speaker == found[1].speaker
    assert found[0].speaker is not None
    assert found[0].speaker.name == "Paula Ndiaye"


def test_multi_paragraph_quote_is_one_span_per_paragraph() -> None:
    text = (
        'Paula Ndiaye said: "The first part of the plan is the wage.\n\n'
        '"The second part is the hours.\n\n'
        '"The third part is safety," she added.'
    )
    found = detect_quotes(text)
    assert _texts(found) == [
        "The first part of the plan is the wage.",
        "The second part is the hours.",
        "The third part is safety,",
    ]
    _check_offsets(text, found)
    assert {q.speaker.name for q in found if q.speaker} == {"Paula Ndiaye"}
    assert all(q.speaker is not None for q in found)


def test_headline_single_quotes_only_when_asked() -> None:
    headline = "Ortez: Bridge Deal 'Not Even Close' After Talks"
    assert _texts(detect_quotes(headline, headline=True)) == ["Not Even Close"]
    assert detect_quotes(headline) == []


def test_headline_apostrophes_are_not_quote_marks() -> None:
    headline = "Ortez's Deal Isn't 'Done Yet,' Mayor Says"
    assert _texts(detect_quotes(headline, headline=True)) == ["Done Yet,"]


def test_brackets_and_ellipses_stay_inside() -> None:
    text = 'Brandt said, "The [port] authority ... will decide by Friday."'
    assert _texts(detect_quotes(text)) == ["The [port] authority ... will decide by Friday."]


def test_missing_closing_mark_is_recovered_at_the_paragraph_end() -> None:
    text = (
        'Brandt said, "We will wait for the inspectors\n\n'
        "The next paragraph is plain reporting.\n\n"
        '"A later quote," Ortez said.'
    )
    found = detect_quotes(text)
    assert _texts(found) == ["We will wait for the inspectors", "A later quote,"]
    recovered, closed = found
    assert recovered.confidence < closed.confidence


def test_stray_mark_never_swallows_the_next_paragraph() -> None:
    text = 'The 6" pipe burst.\n\nNothing else was quoted here.'
    for quote in detect_quotes(text):
        assert "\n" not in quote.text


def test_so_called_term_is_not_a_quotation() -> None:
    text = 'He spoke after the so-called "two-plus-two" talks in the capital.'
    assert detect_quotes(text) == []


def test_term_used_as_a_modifier_is_not_a_quotation() -> None:
    text = 'The council debated the "open door" policy again on Tuesday.'
    assert detect_quotes(text) == []


def test_title_of_a_work_is_not_a_quotation() -> None:
    text = 'Ortez appeared on the evening show "Harbor Lights Tonight" last week.'
    assert detect_quotes(text) == []


def test_nickname_is_not_a_quotation() -> None:
    text = 'The striker, nicknamed "the Hammer," scored twice.'
    assert detect_quotes(text) == []


def test_partial_quote_inside_reported_speech() -> None:
    text = "Ortez called the proposal “careless and costly” in a radio interview."
    (quote,) = detect_quotes(text)
    assert quote.text == "careless and costly"
    assert quote.partial
    assert quote.speaker is not None
    assert quote.speaker.name == "Ortez"


def test_full_sentence_quote_is_not_partial() -> None:
    text = '"The bridge opens on Monday," Ortez said.'
    (quote,) = detect_quotes(text)
    assert not quote.partial


def test_short_spans_are_less_certain() -> None:
    text = (
        'Ortez said the deal was "fine." Ortez said, "The deal is fine and we will sign it today."'
    )
    short, long = detect_quotes(text)
    assert short.confidence < long.confidence
