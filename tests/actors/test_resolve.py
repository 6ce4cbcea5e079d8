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
