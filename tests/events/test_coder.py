from diplograph import extract
from diplograph.events.codebook import load_codebook
from diplograph.events.patterns import load_patterns


def test_codebook_has_every_root_with_goldstein_and_quad_class():
    book = load_codebook()
    roots = {c.root for c in book.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert book["042"].goldstein == 1.9
    assert book["190"].plover == "ASSAULT"
    assert len(book) == 312


def test_every_pattern_code_is_in_the_codebook():
    book = load_codebook()
    assert all(p.code in book for ps in load_patterns().values() for p in ps)


def test_meeting_with_a_minister(events_of):
    found = events_of("Chinese Foreign Minister Wang Yi met Russian Foreign Minister "
                      "Sergei Lavrov in Moscow on Monday.")
    assert found == [("CHN", "040", "RUS", "asserted")]


def test_visit_verb_and_noun(events_of):
    assert ("USA", "042", "CHN", "asserted") in events_of("Blinken visited Beijing last week.")
    assert ("CHN", "042", "RUS", "asserted") in events_of(
        "China's Wang Yi kicked off a four-day visit to Moscow.")


def test_criticize_praise_and_passive(events_of):
    assert events_of("Germany criticized Iran over the missile launch.") == [
        ("DEU", "111", "IRN", "asserted")]
    assert events_of("Japan praised South Korea for its restraint.") == [
        ("JPN", "051", "KOR", "asserted")]
    assert events_of("Iran was condemned by France.") == [("FRA", "111", "IRN", "asserted")]


def test_call_on_is_an_appeal_and_call_for_a_demand(events_of):
    assert events_of("The United States called on Russia to withdraw its troops.")[0][:3] == (
        "USA", "020", "RUS")
    # a call for restraint is the specific demand to de-escalate (1056)
    assert ("EU", "1056", "ISR", "asserted") in events_of(
        "The European Union called for restraint from Israel.")
    assert ("EU", "100", "ISR", "asserted") in events_of(
        "The European Union called for an inquiry from Israel.")


def test_conjoined_targets_give_one_event_each(events_of):
    found = events_of("China criticized the United States and Japan.")
    assert ("CHN", "111", "USA", "asserted") in found
    assert ("CHN", "111", "JPN", "asserted") in found


def test_talks_between_two_states(events_of):
    found = events_of("Talks between India and Pakistan resumed in Islamabad.")
    assert len(found) == 1 and found[0][1] == "040"
    assert set(found[0][::2]) == {"IND", "PAK"}


def test_modality_planned_negated_hypothetical(events_of):
    assert events_of("Putin will visit China in October.")[0][3] == "planned"
    assert events_of("The Russian president was planning to visit China.")[0][3] == "planned"
    assert events_of("France did not criticize Italy.")[0][3] == "negated"
    assert events_of("Russia could attack Ukraine if talks fail.")[0][3] == "hypothetical"


def test_no_event_between_one_state_and_itself(events_of):
    assert events_of("Russian Foreign Minister Sergei Lavrov met Russian troops.") == []


def test_event_fields_point_into_the_text():
    text = "Turkey accused Greece of militarizing islands."
    [event] = extract(text, published="2024-05-06").events
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert (event.cameo, event.root, event.quad_class, event.goldstein) == ("112", "11", 3, -2.0)
    assert event.date == "2024-05-06" and event.date_inferred


def test_object_owned_by_a_state_is_the_target(events_of):
    assert ("RUS", "192", "GEO", "asserted") in events_of(
        "Russian troops were occupying 13 Georgian villages.", published="2008-08-17")


def test_met_with_skepticism_is_disapproval_not_a_meeting(events_of):
    found = events_of("Beijing's plan was met with skepticism by the United States and NATO.")
    assert ("USA", "110", "CHN", "asserted") in found and ("NATO", "110", "CHN", "asserted") in found
    assert not any(code.startswith("04") for _, code, _, _ in found)


def test_example_article_events(shared):
    text = (shared / "examples" / "moscow-beijing-2023-09-18.txt").read_text(encoding="utf-8")
    events = extract(text, published="2023-09-18").events
    visit = next(e for e in events if e.source.id == "person:wang-yi" and e.trigger.text == "visit")
    assert (visit.cameo, visit.date, visit.location.name) == ("042", "2023-09-18", "Moscow")
    xi = next(e for e in events if e.source.id == "person:xi-jinping")
    assert (xi.cameo, xi.date) == ("042", "2023-03")
    putin = next(e for e in events if e.trigger.text == "visit" and e.source.country == "RUS")
    assert (putin.modality, putin.date, putin.target.country) == ("planned", "2023-10", "CHN")
