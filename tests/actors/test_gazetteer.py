"""The gazetteer: places by name, with their state, coordinates and kind."""

from __future__ import annotations

import pytest

from diplograph import extract
from diplograph.actors.kb import load_kb


@pytest.fixture(scope="module")
def gazetteer():
    return load_kb().gazetteer


@pytest.mark.parametrize("name, country, kind", [
    ("Vladivostok", "RUS", "city"), ("Moscow", "RUS", "city"), ("Zurich", "CHE", "city"),
    ("Crimea", "UKR", "region"), ("the Golan Heights", "SYR", "region"),
    ("the Kremlin", "RUS", "seat"), ("Georgia", "GEO", "country"), ("Washington", "USA", "city"),
])
def test_places_resolve_to_state_kind_and_coordinates(gazetteer, name, country, kind):
    place = gazetteer.lookup(name)
    assert (place.country, place.kind) == (country, kind)
    assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180


def test_city_coordinates_are_the_geonames_ones(gazetteer):
    place = gazetteer.lookup("Vladivostok")
    assert abs(place.latitude - 43.1) < 0.1 and abs(place.longitude - 131.9) < 0.1
    assert place.geonames_id == 2013348


def test_a_state_hint_picks_among_namesakes(gazetteer):
    assert gazetteer.lookup("Tripoli", "LBN").country == "LBN"
    assert gazetteer.lookup("Tripoli", "LBY").country == "LBY"


def test_an_unknown_place_is_none(gazetteer):
    assert gazetteer.lookup("Nowhereville Xq") is None


def test_an_event_location_from_a_phrase_on_its_clause():
    text = ("At the annual Eastern Economic Forum in Vladivostok last week, Putin told Chinese "
            "Vice Premier Zhang Guoqing that ties were strong.")
    [event] = extract(text, published="2023-09-18").events
    assert (event.location.name, event.location.country, event.location.kind) == (
        "Vladivostok", "RUS", "city")


def test_a_visit_destination_is_its_location():
    [event] = extract("Blinken visited Beijing last week.", published="2023-06-21").events
    assert (event.location.name, event.location.country) == ("Beijing", "CHN")
    assert event.location.latitude == pytest.approx(39.9, abs=0.1)
