"""How alike two actors act toward everyone else: an affinity score in the spirit of Signorino
and Ritter's S, on mean Goldstein scores toward each third party (docs/alignment.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb

from diplograph.store.queries import period_conditions

GOLDSTEIN_RANGE = 20.0  # from -10 to +10


@dataclass(frozen=True)
class ThirdParty:
    """How A and B each act toward one third party."""

    actor: str
    mean_a: float
    mean_b: float
    events_a: int
    events_b: int

    @property
    def distance(self) -> float:
        """Return the gap between the two means, as a share of the Goldstein range."""
        return abs(self.mean_a - self.mean_b) / GOLDSTEIN_RANGE

    @property
    def weight(self) -> int:
        """Return the events the comparison rests on."""
        return self.events_a + self.events_b


@dataclass
class Alignment:
    """The affinity of A and B and what it rests on."""

    a: str
    b: str
    score: float | None
    parties: list[ThirdParty] = field(default_factory=list)

    def agree(self, n: int = 5) -> list[ThirdParty]:
        """Return the third parties A and B treat most alike, best attested first."""
        return sorted(self.parties, key=lambda p: (p.distance, -p.weight, p.actor))[:n]

    def differ(self, n: int = 5) -> list[ThirdParty]:
        """Return the third parties A and B treat most differently."""
        return sorted(self.parties, key=lambda p: (-p.distance, -p.weight, p.actor))[:n]


def alignment(con: duckdb.DuckDBPyConnection, a: str, b: str, since: date | None = None,
              until: date | None = None) -> Alignment:
    """Return S = 1 - 2 * sum_k w_k d_k / sum_k w_k over the third parties k both A and B acted
    toward in asserted event clusters, where d_k is the gap between their mean Goldstein
    scores toward k over the scale's range and w_k the clusters it rests on."""
    where, params = period_conditions(since, until)
    where += ["source_key IN (?, ?)", "target_key NOT IN (?, ?)", "modality = 'asserted'",
              "target_key IS NOT NULL"]
    params += [a, b, a, b]
    rows = con.execute(f"""SELECT target_key, source_key, avg(goldstein), count(*)
                           FROM clusters WHERE {' AND '.join(where)}
                           GROUP BY target_key, source_key""", params).fetchall()
    by_party: dict[str, dict[str, tuple[float, int]]] = {}
    for target, source, mean, count in rows:
        by_party.setdefault(target, {})[source] = (mean, count)
    parties = [ThirdParty(k, v[a][0], v[b][0], v[a][1], v[b][1])
               for k, v in sorted(by_party.items()) if a in v and b in v]
    total = sum(p.weight for p in parties)
    score = 1 - 2 * sum(p.weight * p.distance for p in parties) / total if total else None
    return Alignment(a, b, round(score, 4) if score is not None else None, parties)
