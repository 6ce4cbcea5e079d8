"""The coder's mechanisms beyond a pattern's own slots: what a statement says of others, who
"we" and "I" are, acts of a group among itself, force from the other side of a fight, and the
fallbacks for a parse that went astray. Each is checked on the readings it makes (the linker
then weighs them) and, where the linker keeps it, on the events."""

from __future__ import annotations

import pytest

from diplograph.events.coder import EventCoder
from diplograph.model import Article
from diplograph.pipeline import extract_articles
from diplograph.quotes import extract_quotes


@pytest.fixture()
def readings_of(nlp):
    """Return a function giving (source, code, target, tags) of every reading of a text."""
    from diplograph.actors import ActorResolver, lexicon_for
    from diplograph.nlp.sentences import remember_text

    def run(text: str, outlet: str | None = None, published: str = "2023-09-18"):
        doc = nlp(text)
        remember_text(doc, text)
        resolver = ActorResolver(doc, lexicon_for(nlp), published, author=outlet)
        coder = EventCoder(doc, resolver, published, quotes=extract_quotes(doc, resolver, published))
        return [(r.candidate.source.actor.country or r.candidate.source.actor.org, r.entry.code,
                 r.candidate.target.actor.country or r.candidate.target.actor.org,
                 r.candidate.tags) for r in coder.readings()]
    return run


def events(text: str, outlet: str | None = None, published: str = "2023-09-18"):
    result = next(extract_articles([Article(text=text, published=published, outlet=outlet)]))
    return [(e.source.country or e.source.org, e.cameo, e.target.country or e.target.org)
            for e in result.events]


STATE = "U.S. Department of State"


def test_saying_that_another_used_force_accuses_the_doer(readings_of):
    found = readings_of("Ukraine said Russian forces shelled Kharkiv on Monday.")
    assert ("UKR", "112", "RUS", {"rule", "accusation"}) in found
    assert any(r[:3] == ("RUS", "194", "UKR") for r in found)
    # a statement of one's own act accuses no one
    assert not any(r[1] == "112" for r in readings_of("Russia said it shelled Kharkiv."))


def test_must_in_a_quotation_is_a_demand_of_its_speaker():
    assert ("UN", "100", "ISR") in events(
        '"Israel must exercise maximum restraint," UN Secretary-General Ban Ki-moon said.',
        published="2014-07-22")


def test_we_in_a_quotation_is_its_speaker():
    assert ("ISR", "138", "PSE") in events(
        '"We will continue to attack Hamas," Israeli Prime Minister Benjamin Netanyahu said.')
    assert ("UN", "111", "PSE") in events('"I condemn the shelling of Gaza," Ban Ki-moon said.',
                                          published="2014-07-22")


def test_the_authors_of_a_joint_statement_each_act_and_act_among_themselves(readings_of):
    text = ("The United States, Japan and the Republic of Korea condemn the missile launches by "
            "the DPRK.\nWe urge the DPRK to abide by its obligations.\nOur nations are also "
            "committed to advance trilateral security cooperation.")
    found = events(text, outlet=STATE)
    for author in ("USA", "JPN", "KOR"):
        assert (author, "111", "PRK") in found and (author, "020", "PRK") in found
    mutual = {(s, t) for s, c, t, tags in readings_of(text, outlet=STATE) if "mutual" in tags}
    assert mutual == {(a, b) for a in ("USA", "JPN", "KOR") for b in ("USA", "JPN", "KOR")
                      if a != b}


def test_a_statement_judging_anothers_act_criticises_it(readings_of):
    found = readings_of("Iran's missile strikes hit Erbil on Sunday. The strikes were an "
                        "outrageous violation of Iraq's sovereignty.", outlet=STATE)
    assert ("USA", "111", "IRN", {"rule", "evaluation"}) in found
    assert not any("evaluation" in r[3] for r in readings_of(
        "Iran's missile strikes hit Erbil on Sunday. The strikes were an outrageous violation "
        "of Iraq's sovereignty."))  # only a government's own statement judges in its voice


def test_force_with_no_agent_comes_from_the_other_side_of_the_fight():
    found = events("Israel's offensive against Hamas continued. Forty Palestinians were "
                   "reported killed in Gaza.")
    assert ("ISR", "18", "PSE") in found


def test_a_refusal_or_intent_named_by_a_noun_frames_the_act():
    found = events("China expressed its unwillingness to cooperate with the World Health "
                   "Organization.")
    assert found == [("CHN", "120", "WHO")]  # one side's refusal, not a joint act


def test_an_intent_to_help_is_coded_as_the_intent():
    assert ("YEM", "032", "USA") in events(
        "The Yemeni government pledged to boost support to the United States.")


def test_a_meeting_that_only_sets_the_scene_is_not_coded_again():
    assert events("In her meetings, Secretary of State Hillary Clinton praised Kenya.",
                  published="2011-05-01") == [("USA", "051", "KEN")]


def test_the_clause_opening_stands_in_for_a_subject_the_parser_lost(readings_of):
    found = readings_of("Under Secretary Zeya visited Tunisia on March 23.", outlet=STATE)
    assert ("USA", "042", "TUN", {"rule", "clause_opening"}) in found


def test_the_phrase_of_a_trigger_gives_a_target_its_slots_did_not(readings_of):
    found = readings_of("The Polish foreign minister was due to consult with Latvian and "
                        "Estonian officials.")
    assert any(r[:3] == ("POL", "040", "EST") for r in found)


def test_a_participle_on_a_noun_acts_on_it_by_the_state_where_it_happens():
    found = events("The Secretary raised the cases of American and Canadian citizens detained "
                   "in the PRC.", published="2021-07-26")
    assert ("CHN", "173", "USA") in found and ("CHN", "173", "CAN") in found


def test_the_leaders_of_named_states_act_together():
    found = events("The foreign ministers of Russia, China and India met in Moscow.")
    assert {frozenset((s, t)) for s, c, t in found if c.startswith("04")} == {
        frozenset(p) for p in (("RUS", "CHN"), ("RUS", "IND"), ("CHN", "IND"))}


def test_a_response_to_an_act_named_again_is_aimed_at_its_doer(readings_of):
    found = readings_of("Peru accused Chile of sending troops across the border. Chilean "
                        "President Gabriel Boric denied the accusation.")
    assert ("CHL", "016", "PER", {"rule", "responds"}) in found


def test_a_joint_statement_judges_in_each_authors_voice():
    text = ("The United States, Japan and the Republic of Korea issue the following statement "
            "on the DPRK.\nThese launches by the DPRK violated multiple UN Security Council "
            "resolutions.")
    found = events(text, outlet=STATE)
    for author in ("USA", "JPN", "KOR"):
        assert (author, "111", "PRK") in found
    # the launches' own act is kept beside the statement's judgement of them
    assert any(s == "PRK" and t == "UN" for s, _, t in found)


def test_a_groups_mutual_act_is_among_its_members_whatever_came_before(readings_of):
    text = ("The United States, Japan and the Republic of Korea condemn the missile launches by "
            "the DPRK.\nThe DPRK has refused to commit to talks.\nOur nations are also "
            "committed to advance trilateral security cooperation.")
    committed = [(s, t) for s, c, t, tags in readings_of(text, outlet=STATE)
                 if c == "030" and s != "PRK"]
    assert committed and all(t != "PRK" for _, t in committed)


def test_the_doers_named_again_by_a_pronoun_are_not_their_own_target(readings_of):
    text = ("The United States, Japan and the Republic of Korea condemn the missile launches by "
            "the DPRK.\nWe express our deep concern about the launches.")
    authors = {"USA", "JPN", "KOR"}
    assert not any(s in authors and t in authors for s, _, t, _ in readings_of(text, outlet=STATE))


def test_the_reason_of_an_act_done_to_someone_is_their_act():
    found = events("The United States thanked Japan for supporting Ukraine.")
    assert any(s == "JPN" and t == "UKR" for s, _, t in found)
    assert not any(s == "USA" and t == "UKR" for s, _, t in found)


def test_force_with_no_target_is_aimed_at_the_state_where_it_happens():
    found = events("Russian forces carried out heavy shelling in Ukraine on Monday.")
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, c, t in found)


def test_an_acts_word_inside_a_name_is_not_the_act():
    named = events("Trump wants to renegotiate the North American Free Trade Agreement with "
                   "Canada.")
    assert not any(c.startswith("05") for _, c, _ in named)
    assert any(c.startswith("05") for _, c, _ in events(
        "The United States signed a trade agreement with Canada on Monday."))


def test_a_verb_that_names_its_object_does_not_do_what_its_dictionary_senses_say():
    assert not any(c.startswith(("02", "10")) for _, c, _ in events(
        'The Taliban called it a "revenge attack" for US airstrikes in Kunduz.'))
    assert ("DEU", "020", "USA") in events("Germany called on the United States to end its "
                                           "airstrikes.")


def test_the_agent_of_what_was_done_to_an_act_is_not_its_doer():
    text = ("Taliban fighters attacked American soldiers in Kunduz on Thursday. The attack was "
            "suppressed by German forces.")
    assert not any(s == "DEU" and c.startswith("19") for s, c, _ in events(text))
    assert ("USA", "163", "IRN") in events("Sanctions were imposed on Iran by the United States.")


def test_force_with_no_target_is_not_aimed_at_who_sanctioned_its_doer():
    found = events("The United States imposed sanctions on the Burmese military. The Burmese "
                   "military has killed thousands of protesters.", outlet=STATE)
    assert not any(s == "MMR" and t == "USA" for s, _, t in found)


def test_an_act_named_as_any_of_its_kind_did_not_happen():
    found = events("NATO is ready to defend against any aggression of Russia's against Ukraine.")
    assert not any(s == "RUS" and c.startswith("19") for s, c, _ in found)
    assert not any(s == "RUS" for s, _, _ in events(
        "NATO will answer any Russian aggression against Ukraine."))
    assert any(s == "RUS" and c.startswith("19") for s, c, _ in events(
        "NATO condemned Russia's aggression against Ukraine."))


def test_an_it_that_stands_for_nothing_is_no_actor():
    found = events("When it comes to sanctions against Russia, Japan has led the way.",
                   outlet=STATE)
    assert not any(s == "USA" for s, _, _ in found)


def test_an_unknown_person_acted_on_is_not_replaced_by_a_state_named_deeper():
    found = events("I thank you for your leadership on sanctions against Russia.", outlet=STATE)
    assert not any(c.startswith("05") and t == "RUS" for _, c, t in found)


def test_condemning_an_act_by_someone_is_aimed_at_them_and_codes_the_act_too():
    found = events("The United States condemned the killing of American journalists by Syrian "
                   "forces.")
    assert ("USA", "111", "SYR") in found and ("SYR", "18", "USA") in found


def test_acts_named_by_nouns_take_their_doer_from_the_possessor():
    assert ("CHN", "171", "PHL") in events("Manila protested China's seizure of a Philippine "
                                           "fishing boat.")
    assert ("JPN", "054", "XKX") in events("Serbia opposes Japan's recognition of Kosovo.")


def test_a_participle_saying_what_state_someone_is_in_is_no_act():
    found = events("We continue to stand united with Ukraine.", outlet=STATE)
    assert [c for _, c, _ in found] == ["051"]


def test_releasing_a_statement_frees_no_one():
    assert not any(c == "0841" for _, c, _ in events(
        "The following statement was released by the Governments of Canada, Chile, and the "
        "United States."))
    assert ("IRN", "0841", "GBR") in events("Iran released two British sailors on Monday.")


def test_a_frame_word_does_not_govern_the_acts_of_its_setting():
    found = events("In August 2021, as part of Vice President Kamala Harris's trip to Singapore, "
                   "the United States and Singapore agreed on the importance of cooperation.")
    assert ("USA", "042", "SGP") in found
    assert ("USA", "036", "SGP") in events("The United States agreed to meet Singapore's "
                                           "leaders.")


def test_a_war_named_with_its_possessor_is_the_possessors():
    found = events("The ministers discussed the response to Russia's unprovoked attack on "
                   "Ukraine. Together we are imposing severe costs to hold Russia accountable "
                   "for its war of choice.", outlet=STATE)
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, c, t in found)
    assert not any(s == "UKR" and t == "RUS" for s, _, t in found)


def test_calling_for_something_is_no_telephone_call():
    assert not any(c == "041" for _, c, _ in events(
        "He called for repealing the health care law and voiding the Iran nuclear deal."))
    assert ("RUS", "041", "FRA") in events("Putin called Macron on Tuesday.")


def test_a_mutual_word_with_a_named_partner_is_not_among_the_group():
    text = ("The United States, Japan and the Republic of Korea issue the following statement "
            "on the DPRK.\nWe reaffirm our commitment to strengthen our coordination with the "
            "international community.")
    found = events(text, outlet=STATE)
    authors = {"USA", "JPN", "KOR"}
    assert not any(s in authors and t in authors for s, _, t in found)


def test_force_with_no_target_is_aimed_at_the_one_other_state_its_sentence_names():
    found = events("Both Secretary Blinken and Secretary Austin pledged continued support to "
                   "meet Ukraine's needs as President Putin's full-scale invasion enters its "
                   "second month.", outlet=STATE)
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, c, t in found)
    # the one who reports the act is not its target
    assert not any(s == "IRQ" and t == "USA" for s, _, t in events(
        "The United States said that Iraq had attacked."))
    assert not any(s == "IRN" and t == "USA" for s, _, t in events(
        "Iran will face serious consequences if it attacks shipping, the United States warned."))


def test_a_warning_of_what_anothers_act_will_bring_is_a_threat_to_them(readings_of):
    found = readings_of("Secretary Blinken reiterated that further Russian aggression against "
                        "Ukraine would result in a swift and severe response.", outlet=STATE)
    assert ("USA", "130", "RUS") in {(s, c, t) for s, c, t, _ in found}
    # what an act brought, told as past, warns no one
    assert not any(c == "130" for _, c, _, _ in readings_of(
        "Russian aggression against Ukraine resulted in a severe response from the United "
        "States."))


@pytest.mark.parametrize("text", [
    "The U.S.-China talks ended in Geneva on Monday without a deal.",
    "Russian-Ukrainian talks took place in Istanbul on Tuesday.",
    "The Russia-Ukraine talks resumed in Istanbul on Tuesday.",
])
def test_a_hyphenated_dyad_before_an_act_done_together_gives_its_pair(readings_of, text):
    pairs = {frozenset((s, t)) for s, code, t, _ in readings_of(text) if code.startswith("04")}
    assert len(pairs & {frozenset(("USA", "CHN")), frozenset(("RUS", "UKR"))}) == 1


def test_a_hyphenated_dyad_does_not_make_a_one_sided_act_mutual(readings_of):
    found = readings_of("Officials discussed the U.S.-China trade figures on Monday.")
    assert not any(s == "CHN" and t == "USA" for s, _, t, _ in found)


def test_met_with_someone_to_discuss_meets_that_someone():
    # the parser reads "Foreign Secretary Momen to recognize ..." as a clause under "with"
    text = ("Deputy Secretary of State Wendy Sherman met today with Bangladeshi Foreign Secretary "
            "Masud Bin Momen to recognize the anniversary of relations and discuss security "
            "collaboration. They also discussed steps to promote prosperity in the region.")
    found = events(text, published="2022-04-07")
    assert found.count(("USA", "040", "BGD")) + found.count(("BGD", "040", "USA")) == 2


def test_who_reports_a_fight_is_not_its_other_side():
    found = events("After a visit to Kenya, former UN chief Kofi Annan warned that the country "
                   "risks returning to ethnic clashes if reforms are not implemented.",
                   published="2009-10-10")
    assert not any(code.startswith("19") for _, code, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Israel suffered rocket attacks from Gaza on Sunday.", ("PSE", "190", "ISR")),
    ("Ukraine has faced Russian attacks for months.", ("RUS", "190", "UKR")),
    ("Georgia endured a Russian invasion in 2008.", ("RUS", "192", "GEO")),
    ("Ukrainians continue to resist Russia's invasion.", ("RUS", "192", "UKR")),
    ("The people of Ukraine are responding to Russia's brutal war.", ("RUS", "190", "UKR")),
    ("The bloc's only barred member is Madagascar, which was placed under SADC sanctions.",
     ("SADC", "163", "MDG")),
    ("Gaza remains under an Israeli blockade.", ("ISR", "191", "PSE")),
    ("Ukrainian troops came under Russian attack near Kharkiv.", ("RUS", "190", "UKR")),
])
def test_who_suffers_an_act_is_its_target(text, expected):
    found = events(text, published="2010-01-04")
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_a_verb_that_carries_out_its_object_is_not_coded_by_its_dictionary_senses():
    text = ("Secretary Blinken extended condolences on behalf of the United States to those killed "
            "as a result of Russia's attacks.")
    found = events(text, published="2022-03-03")
    assert not any(code.startswith("07") for _, code, _ in found)  # "extend" as aid
    assert ("RUS", "190", "USA") not in found  # the attacks were not on the condoling state


def test_what_a_consultation_is_on_is_its_topic_not_a_party():
    found = events("Secretary Blinken met Russian Foreign Minister Lavrov in Geneva. The "
                   "delegations also exchanged views on Ukraine.", published="2022-01-10")
    assert not any(t == "UKR" for _, _, t in found)


def test_a_demand_on_someone_named_is_not_aimed_at_another_the_clause_names():
    found = events("George Osborne warns Theresa May she must work closely with Donald Trump.",
                   published="2016-11-10")
    assert not any(t == "USA" for _, _, t in found)


def test_an_act_that_only_dates_a_clause_is_not_done_by_its_subject():
    found = events("Afghan police fought the attackers after the bombing outside the German "
                   "consulate.", published="2016-11-11")
    assert not any(t == "DEU" for _, _, t in found)


def test_a_pattern_that_needs_an_object_needs_one_of_its_own():
    found = events("Trump called for voiding the Iran nuclear deal.", published="2016-11-10")
    assert not any(code == "041" for _, code, _ in found)


def test_an_act_done_together_by_many_states_is_not_split_into_every_pair():
    text = ("The nations of the Accords - Australia, Brazil, Canada, France, Italy, Japan, Mexico "
            "and Poland - are setting a standard for cooperation in space. They have committed "
            "together to responsible behavior in outer space.")
    assert len(events(text, published="2022-06-07")) < 10
    few = events("Japan and South Korea have committed together to responsible behavior in space.",
                 published="2022-06-07")
    assert ("JPN", "030", "KOR") in few and ("KOR", "030", "JPN") in few


def test_an_act_a_verb_of_another_kind_is_about_is_not_its_subject_s():
    found = events("Japan protested against the bombing of the hospital in Syria.",
                   published="2021-08-06")
    assert ("JPN", "140", "SYR") in found
    assert not any(code.startswith("19") for _, code, _ in found)  # not Japan's bombing
    assert ("EU", "163", "RUS") in events("The EU announced sanctions against Russia.")
