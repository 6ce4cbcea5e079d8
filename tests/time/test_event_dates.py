"""Every date expression the issue lists, read against a publication date, in a past clause and
in a future one, as the coder attaches it to an event."""

from __future__ import annotations

import pytest

from diplograph import extract
from diplograph.events.coder import CodingOptions

PUB = "2023-09-20"  # a Wednesday


def dated(text: str, published: str = PUB) -> list[tuple[str | None, str | None, bool]]:
    """Return (date, granularity, inferred) of each event in `text`."""
    return [(e.date, e.date_granularity, e.date_inferred)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("past, past_date, future, future_date", [
    ("Russia attacked Ukraine on Monday.", "2023-09-18",
     "Putin will visit China on Monday.", "2023-09-25"),
    ("Russia attacked Ukraine on Wednesday.", "2023-09-20",
     "Putin will visit China on Wednesday.", "2023-09-27"),
    ("Russia attacked Ukraine over the weekend.", "2023-09-16",
     "Putin will visit China over the weekend.", "2023-09-23"),
    ("Russia attacked Ukraine last week.", "2023-09-11",
     "Putin will visit China next week.", "2023-09-25"),
    ("Xi visited Moscow in March.", "2023-03",
     "Putin will visit China in March.", "2024-03"),
    ("Xi visited Moscow in October.", "2022-10",
     "The Russian president was planning to visit China in October.", "2023-10"),
    ("Xi visited Moscow earlier this year.", "2023",
     "Putin will visit China later this year.", "2023"),
    ("Russia attacked Ukraine yesterday.", "2023-09-19",
     "Putin will visit China tomorrow.", "2023-09-21"),
    ("Russia attacked Ukraine two days ago.", "2023-09-18",
     "Putin will visit China next month.", "2023-10"),
    ("Russia attacked Ukraine on August 10.", "2023-08-10",
     "Putin will visit China on August 10.", "2024-08-10"),
    ("Russia attacked Ukraine on August 10, 2015.", "2015-08-10",
     "Putin will visit China on 10 August 2024.", "2024-08-10"),
    ("Russia attacked Ukraine last Thursday.", "2023-09-14",
     "Putin will visit China this Friday.", "2023-09-22"),
    ("Russia attacked Ukraine in mid-September.", "2023-09",
     "Putin will visit China in early October.", "2023-10"),
    ("Russia attacked Ukraine on 09/12/2023.", "2023-09-12",
     "Putin will visit China on Oct. 3.", "2023-10-03"),
])
def test_past_and_future_clauses(past, past_date, future, future_date):
    assert dated(past)[0][0] == past_date
    assert dated(future)[0][0] == future_date


def test_a_range_gives_its_first_and_last_day():
    [event] = extract("China's Wang Yi visited Moscow on September 18-21.", published=PUB).events
    assert (event.date, event.date_end, event.date_granularity) == ("2023-09-18", "2023-09-21", "day")
    [event] = extract("Putin will visit China from October 2 to 5.", published=PUB).events
    assert (event.date, event.date_end) == ("2023-10-02", "2023-10-05")


def test_a_duration_is_not_a_date():
    assert dated("China's Wang Yi began a four-day visit to Moscow.") == [(PUB, "day", True)]
    assert dated("Putin will pay a two-day visit to China.") == [(None, None, False)]


def test_undated_news_takes_the_publication_day_background_none():
    assert dated("Turkey accused Greece of provocations.") == [(PUB, "day", True)]
    assert dated("Russia had attacked Ukraine.") == [(None, None, False)]


def test_coordinated_verbs_share_their_date():
    found = dated("President Xi Jinping made a state visit to Moscow in March and praised "
                  "Russia.", published="2023-09-18")
    assert [d for d, _, _ in found] == ["2023-03", "2023-03"]


def test_the_start_of_a_state_still_going_on_does_not_date_the_acts_after_it():
    text = ("North Korea has launched missiles at a faster pace since September 2021. "
            "Japan condemned North Korea.")
    found = extract(text, published="2022-05-27").events
    condemned = [e for e in found if e.source.country == "JPN"]
    assert condemned and all(e.date == "2022-05-27" for e in condemned)


def test_a_possessive_date_dates_its_noun_not_the_clause():
    found = {(e.cameo, e.date) for e in extract(
        "The United States strongly condemns this week's Russian attacks on Ukraine.",
        published="2022-03-25").events}
    assert ("111", "2022-03-25") in found  # the condemnation: the day of the statement
    assert ("190", "2022-03-21") in found  # the attacks: this week
    said = extract("At Monday's meeting, Japan criticised China.", published="2023-09-20").events
    assert [e.date for e in said] == ["2023-09-18"]  # a setting dates its clause


def test_a_statement_in_the_present_is_dated_by_its_writing_not_by_the_story_before():
    text = ("North Korea launched a missile on May 25. Japan condemned North Korea on May 25. "
            "We urge the DPRK to return to dialogue. Japan is committed to cooperation with "
            "South Korea.")
    found = [(e.cameo, e.date) for e in extract(text, published="2022-05-27",
                                                 outlet="U.S. Department of State").events]
    assert ("020", "2022-05-27") in found and ("030", "2022-05-27") in found
    assert ("111", "2022-05-25") in found


def test_a_date_inside_a_noun_modifier_does_not_move_the_story_s_clock():
    text = ("Blinken spoke today with Lavrov. He looks forward to Russia's response to the papers "
            "shared with Moscow last month. Blinken criticised Russia.")
    found = {e.cameo: e.date for e in extract(text, published="2022-02-15").events}
    assert found.get("111") == "2022-02-15"


def test_a_judgement_a_statement_voices_is_dated_by_the_statement():
    text = ("Office of the Spokesperson\nNorth Korea launched missiles on May 25. North Korea's "
            "launches violated UN Security Council resolutions.")
    # every reading, whatever the linker's threshold: the date is what is tested
    found = extract(text, published="2022-05-27", outlet="U.S. Department of State",
                    options=CodingOptions(min_confidence=0.0)).events
    judged = [e for e in found if e.source.country == "USA" and e.root == "11"]
    assert judged and {e.date for e in judged} == {"2022-05-27"}


def test_the_first_act_since_a_year_is_not_dated_by_that_year():
    found = extract("This will be the first visit by a U.S. Secretary of State to Fiji since 1985.",
                    published="2022-02-04").events
    assert found and all(e.date != "1985" for e in found)


def test_a_clause_on_an_act_s_noun_that_carries_it_out_dates_it():
    found = extract("Israel and the Palestinians resumed the peace talks they began in November.",
                    published="2008-01-06").events
    assert [(e.root, e.date) for e in found] == [("04", "2007-11")]


def test_an_intent_is_dated_by_its_voicing_not_by_the_act_it_plans():
    found = extract("Russia agreed on Monday to hold talks with Ukraine in September.",
                    published="2022-03-02").events
    intents = [e for e in found if e.cameo.startswith("03")]
    assert intents and {e.date for e in intents} == {"2022-02-28"}
    found = extract("Wendy Sherman led the U.S. delegation to the Strategic Stability Dialogue "
                    "with the Russian Federation in Geneva on July 28. The two sides agreed to "
                    "hold another meeting in late September.", published="2021-07-29").events
    intents = [e for e in found if e.cameo.startswith("03")]
    assert intents and all(e.date == "2021-07-28" for e in intents)


def test_a_past_clause_on_a_planned_act_is_read_as_past(nlp):
    from diplograph.time import date_for_trigger
    doc = nlp("The envoy will push both sides to resume the talks they began in November.")
    talks = next(t for t in doc if t.text == "talks")
    assert date_for_trigger(talks, "2024-02-10", True).value == "2023-11"
    doc = nlp("The envoy will push both sides to resume the talks in November.")
    talks = next(t for t in doc if t.text == "talks")
    assert date_for_trigger(talks, "2024-02-10", True).value == "2024-11"
