"""The CAMEO event codebook: names, Goldstein values, PLOVER types, and quad class schemes."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from diplograph.config import DEFAULT_QUAD_SCHEME
from diplograph.errors import Messages, SettingError


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it means."""

    code: str
    name: str
    root: str
    goldstein: float
    plover: str | None


@lru_cache(maxsize=1)
def load_codebook() -> dict[str, CameoCode]:
    """Return CAMEO code -> CameoCode, read from the package data once."""
    ref = resources.files("diplograph.events") / "data" / "cameo.csv"
    with ref.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: CameoCode(r["code"], r["name"], r["root"], float(r["goldstein"]),
                                     r["plover"] or None)
                for r in csv.DictReader(fh)}


def lookup(code: str) -> CameoCode:
    """Return the codebook entry of `code`, raising KeyError for an unknown code."""
    return load_codebook()[code]


@lru_cache(maxsize=1)
def quad_schemes() -> dict[str, dict[str, int]]:
    """Return scheme name -> (CAMEO root -> quad class 1-4), checking each covers every root."""
    ref = resources.files("diplograph.events") / "data" / "quad_schemes.yaml"
    raw = yaml.safe_load(ref.read_text(encoding="utf-8"))
    schemes = {}
    for name, entry in raw.items():
        table = {str(root): int(quad) for quad, roots in entry["classes"].items() for root in roots}
        if sorted(table) != [f"{n:02d}" for n in range(1, 21)]:
            raise ValueError(f"quad_schemes.yaml: scheme {name!r} does not cover roots 01-20 once")
        schemes[name] = table
    return schemes


def quad_class(root: str, scheme: str = DEFAULT_QUAD_SCHEME) -> int:
    """Return the quad class of a CAMEO root under the named scheme."""
    return quad_schemes()[scheme][root]


def check_quad_scheme(name: str) -> str:
    """Return `name` if it names a shipped quad class scheme, else raise SettingError."""
    if name not in quad_schemes():
        raise SettingError(Messages.QUAD_SCHEME_UNKNOWN.format(
            name=name, names=", ".join(sorted(quad_schemes()))))
    return name
