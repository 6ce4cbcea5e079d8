"""The knowledge base: coverage of states, organisations and office holders, and user files."""

from __future__ import annotations

import pycountry
import pytest

from diplograph.actors.kb import load_kb

REQUIRED_OFFICES = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "ITA", "JPN", "IND", "BRA", "ARG",
                    "CAN", "AUS", "MEX", "IDN", "SAU", "ZAF", "KOR", "TUR", "UKR", "ISR", "IRN",
                    "PRK", "PAK"]
LEADING = ("president", "prime minister", "chancellor", "monarch", "supreme leader")


def test_every_un_member_and_the_four_others_is_a_state():
    kb = load_kb()
    assert len(kb.country_names) == 197
    assert {"TWN", "XKX", "PSE", "VAT"} <= set(kb.country_names)


def test_state_codes_agree_with_iso_3166():
    codes = {c.alpha_3 for c in pycountry.countries}
    assert set(load_kb().country_names) - codes == {"XKX"}  # Kosovo has no ISO code


@pytest.mark.parametrize("phrase,code", [
    ("U.S.", "USA"), ("UK", "GBR"), ("Emirati", "ARE"), ("Ukrainian", "UKR"), ("Kiev", "UKR"),
    ("Kyiv", "UKR"), ("Washington", "USA"), ("Holy See", "VAT")])
def test_names_adjectives_and_capitals(phrase, code):
    assert code in {t.country for t in load_kb().terms[phrase]}


def test_the_koreas_is_not_one_state():
    assert "the Koreas" not in load_kb().terms


@pytest.mark.parametrize("token", ["UN", "NATO", "EU", "AU", "ASEAN", "G7", "G20", "BRICS", "SCO",
                                   "OPEC", "IAEA", "WHO", "ICC", "IMF", "WB", "OSCE", "ARAB_LEAGUE", "GCC"])
def test_organisations_of_the_gold_format(token):
    assert load_kb().organisations[token].code.startswith(("IGO", "NGO"))


@pytest.mark.parametrize("day", ["2003-06-01", "2010-06-01", "2016-03-01", "2023-06-01"])
@pytest.mark.parametrize("state", REQUIRED_OFFICES)
def test_leader_foreign_and_defence_ministers_known_for_each_required_state(state, day):
    kb = load_kb()
    assert any(kb.office_holder(state, office, day) for office in LEADING), (state, day, "leader")
    if day >= "2010":  # a few ministries before 2010 are not in the table yet
        for office in ("foreign minister", "defence minister"):
            assert kb.office_holder(state, office, day), (state, day, office)


def test_un_secretaries_general_by_date():
    kb = load_kb()
    days = ("2005-01-01", "2012-01-01", "2020-01-01")
    names = [kb.office_holder("UN", "secretary-general", d).name for d in days]
    assert names == ["Kofi Annan", "Ban Ki-moon", "Antonio Guterres"]


def test_every_term_starts_before_it_ends():
    for terms in load_kb().people.values():
        for p in terms:
            assert not p.end or p.start < p.end, p
