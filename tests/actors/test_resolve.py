import pytest


def actor_at(doc, resolver, word):
    token = next(t for t in doc if t.text == word)
    return resolver.actor_of(token)


def test_minister_with_country_in_title(resolve):
    doc, r = resolve("Russian Foreign Minister Sergei Lavrov met reporters.")
    actor = actor_at(doc, r, "Lavrov")
    assert (actor.name, actor.kind, actor.country, actor.code) == (
        "Sergei Lavrov", "person", "RUS", "RUSGOV")


def test_ministry_by_possessive_and_by_adjective_is_one_actor(resolve):
    doc, r = resolve("Russia's Foreign Ministry said so. The Russian Foreign Ministry agreed.")
    ministries = [a for a in r.actors() if a.kind == "body"]
    assert len(ministries) == 1
    assert ministries[0].code == "RUSGOV" and len(ministries[0].mentions) == 2


def test_capital_and_seat_of_power(resolve):
    doc, r = resolve("Moscow rejected the offer, and the Kremlin said talks were over.")
    assert actor_at(doc, r, "Moscow").country == "RUS"
    kremlin = actor_at(doc, r, "Kremlin")
    assert kremlin.code == "RUSGOV"


def test_title_resolves_to_office_holder_by_date(resolve):
    doc, r = resolve("The Russian president spoke on Monday.", published="2010-06-01")
    assert actor_at(doc, r, "president").name == "Dmitry Medvedev"
    doc, r = resolve("The Russian president spoke on Monday.", published="2023-06-01")
    assert actor_at(doc, r, "president").name == "Vladimir Putin"


def test_surname_and_pronoun_reach_the_person(resolve):
    doc, r = resolve("China's Wang Yi arrived in Moscow. Wang said he was pleased.")
    wang = actor_at(doc, r, "Yi")
    assert wang.country == "CHN"
    assert r.actor_of(doc[[t.text for t in doc].index("Wang", 4)]) is wang
    assert actor_at(doc, r, "he") is wang


def test_organisation_and_state_media(resolve):
    doc, r = resolve("NATO criticised the plan, according to Xinhua.")
    assert actor_at(doc, r, "NATO").org == "NATO"
    xinhua = actor_at(doc, r, "Xinhua")
    assert (xinhua.country, xinhua.role) == ("CHN", "MED")


def test_unknown_word_is_not_an_actor(resolve):
    doc, r = resolve("The weather was mild and the harvest was good.")
    assert r.actors() == []


def test_counterpart_named_in_apposition(resolve):
    doc, r = resolve("Turkish Foreign Minister Hakan Fidan met his Greek counterpart "
                     "Giorgos Gerapetritis in Ankara.")
    other = actor_at(doc, r, "counterpart")
    assert other.country == "GRC" and other.kind == "person"


def test_title_alone_refers_back_to_its_holder(resolve):
    doc, r = resolve("Secretary of State Antony J. Blinken spoke with Yang Jiechi today. "
                     "The Secretary stressed the importance of transparency.", published="2021-06-11")
    assert actor_at(doc, r, "Blinken").name == "Antony Blinken"
    later = [t for t in doc if t.text == "Secretary"][-1]
    assert r.actor_of(later).name == "Antony Blinken"


def test_group_pronoun_reaches_plural_body(resolve):
    doc, r = resolve("Russian military units are entrenching themselves. "
                     "They have also blown up a bridge.", published="2008-08-17")
    they = next(t for t in doc if t.text == "They")
    assert r.actor_of(they).code == "RUSMIL"


def test_place_or_property_stands_for_its_state(resolve):
    doc, r = resolve("Russian troops were occupying 13 Georgian villages.", published="2008-08-17")
    villages = next(t for t in doc if t.text == "villages")
    actor, span, inferred = r.argument(villages)
    assert actor.country == "GEO" and span.text == "Georgian" and inferred


def keys_of(resolver, token):
    return sorted(a.country or a.org for a, _span, _inferred in resolver.arguments(token))


def token_at(doc, word, nth=1):
    return [t for t in doc if t.text == word][nth - 1]


def test_unknown_person_keeps_the_affiliation_of_an_apposition(resolve):
    doc, r = resolve("Tomasz Wierzbicki, deputy head of Poland's National Security Bureau, met "
                     "NATO officials. Wierzbicki said the alliance was united.")
    first, later = actor_at(doc, r, "Wierzbicki"), token_at(doc, "Wierzbicki", 2)
    assert first.kind == "person" and first.country == "POL"
    assert r.actor_of(later) is first


def test_title_before_an_unlabelled_name_makes_a_person(resolve):
    doc, r = resolve("Putin told Chinese Vice Premier Zhang Guoqing that ties had reached a peak.")
    zhang = actor_at(doc, r, "Guoqing")
    assert (zhang.name, zhang.country) == ("Zhang Guoqing", "CHN")


def test_known_place_wins_over_a_person_label(resolve):
    doc, r = resolve("Moscow rejected the proposal on Tuesday, and Kyiv said it would press ahead.")
    assert actor_at(doc, r, "Kyiv").country == "UKR"
    assert actor_at(doc, r, "it").country == "UKR"


def test_counterpart_without_a_name_is_the_office_holder(resolve):
    doc, r = resolve("Lavrov spoke by phone with his Chinese counterpart on Friday.", published="2024-02-02")
    assert actor_at(doc, r, "counterpart").name == "Wang Yi"


def test_the_ministry_refers_back_to_the_ministry_named_before(resolve):
    doc, r = resolve("China's foreign ministry urged Japan to stop. The ministry said Tokyo should reflect.")
    first, later = actor_at(doc, r, "ministry"), r.actor_of(token_at(doc, "ministry", 2))
    assert first.id == later.id == "CHN:foreign-ministry"


def test_group_phrases_stand_for_both_sides(resolve):
    doc, r = resolve("Saudi Arabia and Iran agreed to restore ties. The two countries will reopen "
                     "their embassies, and both sides praised China.")
    assert keys_of(r, token_at(doc, "countries")) == ["IRN", "SAU"]
    assert keys_of(r, token_at(doc, "their")) == ["IRN", "SAU"]
    assert keys_of(r, token_at(doc, "sides")) == ["IRN", "SAU"]


def test_the_parties_after_a_meeting(resolve):
    doc, r = resolve("Lavrov met Wang Yi in Moscow on Monday. The parties discussed Ukraine.")
    assert keys_of(r, token_at(doc, "parties")) == ["CHN", "RUS"]


def test_possessive_with_curly_and_straight_apostrophes(resolve):
    doc, r = resolve("China’s defence ministry and Japan's foreign ministry issued statements.")
    assert actor_at(doc, r, "ministry").code == "CHNMIL"
    assert r.actor_of(token_at(doc, "ministry", 2)).code == "JPNGOV"


def test_short_form_and_official_name(resolve):
    doc, r = resolve("The U.S. and the Russian Federation traded accusations.")
    assert keys_of(r, token_at(doc, "U.S.")) == ["USA"]
    assert keys_of(r, token_at(doc, "Federation")) == ["RUS"]


def test_context_bound_name_needs_its_state_in_the_article(resolve):
    doc, r = resolve("North Korea fired a missile. The North has launched 30 this year.")
    assert actor_at(doc, r, "North").country == "PRK"
    assert keys_of(r, token_at(doc, "North", 2)) == ["PRK"]
    doc, r = resolve("The North has launched a new campaign against the South.")
    assert r.actors() == []


def test_places_stand_for_their_state(resolve):
    doc, r = resolve("Rice said Russia must withdraw from South Ossetia.", published="2008-08-15")
    assert keys_of(r, token_at(doc, "Ossetia")) == ["GEO"]


def test_surname_of_someone_long_out_of_office_is_not_resolved(resolve):
    doc, r = resolve("Blinken said the talks were useful.", published="2022-05-01")
    assert actor_at(doc, r, "Blinken").name == "Antony Blinken"
    doc, r = resolve("Blinken said the talks were useful.", published="1995-05-01")
    unknown = actor_at(doc, r, "Blinken")
    assert unknown is None or (unknown.name, unknown.country) == ("Blinken", None)


def test_description_refers_back_to_an_organisation(resolve):
    doc, r = resolve("The IMF approved a loan for Pakistan. The fund said Islamabad must act.")
    assert keys_of(r, token_at(doc, "fund")) == ["IMF"]


def test_we_of_a_statement_is_its_author(nlp):
    from diplograph.actors import ActorResolver, lexicon_for
    doc = nlp('We condemn the attack. "We will respond," the minister said.')
    r = ActorResolver(doc, lexicon_for(nlp), "2022-03-25", author="U.S. Department of State")
    assert keys_of(r, token_at(doc, "We")) == ["USA"]
    assert keys_of(r, token_at(doc, "We", 2)) == []


def test_former_title_is_not_the_current_holder(resolve):
    doc, r = resolve("A former Russian president warned the West.", published="2023-01-19")
    actor = actor_at(doc, r, "president")
    assert actor.country == "RUS" and actor.name != "Vladimir Putin"


def test_the_enemy_in_a_quote_is_the_other_side(resolve):
    doc, r = resolve('Pyongyang fired shells at a loudspeaker in South Korea. "The Korean People\'s Army '
                     'will destroy the loudspeakers if the enemy does not stop," KCNA said.')
    assert keys_of(r, token_at(doc, "enemy")) == ["KOR"]


def test_a_possessor_state_overrides_a_namesake_of_another_state(resolve):
    doc, r = resolve("Israel's president refused to meet Jordan's King Abdullah.", "2010-05-01")
    [(actor, _, _)] = r.arguments(doc[-2])
    assert (actor.name, actor.country) == ("King Abdullah II", "JOR")
    doc, r = resolve("Saudi Arabia's King Abdullah met Obama.", "2010-05-01")
    [(actor, _, _)] = r.arguments(doc[3])
    assert (actor.name, actor.country) == ("King Abdullah", "SAU")


def test_two_titled_people_joined_by_and_each_keep_their_own_state(resolve):
    doc, r = resolve("U.S. Special Envoy for Yemen Tim Lenderking and Dutch Ambassador to Yemen "
                     "Peter Derrek Hof joined UN Resident Coordinator David Gressly in Aden.",
                     published="2022-05-27")
    assert actor_at(doc, r, "Lenderking").country == "USA"
    assert actor_at(doc, r, "Hof").country == "NLD"
    assert actor_at(doc, r, "Gressly").org == "UN"


def test_what_someone_is_for_or_against_is_not_whose_they_are(resolve):
    doc, r = resolve("A pro-EU company blamed Britain. Pro-Russian separatists attacked the town.")
    assert actor_at(doc, r, "company") is None
    assert actor_at(doc, r, "separatists") is None


def test_an_apposed_title_describes_its_person_and_an_unnamed_official_is_named_by_the_post(resolve):
    doc, r = resolve("Wang held consultations with Nikolai Patrushev, secretary of Russia's "
                     "Security Council. An aide to Vladimir Putin said Putin would visit China.",
                     published="2023-09-18")
    assert actor_at(doc, r, "secretary").name == "Nikolai Patrushev"
    assert actor_at(doc, r, "Patrushev").country == "RUS"
    assert actor_at(doc, r, "aide").name == "aide to Vladimir Putin"
    assert not any(a.name == "secretary" for a in r.actors())


def test_the_government_alone_is_that_of_the_state_the_story_tells_of(resolve):
    doc, r = resolve("Venezuela expelled two American diplomats on Monday. The government later "
                     "condemned the sanctions. The authorities also arrested an opposition leader.",
                     published="2019-03-01")
    assert actor_at(doc, r, "government").country == "VEN"
    assert actor_at(doc, r, "authorities").country == "VEN"
    doc, r = resolve("The government later condemned the sanctions.", published="2019-03-01")
    assert actor_at(doc, r, "government") is None  # no state told of before


def test_a_citizen_named_by_what_they_do_acts_for_no_state(resolve):
    doc, r = resolve("Israeli analyst Yossi Alpher criticised Iran. Israeli minister Gilad Erdan "
                     "criticised Iran. U.N. mediator Diego Cordovez met Afghan leaders.",
                     published="2010-01-01")
    alpher = actor_at(doc, r, "Alpher")
    assert (alpher.country, alpher.org) == (None, None)
    assert actor_at(doc, r, "Erdan").country == "ISR"
    assert actor_at(doc, r, "Cordovez").org == "UN"


def test_an_unknown_office_holder_belongs_to_the_one_state_their_sentence_names(resolve):
    doc, r = resolve("Madagascar was suspended after the bloc condemned President Andry "
                     "Rajoelina's seizure of power.", published="2009-10-22")
    assert actor_at(doc, r, "Rajoelina").country == "MDG"
    doc, r = resolve("Madagascar and Mozambique met President Andry Rajoelina.",
                     published="2009-10-22")
    assert actor_at(doc, r, "Rajoelina").country is None  # two states: no guess


@pytest.mark.parametrize("text, word, code", [
    ("The United States called on the regime in Burma to release all prisoners.", "regime", "MMRGOV"),
    ("Washington urged the authorities in Tehran to free the detained reporters.", "authorities", "IRNGOV"),
    ("France sent advisers to the rebels in Libya.", "rebels", "LBYREB"),
])
def test_a_governing_body_belongs_to_the_place_it_sits_in(resolve, text, word, code):
    doc, r = resolve(text, published="2022-07-25")
    assert r.actor_of(token_at(doc, word)).code == code


def test_an_embassy_in_a_capital_is_not_the_host_state(resolve):
    doc, r = resolve("Venezuela closed its embassy in Bogota on Monday.", published="2008-03-04")
    assert r.actor_of(token_at(doc, "embassy")).country == "VEN"


@pytest.mark.parametrize("text, word, doer", [
    ("The United States called on the junta to release all prisoners.", "junta", "USA"),
    ("The United Kingdom said it would send officers to Libya to advise the rebels.", "rebels", "GBR"),
])
def test_a_body_the_doer_acts_on_is_not_the_doer_s_own(resolve, text, word, doer):
    doc, r = resolve(text, published="2022-07-25")
    actor = r.actor_of(token_at(doc, word))
    assert actor is None or actor.country != doer


def test_a_bare_body_in_a_state_s_own_report_is_that_state_s(resolve):
    doc, r = resolve("Russia said the government would respond.", published="2022-07-25")
    assert r.actor_of(token_at(doc, "government")).country == "RUS"


def test_a_document_speaks_for_the_one_who_signed_it(resolve):
    doc, r = resolve("President Trump signed an executive order on Monday. "
                     "The order takes effect on March 16.", published="2017-03-06")
    assert r.actor_of(token_at(doc, "order", 2)).country == "USA"


def test_a_thing_from_a_state_stands_for_that_state(resolve):
    doc, r = resolve("The European Union banned flights from Russia and Belarus.",
                     published="2022-03-01")
    assert keys_of(r, token_at(doc, "flights")) == ["BLR", "RUS"]
    doc, r = resolve("Germany expected the withdrawal of Russian forces from Georgia.",
                     published="2008-08-17")
    assert "GEO" not in keys_of(r, token_at(doc, "withdrawal"))


def test_they_after_a_meeting_is_both_sides_but_not_after_an_accusation(resolve):
    doc, r = resolve("Lavrov met Wang Yi in Moscow on Monday. They discussed Ukraine.")
    assert keys_of(r, token_at(doc, "They")) == ["CHN", "RUS"]
    doc, r = resolve("Ecuador accused Colombia of violating its territory. They bombed a camp.",
                     published="2008-03-04")
    assert keys_of(r, token_at(doc, "They")) != ["COL", "ECU"]


def test_an_organisation_s_forces_carry_its_code_and_their_role(resolve):
    doc, r = resolve("NATO warplanes struck Libyan tanks near Misrata.", published="2011-04-21")
    actor = r.actor_of(token_at(doc, "warplanes"))
    assert actor.org == "NATO" and actor.code.endswith("MIL") and actor.code.startswith("IGO")


def test_a_city_where_talks_are_held_is_not_one_of_the_two_sides(resolve):
    doc, r = resolve("Wendy Sherman led the U.S. delegation to the Strategic Stability Dialogue "
                     "with the Russian Federation in Geneva on July 28. The two sides agreed to "
                     "meet again.", published="2021-07-28")
    assert keys_of(r, token_at(doc, "sides")) == ["RUS", "USA"]


def test_an_unknown_official_belongs_to_the_body_they_lead(resolve):
    doc, r = resolve("The Russian delegation was headed by Deputy Foreign Minister Pavel "
                     "Kuznetsov.", published="2021-07-28")
    assert r.actor_of(token_at(doc, "Kuznetsov")).country == "RUS"
