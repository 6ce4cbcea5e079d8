"""Reading the actor tables: the package's CSV files and a user's own files in the same format."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from diplograph.errors import DiplographError, Messages

# Each table and the columns that identify it; a user file is matched to a table by its header.
TABLES: dict[str, tuple[str, ...]] = {
    "countries.csv": ("iso3", "name", "aliases", "adjectives", "capitals", "context_aliases"),
    "bodies.csv": ("name", "aliases", "country", "role", "kind"),
    "places.csv": ("name", "aliases", "country", "kind", "latitude", "longitude"),
    "organisations.csv": ("token", "name", "aliases", "cameo"),
    "organisation_parents.csv": ("token", "parent"),
    "people.csv": ("name", "aliases", "country", "role", "office", "start", "end"),
    "roles.csv": ("phrase", "role", "person", "office", "own", "seated"),
    "groups.csv": ("noun", "members"),
    "descriptors.csv": ("noun", "refers_to"),
}
# Columns a user file may leave out; they read as empty.
OPTIONAL = {"aliases", "adjectives", "capitals", "context_aliases", "office", "end", "kind",
            "latitude", "longitude", "own", "seated"}
DESCRIPTOR_KINDS = ("state", "organisation", "adversary", "author")  # author: a document's
DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


class ActorFileError(DiplographError):
    """A user actor file cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Row:
    """One row of an actor table and where it came from."""

    values: dict[str, str]
    user: bool
    where: str  # "people.csv:12" or "/path/mine.csv:3"

    def __getitem__(self, column: str) -> str:
        return self.values.get(column) or ""


def package_rows(table: str) -> list[Row]:
    """Return the rows of one package data table."""
    try:
        ref = resources.files("diplograph.actors") / "data" / table
        with ref.open(encoding="utf-8", newline="") as fh:
            return [Row(r, False, f"{table}:{n}") for n, r in enumerate(csv.DictReader(fh), 2)]
    except OSError as exc:
        raise DiplographError(Messages.DATA_MISSING.format(name=table, reason=exc)) from None


def user_tables(path: str) -> dict[str, list[Row]]:
    """Return the rows of a user actor file (or of each known table in a user folder)."""
    target = Path(path)
    if target.is_dir():
        found = {t: read_user_file(target / t)[1] for t in TABLES if (target / t).is_file()}
        if not found:
            raise ActorFileError(Messages.ACTORS_EMPTY_FOLDER.format(input=path, names=", ".join(TABLES)))
        return found
    table, rows = read_user_file(target)
    return {table: rows}


def read_user_file(path: Path) -> tuple[str, list[Row]]:
    """Return which table a user CSV extends and its rows, checked."""
    if not path.is_file():
        raise ActorFileError(Messages.ACTORS_NOT_FOUND.format(input=path))
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            table = table_of(path, reader.fieldnames or [])
            rows = [Row(r, True, f"{path}:{n}") for n, r in enumerate(reader, 2)]
    except UnicodeDecodeError as exc:
        raise ActorFileError(Messages.ACTORS_UNREADABLE.format(input=path, reason=exc.reason)) from None
    except (OSError, csv.Error) as exc:
        raise ActorFileError(Messages.ACTORS_UNREADABLE.format(input=path, reason=exc)) from None
    for row in rows:
        check_row(table, row)
    return table, rows


def table_of(path: Path, header: list[str]) -> str:
    """Return the table whose required columns a header holds."""
    columns = {h.strip() for h in header if h}
    for table, wanted in TABLES.items():
        if {c for c in wanted if c not in OPTIONAL} <= columns and columns <= set(wanted):
            return table
    raise ActorFileError(Messages.ACTORS_UNKNOWN_TABLE.format(
        input=path, header=",".join(header), tables=", ".join(TABLES)))


def check_row(table: str, row: Row) -> None:
    """Raise ActorFileError for a row that cannot be used."""
    problem = row_problem(table, row)
    if problem:
        raise ActorFileError(Messages.ACTORS_BAD_ROW.format(where=row.where, reason=problem))


def row_problem(table: str, row: Row) -> str | None:
    """Return what is wrong with one user row, or None."""
    key = TABLES[table][0]
    if not row[key].strip():
        return f"empty {key!r}"
    if table == "countries.csv" and not re.fullmatch(r"[A-Z]{3}", row["iso3"]):
        return f"iso3 {row['iso3']!r} is not three capital letters"
    if table == "people.csv":
        for column in ("start", "end"):
            if row[column] and not DATE.match(row[column]):
                return f"{column} {row[column]!r} is not YYYY-MM-DD"
        if not row["start"]:
            return "empty 'start'"
    if table == "roles.csv" and row["person"] not in ("0", "1"):
        return f"person must be 0 or 1, not {row['person']!r}"
    if table == "descriptors.csv" and row["refers_to"] not in DESCRIPTOR_KINDS:
        return f"refers_to must be one of {', '.join(DESCRIPTOR_KINDS)}, not {row['refers_to']!r}"
    if table == "groups.csv" and row["members"] not in ("state", "person"):
        return f"members must be state or person, not {row['members']!r}"
    return None
