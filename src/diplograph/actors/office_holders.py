"""The office holders of the Phoenix country actor dictionary (`data/phoenix_people.csv`, built
by `tools/build_phoenix_people.py`): which state a person named without one acts for ("Rafael
Correa said ..."). Looked up by name, accents, case and hyphens aside, loaded on first use."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class OfficeHolder:
    """A person of the dictionary: the name, state, CAMEO role and span of their terms."""

    name: str
    country: str
    role: str
    start: str
    end: str | None


def fold(name: str) -> str:
    """Return a name without accents, case, hyphens or repeated spaces ("Álvaro Uribe" and
    "ALVARO URIBE" are one name)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(plain.replace("-", " ").replace(".", " ").split())


def name_forms(name: str) -> list[str]:
    """Return the forms a listed name is looked up by: itself and, for a name of three words or
    more, without its last (a second surname news often leaves out: "Alvaro Uribe Velez")."""
    words = name.split()
    return [name] + ([" ".join(words[:-1])] if len(words) >= 3 else [])


@lru_cache(maxsize=1)
def office_holders() -> dict[str, tuple[OfficeHolder, ...]]:
    """Return folded name -> the dictionary's people of that name (one state each)."""
    ref = resources.files("diplograph.actors") / "data" / "phoenix_people.csv"
    lines = [line for line in ref.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    table: dict[str, list[OfficeHolder]] = {}
    for row in csv.DictReader(lines):
        holder = OfficeHolder(row["name"], row["country"], row["role"], row["start"],
                              row["end"] or None)
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        for form in {fold(f) for n in names for f in name_forms(n)}:
            table.setdefault(form, []).append(holder)
    return {k: tuple(v) for k, v in table.items()}


def state_of(name: str) -> OfficeHolder | None:
    """Return the office holder a name stands for when the dictionary gives it one state."""
    found = office_holders().get(fold(name), ())
    return found[0] if found and len({h.country for h in found}) == 1 else None
