"""The actor knowledge base: states, organisations, bodies, roles and people, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from diplograph.actors.gazetteer import Gazetteer
from diplograph.actors.tables import TABLES, ActorFileError, Row, package_rows, user_tables
from diplograph.errors import Messages

# A surname alone ("Lavrov") names a known person only this close to one of their terms.
SURNAME_YEARS_BEFORE = 2
SURNAME_YEARS_AFTER = 8


@dataclass(frozen=True)
class Term:
    """What one surface phrase of the lexicon can stand for."""

    kind: str  # country | capital | place | adjective | org | body | person | context
    key: str  # ISO3, organisation token, body name or person name
    country: str | None = None
    org: str | None = None
    role: str | None = None
    surname: bool = False  # a one-word alias of a longer name


@dataclass(frozen=True)
class Role:
    """A title or body noun, the CAMEO role code it carries and the office it names."""

    phrase: str
    code: str
    person: bool
    office: str | None = None
    own: bool = False  # a government's release names its own officials by it, with no state
    seated: bool = False  # a body that governs the place its "in" phrase names


@dataclass(frozen=True)
class Person:
    """One term of office of a known person."""

    name: str
    country: str  # ISO3 or organisation token
    role: str
    office: str
    start: str
    end: str | None

    def holds_office_on(self, day: str | None) -> bool:
        """Return True when the term covers `day` (any term counts when `day` is None)."""
        if day is None:
            return True
        return self.start <= day and (not self.end or day < self.end)

    def near(self, day: str | None) -> bool:
        """Return True when `day` falls within a few years of the term."""
        if day is None:
            return True
        first = shift_years(self.start, -SURNAME_YEARS_BEFORE)
        last = shift_years(self.end, SURNAME_YEARS_AFTER) if self.end else "9999-12-31"
        return first <= day <= last


@dataclass(frozen=True)
class Organisation:
    """An international organisation or one of its bodies."""

    token: str
    name: str
    code: str
    parent: str | None
    words: frozenset[str] = frozenset()  # the lower-cased words of its name and aliases


@dataclass
class KnowledgeBase:
    """Every vocabulary the actors stage matches against."""

    country_names: dict[str, str] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    people: dict[str, list[Person]] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[Person]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)  # plural noun -> "state" | "person"
    descriptors: dict[str, str] = field(default_factory=dict)  # "the bloc" -> "organisation"
    gazetteer: Gazetteer | None = None

    def person_terms(self, name: str) -> list[Person]:
        """Return the known terms of office of `name` (canonical name)."""
        return self.people.get(name, [])

    def office_holder(self, owner: str, office: str, day: str | None) -> Person | None:
        """Return who held `office` for a state or organisation on `day`, if the base knows;
        without a day, the latest holder."""
        holders = self.offices.get((owner, office), [])
        if day is None:
            return holders[-1] if holders else None
        return next((p for p in holders if p.holds_office_on(day)), None)

    def is_owner(self, code: str) -> bool:
        """Return True for a known state code or organisation token."""
        return code in self.country_names or code in self.organisations


def shift_years(day: str, years: int) -> str:
    """Return the ISO date `years` after (or before) `day`."""
    return (date.fromisoformat(day) + timedelta(days=365 * years)).isoformat()


def split_list(field_value: str | None) -> list[str]:
    """Return the non-empty items of a '|'-separated field."""
    return [x.strip() for x in (field_value or "").split("|") if x.strip()]


class Builder:
    """Builds a KnowledgeBase from table rows; a user's rows override the package's."""

    def __init__(self) -> None:
        self.kb = KnowledgeBase()
        self.user_phrases: set[str] = set()
        self.user_people: set[str] = set()

    def add_term(self, phrase: str, term: Term, user: bool) -> None:
        """Register `phrase` (and its capitalised form); a user's phrase drops the package's."""
        for variant in {phrase, phrase[:1].upper() + phrase[1:]}:
            if user and variant not in self.user_phrases:
                self.user_phrases.add(variant)
                self.kb.terms[variant] = []
            if term not in self.kb.terms.setdefault(variant, []):
                self.kb.terms[variant].append(term)

    def countries(self, rows: list[Row]) -> None:
        """Add every country's names, adjectives, capitals and context-bound names."""
        for row in rows:
            iso = row["iso3"]
            self.kb.country_names[iso] = row["name"]
            for phrase in [row["name"], *split_list(row["aliases"])]:
                self.add_term(phrase, Term("country", iso, country=iso), row.user)
            for phrase in split_list(row["adjectives"]):
                self.add_term(phrase, Term("adjective", iso, country=iso), row.user)
            for phrase in split_list(row["capitals"]):
                self.add_term(phrase, Term("capital", iso, country=iso, role="GOV"), row.user)
            for phrase in split_list(row["context_aliases"]):
                self.add_term(phrase, Term("context", iso, country=iso), row.user)

    def organisations(self, rows: list[Row], parent_rows: list[Row]) -> None:
        """Add every organisation's names."""
        parents = {r["token"]: r["parent"] for r in parent_rows}
        for row in rows:
            token = row["token"]
            parent = parents.get(token) or None
            names = [row["name"], *split_list(row["aliases"])]
            words = frozenset(w for n in names for w in n.lower().split())
            self.kb.organisations[token] = Organisation(token, row["name"], row["cameo"], parent,
                                                        words)
            for phrase in names:
                self.add_term(phrase, Term("org", token, org=parent or token), row.user)

    def bodies(self, rows: list[Row]) -> None:
        """Add named national bodies, seats of power, state media and armed groups."""
        for row in rows:
            self.check_owner(row, row["country"])
            term = Term("body", row["name"], country=row["country"], role=row["role"])
            for phrase in [row["name"], *split_list(row["aliases"])]:
                self.add_term(phrase, term, row.user)

    def places(self, rows: list[Row]) -> None:
        """Add regions and cities, each standing for the state it belongs to."""
        for row in rows:
            self.check_owner(row, row["country"])
            for phrase in [row["name"], *split_list(row["aliases"])]:
                self.add_term(phrase, Term("place", row["name"], country=row["country"]), row.user)

    def people(self, rows: list[Row]) -> None:
        """Add every known person's names and terms of office."""
        for row in rows:
            self.check_owner(row, row["country"])
            name = row["name"]
            if row.user and name not in self.user_people:
                self.user_people.add(name)
                self.kb.people[name] = []
            self.kb.people.setdefault(name, []).append(Person(
                name, row["country"], row["role"], row["office"], row["start"], row["end"] or None))
            for phrase in [name, *split_list(row["aliases"])]:
                surname = " " not in phrase and " " in name
                self.add_term(phrase, self.person_term(name, row["country"], surname), row.user)

    def person_term(self, name: str, owner: str, surname: bool) -> Term:
        if owner in self.kb.country_names:
            return Term("person", name, country=owner, surname=surname)
        return Term("person", name, org=owner, surname=surname)

    def roles(self, rows: list[Row]) -> None:
        """Add every role phrase, lower-cased."""
        for row in rows:
            phrase = row["phrase"].lower()
            self.kb.roles[phrase] = Role(phrase, row["role"], row["person"] == "1", row["office"] or None,
                                         row["own"] == "1", row["seated"] == "1")

    def check_owner(self, row: Row, code: str) -> None:
        if row.user and not self.kb.is_owner(code):
            raise ActorFileError(Messages.ACTORS_UNKNOWN_OWNER.format(where=row.where, code=code))

    def finish(self) -> KnowledgeBase:
        """Index the offices by holder and date and return the knowledge base."""
        for terms in self.kb.people.values():
            for p in terms:
                if p.office:
                    self.kb.offices.setdefault((p.country, p.office), []).append(p)
        for holders in self.kb.offices.values():
            holders.sort(key=lambda p: p.start)
        return self.kb


def all_rows(user_files: tuple[str, ...]) -> dict[str, list[Row]]:
    """Return every table's package rows followed by the users' rows."""
    rows = {table: package_rows(table) for table in TABLES}
    for path in user_files:
        for table, extra in user_tables(path).items():
            rows[table] += extra
    return rows


@lru_cache(maxsize=8)
def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """Return the knowledge base from the package data and any user actor files, built once."""
    rows = all_rows(user_files)
    builder = Builder()
    builder.countries(rows["countries.csv"])
    builder.organisations(rows["organisations.csv"], rows["organisation_parents.csv"])
    builder.bodies(rows["bodies.csv"])
    builder.places(rows["places.csv"])
    builder.people(rows["people.csv"])
    builder.roles(rows["roles.csv"])
    builder.kb.groups.update({r["noun"].lower(): r["members"] for r in rows["groups.csv"]})
    builder.kb.descriptors.update({r["noun"].lower(): r["refers_to"] for r in rows["descriptors.csv"]})
    builder.kb.gazetteer = Gazetteer(rows["places.csv"], rows["countries.csv"],
                                     [r for r in rows["bodies.csv"] if r["kind"] == "seat"])
    return builder.finish()
