"""The actor knowledge base: states, organisations, bodies, roles and people, loaded once."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from diplograph.errors import DiplographError, Messages


@dataclass(frozen=True)
class Term:
    """What one surface phrase of the lexicon can stand for."""

    kind: str  # country | capital | adjective | org | body | person
    key: str  # ISO3, organisation token, body name or person name
    country: str | None = None
    org: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Role:
    """A title or body noun and the CAMEO role code it carries."""

    phrase: str
    code: str
    person: bool


@dataclass(frozen=True)
class Person:
    """One term of office of a known person."""

    name: str
    country: str
    role: str
    title: str
    start: str
    end: str | None

    def holds_office_on(self, day: str | None) -> bool:
        """Return True when the term covers `day` (any term counts when `day` is None)."""
        if day is None:
            return True
        return self.start <= day and (not self.end or day < self.end)


@dataclass(frozen=True)
class Organisation:
    """An international organisation or one of its bodies."""

    token: str
    name: str
    code: str
    parent: str | None


@dataclass
class KnowledgeBase:
    """Every vocabulary the actors stage matches against."""

    country_names: dict[str, str]
    terms: dict[str, list[Term]]
    roles: dict[str, Role]
    people: dict[str, list[Person]]
    organisations: dict[str, Organisation]

    def person_terms(self, name: str) -> list[Person]:
        """Return the known terms of office of `name` (canonical name)."""
        return self.people.get(name, [])

    def office_holder(self, country: str, title: str, day: str | None) -> Person | None:
        """Return who held `title` for `country` on `day`, if the base knows."""
        for terms in self.people.values():
            for p in terms:
                if p.country == country and p.title == title and p.holds_office_on(day):
                    return p
        return None


def split_list(field: str | None) -> list[str]:
    """Return the non-empty items of a '|'-separated field."""
    return [x.strip() for x in (field or "").split("|") if x.strip()]


def read_rows(name: str) -> list[dict[str, str]]:
    """Return the rows of one package data CSV."""
    try:
        ref = resources.files("diplograph.actors") / "data" / name
        with ref.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise DiplographError(Messages.DATA_MISSING.format(name=name, reason=exc)) from None


def add_term(terms: dict[str, list[Term]], phrase: str, term: Term) -> None:
    """Register `phrase` (and its capitalised form) for `term`."""
    for variant in {phrase, phrase[:1].upper() + phrase[1:]}:
        if term not in terms.setdefault(variant, []):
            terms[variant].append(term)


def country_terms(terms: dict[str, list[Term]]) -> dict[str, str]:
    """Add every country's names, adjectives and capitals; return ISO3 -> common name."""
    names = {}
    for row in read_rows("countries.csv"):
        iso = row["iso3"]
        names[iso] = row["name"]
        for phrase in [row["name"], *split_list(row["aliases"])]:
            add_term(terms, phrase, Term("country", iso, country=iso))
        for phrase in split_list(row["adjectives"]):
            add_term(terms, phrase, Term("adjective", iso, country=iso))
        for phrase in split_list(row["capitals"]):
            add_term(terms, phrase, Term("capital", iso, country=iso, role="GOV"))
    return names


def organisation_terms(terms: dict[str, list[Term]]) -> dict[str, Organisation]:
    """Add every organisation's names; return token -> Organisation."""
    parents = {r["token"]: r["parent"] for r in read_rows("organisation_parents.csv")}
    orgs = {}
    for row in read_rows("organisations.csv"):
        token = row["token"]
        orgs[token] = Organisation(token, row["name"], row["cameo"], parents.get(token))
        for phrase in [row["name"], *split_list(row["aliases"])]:
            add_term(terms, phrase, Term("org", token, org=parents.get(token) or token))
    return orgs


def body_terms(terms: dict[str, list[Term]]) -> None:
    """Add named national bodies, seats of power, state media and armed groups."""
    for row in read_rows("bodies.csv"):
        term = Term("body", row["name"], country=row["country"], role=row["role"])
        for phrase in [row["name"], *split_list(row["aliases"])]:
            add_term(terms, phrase, term)


def load_people(terms: dict[str, list[Term]]) -> dict[str, list[Person]]:
    """Add every known person's names; return canonical name -> terms of office."""
    people: dict[str, list[Person]] = {}
    for row in read_rows("people.csv"):
        person = Person(row["name"], row["country"], row["role"], row["title"],
                        row["start"], row["end"] or None)
        people.setdefault(person.name, []).append(person)
        for phrase in [row["name"], *split_list(row["aliases"])]:
            add_term(terms, phrase, Term("person", row["name"], country=row["country"]))
    return people


def load_roles() -> dict[str, Role]:
    """Return lower-cased role phrase -> Role."""
    return {r["phrase"]: Role(r["phrase"], r["role"], r["person"] == "1")
            for r in read_rows("roles.csv")}


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Return the knowledge base, read from the package data once per process."""
    terms: dict[str, list[Term]] = {}
    names = country_terms(terms)
    orgs = organisation_terms(terms)
    body_terms(terms)
    people = load_people(terms)
    return KnowledgeBase(names, terms, load_roles(), people, orgs)
