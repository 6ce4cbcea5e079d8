"""The event pattern dictionary, read from YAML package data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from diplograph.events.codebook import load_codebook


@dataclass(frozen=True)
class Pattern:
    """One trigger frame: what a lemma codes, where its target sits, and where it comes from."""

    lemma: str
    pos: str
    code: str
    targets: tuple[str, ...]
    needs: tuple[str, ...] = ()
    symmetric: bool = False
    weight: float = 0.8
    agent_of: bool = False
    place_target: bool = False
    interlocutor: bool = False
    adversary: bool = False
    unless: tuple[str, ...] = ()
    conflict_parties: bool = False
    origin: str = "hand"  # "hand": patterns.yaml; "petrarch": the field's verb dictionary
    line: int = 0  # the line of the dictionary a "petrarch" pattern comes from


def as_tuple(value: object) -> tuple[str, ...]:
    """Return a YAML scalar or list as a tuple of strings."""
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    if any(isinstance(v, bool) for v in values):
        raise ValueError(f"patterns.yaml: quote the words on/off/yes/no in {value!r}")
    return tuple(str(v) for v in values)


def expand(entry: dict) -> list[Pattern]:
    """Return one Pattern per lemma of a YAML entry, checking its code exists."""
    code = str(entry["code"])
    if code not in load_codebook():
        raise ValueError(f"patterns.yaml: unknown CAMEO code {code!r} in {entry}")
    return [Pattern(lemma, entry["pos"], code, as_tuple(entry.get("targets")),
                    as_tuple(entry.get("needs")), bool(entry.get("symmetric", False)),
                    float(entry.get("weight", 0.8)), bool(entry.get("agent_of", False)),
                    bool(entry.get("place_target", False)),
                    bool(entry.get("interlocutor", False)),
                    bool(entry.get("adversary", False)), as_tuple(entry.get("unless")),
                    conflict_parties=bool(entry.get("conflict_parties", False)))
            for lemma in as_tuple(entry["lemma"])]


@lru_cache(maxsize=1)
def load_patterns() -> dict[tuple[str, str], list[Pattern]]:
    """Return (lemma, pos) -> patterns, those with required words first."""
    ref = resources.files("diplograph.events") / "data" / "patterns.yaml"
    entries = yaml.safe_load(ref.read_text(encoding="utf-8"))
    table: dict[tuple[str, str], list[Pattern]] = {}
    for entry in entries:
        for pattern in expand(entry):
            table.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
    for patterns in table.values():
        patterns.sort(key=lambda p: not p.needs)
    return table
