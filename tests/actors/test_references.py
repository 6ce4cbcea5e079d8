"""What a description or a group of people refers back to: "the alliance" is the alliance named
before, "the leaders" the states that met; an organisation's official carries its code."""

from __future__ import annotations


def actor_at(doc, resolver, word):
    return resolver.actor_of(next(t for t in doc if t.text == word))


def test_a_description_prefers_the_organisation_whose_name_it_is(resolve):
    doc, r = resolve("Ukraine's foreign minister met NATO chief Jens Stoltenberg in Brussels. "
                     "He urged the alliance to send more air defence systems.")
    assert actor_at(doc, r, "alliance").org == "NATO"  # not the EU, seated in Brussels
    doc, r = resolve("The African Union met in Addis Ababa. The organisation condemned the coup.")
    assert actor_at(doc, r, "organisation").org == "AU"


def test_leaders_of_states_that_met_stand_for_those_states(resolve):
    doc, r = resolve("Japan and South Korea held their first summit in years. The leaders "
                     "pledged to boost security ties.")
    leaders = r.mention_at(next(t for t in doc if t.text == "leaders"))
    assert {a.country for a in leaders.members} == {"JPN", "KOR"}


def test_an_organisation_s_official_carries_its_code(resolve):
    doc, r = resolve("NATO chief Jens Stoltenberg arrived in Kyiv.")
    assert actor_at(doc, r, "Stoltenberg").code == "IGOWSTNAT"
