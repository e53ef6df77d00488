"""Who said it: frames, continuations, pronouns, descriptions and anonymous sources."""

from __future__ import annotations

from desk.core.detection import Speaker, detect_quotes


def _speakers(text: str) -> list[Speaker | None]:
    return [quote.speaker for quote in detect_quotes(text)]


def _names(text: str) -> list[str | None]:
    return [s.name if s else None for s in _speakers(text)]


def test_name_said_after_the_quote() -> None:
    assert _names('"The vote is Tuesday," Ortez said.') == ["Ortez"]


def test_said_name_inverted() -> None:
    assert _names('"The vote is Tuesday," said Lina Ortez.') == ["Lina Ortez"]


def test_other_speech_verbs() -> None:
    for verb in ("noted", "added", "warned", "stressed", "told reporters"):
        assert _names(f'"The vote is Tuesday," Ortez {verb}.') == ["Ortez"], verb


def test_name_said_before_the_quote() -> None:
    assert _names('Ortez told the council: "The vote is Tuesday."') == ["Ortez"]


def test_according_to() -> None:
    text = 'The vote is "not negotiable," according to Lina Ortez.'
    assert _names(text) == ["Lina Ortez"]


def test_colon_after_a_name() -> None:
    assert _names('Ortez: "The vote is Tuesday."') == ["Ortez"]


def test_full_name_and_role_from_an_earlier_mention() -> None:
    text = (
        "Harbor Commissioner Lina Ortez met the union on Monday.\n\n"
        '"The vote is Tuesday," Ortez said.'
    )
    assert _speakers(text) == [Speaker("Lina Ortez", "Harbor Commissioner", False)]


def test_role_from_an_appositive() -> None:
    text = 'Tomas Brandt, the port director, spoke first.\n\n"Ships may sail," Brandt said.'
    assert _speakers(text) == [Speaker("Tomas Brandt", "port director", False)]


def test_quote_continuing_a_paragraph_keeps_its_speaker() -> None:
    text = '"We tried everything," Brandt said.\n\n"Nothing worked. Nothing at all."'
    assert _names(text) == ["Brandt", "Brandt"]


def test_pronoun_resolves_to_the_latest_fitting_person() -> None:
    text = (
        "Mr. Tomas Brandt met Ms. Lina Ortez on Monday.\n\n"
        '"It went well," she said. "We will meet again," he added.'
    )
    assert _names(text) == ["Lina Ortez", "Tomas Brandt"]


def test_description_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Harbor Commissioner Lina Ortez visited the docks.\n\n"
        '"The cranes are old," the commissioner said.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_anonymous_source_keeps_its_description() -> None:
    text = (
        '"The deal is close," a senior harbor official said on Friday.\n\n'
        '"Very close," the official added.'
    )
    speakers = _speakers(text)
    assert speakers == [
        Speaker("a senior harbor official", None, True),
        Speaker("a senior harbor official", None, True),
    ]


def test_unattributed_quote_has_no_speaker() -> None:
    (quote,) = detect_quotes('The sign read "Closed until further notice, sorry."')
    assert quote.speaker is None or quote.speaker.name != "Closed"
