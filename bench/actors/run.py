"""Actor-resolution benchmark: resolve the hand-written mention cases and print the accuracy.

    python bench/actors/run.py            # accuracy, and a line per miss
    python bench/actors/run.py --quiet    # accuracy only

Each case file (cases_*.yaml beside this script) lists news passages, their publication dates
and, for each mention, the expected state or organisation code, person id, list of codes for a
group phrase, or null for a phrase that names no actor.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.nlp import load_pipeline

HERE = Path(__file__).resolve().parent


@dataclass
class Outcome:
    """One mention case and what the resolver made of it."""

    text: str
    surface: str
    expected: object
    got: object

    @property
    def correct(self) -> bool:
        if isinstance(self.expected, list):
            return isinstance(self.got, list) and sorted(self.got) == sorted(self.expected)
        return self.got == self.expected


def load_cases() -> list[dict]:
    """Return every case of every case file."""
    cases = []
    for path in sorted(HERE.glob("cases_*.yaml")):
        cases += yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


def mention_root(doc, text: str, surface: str, occurrence: int):
    """Return the token heading the `occurrence`-th appearance of `surface` in the text."""
    found = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text))
    if len(found) < occurrence:
        raise ValueError(f"{surface!r} occurs fewer than {occurrence} times in {text[:60]!r}")
    start, end = found[occurrence - 1].span()
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root


def resolved(resolver: ActorResolver, token, expected: object) -> object:
    """Return what the resolver says a mention stands for, in the form of `expected`."""
    actors = [a for a, _span, _inferred in resolver.arguments(token)]
    if not actors:
        return None
    if isinstance(expected, list) or len(actors) > 1:
        return sorted({a.country or a.org for a in actors})
    actor = actors[0]
    if isinstance(expected, str) and expected.startswith("person:"):
        return actor.id
    return actor.country or actor.org


def run_case(nlp, case: dict) -> list[Outcome]:
    """Return the outcome of every mention of one case."""
    doc = nlp(case["text"])
    resolver = ActorResolver(doc, lexicon_for(nlp), str(case["published"]), author=case.get("outlet"))
    outcomes = []
    for item in case["mentions"]:
        surface, occurrence, expected = (item[0], 1, item[1]) if len(item) == 2 else item
        token = mention_root(doc, case["text"], surface, occurrence)
        outcomes.append(Outcome(case["text"], surface, expected, resolved(resolver, token, expected)))
    return outcomes


def score(nlp=None) -> tuple[float, list[Outcome]]:
    """Return the accuracy over all mention cases and every outcome."""
    nlp = nlp or load_pipeline("en_core_web_sm")
    outcomes = [o for case in load_cases() for o in run_case(nlp, case)]
    return sum(o.correct for o in outcomes) / len(outcomes), outcomes


def main(argv: list[str]) -> int:
    accuracy, outcomes = score()
    if "--quiet" not in argv:
        for o in outcomes:
            if not o.correct:
                print(f"MISS {o.surface!r}: expected {o.expected}, got {o.got} | {o.text[:80]}")
    print(f"actor resolution: {sum(o.correct for o in outcomes)} of {len(outcomes)} mentions, "
          f"accuracy {accuracy:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
