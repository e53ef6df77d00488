"""The attribution rules added for the error buckets of the quote bench, one test each.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from desk.core.detection import Speaker, detect_quotes
from desk.core.detection.names import surname


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


def test_pronoun_chain_carries_the_subject_across_sentences() -> None:
    text = (
        "Lina Ortez said the dock was safe. But she suggested that Mayor Ana Brask had other "
        'worries. "The budget is tight," she said.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_fragment_belongs_to_the_sentence_opening_speaker() -> None:
    text = 'Dewan Kolar said Governor John Brask called the plan "a disaster" on Monday.'
    assert _names(text) == ["Dewan Kolar"]


def test_korean_family_name_comes_first() -> None:
    text = (
        'North Korean leader Kim Jong-un called for "self-reliance" on Monday.\n\n'
        'Later, Kim said the talks had hit "a wall of ceaseless pressure."'
    )
    assert _names(text) == ["Kim Jong-un", "Kim Jong-un"]


def test_korean_and_hyphenated_western_surnames() -> None:
    assert surname("Kim Jong-un") == "Kim"
    assert surname("Moon Jae-in") == "Moon"
    assert surname("Dana Holtz-Eakin") == "Holtz-Eakin"


def test_two_korean_people_of_one_family_stay_apart() -> None:
    text = (
        'Kim Jong-un praised "self-reliance" on Monday.\n\n'
        'Kim Yo-jong called the drills "reckless."\n\n'
        '"We are ready," Kim Jong-un said.'
    )
    assert _names(text) == ["Kim Jong-un", "Kim Yo-jong", "Kim Jong-un"]


def test_accented_letters_belong_to_the_name() -> None:
    text = 'Ilda Calderón runs the port.\n\n"The cranes are ready," Calderón said.'
    assert _names(text) == ["Ilda Calderón"]


def test_employer_after_an_honorific_and_surname_is_not_the_speaker() -> None:
    text = '"The show is good," said Mr. Brask of Harborline.'
    assert _names(text) == ["Brask"]


def test_description_is_kept_as_written_beside_the_resolved_name() -> None:
    text = 'Senator Lina Ortez toured the docks.\n\n"We will win," the senator said.'
    [quote] = detect_quotes(text)
    assert quote.speaker == Speaker("Lina Ortez", "Senator", False)
    assert quote.speaker is not None
    assert quote.speaker.mention == "the senator"


def test_names_and_pronouns_have_no_written_mention() -> None:
    text = 'Lina Ortez toured the docks. "We will win," she said. "Soon," Ortez said.'
    assert [q.speaker.mention for q in detect_quotes(text) if q.speaker] == [None, None]


def test_mention_takes_no_part_in_equality_or_hashing() -> None:
    plain = Speaker("Lina Ortez", "Senator", False)
    written = Speaker("Lina Ortez", "Senator", False, mention="the senator")
    assert plain == written
    assert {plain: 1}[written] == 1


def test_description_opening_the_sentence_attributes_a_fragment() -> None:
    text = (
        "The port reopened on Monday.\n\n"
        'A harbor spokesman emailed that the cranes were "ready for the season."'
    )
    [quote] = detect_quotes(text)
    assert quote.speaker == Speaker("A harbor spokesman", None, True)
    assert quote.speaker is not None
    assert quote.speaker.mention == "A harbor spokesman"


def test_home_town_and_state_after_the_speaker_are_skipped() -> None:
    text = (
        "The fair opened on Friday.\n\n"
        'Dana Pell of Millbrook, Vermont says the harbor will be "busier than ever."'
    )
    [name] = _names(text)
    assert name is not None
    assert name.startswith("Dana Pell")


def test_home_state_inside_an_appositive_is_skipped() -> None:
    text = (
        "The fair opened on Friday.\n\n"
        "Dana Pell, a 40-year-old baker from Millbrook, Vermont, says the harbor will be "
        '"busier than ever."'
    )
    assert _names(text) == ["Dana Pell"]


def test_place_opening_the_sentence_is_not_the_speaker() -> None:
    text = (
        "The storm passed on Monday.\n\n"
        'In Millbrook, Mayor Dana Pell said the damage was "worse than feared."'
    )
    assert _names(text) == ["Dana Pell"]


def test_lone_surname_that_speaks_is_a_pronoun_antecedent() -> None:
    text = (
        "Governor Paul Brask spoke first.\n\n"
        "Ortez conceded that the plan was late. "
        '"We will catch up," she said.'
    )
    assert _names(text) == ["Ortez"]


def test_plural_group_word_that_speaks_is_no_surname() -> None:
    text = (
        "Governor Paul Brask spoke first.\n\n"
        "Republicans argued that the plan was late. "
        '"We will catch up," he said.'
    )
    assert _names(text) == ["Paul Brask"]


def test_top_speaker_after_a_leading_phrase() -> None:
    text = (
        "Lina Ortez and Paul Brask met on Monday.\n\n"
        "Shortly after the vote, Ortez said she was sure Brask would continue to be "
        '"a loyal partner."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_possessive_opening_a_sentence_is_not_its_subject() -> None:
    text = (
        "Lina Ortez and Paul Brask met on Monday.\n\n"
        'Brask\'s "plan" is late, Ortez said Tuesday, noting the mayor "has run out of time."'
    )
    assert _names(text) == ["Lina Ortez", "Lina Ortez"]


def test_name_in_apposition_after_a_description_speaks() -> None:
    text = '"We are ready," the harbor board spokesman, Dewan Kolar, said on Monday.'
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers[0] is not None
    assert speakers[0].name == "Dewan Kolar"
    assert speakers[0].role == "the harbor board spokesman"


def test_appositives_and_relative_clauses_are_skipped_back_to_the_name() -> None:
    text = (
        "Dewan Kolar, a baker in Granville, who runs two shops, recalled that the winter had "
        '"emptied every street."'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_name_inside_an_appositive_description_does_not_speak() -> None:
    text = (
        "Dewan Kolar, the editor of the weekly paper, The Harbor Post, said the vote was "
        '"a turning point."'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_participle_takes_the_speaker_of_the_verb_before_it() -> None:
    text = (
        "Paul Brask and Dewan Kolar met on Monday.\n\n"
        'Brask left early, Kolar said, adding, "He had another meeting."'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_name_after_a_preposition_in_a_description_is_not_the_speaker() -> None:
    text = 'A spokesman for Lina Ortez said: "The mayor will attend."'
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [Speaker("A spokesman for Lina Ortez", None, True)]


def test_frame_closing_the_sentence_attributes_a_fragment_inside_it() -> None:
    text = (
        "Lina Ortez and Paul Brask met on Monday.\n\n"
        'Ortez felt "a duty to act" on the harbor, Brask said.'
    )
    assert _names(text) == ["Paul Brask"]


def test_inverted_frame_closing_the_sentence() -> None:
    text = (
        "Lina Ortez spoke on Monday.\n\n"
        'Ortez "won the docks" in the last vote, said harbor historian Dewan Kolar.'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_capitalised_preposition_is_no_part_of_a_name() -> None:
    text = (
        "Lina Ortez and Paul Brask met on Monday.\n\n"
        'Unlike Brask, Ortez was calm. "We will finish," she said.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_fallback_skips_the_object_of_a_preposition() -> None:
    text = (
        "Lina Ortez and Paul Brask met on Monday.\n\n"
        'Speaking to Brask on Tuesday, Ortez pictured the plan as "a leaking boat."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_closing_frame_after_a_fragment_that_opens_the_sentence() -> None:
    text = (
        "Lina Ortez and Dewan Kolar met on Monday.\n\n"
        '"Quiet harbors" are rare on this coast, said Kolar. "We have none left," she said.'
    )
    assert _names(text)[0] == "Dewan Kolar"


def test_fallback_skips_a_name_after_a_preposition_and_article() -> None:
    text = (
        "Lina Ortez toured the docks on Monday.\n\n"
        'In the depths of the Great Thaw, Ortez pictured the port as "a frozen garden."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_affiliation_with_a_long_organisation_name() -> None:
    text = (
        '"The tides are rising," Dewan Kolar of the Harbor Center for Tidal Studies wrote. '
        '"The docks will flood," said Lina Ortez of consulting firm Tidemark.'
    )
    assert _names(text) == ["Dewan Kolar", "Lina Ortez"]


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        "President Lina Ortez spoke first, and Vice President Paul Brask followed.\n\n"
        'The president said the plan was "ready to sail."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_description_qualifier_picks_the_fitting_role() -> None:
    text = (
        "Texas Sen. Paul Brask and Ohio Sen. Dewan Kolar spoke on Monday.\n\n"
        'The Texas senator said the bill was "dead on arrival."'
    )
    assert _names(text) == ["Paul Brask"]


def test_transcript_tag_names_the_speaker() -> None:
    text = (
        "Mayor Lina Ortez sat down with Paul Brask on Monday. The interview, in part:\n\n"
        '"BRASK: Will the port reopen?\n\n'
        '"ORTEZ: It will reopen in May."'
    )
    assert _names(text) == ["Paul Brask", "Lina Ortez"]


def test_transcript_tag_of_a_person_not_named_before() -> None:
    text = 'The interview, in part:\n\n"BRASK: Will the port reopen?\n\n"ORTEZ: In May."'
    assert _names(text) == ["Brask", "Ortez"]


def test_delegate_abbreviation_is_a_title() -> None:
    assert _names('"We will vote," said Del. Lina Ortez, a Democrat.') == ["Lina Ortez"]


def test_name_stops_at_an_acronym_that_ends_a_sentence() -> None:
    text = 'Paul Ortez toured the port in Washington, D.C. He said "the cranes are old."'
    assert _names(text) == ["Paul Ortez"]


def test_subject_of_an_inverted_verb_is_the_next_antecedent() -> None:
    text = (
        "Governor Paul Brask spoke on Monday. The vote may not change the race, noted Harbor "
        'Radio’s Dewan Kolar. "The polls are settled," he wrote.'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_new_sentence_with_its_own_quotation_is_not_the_frame_of_the_last() -> None:
    text = 'Lina Ortez called the plan "a gamble." Paul Brask insisted that we "stop the dredging."'
    assert _names(text) == ["Lina Ortez", "Paul Brask"]


def test_a_document_is_no_antecedent_for_he() -> None:
    text = 'The memo accuses Paul Brask of "gross neglect." He called that "a distortion."'
    assert _names(text) == ["The memo", "Paul Brask"]


def test_author_after_a_headline_in_capitals() -> None:
    assert _names('PORT WILL REOPEN IN MAY - Lina Ortez: "The cranes are ready."') == ["Lina Ortez"]


def test_dateline_in_capitals_is_not_a_name() -> None:
    text = 'HARBOR CITY — Mayor Lina Ortez on Monday called the plan "a gamble."'
    assert _names(text) == ["Lina Ortez"]


def test_pronoun_subject_before_its_predicate() -> None:
    text = (
        "Lina Ortez spoke on Monday. Hours later, she issued a statement calling the plan "
        '"reckless."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_party_label_is_no_antecedent() -> None:
    text = (
        "Paul Brask met the press on Monday. The Ohio Republican said the bill was dead. "
        '"We will pass it anyway," he said.'
    )
    assert _names(text) == ["Paul Brask"]


def test_subject_after_an_earlier_quotation_in_the_sentence() -> None:
    text = (
        'After two hours with Mr. Brask, the mayor "looked tired," Mr. Kolar said, from "the '
        'long talks."'
    )
    assert _names(text) == ["Kolar", "Kolar"]


def test_closing_frame_followed_by_an_appositive() -> None:
    text = (
        'But Mayor Ortez would do well to keep "building bridges" to the unions, said Dewan '
        "Kolar, a former strategist for the port."
    )
    assert _names(text) == ["Dewan Kolar"]


def test_place_after_a_leading_preposition_is_not_the_subject() -> None:
    text = (
        "In Harbor City, the crowd was loud outside the old hall, which Mayor Lina Ortez on "
        'Friday declared "a place of pride."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_name_after_as_for_is_not_the_subject() -> None:
    text = (
        'As for Mr. Brask, the staff letter noted that surveys "made it painfully clear" that '
        "morale was low."
    )
    assert _names(text) == ["the staff letter"]


def test_title_without_a_name_is_not_a_speaker() -> None:
    text = '"That is what he did," said former Ohio Gov. and Harbor Board Chairman Paul Brask.'
    assert [surname(name or "") for name in _names(text)] == ["Brask"]


def test_bare_surname_is_the_person_the_story_names_most() -> None:
    text = (
        "Paul Ortez opened the port on Monday, and Paul Ortez thanked the crews. His sister, "
        'Lina Ortez, spoke briefly.\n\n"We will grow," Ortez said. "The cranes are ready," he '
        "added."
    )
    assert _names(text) == ["Paul Ortez", "Paul Ortez"]


def test_home_town_in_apposition_is_not_the_subject() -> None:
    text = (
        "Paul Brask, 22, of Harbor Springs, Mich., said he had not given up hope of "
        '"a surprise" at the vote.'
    )
    assert _names(text) == ["Paul Brask"]


def test_unisex_first_name_leaves_the_pronoun_free() -> None:
    text = (
        'Mayor Dewan Kolar spoke first. "We are ready," said Terry Ortez. "It is time," she said.'
    )
    assert _names(text) == ["Terry Ortez", "Terry Ortez"]


def test_name_in_apposition_after_the_leader_of_an_organisation() -> None:
    text = (
        "The leader of the Harbor League, Dewan Kolar, warned that a ban would be "
        '"unacceptable and wrong."'
    )
    assert _names(text) == ["Dewan Kolar"]


def test_qualifiers_before_a_title_belong_to_the_role() -> None:
    text = 'Harbor City Council Speaker Ana Ortez opened the session. "We start today," she said.'
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [Speaker("Ana Ortez", "Harbor City Council Speaker", False)]


def test_title_with_of_keeps_its_last_words() -> None:
    text = (
        'Port Authority Director of Labor Relations Dewan Kolar said: "The strike is over."\n\n'
        'White House Chief of Staff Lina Brask added: "Good."'
    )
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [
        Speaker("Dewan Kolar", "Port Authority Director of Labor Relations", False),
        Speaker("Lina Brask", "White House Chief of Staff", False),
    ]


def test_a_name_ending_in_a_role_word_and_a_suffix_stays_whole() -> None:
    text = 'Martin Luther King Jr. Elementary reopened. "Welcome back," said Paul King Jr.'
    assert _names(text) == ["Paul King Jr."]


def test_a_headline_in_capitals_is_not_a_person() -> None:
    text = (
        "Mayor Ortez Slams Harbor Board Over Port Delay\n\n"
        "Harbor City Mayor Ana Ortez spoke on Monday. "
        'She told reporters: "The board has failed us."'
    )
    assert _names(text) == ["Ana Ortez"]


def test_a_verb_ends_the_role_before_a_name() -> None:
    text = (
        "Mayor Ana Ortez described council candidate Paul Lind as a "
        '"disgrace" on Monday. "I disagree," Lind said.'
    )
    speakers = [q.speaker for q in detect_quotes(text)]
    assert speakers == [
        Speaker("Ana Ortez", "Mayor", False),
        Speaker("Paul Lind", "council candidate", False),
    ]


def test_a_bare_role_prefers_the_person_the_story_quotes() -> None:
    text = (
        '"The port reopens Monday," President Ana Ortez said.\n\n'
        "She met Harbor Bank President Paul Lind for lunch.\n\n"
        'The president later added: "It was a good day."'
    )
    assert _names(text) == ["Ana Ortez", "Ana Ortez"]


def test_a_title_case_headline_run_is_cut_to_the_name_the_story_writes() -> None:
    text = (
        "Understated Ortez Takes The Helm At The Harbor Board\n\n"
        "Lina Ortez was elected chair on Monday. "
        '"We have work to do," Ortez said.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_a_headline_name_the_story_shortens_stays_whole() -> None:
    text = (
        "Cecile Brask: The Harbor Needs Its Workers\n\n"
        '"Nobody asked the dock workers," Brask said. But Brask did not stop there.'
    )
    assert _names(text) == ["Cecile Brask"]


def test_a_closing_frame_with_a_described_subject() -> None:
    text = (
        "Mayor Lina Ortez has been “unfairly blocked” by the harbor board since May, "
        "the port workers’ union says."
    )
    assert _names(text) == ["the port workers’ union"]


def test_an_organisation_subject_frames_the_quotation() -> None:
    text = (
        "Mayor Ana Ortez spoke on Monday.\n\n"
        "The Harbor Board released a statement on Tuesday, calling the plan "
        "“reckless and rushed.”"
    )
    assert _names(text) == ["The Harbor Board"]


def test_a_group_subject_with_a_framing_verb() -> None:
    text = (
        "Mayor Ana Ortez spoke on Monday.\n\n"
        "Port safety experts have long warned that the cranes pose “a real danger” to workers."
    )
    assert _names(text) == ["Port safety experts"]


def test_a_group_subject_yields_to_a_closing_frame() -> None:
    text = "Mayor Ana Ortez spoke on Monday.\n\nPort workers had “earned every cent,” she said."
    assert _names(text) == ["Ana Ortez"]


def test_a_sentence_subject_beats_the_next_quotation_of_the_paragraph() -> None:
    text = (
        "Ana Ortez and Paul Lind met on Monday.\n\n"
        "On Monday, Ortez tried to turn the tables, portraying Lind as hypocritical because he "
        "had accepted “about $200,000” from port firms. Lind campaign manager Dewan Brask "
        "called that “a stretch.”"
    )
    assert _names(text) == ["Ana Ortez", "Dewan Brask"]


def test_demonstrators_chanting_are_the_speakers_not_the_name_they_modify() -> None:
    text = (
        "Mayor Ana Ortez spoke on Monday.\n\n"
        "Hundreds of pro-Ortez demonstrators marched through the docks, chanting "
        "“Cranes for all, no port sale.”"
    )
    assert _names(text) == ["Hundreds of pro-Ortez demonstrators"]


def test_a_description_the_frame_cut_as_a_clause_is_cut_to_its_noun_phrase() -> None:
    text = (
        "Mayor Ana Ortez spoke on Monday.\n\n"
        "Shortly after the vote, her office put out a statement saying the board owes "
        "“the city an explanation.”\n\n"
        "Dewan Brask also complained that Ortez is too cautious, suggesting the first-term mayor "
        "sees the port as “a museum.”"
    )
    assert _names(text) == ["her office", "Dewan Brask"]


def test_a_hyphenated_adjective_is_not_part_of_the_name_after_it() -> None:
    text = (
        "Harbor-based Mara Lindqvist watched the vote.\n\n"
        '"The port will not wait," said Mara Lindqvist.\n\n'
        "'Thin-skinned' Ortez ends the debate.\n\n"
        'Ortez replied: "We have answered every question."'
    )
    assert _names(text) == ["Mara Lindqvist", "Ortez"]


def test_an_arabic_surname_after_its_article_stays_with_the_given_name() -> None:
    text = (
        "In the video the cleric Anwar al-Rahimi, who died in 2011, is shown lecturing: "
        '"Take heed and learn from the lessons of history."\n\n'
        'Al-Rahimi added, "The clouds are gathering."'
    )
    assert _names(text) == ["Anwar al-Rahimi", "Anwar al-Rahimi"]


def test_a_name_after_opening_role_words_is_the_sentence_s_speaker() -> None:
    text = (
        "Mara Ortez toured the docks on Monday.\n\n"
        "Ortez campaign spokesman Sean Holm said the candidate sees the vote as a chance to "
        'answer what Republicans are offering in contrast to "the gloom and fear-mongering" '
        "heard at the rally."
    )
    assert _names(text) == ["Sean Holm"]


def test_a_name_after_anti_is_an_adjective_not_a_speaker() -> None:
    text = (
        "Paul Brask spoke on Monday.\n\n"
        'Brask, speaking on the radio, called Ortez a "blowhard," and said his anti-Muslim '
        'remarks were priceless "propaganda" for the groups.'
    )
    assert _names(text) == ["Paul Brask", "Paul Brask"]


def test_a_co_title_before_a_name_is_part_of_the_frame() -> None:
    text = (
        "Senator Tim Kolar took questions.\n\n"
        '"But that was the first time in a long time, senator," Harbor Morning co-Anchor '
        'Dana Morgan said. "She does not do it often."'
    )
    assert _names(text) == ["Dana Morgan", "Dana Morgan"]


def test_he_prefers_a_subject_to_the_object_of_a_preposition() -> None:
    text = (
        "Jake Sherman keeps his eyes on his phone. Like Paul Allen, he starts at dawn, and "
        "his calls go on until late at night with the staff of Paul Allen.\n\n"
        '"We like to work," he told me.'
    )
    assert _names(text) == ["Jake Sherman"]


def test_a_name_before_campaign_only_modifies_it() -> None:
    text = (
        "Bill Ortez spoke at the rally for his wife, Mayor Ann Ortez.\n\n"
        "And Ortez campaign Chairman John Podesky — Bill Ortez's former chief of staff — "
        "offered a slogan when I asked him how she would mount a defense.\n\n"
        '"She will fight for the people of this city," he said.'
    )
    assert _names(text) == ["John Podesky"]


def test_a_name_s_contracted_has_keeps_it_the_subject() -> None:
    text = (
        "Chris Kolar lit into Mark Ruben for giving the same speech, because he is not "
        "ready.\n\n"
        "Kolar's been making the case for weeks that Ruben is not ready. "
        '"You have not been held accountable," he said.'
    )
    assert _names(text) == ["Chris Kolar"]


def test_a_sentence_subject_after_a_phrase_naming_others_is_the_fallback() -> None:
    text = (
        "In one exchange between Ortez and her chief of staff Dana Mills in April, Mills "
        'forwards an email with the subject line "Photo gone viral!" to the whole office.\n\n'
        "Like Dan Kolar, Tom Brask also rejected the notion, arguing that there is "
        '"flexibility for the council" in the plan.'
    )
    assert _names(text) == ["Dana Mills", "Tom Brask"]


def test_a_frame_s_name_stops_before_a_headline_verb() -> None:
    text = 'Zoe Saldano Asked Men Everywhere To "Redefine Masculinity."\n\nShe spoke on Monday.'
    assert _names(text) == ["Zoe Saldano"]


def test_a_participle_s_subject_comes_after_a_leading_phrase() -> None:
    text = (
        "Justice Ruth Ortez regrets her remarks about Donald Brask.\n\n"
        "In three separate interviews, the justice sounded off on Brask, saying she did not "
        '"want to contemplate" the effects.\n\n'
        "Speaking at a town hall in Salem, New Hampshire, Brask went after Ortez, calling her "
        '"a total stiff."'
    )
    assert _names(text) == ["Ruth Ortez", "Donald Brask"]


def test_a_participle_after_the_quotation_leaves_it_to_the_sentence_s_subject() -> None:
    text = (
        "Mayor Hillary Ortez took a swipe at her rival Donald Brask over the vote.\n\n"
        'Brask has hailed the vote as "fantastic," telling reporters during a visit on Friday '
        'that he thinks the vote is "a great thing."'
    )
    assert _names(text) == ["Donald Brask", "Donald Brask"]


def test_a_sentence_adverb_is_not_part_of_the_name_after_it() -> None:
    text = 'Donald Brask spoke first.\n\nMaybe Brask said it best: "We are not done yet."'
    assert _names(text) == ["Donald Brask"]


def test_a_document_after_the_quotation_speaks_even_when_its_noun_is_a_verb_too() -> None:
    text = (
        "Mayor Tom Ortez spoke on Monday.\n\n"
        'Here is one example: the commission "only requires that companies report their '
        'significant subsidiaries, based on several measures," the report says.'
    )
    assert _names(text) == ["the report"]


def test_a_brief_or_a_column_is_a_document_that_speaks() -> None:
    text = (
        "Mayor Tom Ortez spoke on Monday.\n\n"
        "However, Ivana Ortez's brief said that was not her view and dismissed those reports "
        'as "previous misinterpreted statements."'
    )
    assert _names(text) == ["Ivana Ortez's brief"]


def test_a_description_s_name_has_single_spaces() -> None:
    text = 'Mayor Tom Ortez spoke.\n\n"We are done here," the   Harbor\u00a0Post   column said.'
    assert _names(text) == ["the Harbor Post column"]


def test_a_relative_clause_between_the_speaker_and_the_verb_is_skipped() -> None:
    text = (
        "Marco Ruben, whose hometown, Miami, may be underwater soon, argues that efforts to "
        "fight it will ''destroy our economy.''"
    )
    assert _names(text) == ["Marco Ruben"]


def test_a_speech_verb_like_confided_makes_its_subject_the_speaker_of_the_sentence() -> None:
    text = (
        "When Ms. Schifano moved to Queens, Fred Brask confided to her that his parents had "
        "panicked because the Schifanos were ''the first ethnic family on the street.''"
    )
    assert _names(text) == ["Fred Brask"]


def test_a_quotation_s_own_frame_beats_the_colon_before_its_paragraph() -> None:
    text = (
        "Paul Brask is drawing crowds in the final hours before the vote.\n\n"
        "One man in Manchester, responding to Brask's speech, interrupted the candidate:\n\n"
        '"They stole the harbor," the man shouted.'
    )
    assert _names(text) == ["One man"]


def test_a_state_after_a_home_town_is_not_the_speaker() -> None:
    text = (
        "Stacy Baker of Columbia, South Carolina says she thinks Ortez can win if he keeps "
        '"doing what he is doing."'
    )
    assert _names(text) == ["Stacy Baker"]


def test_a_different_given_name_is_a_different_person_of_the_same_family() -> None:
    text = (
        "Mayor Donald Ortez spoke at the rally.\n\n"
        'Melania Ortez tells supporters that "he loves you." She says her husband will '
        '"be the best mayor."'
    )
    assert _names(text) == ["Melania Ortez", "Melania Ortez"]


def test_a_two_word_surname_is_still_the_person_named_in_full() -> None:
    text = (
        "Party chair Debbie Wasserman Schultz spoke first.\n\n"
        '"We will not change the rules," Wasserman Schultz said.'
    )
    assert _names(text) == ["Debbie Wasserman Schultz"]


def test_she_vented_is_a_frame_for_her_words_not_her_husband_s() -> None:
    text = (
        "Carly Fiorina ran the company in 2001.\n\n"
        "Flying home one night, she vented to her husband, Frank Fiorina, that the merger "
        'would be "incredibly ugly."'
    )
    assert _names(text) == ["Carly Fiorina"]


def test_as_someone_put_it_names_the_speaker() -> None:
    text = (
        "As the Harborline chief executive, Jeff Weiner, put it in his memo to employees "
        "explaining the deal, ''Imagine a world where we are no longer looking up at giants.''"
    )
    assert _names(text) == ["Jeff Weiner"]


def test_a_document_with_an_appositive_before_alleged_that_is_the_speaker() -> None:
    text = (
        "The campaign sued the council on Friday. The complaint, which was filed in federal "
        'court, alleged that the council "failed to implement reasonable security measures."'
    )
    assert _names(text) == ["The complaint"]


def test_a_description_after_a_leading_phrase_stated_that() -> None:
    text = (
        "Hillary Ortez does not recognize the man she used to know.\n\n"
        "In an interview with the morning hosts Joe Brask and Mika Lund, the Democratic "
        'mayoral candidate stated that his "divisive" comments do not fit.'
    )
    # Found as the speaker, and resolved to the one the story is about.
    assert _names(text) == ["Hillary Ortez"]


def test_as_a_band_sang_names_the_band() -> None:
    text = (
        "Under the plan, you are either powerful or poor.\n\n"
        'As the Rainmakers sang back in the 1980s, "They will turn us all into beggars."'
    )
    assert _names(text) == ["Rainmakers"]


def test_a_lone_quotation_after_a_paragraph_in_which_someone_spoke_is_theirs() -> None:
    text = (
        '"Major changes now are dangerous," John Ryder wrote.\n\n'
        "If anything, Bruce Ash argued in his email, the incident shows why the board should "
        "change its rules.\n\n"
        '"Is it prudent for the board to keep giving the chair such power?"'
    )
    assert _names(text) == ["John Ryder", "Bruce Ash"]


def test_echoed_with_a_colon_frames_the_next_paragraph() -> None:
    text = (
        '"There is only one: Ortez," said Parker Eaton, a retired teacher.\n\n'
        "17-year-old Jared Potts echoed:\n\n"
        '"He speaks his mind, and I think that might be what the city needs."'
    )
    assert _names(text) == ["Parker Eaton", "Jared Potts"]


def test_a_quotation_signed_before_its_closing_mark() -> None:
    text = (
        "Voices like those proved decisive in the first two years.\n\n"
        '"We are going to enter the next recession without a consensus on stimulus.\n'
        'Josh Bivens, Harbor Policy Institute."'
    )
    assert _names(text) == ["Josh Bivens"]


def test_proposed_frames_the_fragment_after_it() -> None:
    text = (
        "Gov. Bobby Lind on Monday signed an order to block the plan, while Mike Huckman, the "
        'former governor, proposed we "wake up and smell the coffee" and said the speaker '
        "should resign."
    )
    assert _names(text) == ["Mike Huckman"]


def test_a_participle_later_in_the_clause_after_a_quotation_is_no_frame() -> None:
    text = (
        "At one point, Ted Kolar coached Don Brask to breathe. That prompted Marco Ruben to "
        'make a joke and call Brask "very flexible," a nod to the front-runner acknowledging '
        "that he has changed his position."
    )
    assert _names(text) == ["Marco Ruben"]


def test_a_name_between_two_parts_of_a_quotation_is_not_he() -> None:
    text = (
        "Mayor Michael Blum has the money and the time.\n\n"
        "Blum's pollster, Douglas Schoen, says his man can win. \"I don't think the "
        'conventional wisdom" -- that Blum is seen as a nanny-state liberal -- "is going to '
        'last," he says.'
    )
    assert _names(text) == ["Douglas Schoen", "Douglas Schoen"]


def test_a_quotation_signed_with_a_title_and_a_name_before_its_closing_mark() -> None:
    text = (
        "Party chair Dana Wasserman chose four members.\n\n"
        '"He should stay in until he gets everything he is fighting for.\n'
        'Former Harbor Board president Ben Jealous."'
    )
    assert _names(text) == ["Ben Jealous"]


def test_outlets_that_report_speak_as_a_group() -> None:
    text = (
        'Mayor Dan Brask told a rally, "By the way, nothing you can do, folks."\n\n'
        'Multiple outlets reported on Wednesday the police had "more than one conversation" '
        "with his staff about the remark."
    )
    assert _names(text) == ["Dan Brask", "Multiple outlets"]


def test_a_noun_after_its_article_is_no_speech_verb() -> None:
    text = (
        '"I am a little surprised that I have done this well," Mr. Brask said.\n\n'
        "On Friday, he joined others in pouncing on news that the server had handled messages "
        'deemed "top secret," saying in a Braskian post on Twitter: "The release is a disaster."'
    )
    assert _names(text)[-1] == "Brask"


def test_a_frame_with_a_colon_after_a_quotation_introduces_the_next_one() -> None:
    text = (
        'After Justice Antonin Scalo said that students might do better at "less advanced '
        'schools," Donald Brask said: "I don\'t like what he said."'
    )
    assert _names(text) == ["Antonin Scalo", "Donald Brask"]


def test_a_sentence_opening_with_and_still_names_its_subject() -> None:
    text = (
        "Dana Reynolds says new media means taking a stand.\n\n"
        "And she is sure that keeping Peter Santos in jail will only make his voice louder: "
        '"They are creating a monster."'
    )
    assert _names(text) == ["Dana Reynolds"]


def test_several_groups_that_act_are_the_subject_of_the_participle() -> None:
    text = (
        "Mayor Tom Clark relies on coal executives.\n\n"
        "In August, several environmental groups granted Mr. Clark an extension, saying his "
        '"start-up capital was less than expected."'
    )
    assert _names(text) == ["several environmental groups"]


def test_friends_who_jeered_and_an_account_that_described() -> None:
    text = (
        "Once, Freddy Brask circled a trawler as his friends jeered, ''Do svidaniya!''\n\n"
        'One news account described the chief sitting "glumly on the podium."'
    )
    assert _names(text) == ["his friends", "One news account"]


def test_a_frame_closing_the_sentence_holds_for_its_first_quotation_too() -> None:
    text = (
        "Moner Abu and Omar Mateo worshiped at the same mosque.\n\n"
        'In 2014 there was a search for a link between Mateo and Abu that did not find "ties of '
        'any consequence," only that they "knew each other casually," said Tom Brask, the '
        "director, on Monday."
    )
    assert _names(text) == ["Tom Brask", "Tom Brask"]


def test_a_name_in_apposition_after_an_inverted_verb_speaks() -> None:
    found = detect_quotes('"We found no ties," said the bureau director, Tom Brask, on Monday.')
    assert [q.speaker for q in found] == [Speaker("Tom Brask", "bureau director", False)]


def test_a_term_called_so_by_someone_is_theirs() -> None:
    text = (
        'This feature of the movement of Fethullah Gulen has been called "strategic '
        'ambiguity" by Joshua Hendrix, a professor at the college, and it makes funding hard '
        "to trace."
    )
    assert _names(text) == ["Joshua Hendrix"]


def test_some_and_another_speak_for_part_of_a_group() -> None:
    text = (
        "Donald Brask's supporters erupted into cheers.\n\n"
        'Supporters held signs high above their heads. Some chanted "USA! USA!"\n\n'
        'Another said he hoped with his "whole heart" that Brask wins.'
    )
    assert _names(text) == ["Some", "Another"]


def test_a_noun_after_by_is_no_speech_verb_after_a_quotation() -> None:
    text = (
        '"There cannot be separate marriage," the lawyer told Judge Carl Reeves.\n\n'
        'In his ruling, Reeves wrote that the law showed it to be "an attempt to put people '
        'back in their place." Titled the Freedom of Conscience Act, the law was authored by '
        "state House Speaker Phil Gunn."
    )
    assert _names(text)[-1] == "Carl Reeves"


def test_the_senator_is_the_one_the_story_is_about_just_now() -> None:
    text = (
        '"We will win," said Sen. Bernie Sands.\n\n'
        "Marco Ruben sought to stoke positive energy at his headquarters in Manchester. Walking "
        'into the office, the senator said his campaign here was "closing really strong."'
    )
    assert _names(text) == ["Bernie Sands", "Marco Ruben"]


def test_two_coordinated_speakers_each_keep_their_fragment() -> None:
    text = (
        "Mostly, they have offered colorful language. Ted Kruse said he would make sand "
        '"glow in the dark," for instance, and Donald Brask vowed to "bomb the hell" out of '
        "the group."
    )
    assert _names(text) == ["Ted Kruse", "Donald Brask"]


def test_after_a_dash_the_frame_closing_the_quotation_wins() -> None:
    text = (
        '"The people doing these attacks have an agenda," said Anita Dunn, a strategist.\n\n'
        "If Russia is indeed behind it — as researchers believe, but Moscow strongly denies — "
        '"why wouldn\'t you want to raise the potential?" asked Dunn.'
    )
    assert _names(text) == ["Anita Dunn", "Anita Dunn"]


def test_a_description_opening_the_next_paragraph_is_the_last_subject() -> None:
    text = (
        "Hillary Ortez wants the district to become a state.\n\n"
        'The Democratic frontrunner wrote that "the district is often neglected when it comes '
        'to federal appropriations."'
    )
    assert _names(text) == ["Hillary Ortez"]


def test_a_spokesman_is_never_the_subject_of_the_sentence_before() -> None:
    text = (
        "Prime Minister David Camden met the candidate on Monday.\n\n"
        '"The meeting was useful," the spokesman said.'
    )
    assert _names(text) == ["the spokesman"]


def test_the_florida_senator_is_not_a_senator_of_another_state() -> None:
    text = (
        "Marco Ruben stressed defense issues during an appearance with Sen. Joan Ernst, R-Iowa."
        '\n\nThe Florida senator told reporters he feels good, and "we will see what it '
        'translates to."'
    )
    assert _names(text) == ["Marco Ruben"]


def test_the_crowd_that_chanted_inside_a_speaker_s_sentence() -> None:
    text = (
        'Sheriff Joe Arpin said, "Donald Brask will build the wall" - at which point the crowd '
        'chanted "Build the wall!" - "and restore law and order."'
    )
    assert _names(text) == ["Joe Arpin", "the crowd", "Joe Arpin"]


def test_as_someone_put_it_inside_a_sentence() -> None:
    text = (
        "President Viktor Yanko, who owed his election to, as an American diplomat put it, an "
        "''extreme makeover'' that Paul Manford oversaw, bolted the country."
    )
    assert _names(text) == ["an American diplomat"]


def test_a_reporter_s_sign_off_is_not_the_speaker() -> None:
    text = (
        'Prime Minister Mariano Rajo said he will "try to form a stable government" and '
        'insisted his party was "still the first force in Spain."--Kim Hjelm.'
    )
    assert _names(text) == ["Mariano Rajo", "Mariano Rajo"]


def test_with_a_voice_over_saying() -> None:
    text = (
        "The ad renews accusations against Donald Brask.\n\n"
        'The 60 second ad ends with a voice over saying: "Big money for himself."'
    )
    assert _names(text) == ["a voice over"]


def test_a_lone_quotation_after_what_a_document_claims_is_the_document_s() -> None:
    text = (
        "Clerk Jamal Ware filed it on Monday.\n\n"
        "Along with a raft of allegations, the suit claims that Gowdy made statements that "
        "damaged his reputation.\n\n"
        '"Chairman Gowdy tied these statements to the firing."'
    )
    assert _names(text) == ["the suit"]


def test_what_someone_called_names_who_called_it() -> None:
    text = (
        "Paul Brask spoke to the board on Tuesday. Brask's emphasis that only 1 percent of the "
        'staff had been involved with what multiple lawmakers called "fraud" drew scorn.'
    )
    assert _names(text) == ["multiple lawmakers"]


def test_a_speech_verb_of_mockery_frames_the_quotation() -> None:
    text = (
        "Yet in spite of persistent carping that Mr. Brask is nothing but a dreamer - during "
        'their first debate, Lina Ortez cracked, "I am a builder who likes to get things '
        'built" - he has often been an effective legislator.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_someone_else_s_wish_inside_reported_speech_is_the_reporter_s_word() -> None:
    text = (
        "Paul Kolar spoke first.\n\nSpeaking later on the same show, Sen. Lina Ortez (D-Mo.), "
        'who has endorsed Brask, said Kolar has pushed the mayor to be a "stronger" and "more '
        'aggressive" candidate.'
    )
    assert _names(text) == ["Lina Ortez", "Lina Ortez"]


def test_a_role_appositive_then_another_leads_back_to_the_name() -> None:
    text = (
        "Mark Holt, chairman of the board of Harbor Partners, the network's funding arm, said "
        'it would join only if "a candidate shows a positive message."'
    )
    assert _names(text) == ["Mark Holt"]


def test_a_clause_after_the_quotation_does_not_take_it_from_its_frame() -> None:
    text = (
        "Paul Brask spoke on Tuesday. But even as Lina Ortez claimed that "
        '"the port got in trouble for far less," Brask said the two cases were different.'
    )
    assert _names(text) == ["Lina Ortez"]


def test_a_capitalised_headline_verb_after_a_title_is_not_a_name() -> None:
    text = (
        "Pastor Wants Harbor Leaders Fired For Supporting The Port.\n\n"
        'After he blasted the plan for being too "pro-port," he set his sights on the board.'
    )
    assert _names(text) == [None]


def test_the_owner_opening_the_sentence_before_is_the_pronoun_s_antecedent() -> None:
    text = (
        '"Which is why I do not trust him," Paul Brask said on Sunday.\n\n'
        "Lina Ortez's attempt to stay above the fray did not last long, however. Within "
        'minutes, she called Brask "Little Paul" several times.'
    )
    assert _names(text) == ["Paul Brask", "Lina Ortez"]


def test_an_owner_and_a_place_are_not_a_name() -> None:
    text = (
        "According to the officer in charge of the Harbor's Eastport base that night, the "
        'scene is untrue.\n\n"There never was such an order," said the base chief known as '
        'Bob.\n\nNor, he said, did he say anything that could be "read as an order."'
    )
    assert "Harbor's Eastport" not in _names(text)


def test_a_fragment_of_someone_s_claim_is_theirs() -> None:
    text = (
        "Lina Ortez spoke on Monday.\n\n"
        'For example, Paul Brask\'s recent evidence-free assertion that "thousands" of people '
        "cheered the fire parallels stories that have circulated online."
    )
    assert _names(text) == ["Paul Brask"]


def test_a_remark_that_is_only_mentioned_is_not_its_owner_s_fragment() -> None:
    text = (
        "Lina Ortez suggested that Paul Brask pays no tax.\n\n"
        "Mr. Brask hardly clarified the matter, treating Ms. Ortez's remark first as a "
        'compliment -- "That makes me smart" -- and then moved on.'
    )
    assert _names(text) != ["Lina Ortez"]


def test_a_description_with_a_relative_clause_speaks_when_nobody_follows_the_verb() -> None:
    text = (
        "Paul Brask met donors on Monday.\n\n"
        "One attendee, who like others spoke on the condition of anonymity, said the message "
        'was that "this is not going to be over in February."'
    )
    assert _names(text) == ["One attendee"]


def test_groups_of_lobbyists_and_surrogates_speak() -> None:
    text = (
        'Paul Brask travels often. Corporate lobbyists describe such work as "a different cup '
        'of tea" than typical lobbying.\n\nNot paying taxes "makes me smart," Brask said. His '
        'surrogates called him "a genius" for it.'
    )
    assert _names(text) == ["Corporate lobbyists", "Paul Brask", "His surrogates"]


def test_rejecting_and_waving_off_frame_a_fragment() -> None:
    text = (
        'Paul Brask proposed a debate - but the Ortez campaign rejected the idea as "ludicrous" '
        "because of the game.\n\n"
        'For now, the administration waves off the delay as having "minimal" impact.'
    )
    assert _names(text) == ["the Ortez campaign", "the administration"]


def test_a_compound_description_is_the_subject_of_a_participle() -> None:
    text = (
        "Paul Brask spoke on Monday.\n\nA Brask campaign official later walked back the "
        'comments, saying that Brask "did not have a particular video in mind."'
    )
    assert _names(text) == ["A Brask campaign official"]


def test_a_spokesman_for_a_firm_who_declined_but_said() -> None:
    text = (
        "Lina Ortez spoke to reporters.\n\nA spokesman for Harbor Networks declined to address "
        'the report but said in a statement that "the firm treated the server like any other."'
    )
    assert _names(text) == ["A spokesman for Harbor Networks"]


def test_an_unnamed_person_opening_a_sentence_is_she() -> None:
    text = (
        "Paul Brask spoke to the Harbor Post on Monday.\n\n"
        "A 29-year-old Eastport woman, meanwhile, received five months' probation in July "
        'after she had posted comments online. "Filth out!" she wrote.'
    )
    assert _names(text) == ["A 29-year-old Eastport woman"]


def test_an_unnamed_subject_does_not_take_she_from_the_person_asked() -> None:
    text = (
        "Lina Ortez is making a stop at a high school.\n\n"
        'A reporter asked Ortez how she was feeling. She replied: "The bigger the turnout, '
        'the better I feel."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_they_is_the_group_that_opens_a_sentence_before() -> None:
    text = (
        "Some of the victims, such as Walter Brask, have become familiar names. But the "
        "marchers also paid tribute to young men like Paul Kolar, 22.\n\n"
        'As they made their way down Broad Street, they chanted "justice now."'
    )
    assert _names(text) == ["the marchers"]


def test_shares_of_those_polled_and_most_of_them_speak() -> None:
    text = (
        'Lina Ortez led the poll. Asked how likely she was to win, 21 percent said "not too '
        'likely." Most voters were worried; most said they were "very worried."'
    )
    assert _names(text) == ["21 percent", "most"]


def test_a_name_in_a_parenthetical_aside_does_not_frame_the_quotation() -> None:
    text = (
        "The paradox of Nancy, says Carl Brask, historian at the Harbor Library, is that she was "
        '"one of the most powerful first ladies," not for her policy influence (think Eleanor '
        'Roosevelt and Hillary Clinton) but for her "personal influence on the mayor."'
    )
    assert _names(text) == ["Carl Brask", "Carl Brask"]


def test_who_obtained_a_letter_is_not_its_author() -> None:
    text = (
        "The Harbor Legion has twice complained to Ortez officials.\n\n"
        "A Feb. 1 letter from the Harbor Legion obtained by The Associated Press warns that "
        '"any further communication will be through our attorney."'
    )
    assert _names(text) == ["Harbor Legion"]


def test_citing_frames_a_fragment() -> None:
    text = (
        "The trouble, Brask writes, began in the 1970s. The Archie Bunker stereotype of the gruff "
        "bigot ignored much labor history \u2014 Paul Brask cites the union's support for the "
        'act, "the placards carried by marchers on Washington" and the strike as '
        "counterevidence \u2014 but "
        "skepticism was not unfounded."
    )
    assert _names(text) == ["Paul Brask"]


def test_a_participle_right_after_a_quotation_belongs_to_the_sentence_s_subject() -> None:
    text = (
        "Paul Brask said there was no precedent.\n\n"
        'The two lawmakers, however, argue that "there is precedent for prosecution," citing a '
        'case in which a Marine was found guilty of "gross negligence."'
    )
    assert _names(text) == ["The two lawmakers", "The two lawmakers"]


def test_what_a_pollster_found_is_its_words() -> None:
    text = (
        "Paul Brask, a delegate, wants stricter laws.\n\n"
        'In 2014, the Harbor Institute found that "about twice as many voters favored the law." '
        "But since 2007, opponents have grown louder."
    )
    assert _names(text) == ["Harbor Institute"]


def test_someone_found_guilty_did_not_find_anything() -> None:
    text = (
        "The two lawmakers, however, argue that there is precedent, citing a case in which a "
        'Marine was found guilty of "gross negligence."'
    )
    assert _names(text) != ["Marine"]


def test_a_second_verb_after_and_shares_the_subject_after_a_leading_phrase() -> None:
    text = (
        'Speaker Paul Brask on Tuesday called Lina Ortez\'s remarks "unfounded." By the end of '
        "the day, Ms. Ortez was forced into damage control and said that her words had been "
        '"misconstrued."'
    )
    assert _names(text) == ["Paul Brask", "Lina Ortez"]


def test_a_second_clause_after_and_has_its_own_subject() -> None:
    text = (
        "Before the speech, a group of rabbis called for a boycott, and the Harbor League "
        'strongly denounced the remarks and said it would "redirect" all of the donations.'
    )
    assert _names(text) != ["a group of rabbis"]


def test_a_relative_clause_without_its_closing_comma_leaves_the_name() -> None:
    text = (
        '"Brask appears to be the kind of politician voters fear the most," Lina Ortez, who is '
        "chairman of the Harbor Fund said in a statement."
    )
    assert _names(text) == ["Lina Ortez"]


def test_a_paper_that_reveals_facts_with_a_colon_speaks() -> None:
    text = (
        "Lina Ortez spoke on Monday. The county seems enamored with Paul Brask, according to "
        'the Ledger.\n\nHarborline reveals a few relevant facts: "Of its 76,981 registered '
        'voters, 30,290 are Democrats." Since Democrats outnumber them, only a strong candidate '
        "can win."
    )
    assert _names(text) == ["Harborline"]


def test_a_lone_quotation_goes_to_who_spoke_in_the_sentence_before() -> None:
    text = (
        "Lina Ortez posted her message under a headline on Monday.\n\n"
        "On her Facebook page, Lina Ortez posted a photo of herself and her son, Paul, 6, who "
        'has Harbor Syndrome. The photo quotes Romans 8:31 - "If God is for us, who can be '
        'against us?"'
    )
    assert _names(text) == ["Lina Ortez"]


def test_someone_s_dictum_is_theirs() -> None:
    text = (
        "When Paul Brask was at journalism school, he studied under Wayne Kolar, the legendary "
        "reporter; Kolar's dictum to his interns (repeated to me over the years) was, \"It is "
        'not a good story if you do not get a threat."'
    )
    assert _names(text) == ["Wayne Kolar"]


def test_she_inside_a_relative_clause_is_its_antecedent() -> None:
    text = (
        "Lina Ortez heads to the convention with a key speaking slot.\n\n"
        "My favorite description of him came from student Deja Brask, who forced me to confront "
        'my age when she called him "somebody\'s savage grandpa."'
    )
    assert _names(text) == ["Deja Brask"]


def test_who_as_the_object_of_the_relative_clause_is_not_he() -> None:
    text = (
        "Paul Brask spoke on Monday. At times, he brought the crowd to its feet.\n\n"
        'He lambasted the deal negotiated by President Tom Kolar, who he noted was "in his '
        'final year, yay." He pledged to move the embassy to "the eternal capital."'
    )
    assert _names(text) == ["Paul Brask", "Paul Brask"]


def test_a_first_name_in_apposition_to_a_relative_is_a_person() -> None:
    text = (
        "Ortez advisers insist there have been few discussions. But his wife, Jane, offered a "
        'preview in an interview.\n\n"If he is mayor, he wants to keep this going," she said.'
    )
    quotes = detect_quotes(text)
    assert [q.speaker for q in quotes] == [Speaker("Jane", "wife", False)]


def test_the_description_answering_a_question_is_not_who_asked_it() -> None:
    text = (
        '"I think it\'s fair to say that I have taken on the establishment," Lina Ortez said.\n\n'
        '"That would be you?" Brask asked.\n\n'
        '"That would be me, yes," the senator said.'
    )
    assert _names(text)[-1] != "Brask"


def test_what_a_statement_talked_about_is_its_words() -> None:
    text = (
        '"I understand her lead is real," said Paul Brask. "We have a chance."\n\n'
        "But a separate statement issued by the Ortez campaign was notable. Instead, the "
        'statement talked about giving voters the right to "determine who they want as mayor."'
    )
    assert _names(text)[-1] == "the statement"


def test_the_subject_after_a_leading_clause_is_he() -> None:
    text = (
        "Gary Ortez, a two-term governor of New Mexico, has avoided the fringe label. Since "
        "announcing former Massachusetts governor William Kolar as his running mate, Ortez has "
        'risen in the polls. His rallies draw hundreds of voters. He talks about "spoiling the '
        'party," and voters cheer.'
    )
    assert _names(text) == ["Gary Ortez"]


def test_he_is_who_speaks_in_the_main_clause_not_in_the_after_clause() -> None:
    text = (
        "Filmmaker and author Dinesh Ortez made his prediction.\n\nAfter HarborTV\u2019s Glenn "
        "Kolar asked the conservative who he thought would win the presidency, Ortez replied, "
        '"If I had to bet now, I would bet on Hillary."\n\n"We should never confuse who we '
        'want to win, with who is going to win," he added.'
    )
    assert _names(text) == ["Dinesh Ortez", "Dinesh Ortez"]


def test_he_after_when_someone_shouted_and_a_name_joked() -> None:
    text = (
        'Holding open a book, Glen Brask said, "Tell me if this sounds like somebody."\n\n'
        'When someone in the audience shouted, "Kolar," Brask joked, "Come on up!"\n\n'
        'Speaking in his real voice again, he went on, saying: "This know also."'
    )
    assert _names(text)[-1] == "Glen Brask"


def test_a_modifier_name_before_a_role_is_not_the_subject() -> None:
    text = (
        "Ortez's former campaign manager Dan Plum has been an adviser. Former Ortez speechwriter "
        'Jon Kolar published a column, entitled, "Why Electing Lina Matters More Now." Ortez '
        "himself has made comments."
    )
    assert _names(text) == ["Jon Kolar"]


def test_wrote_that_introduces_the_subject_s_words_not_a_speaker_after_it() -> None:
    text = (
        "In 1848 the party nominated Gen. Zachary Brask, a war hero.\n\n"
        "Henry Kolar's biographers, David and Jeanne Ortez, wrote that Brask \"had a tin ear, "
        'was both opinionated and wrong."'
    )
    assert _names(text) != ["Zachary Brask"]


def test_a_party_and_state_tag_does_not_end_the_frame() -> None:
    text = (
        "The museum waived its fee during the convention.\n\n"
        '"Perpetual motion!" Rep. Glenn Kolar, R-Pa., said of the swirl of activities.'
    )
    assert _names(text) == ["Glenn Kolar"]


def test_it_is_the_document_opening_a_sentence_before() -> None:
    text = (
        "Paul Brask is under fire over the attack.\n\nThe email was sent at 7:19 p.m. by chief "
        'of staff Jeremy Kolar, three hours after the attack. "I just tried you on the phone," '
        "it reads."
    )
    assert _names(text) == ["The email"]


def test_an_interjection_is_not_part_of_a_name() -> None:
    # The feed's stray marks (a direction mark, a closing quote opening) leave the first two
    # quotations unread, so "Thanks Sarah" stands in the text like a name.
    text = (
        "\u202a\u201dChildren are precious to him!!! Thanks Sarah!!!\u201d wrote Pete Hidalgo.\n\n"
        "\u202a\u201dThis is why it has to be destroyed,\u201d said John Krystek.\n\n"
        "Sarah Brask\u2019s posts about it include one last week saying the danger was "
        "understated.\n\n"
        "\u201cWhen information shows someone comes here, we are right in calling for it,\u201d "
        "she posted."
    )
    assert _names(text) == ["Sarah Brask"]


def test_a_place_beginning_with_san_is_not_a_speaker() -> None:
    text = (
        "Paul Brask's standing improved after the shootings in San Bernardino, Calif., and his "
        'call for "a total ban." But it is unclear whether the larger audience will react as '
        'favorably to a candidate who has called for "a lot worse" than that.'
    )
    assert "San Bernardino" not in _names(text)


def test_a_number_word_begins_no_name() -> None:
    text = (
        "Paul Brask won the state.\n\n"
        'Six Brask aides ran for delegate slots. "We ran a good race," he said.'
    )
    assert _names(text) == ["Paul Brask"]


def test_a_capitalised_tweeted_after_the_speaker_frames_the_quotation() -> None:
    text = (
        "The head of the PAC backing Paul Brask, Mike Kolar, praised the skywriting on Friday."
        '\n\n"Not us but can\'t argue with it!" Kolar, the head of the PAC, Tweeted on Friday.'
    )
    assert _names(text) == ["Mike Kolar"]


def test_she_after_a_surname_two_relatives_share_is_the_woman() -> None:
    text = (
        "Hillary Ortez leads the race. Bill Ortez, her husband, spoke in Ohio on Monday. Bill "
        "Ortez said the rules were overdue, and Bill Ortez took questions.\n\n"
        '"She has to do the two-step," said Jaime Kolar, chair of the state party.\n\n'
        "Speaking in Harlem, Ortez, without naming him, also accused Paul Brask of being late "
        'to the issue.\n\n"You cannot just show up at election time," she said.'
    )
    assert _names(text) == ["Jaime Kolar", "Hillary Ortez"]


def test_a_possessive_description_after_a_leading_phrase_is_the_subject() -> None:
    text = (
        "Both objections had forced lawyers for Brask to respond.\n\n"
        "In response to the filings, Brask's lawyers relied on precedent and legal history to "
        'defend the view that he is in fact "natural born" within the meaning of the charter.'
    )
    assert _names(text) == ["Brask's lawyers"]


def test_a_share_of_those_asked_speaks() -> None:
    text = (
        "Exit polls told a tale of two parties.\n\n"
        'About four in 10 said they were "angry" with the government. In a poll released '
        'Monday, 31% of Republicans and Republican-leaning voters said they were "extremely '
        'enthusiastic" about voting.'
    )
    names = _names(text)
    assert names[0] == "About four in 10"
    assert names[1] is not None
    assert "voters" in names[1]


def test_a_fragment_of_her_own_admission_is_hers() -> None:
    text = (
        "Lina Ortez has been around power for much of her adult life.\n\n"
        "One need look no further than the use of her private email server. The latter by her "
        'own admission was a "mistake."'
    )
    assert _names(text) == ["Lina Ortez"]


def test_a_known_given_name_before_a_place_word_is_a_person() -> None:
    text = (
        "One of the men, Jessie Elkins, 70, said he was convinced war would come. The other "
        "man, his cousin James York, 40, cited the mayor's fondness for the governor as a "
        'danger. "He\'s talking too much trash," he said.'
    )
    assert _names(text) == ["James York"]


def test_a_question_headline_s_verb_is_not_a_given_name() -> None:
    text = (
        "Is Brask finally connecting with young voters?\n\n"
        'PALO ALTO - Paul Brask spoke for an hour on Saturday. "What your employer can do to '
        'you is a disgrace," Brask said.'
    )
    assert _names(text) == ["Paul Brask"]
