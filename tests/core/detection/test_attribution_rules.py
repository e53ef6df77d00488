"""The attribution rules added for the error buckets of the quote bench, one test each.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from desk.core.detection import Speaker, detect_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in detect_quotes(text)]


def test_home_state_is_not_part_of_the_name() -> None:
    text = (
        "Rep. Lina Ortez of New Mexico said the port would reopen.\n\n"
        '"The cranes are ready," she said.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_party_label_before_a_name_is_not_part_of_it() -> None:
    text = 'Democrat Lina Ortez spoke first.\n\n"We are ready," Ortez said.'
    assert _names(text) == ["Lina Ortez"]


def test_name_before_a_role_phrase_is_a_modifier() -> None:
    text = (
        "Mayor Paul Ortez toured the docks.\n\n"
        "Ortez campaign manager John Brask said the race was close. "
        '"We will win," he said.'
    )
    assert _names(text) == ["John Brask"]


def test_anonymous_official_is_a_pronoun_antecedent() -> None:
    text = (
        '"The talks will go on," a senior harbor official said Monday.\n\n'
        "Asked whether Governor John Brask had resigned, the official said he had read the "
        'reports.\n\n"I have no details on that," he said.'
    )
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [Speaker("a senior harbor official", None, True)] * 2


def test_subject_of_a_speech_verb_is_the_preferred_antecedent() -> None:
    text = 'Dewan Kolar said the union met Governor John Brask on Monday. "It went well," he said.'
    assert _names(text) == ["Dewan Kolar"]


def test_sentence_subject_is_an_antecedent_even_without_a_title() -> None:
    text = 'Dewan Kolar, 33, backed Governor John Brask last year. "I regret it," he said.'
    assert _names(text) == ["Dewan Kolar"]


def test_indefinite_description_runs_to_the_end_of_its_clause() -> None:
    text = '"The vote is Tuesday," said a source close to the harbor board.'
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [Speaker("a source close to the harbor board", None, True)]


def test_name_in_apposition_after_a_description() -> None:
    text = '"The vote is Tuesday," said a spokeswoman for the port, Lina Ortez.'
    assert _names(text) == ["Lina Ortez"]


def test_listener_after_told_is_not_the_speaker() -> None:
    text = '"The vote is Tuesday," Lina Ortez, the chairwoman, told Harbor Radio.'
    assert _names(text) == ["Lina Ortez"]


def test_said_of_names_the_topic_not_the_speaker() -> None:
    text = '"They are late," Lina Ortez, the chairwoman, said of the Brask family.'
    assert _names(text) == ["Lina Ortez"]


def test_affiliation_after_a_name_is_not_the_speaker() -> None:
    text = '"The vote is Tuesday," said Lina Ortez of the Harbor Group.'
    assert _names(text) == ["Lina Ortez"]


def test_new_sentence_after_a_closed_quotation_is_not_its_frame() -> None:
    text = (
        'Lina Brask spoke first. "We are ready," she said. "We will win." '
        "Paul Ortez said he would attend the vote on Tuesday."
    )
    assert _names(text) == ["Lina Brask", "Lina Brask"]


def test_colon_at_the_end_of_the_previous_paragraph() -> None:
    text = 'Lina Ortez spoke for an hour. Then Ortez added:\n\n"We will win."'
    assert _names(text) == ["Lina Ortez"]


def test_went_on_to_say() -> None:
    assert _names('Lina Ortez went on to say, "We will win."') == ["Lina Ortez"]


def test_unframed_quotation_falls_back_to_the_sentence_subject() -> None:
    assert _names('After the vote, Lina Ortez was blunt: "We won."') == ["Lina Ortez"]


def test_courtesy_title_picks_the_person_of_that_gender() -> None:
    text = 'Paul Ortez and Lina Ortez arrived late. "We are tired," Mrs. Ortez said.'
    assert _names(text) == ["Lina Ortez"]


def test_fallback_speaker_has_a_lower_confidence_than_a_framed_one() -> None:
    (guessed,) = detect_quotes('After the vote, Lina Ortez was blunt: "We won the vote."')
    (framed,) = detect_quotes('After the vote, Lina Ortez said: "We won the vote."')
    assert guessed.speaker == framed.speaker
    assert guessed.confidence < framed.confidence


def test_indefinite_article_before_a_capitalised_label_makes_a_description() -> None:
    (quote,) = detect_quotes('"We will win," one Vermont Democrat said.')
    assert quote.speaker == Speaker("one Vermont Democrat", None, True)
