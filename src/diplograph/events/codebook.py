"""The CAMEO event codebook: names, Goldstein values, quad classes and PLOVER types."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it means."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None


@lru_cache(maxsize=1)
def load_codebook() -> dict[str, CameoCode]:
    """Return CAMEO code -> CameoCode, read from the package data once."""
    ref = resources.files("diplograph.events") / "data" / "cameo.csv"
    with ref.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: CameoCode(r["code"], r["name"], r["root"], float(r["goldstein"]),
                                     int(r["quad_class"]), r["plover"] or None)
                for r in csv.DictReader(fh)}


def lookup(code: str) -> CameoCode:
    """Return the codebook entry of `code`, raising KeyError for an unknown code."""
    return load_codebook()[code]
