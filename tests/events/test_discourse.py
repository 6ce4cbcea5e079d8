"""What earlier sentences lend the coder: the parties of acts told again, readout partners."""

from __future__ import annotations


def test_a_definite_noun_takes_the_parties_of_the_act_told_before(events_of):
    text = ("South Korea broadcast propaganda into North Korea from loudspeakers on the border. "
            "The broadcasts began on August 10.")
    found = events_of(text, published="2015-08-21")
    assert [e[:3] for e in found].count(("KOR", "110", "PRK")) == 2


def test_an_indefinite_noun_is_a_new_act_without_parties(events_of):
    text = "Russia attacked Ukraine on Monday. A broadcast began on Tuesday."
    assert [e[:3] for e in events_of(text)] == [("RUS", "190", "UKR")]


def test_the_same_side_carries_its_target_to_the_same_act(events_of):
    text = ("Medvedev said Russian troops would start their pullout from Georgia on Monday. "
            "He said Russian troops would be withdrawing to a buffer zone.")
    found = events_of(text, published="2008-08-17")
    assert [e[:3] for e in found].count(("RUS", "0874", "GEO")) == 2


def test_a_readout_states_positions_to_the_partner_of_the_call(events_of):
    text = ("Secretary of State Antony Blinken spoke with Chinese Foreign Minister Wang Yi. "
            "The Secretary stressed the importance of transparency. He underscored U.S. "
            "concern over the deterioration of democratic norms.")
    found = events_of(text, published="2021-06-11")
    assert ("USA", "020", "CHN", "asserted") in found
    assert ("USA", "110", "CHN", "asserted") in found


def test_no_partner_without_a_consultation(events_of):
    found = events_of("The Secretary stressed the importance of transparency.",
                      published="2021-06-11")
    assert found == []


def test_a_show_of_force_is_aimed_at_the_foe_of_the_story(events_of):
    text = ("North Korea's military has been placed on high alert. North Korea fired artillery "
            "rounds at South Korea on Thursday. Both countries have put their militaries on high "
            "levels of alert.")
    found = [e[:3] for e in events_of(text, published="2015-08-21")]
    assert found.count(("PRK", "152", "KOR")) == 2
    assert ("KOR", "152", "PRK") in found


def test_no_foe_no_show_of_force_event(events_of):
    assert events_of("Japan put its military on high alert.") == []
