"""Frames and modality: what a word above an act does to its code and modality."""

from __future__ import annotations

import pytest

from diplograph import extract
from diplograph.events.frames import load_frames


@pytest.mark.parametrize("text, expected", [
    ("Germany pledged to provide weapons to Ukraine.", ("DEU", "033", "UKR", "asserted")),
    ("Canada offered to send aid to Haiti.", ("CAN", "033", "HTI", "asserted")),
    ("Iran threatened to attack Israel.", ("IRN", "138", "ISR", "asserted")),
    ("Israeli President Moshe Katsav has refused to meet Egypt's president.",
     ("ISR", "125", "EGY", "asserted")),
    ("France will not send troops to Ukraine.", ("FRA", "122", "UKR", "asserted")),
    ("North Korea stated it would attack South Korea within 48 hours.",
     ("PRK", "138", "KOR", "asserted")),
    ("The United States will continue to work with its Saudi partners to strengthen their "
     "defenses.", ("USA", "031", "SAU", "asserted")),
])
def test_voiced_intents_threats_and_refusals_are_asserted(events_of, text, expected):
    assert expected in events_of(text, published="2024-05-01")


@pytest.mark.parametrize("text, modality", [
    ("Putin will visit China in October.", "planned"),
    ("Putin plans to visit China in October.", "planned"),
    ("Putin is due to visit China next month.", "planned"),
    ("Japan is set to host South Korea's president next week.", "planned"),
    ("Japan is expected to sanction Russia.", "planned"),
    ("The Russian president was planning to visit China.", "planned"),
    ("France did not criticize Italy.", "negated"),
    ("Egypt denied attacking Libya.", "negated"),
    ("Far from withdrawing from Georgia, Russian troops dug in.", "negated"),
    ("Russia could attack Ukraine if talks fail.", "hypothetical"),
    ("If Iran attacks Israel, the United States would respond.", "hypothetical"),
])
def test_modality_of_an_act_coded_as_itself(events_of, text, modality):
    found = events_of(text, published="2024-05-01")
    assert found and found[0][3] == modality


def test_the_content_of_an_appeal_is_not_coded_again(events_of):
    found = events_of("Japan urged North Korea to stop missile launches against South Korea.")
    assert [e[:3] for e in found] == [("JPN", "020", "PRK")]
    found = events_of("The PRC demanded that the US cancel plans to sell weapons to Taiwan.")
    assert [e[:3] for e in found] == [("CHN", "100", "USA")]


def test_what_must_or_should_be_done_is_a_demand_or_appeal(events_of):
    assert [e[:3] for e in events_of("Poland said Belarus must stop pushing migrants.")] == [
        ("POL", "100", "BLR")]
    assert [e[:3] for e in events_of(
        "Britain's foreign secretary stated that the EU should reassess its ties with Russia.",
        published="2008-08-17")] == [("GBR", "020", "EU")]


def test_stopping_an_act_codes_the_stop_not_the_act(events_of):
    found = events_of("Japan said it had halted economic aid to Serbia.")
    assert [e[:3] for e in found] == [("JPN", "162", "SRB")]
    found = events_of("A French minister has cancelled a planned visit to Haiti.")
    assert [e[:3] for e in found] == [("FRA", "160", "HTI")]


def test_an_act_that_goes_on_is_asserted(events_of):
    found = events_of("South Korea broadcast propaganda into North Korea. The North said it "
                      "would strike if the South did not stop the propaganda broadcasts.",
                      published="2015-08-21")
    assert ("KOR", "110", "PRK", "asserted") in found


def test_an_act_someone_calls_to_end_goes_on(events_of):
    found = events_of("The minister called for an end to Russia's attacks on Ukrainian cities.",
                      published="2022-03-01")
    assert ("RUS", "190", "UKR", "asserted") in found


def test_every_frame_code_exists():
    frames = load_frames()
    assert {"intent", "threat", "refusal", "appeal", "undo", "future"} <= set(frames)
    assert frames["threat"].code_for("19") == "138"
    assert frames["intent"].code_for("11") is None  # "ready to blame" is blaming


def test_force_announced_on_a_condition_is_a_threat(events_of):
    assert events_of("North Korea stated it would attack South Korea if the broadcasts do not "
                     "stop.", "2015-08-21") == [("PRK", "138", "KOR", "asserted")]
    assert events_of("Russia would attack Ukraine if talks failed.")[0][3] == "hypothetical"


def test_support_that_will_not_waver_is_asserted(events_of):
    found = events_of("The United States will not waver in its support for Ukraine.",
                      published="2022-08-02")
    assert ("USA", "051", "UKR", "asserted") in found


def test_support_announced_and_a_policy_continued_are_voiced_now(events_of):
    found = events_of("The United States will support democrats in Lebanon.", published="2014-07-22")
    assert ("USA", "032", "LBN", "asserted") in found
    found = events_of("Japan will continue to criticise China.", published="2014-07-22")
    assert ("JPN", "111", "CHN", "asserted") in found
    dated = extract("Japan will continue to criticise China.", published="2014-07-22").events
    assert [e.date for e in dated] == ["2014-07-22"]


def test_an_act_done_to_meet_a_planned_one_is_planned(events_of):
    found = extract("Japan will send envoys to Beijing to criticise China.",
                    published="2022-02-04").events
    assert [e.modality for e in found if e.root == "11"] == ["planned"]


def test_what_a_commitment_stands_against_is_not_committed_to(events_of):
    found = events_of("The Secretary emphasized the United States' enduring commitment to Ukraine "
                      "and its ultimate victory against Russian aggression.", published="2022-05-08")
    assert ("USA", "030", "UKR", "asserted") in found
    assert not any(code == "138" for _, code, _, _ in found)


def test_an_act_someone_works_against_is_no_intent_of_theirs(events_of):
    found = events_of("Japan and the United States committed to deterring Russian aggression "
                      "against Ukraine.", published="2022-02-11")
    assert not any(code == "138" for _, code, _, _ in found)
    assert ("RUS", "190", "UKR", "asserted") in found


def test_an_announced_deployment_is_planned_posture_not_a_threat(events_of):
    found = events_of("The United States said on Wednesday it would deploy armed drones over Libya.",
                      "2011-04-21")
    assert ("USA", "150", "LBY", "planned") in found and not any(c.startswith("13") for _, c, _, _ in found)
