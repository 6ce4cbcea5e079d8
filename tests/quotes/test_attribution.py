"""Speakers found the way a reader finds them, in the forms news uses."""

from __future__ import annotations

from diplograph import extract


def direct(text: str, published: str = "2024-03-04"):
    """Return (quoted words, speaker country or org, cue) of the direct quotations."""
    return [(q.text, q.speaker and (q.speaker.country or q.speaker.org), q.cue)
            for q in extract(text, published=published).quotes if q.direct]


def test_nested_single_quotes_stay_inside_the_quotation():
    text = ("“When they say ‘dialogue’ they mean surrender,” Ukrainian President Volodymyr "
            "Zelensky said.")
    assert direct(text, "2024-05-02") == [
        ("When they say ‘dialogue’ they mean surrender", "UKR", "said")]


def test_a_quotation_of_several_sentences_is_one_quote():
    text = ("“The border is calm. Our forces are on alert. We will respond,” India's defence "
            "minister Rajnath Singh said.")
    [(words, speaker, _)] = direct(text)
    assert words == "The border is calm. Our forces are on alert. We will respond"
    assert speaker == "IND"


def test_colon_without_a_speech_verb_takes_the_subject_before_it():
    text = "Russian Foreign Minister Sergei Lavrov was blunt: “Nobody will dictate terms to us.”"
    assert direct(text) == [("Nobody will dictate terms to us.", "RUS", ":")]


def test_quoted_as_saying_names_the_one_quoted():
    text = ("State news agency KCNA quoted Kim Jong Un as saying that the army “must be ready "
            "for war at any moment.”")
    [(_, speaker, _)] = direct(text)
    assert speaker == "PRK"
    [quote] = [q for q in extract(text, published="2024-03-04").quotes if q.direct]
    assert quote.speaker.name.startswith("Kim Jong")


def test_a_spokesman_speaks_for_the_body_named_after_him():
    text = "“They are routine drills,” a spokesman for China's defence ministry replied."
    assert direct(text) == [("They are routine drills", "CHN", "replied")]


def test_a_title_as_description_finds_the_person_named_with_it():
    text = ("Saudi Foreign Minister Prince Faisal bin Farhan spoke after the talks.\n"
            "“The kingdom supports every effort toward a ceasefire,” the prince said.")
    [quote] = [q for q in extract(text, published="2024-03-04").quotes if q.direct]
    assert quote.speaker.country == "SAU" and "Faisal" in quote.speaker.name


def test_a_quotation_running_into_the_next_paragraph_takes_the_speaker_of_its_end():
    text = ("Egypt's foreign minister Sameh Shoukry spoke in Cairo. “The ceasefire must hold.\n"
            "“We call on both sides to return to the table,” he said.")
    assert [speaker for _, speaker, _ in direct(text)] == ["EGY", "EGY"]


def test_pronoun_speakers_he_she_it():
    text = ("German Foreign Minister Annalena Baerbock met her Israeli counterpart. “Aid must "
            "reach Gaza now,” she said. Russia's Foreign Ministry issued a statement. “The talks "
            "were friendly,” it added.")
    assert [(s, c) for _, s, c in direct(text)] == [("DEU", "said"), ("RUS", "added")]


def test_an_unclosed_quotation_ends_at_its_attribution_and_is_flagged():
    text = ("“The attack was a clear violation of international law, Qatar's foreign ministry "
            "said in a statement.\nLater the prime minister said: “Mediation will continue.”")
    quotes = [q for q in extract(text, published="2024-03-04").quotes if q.direct]
    first, second = quotes
    assert first.doubtful and first.text == "The attack was a clear violation of international law"
    assert first.speaker.country == "QAT"
    assert not second.doubtful and second.text == "Mediation will continue."


def test_a_quote_is_dated_by_its_cue_or_the_publication_date():
    text = ("“We are ready,” Japanese Prime Minister Fumio Kishida told reporters on Monday. "
            "“We will wait,” he added.")
    first, second = [q for q in extract(text, published="2024-03-06").quotes if q.direct]
    assert (first.date, first.date_inferred) == ("2024-03-04", False)
    assert (second.date, second.date_inferred) == ("2024-03-06", True)


def test_reported_speech_drops_the_complementiser():
    text = "A Kremlin aide said that the Russian president was planning to visit China."
    [quote] = extract(text, published="2023-09-18").quotes
    assert not quote.direct and quote.text.startswith("the Russian president")


def test_a_non_state_speaker_is_kept_without_a_code():
    text = "“We have had no electricity for three days,” said Amal Haddad, a teacher in the city."
    quotes = [q for q in extract(text, published="2024-03-04").quotes if q.direct]
    assert len(quotes) == 1 and (quotes[0].speaker is None or quotes[0].speaker.country is None)


def test_a_cue_in_a_by_phrase_speaks_for_the_doer_of_the_main_verb():
    text = ("Arab League chief Amr Moussa criticised the conference. He expressed these concerns "
            "by telling the BBC, \"I don't know how a conference like that can decide "
            "anything.\"")
    [(_, speaker, cue)] = direct(text, published="2010-01-28")
    assert (speaker, cue) == ("ARAB_LEAGUE", "telling")


def test_a_document_speaks_for_its_author():
    text = ("A European Union report says Israel is expanding settlements. The report accuses "
            "Israel of demolishing homes. It says the policies \"are undermining prospects for "
            "a Palestinian capital\".")
    assert [s for _, s, _ in direct(text, published="2009-12-04")] == ["EU"]


def test_the_cue_that_introduces_a_quotation_wins_over_a_later_one():
    text = ("Arab League chief Amr Moussa is unsure how useful the meeting will be. He expressed "
            "these concerns by telling the BBC, \"I don't know how a conference like that can "
            "decide anything\", and saying that it was a strange sign.")
    [(_, speaker, cue)] = direct(text, published="2010-01-28")
    assert (speaker, cue) == ("ARAB_LEAGUE", "telling")


def test_a_quotation_inside_what_the_subject_does_with_words_is_the_subjects():
    text = ("A European Union report was leaked on Monday. The report advises sanctions, "
            "including an \"EU presence at court cases on house demolitions and evictions\".")
    assert [s for _, s, _ in direct(text, published="2009-12-04")] == ["EU"]


def test_a_quotation_whose_cue_names_no_one_takes_the_person_who_opens_its_sentence():
    text = ("United Nations Secretary-General Ban Ki-moon arrived in Doha on Sunday. Ban "
            "criticized Israel for the civilian death toll saying, “While I was en route to "
            "Doha, dozens more civilians have been killed.”")
    [(_, speaker, _)] = direct(text, published="2014-07-22")
    assert speaker == "UN"


def test_words_of_a_named_but_unknown_speaker_are_not_the_speaker_before_s():
    found = direct('"We will not accept this," said Maria Zakharova, spokeswoman for the Russian '
                   'Foreign Ministry.\nAccording to a state media readout, Wang said "the plan '
                   'takes into account the concerns of all parties".', "2023-09-18")
    assert found[0][1] == "RUS" and found[1][1] is None


def test_a_passive_clause_around_a_quotation_does_not_name_its_speaker():
    text = ('The EU report says the policy is "an integral part of a broader strategy."\n'
            'Excavations in Jerusalem are mentioned, suggesting "archaeology in this case has '
            'become a tool of national and religious struggle."')
    assert [speaker for _, speaker, _ in direct(text, "2009-12-04")] == ["EU", "EU"]


def test_an_unattributed_quotation_is_the_person_its_sentence_opens_with_before_the_last_speaker():
    text = ('"We will not accept this," said Maria Zakharova, spokeswoman for the Russian Foreign '
            'Ministry.\nUkrainian Foreign Minister Dmytro Kuleba rejected the claim. "It is '
            'nonsense from start to finish."')
    found = direct(text, "2022-03-04")
    assert [speaker for _, speaker, _ in found] == ["RUS", "UKR"]


def speakers(text: str, published: str = "2024-03-04") -> list[str | None]:
    """Return the speaker names of the direct quotations, in order."""
    return [q.speaker.name if q.speaker else None
            for q in extract(text, published=published).quotes if q.direct]


def test_a_title_with_its_state_is_the_person_named_with_it_before():
    text = ("Turkish Foreign Minister Mevlut Cavusoglu met Greek Foreign Minister Nikos Dendias "
            "in Ankara on Tuesday. “We will not back down,” the Turkish minister said. “We want "
            "dialogue,” the Greek minister replied.")
    assert speakers(text, "2022-05-10") == ["Mevlut Cavusoglu", "Nikos Dendias"]


def test_a_quotation_that_is_a_paragraph_of_its_own_is_the_introduced_person_s():
    text = ("UN Secretary-General Antonio Guterres arrived in Cairo on Monday.\n"
            "“While I was on my way here, more civilians were killed. This must stop.”")
    assert speakers(text) == ["Antonio Guterres"]
    # a cue whose speaker is unknown is not the person the paragraph before was about
    text = "Putin met Xi in Beijing on Tuesday.\n“Relations are at their best,” an official said."
    assert speakers(text) == [None]
