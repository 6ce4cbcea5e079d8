"""Referents the text fixes by its structure or its author: bound possessives, the authors of
a joint statement, a bare definite phrase naming again an earlier one, titles alone, and the
officials of the government whose release it is."""

from __future__ import annotations

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.actors.antecedents import owner_key
from diplograph.nlp.sentences import remember_text

STATE = "U.S. Department of State"


def resolver_for(nlp, text: str, outlet: str | None = None, published: str = "2022-05-27"):
    doc = nlp(text)
    remember_text(doc, text)
    return doc, ActorResolver(doc, lexicon_for(nlp), published, author=outlet)


def keys_at(doc, resolver, word: str, nth: int = 0) -> list[str | None]:
    token = [t for t in doc if t.text == word][nth]
    return sorted(owner_key(a) for a, _, _ in resolver.arguments(token))


def test_a_possessive_is_bound_by_its_clause_and_by_the_object_that_controls_it(nlp):
    doc, r = resolver_for(nlp, "We urge the DPRK to abide by its obligations.", STATE)
    assert keys_at(doc, r, "its") == ["PRK"]
    doc, r = resolver_for(nlp, "China said Japan must respect its neighbours.")
    assert keys_at(doc, r, "its") == ["JPN"]


def test_we_of_a_joint_statement_are_its_authors(nlp):
    text = ("Office of the Spokesperson\nThe United States, the Republic of Korea (ROK), and "
            "Japan strongly condemn the launches.\nWe urge the DPRK to stop.")
    doc, r = resolver_for(nlp, text, STATE)
    assert keys_at(doc, r, "We") == ["JPN", "KOR", "USA"]
    doc, r = resolver_for(nlp, "The United States condemns the launches.\nWe urge the DPRK "
                               "to stop.", STATE)
    assert keys_at(doc, r, "We") == ["USA"]


def test_a_bare_definite_phrase_names_again_the_earlier_one(nlp):
    text = ("A classified European Union report says Israel is expanding settlements. "
            "The report accuses Israel of demolishing homes.")
    doc, r = resolver_for(nlp, text, published="2009-12-04")
    assert keys_at(doc, r, "report", 1) == ["EU"]
    doc, r = resolver_for(nlp, "The Department of State is designating oligarchs. The "
                               "Department is also designating two companies.", STATE)
    assert keys_at(doc, r, "Department", 1) == ["USA"]


def test_a_typographic_apostrophe_is_read_like_a_straight_one(nlp):
    for mark in ("'", "\u2019"):
        doc, r = resolver_for(nlp, f"The United States condemned the Democratic People{mark}s "
                                   "Republic of Korea on Monday.")
        assert keys_at(doc, r, "Republic") == ["PRK"]


def test_a_title_alone_names_the_person_who_bears_it_most_in_the_story(nlp):
    text = ("Deputy Secretary of State Wendy Sherman traveled to China for meetings with State "
            "Councilor and Foreign Minister Wang Yi. The Deputy Secretary and State Councilor "
            "Wang had a frank discussion. The Deputy Secretary raised concerns.")
    doc, r = resolver_for(nlp, text, STATE, "2021-07-26")
    assert keys_at(doc, r, "Secretary", 2) == ["USA"]
    assert keys_at(doc, r, "Secretary", 1) == ["USA"]  # not the Chinese side it is joined to


def test_a_governments_release_names_its_own_officials_and_president(nlp):
    doc, r = resolver_for(nlp, "Assistant Secretary Donfried will travel to Luxembourg.", STATE)
    assert keys_at(doc, r, "Donfried") == ["USA"]
    doc, r = resolver_for(nlp, "Assistant Secretary Donfried will travel to Luxembourg.")
    assert keys_at(doc, r, "Donfried") == [None]  # in a news story, no state is implied
    doc, r = resolver_for(nlp, "Blinken met officials in Bali, Indonesia. The President's "
                               "meeting with Kishida followed.", STATE, "2022-07-12")
    assert keys_at(doc, r, "President") == ["USA"]


def test_i_outside_quotations_is_the_signer_of_a_statement(nlp):
    text = "I congratulate the people of Colombia. \u201cI am proud,\u201d a Colombian official said."
    doc, r = resolver_for(nlp, text, STATE)
    assert keys_at(doc, r, "I") == ["USA"]
    assert keys_at(doc, r, "I", 1) == []  # inside a quotation, "I" is its speaker's


def test_they_after_a_meeting_are_those_who_met(nlp):
    text = ("Deputy Secretary of State Wendy Sherman met today with Spanish State Secretary "
            "Angeles Moreno Bau in Madrid. They reaffirmed their support for Ukraine.")
    doc, r = resolver_for(nlp, text, published="2022-03-01")
    assert keys_at(doc, r, "They") == ["ESP", "USA"]


def test_a_possessive_after_a_coordinated_name_is_that_names(nlp):
    text = ("The Department of State is designating the Leasing Company and four of its "
            "subsidiaries.")
    doc, r = resolver_for(nlp, text, STATE)
    assert keys_at(doc, r, "its") == []  # the company's, not the Department's


def test_the_united_states_own_departments_are_american(nlp):
    doc, r = resolver_for(nlp, "The Department of the Treasury designated three banks, and the "
                               "Justice Department charged two of their managers.")
    assert keys_at(doc, r, "Department") == ["USA"]
    assert keys_at(doc, r, "Department", 1) == ["USA"]


def test_an_it_that_stands_for_nothing_names_no_one(nlp):
    doc, r = resolver_for(nlp, "Russia attacked Ukraine. When it comes to sanctions, Japan leads."
                               " It is clear that Russia will not stop.")
    assert keys_at(doc, r, "it") == [] and keys_at(doc, r, "It", 0) == []
    doc, r = resolver_for(nlp, "Russia attacked Ukraine. It said the attack was a response.")
    assert keys_at(doc, r, "It") == ["RUS"]


def test_a_document_stands_for_its_author_and_so_does_it_after_it(nlp):
    doc, r = resolver_for(nlp, "A European Union report says Israel is expanding settlements. "
                               "The report accuses Israel of demolishing homes. It says the "
                               "policy is illegal.")
    assert keys_at(doc, r, "report") == ["EU"] and keys_at(doc, r, "report", 1) == ["EU"]
    assert keys_at(doc, r, "It") == ["EU"]


def test_a_possessive_in_a_reason_phrase_belongs_to_the_one_acted_upon(nlp):
    doc, r = resolver_for(nlp, "The United States will continue to work with its partners to "
                               "impose severe consequences on Russia for its war against "
                               "Ukraine.", STATE)
    assert keys_at(doc, r, "its", 1) == ["RUS"]
    doc, r = resolver_for(nlp, "Secretary Blinken thanked Japan for its support.", STATE)
    assert keys_at(doc, r, "its") == ["JPN"]


def test_a_possessive_in_a_from_clause_belongs_to_the_object_that_does_it(nlp):
    doc, r = resolver_for(nlp, "We took actions to prevent Russia from accessing its wealth "
                               "fund.", STATE)
    assert keys_at(doc, r, "its") == ["RUS"]


def test_a_pronoun_opening_reported_words_is_their_speaker(nlp):
    text = ("The proxy war between Iran and Saudi Arabia goes on. Militant groups from the region "
            "said that they would send fighters. Russia said it would retaliate.")
    doc, r = resolver_for(nlp, text, published="2010-01-04")
    assert keys_at(doc, r, "they") == []  # the militants, not the states named before
    assert keys_at(doc, r, "it") == ["RUS"]
    doc, r = resolver_for(nlp, "Iran met Iraq. The United States and Japan said they would "
                               "hold talks with China.", published="2023-01-04")
    assert keys_at(doc, r, "they") == ["JPN", "USA"]


def test_a_bare_surname_is_the_person_of_that_name_mentioned_last(nlp):
    text = ("Kim Jong Un sent his brother Kim Jong Nam abroad in 2003. Kim Jong Nam settled in "
            "Macau. Years later Kim Jong Un spoke of him. Kim then met Chinese officials. "
            '"Kim Jong Nam will return," an aide said. Kim also met Russian officials.')
    doc, r = resolver_for(nlp, text, published="2017-02-19")
    kims = [t for t in doc if t.text == "Kim" and doc[t.i + 1].text != "Jong"]
    names = [r.actor_of(t).name for t in kims]
    assert names == ["Kim Jong-un", "Kim Jong-un"]  # the name quoted in between is not his


def test_the_authors_of_a_joint_statement_may_be_listed_inside_an_apposition(nlp):
    text = ("Office of the Spokesperson\nThe Troika (Norway, the United Kingdom, and the United "
            "States of America), Canada, and the European Union are alarmed by the arrests in "
            "Sudan. We condemn this harassment.")
    doc, r = resolver_for(nlp, text, STATE, published="2022-02-10")
    assert keys_at(doc, r, "We") == ["CAN", "EU", "GBR", "NOR", "USA"]


def test_a_document_speaks_for_who_issued_it(nlp):
    text = ("An executive order signed by President Trump suspends travel from six countries. "
            "A statement released by the Kremlin on Monday criticised the order.")
    doc, r = resolver_for(nlp, text, published="2017-03-09")
    assert keys_at(doc, r, "order") == ["USA"]
    assert keys_at(doc, r, "statement") == ["RUS"]


def test_a_possessive_in_an_infinitive_is_bound_by_the_one_pressed_to_act(nlp):
    text = "Office of the Spokesperson\nWe continue to put pressure on Russia to end its war."
    doc, r = resolver_for(nlp, text, STATE, published="2022-06-24")
    assert keys_at(doc, r, "its") == ["RUS"]


def test_we_are_the_states_whose_ministers_sign_a_joint_statement(nlp):
    text = ("Office of the Spokesperson\nWe, the G7 Foreign Ministers of Canada, France, Japan and "
            "the United States of America, stand united. We condemn the attack.")
    doc, r = resolver_for(nlp, text, STATE, published="2021-08-06")
    assert keys_at(doc, r, "We", 1) == ["CAN", "FRA", "JPN", "USA"]
