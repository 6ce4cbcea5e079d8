"""The constructions the coder reads from the parse, each on real-style news sentences."""

from __future__ import annotations

import pytest

from diplograph import extract
from diplograph.events.coder import CodingOptions


def pairs(found, code_prefix: str = "") -> set[tuple[str, str]]:
    """Return the (source, target) pairs of the events whose code starts with `code_prefix`."""
    return {(s, t) for s, code, t, _ in found if code.startswith(code_prefix)}


@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Sunday.",
    "Egypt and Jordan met in Cairo on Sunday to discuss the crisis.",
    "Talks between Egypt and Jordan took place in Cairo on Sunday.",
    "Egypt held a meeting with Jordan in Cairo on Sunday.",
])
def test_meetings_in_every_form(events_of, text):
    found = events_of(text)
    assert pairs(found, "04") and pairs(found, "04") <= {("EGY", "JOR"), ("JOR", "EGY")}


def test_visit_noun_with_possessor_and_hosting(events_of):
    assert ("CHN", "042", "RUS", "asserted") in events_of(
        "China's Wang Yi's four-day visit to Moscow began on Monday.")
    assert ("EGY", "043", "JOR", "asserted") in events_of(
        "Egypt hosted Jordanian King Abdullah II in Cairo.")


def test_passive_voice_takes_the_agent_as_source(events_of):
    assert ("FRA", "111", "IRN", "asserted") in events_of("Iran was condemned by France on Monday.")


def test_nominal_sanctions_with_a_participle(events_of):
    assert ("USA", "163", "IRN", "asserted") in events_of(
        "The sanctions imposed on Iran by the United States hurt its economy.")


def test_conjoined_sources_give_one_event_each(events_of):
    found = events_of("The United States and NATO condemned Russia.")
    assert pairs(found, "11") == {("USA", "RUS"), ("NATO", "RUS")}


def test_a_list_read_as_apposition_gives_every_pair(events_of):
    found = events_of("The US, Russia, and Switzerland met yesterday.")
    assert {frozenset(p) for p in pairs(found, "04")} == {
        frozenset(("USA", "RUS")), frozenset(("USA", "CHE")), frozenset(("RUS", "CHE"))}


def test_elided_coordination_acts_together_both_ways(events_of):
    found = events_of("North and South Korea exchanged artillery fire yesterday.",
                      published="2015-08-21")
    assert pairs(found, "19") == {("PRK", "KOR"), ("KOR", "PRK")}


def test_events_inside_reported_speech_take_the_inner_actors(events_of):
    found = events_of("The ministry said the Chinese navy had fired at Philippine vessels.")
    assert ("CHN", "194", "PHL", "asserted") in found


def test_background_with_its_own_date_is_coded(shared, events_of):
    found = events_of("Xi made a state visit to Moscow in March.")
    assert [(s, c, t) for s, c, t, _ in found] == [("CHN", "042", "RUS")]


@pytest.mark.parametrize("text", [
    "The two frequently tout their partnership.",
    "Russia and China regularly hold talks on security.",
    "Diplomats often meet in Geneva.",
    "The weather in Moscow was cold on Monday.",
    "Russian Foreign Minister Sergei Lavrov met Russian troops.",
])
def test_sentences_that_state_no_event(events_of, text):
    assert events_of(text) == []


def test_a_relative_clause_names_the_owner_of_its_noun(events_of):
    found = events_of("The United States and NATO criticized the plan, which China announced.")
    assert pairs(found, "11") == {("USA", "CHN"), ("NATO", "CHN")}


def test_a_time_only_mention_is_not_coded_again(events_of):
    found = events_of("Merkel met Saakashvili in Tbilisi on Sunday. After the meeting Merkel "
                      "said she was pleased.", published="2008-08-17")
    assert len([e for e in found if e[1].startswith("04")]) == 1


def test_confidence_is_given_and_weaker_for_inferred_actors():
    from diplograph import extract
    first, again = extract("South Korea broadcast propaganda into North Korea. The broadcasts "
                           "were loud.", published="2015-08-21").events
    assert 0 < again.confidence < first.confidence <= 1


def test_a_bombardment_and_a_blockade_are_named_by_nouns_too():
    found = [(e.source.country, e.cameo, e.target.country) for e in extract(
        "The Russian bombardment of Kharkiv continued. Israel's blockade of Gaza was eased.",
        published="2022-05-01").events]
    assert ("RUS", "194", "UKR") in found and ("ISR", "191", "PSE") in found


def test_an_act_kept_from_happening_is_negated(events_of):
    assert {m for s, c, t, m in events_of("Colombia and Ecuador had narrowly avoided a war.",
                                          "2008-03-08") if c.startswith("19")} == {"negated"}
    found = events_of("Russia did not plan to meet Ukraine.", "2022-03-01")
    assert {m for s, c, t, m in found if c.startswith("04")} == {"negated"}


def test_breaking_off_relations_is_a_reduction_of_relations(events_of):
    assert ("NIC", "161", "COL", "asserted") in events_of(
        "Nicaragua broke off diplomatic relations with Colombia.", "2008-03-06")


def test_a_range_from_one_place_to_another_names_both_ends(events_of):
    text = ('President Bush spoke in Washington on Sunday. "We will support reformers from '
            'Beirut and Baghdad to Damascus and Tehran," Bush said.')
    assert {t for s, c, t, m in events_of(text, "2008-01-06") if c.startswith("03")} \
        == {"LBN", "IRQ", "SYR", "IRN"}


def test_what_a_bid_or_a_threat_names_is_not_coded_apart(events_of):
    found = events_of("Georgia renewed its bid to join NATO.", "2008-08-17")
    assert {c[:2] for s, c, t, m in found} == {"02"}
    found = events_of("Iran's threat to attack Israel alarmed Washington.", "2012-01-10")
    assert {c[:2] for s, c, t, m in found if (s, t) == ("IRN", "ISR")} == {"13"}


def test_an_act_a_plan_names_is_planned():
    # every reading kept: the modality is the coder's, whatever the linker makes of the pair
    found = extract("Merkel said she backed Georgia's plan to join NATO.", "2008-08-17",
                    options=CodingOptions(min_confidence=0.0)).events
    assert {e.modality for e in found if (e.source.country, e.target.org) == ("GEO", "NATO")} \
        == {"planned"}


def test_an_infinitive_under_an_object_is_done_by_that_object(events_of):
    found = events_of("Turkey allowed Russia to use its airspace to attack Syria.", "2016-01-10")
    assert ("RUS", "SYR") in pairs(found, "19") and ("TUR", "SYR") not in pairs(found, "19")
    found = events_of("Washington urged all countries to stop selling arms to the regime in Burma.",
                      "2022-07-25")
    assert not pairs(found, "06")
