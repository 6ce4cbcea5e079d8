"""Who does an act and to whom, where the parse hides it: the "by" phrase of a gerund, the act
of force that caused a death, a phrase that names both sides, a partner hung on the topic."""

from __future__ import annotations

from diplograph import extract


def events(text: str, published: str = "2022-07-25") -> set[tuple[str, str, str]]:
    return {(e.source.country or e.source.org, e.cameo, e.target.country or e.target.org)
            for e in extract(text, published).events}


def test_a_death_is_done_by_whoever_did_the_act_of_force_that_caused_it():
    found = events("Five Syrian soldiers were reported killed in Idlib on Monday following heavy "
                   "fighting and shelling by Turkish forces.")
    assert ("TUR", "190", "SYR") in found
    assert ("RUS", "190", "UKR") in events("Two Ukrainian soldiers were killed in Russian missile "
                                           "strikes on Monday.")


def test_a_gerund_the_parser_made_a_verb_takes_its_doer_from_its_by_phrase():
    from diplograph.events.arguments import verb_subjects
    from diplograph.nlp import load_pipeline
    doc = load_pipeline("en_core_web_sm")("Villages emptied following shelling by Turkish forces.")
    shelling = next(t for t in doc if t.text == "shelling")
    assert [t.text for t in verb_subjects(shelling)[0]] == ["forces"]


def test_attacks_from_either_side_are_each_side_at_the_other():
    found = events("India and Pakistan exchanged fire across the border on Monday. No injuries "
                   "were reported in the attacks from either side.")
    assert {("IND", "190", "PAK"), ("PAK", "190", "IND")} <= found
    assert ("PSE", "190", "ISR") in events("Israel and Hamas fought through the night. Attacks "
                                           "from Gaza continued on Tuesday.")


def test_a_partner_hung_on_the_topic_of_a_joint_act_is_its_partner():
    found = events("The United States signed a three-year agreement on security cooperation "
                   "with Yemen.")
    assert {("USA", "057", "YEM"), ("YEM", "057", "USA")} <= found


def test_one_phrase_for_both_parties_names_both():
    found = events("Israel and the Palestinians resumed talks on Monday. America is deeply "
                   "committed to helping both parties realize a lasting peace.")
    assert {("USA", "070", "ISR"), ("USA", "070", "PSE")} <= found


def test_the_patient_of_a_hoped_for_passive_is_not_appealed_to():
    assert not events("Ankara said it hoped the Greek officers would be punished.")
    assert ("CAN", "020", "IRN") in events("Canada hopes that Iran will respond positively.")


def test_a_visit_with_no_host_named_is_to_where_its_visitor_arrived():
    assert ("IND", "042", "USA") in events("Indian Prime Minister Narendra Modi arrived in "
                                           "Washington on Wednesday for a state visit.")
    assert ("DEU", "042", "CHN") in events("Scholz is in Beijing on a two-day visit.")
