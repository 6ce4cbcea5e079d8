"""Build the actors stage's index of office holders from the Phoenix country actor dictionary.

Run from the repository root with the shared data folder beside it:
    python tools/build_phoenix_people.py ../shared/data [--out FILE]

Reads `petrarch2_dictionaries/Phoenix.Countries.actors.txt` (MIT, Open Event Data Alliance), the
TABARI-format list of states and of the people who held office in them, and writes
`src/diplograph/actors/data/phoenix_people.csv`: one row per person, with the names the
dictionary gives (the first as `name`, the others as `aliases`), the state (ISO 3166 alpha-3)
and CAMEO role of their terms, the first and last day of those terms, and the line of the
dictionary the person starts on. The MIT notice is kept at the top of the file.

A person is an entry of two or more words with at least one dated term (`[COLGOV >020807]`,
`[ECUELI 810101-000101]`); states, groups and undated entries are left out, as are people whose
terms name more than one state, and states outside the package's country table. Two-digit years
are read as 1930-2029 (the dictionary ends in 2014).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path("src/diplograph/actors/data/phoenix_people.csv")
COUNTRIES = Path("src/diplograph/actors/data/countries.csv")
SOURCE = "petrarch2_dictionaries/Phoenix.Countries.actors.txt"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
TERM = re.compile(r"^\s+\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]")


@dataclass
class Entry:
    """One dictionary entry: its names, its terms and the line it starts on."""

    names: list[str]
    line: int
    terms: list[tuple[str, str, str, str]] = field(default_factory=list)  # state, role, start, end


def day(text: str, upper: bool) -> str:
    """Return a dictionary date (YYMMDD or YYYYMMDD) as YYYY-MM-DD."""
    digits = text.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        return "9999-12-31" if upper else "0001-01-01"
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def span(restriction: str) -> tuple[str, str] | None:
    """Return (first day, last day) of a date restriction, or None when it has none."""
    text = restriction.strip()
    if not text:
        return None
    if text.startswith(">"):
        return day(text[1:], False), ""
    if text.startswith("<"):
        return "0001-01-01", day(text[1:], True)
    first, _, last = text.partition("-")
    return day(first, False), day(last, True)


def display(name: str) -> str:
    """Return a dictionary name in the form news writes it ("RAFAEL_CORREA_" -> "Rafael Correa")."""
    words = [w for w in name.strip("_+ ").split("_") if w]
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)


def entries(lines: list[str]) -> list[Entry]:
    """Return every entry of the dictionary with its names and terms."""
    found: list[Entry] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            continue
        term = TERM.match(raw)
        if term and found:
            dates = span(term.group(3))
            if dates:
                found[-1].terms.append((term.group(1), term.group(2), *dates))
        elif line.startswith("+") and found:
            found[-1].names.append(display(line.split()[0]))
        elif not line[0].isspace():
            found.append(Entry([display(line.split()[0])], number))
    return found


def people(found: list[Entry], states: set[str]) -> list[list[str]]:
    """Return the rows of the people among the entries."""
    rows = []
    for entry in found:
        countries = {t[0] for t in entry.terms}
        if not entry.terms or len(countries) != 1 or len(entry.names[0].split()) < 2:
            continue
        country = countries.pop()
        if country not in states:
            continue
        roles = [t[1] for t in entry.terms if t[1]]
        role = max(sorted(set(roles)), key=roles.count) if roles else ""
        first = min(t[2] for t in entry.terms)
        last = "" if any(not t[3] for t in entry.terms) else max(t[3] for t in entry.terms)
        aliases = [n for n in dict.fromkeys(entry.names[1:]) if n != entry.names[0]]
        rows.append([entry.names[0], "|".join(aliases), country, role, first, last, str(entry.line)])
    return rows


def notice(license_text: str) -> list[str]:
    """Return the header lines: where the file came from and the MIT notice."""
    lines = [f"# Built by tools/build_phoenix_people.py from PETRARCH-2's {SOURCE}",
             f"# (https://github.com/openeventdata/petrarch2, commit {COMMIT}).",
             "# The `line` column gives the line of that file each person starts on.", "#"]
    return lines + ["# " + t if t else "#" for t in license_text.splitlines()] + ["#"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_data", nargs="?", default="../shared/data")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    base = Path(args.shared_data) / "petrarch2_dictionaries"
    lines = (base / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1").splitlines()
    with COUNTRIES.open(encoding="utf-8") as fh:
        states = {r["iso3"] for r in csv.DictReader(fh)}
    rows = people(entries(lines), states)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(notice((base / "LICENSE").read_text(encoding="utf-8"))) + "\n")
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["name", "aliases", "country", "role", "start", "end", "line"])
        out.writerows(rows)
    print(f"{len(rows)} people", file=sys.stderr)


if __name__ == "__main__":
    main()
