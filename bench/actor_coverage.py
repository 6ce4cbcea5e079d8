"""For every gold event of a set, check that its source and target resolve somewhere in the
sentences that state it, and list the events whose actors the resolver never reaches.

    python bench/actor_coverage.py ../shared/eval/dev

An event listed here is missed because of the actors stage; every other miss is the coder's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.events.coder import actor_key
from diplograph.nlp import load_pipeline


def gold_files(paths: list[str]) -> list[Path]:
    """Return the gold JSON files named by `paths` (files or folders)."""
    found = []
    for p in map(Path, paths):
        found += sorted(p.glob("*.json")) if p.is_dir() else [p]
    return found


def keys_in(resolver: ActorResolver, doc, start: int, end: int) -> set[str]:
    """Return the states and organisations any phrase between two character offsets stands for."""
    keys = set()
    for token in doc.char_span(start, end, alignment_mode="expand"):
        for actor, _span, _inferred in resolver.arguments(token):
            key = actor_key(actor)
            if key:
                keys.add(key)
    return keys


def sentence_bounds(doc, start: int, end: int) -> tuple[int, int]:
    """Return the character bounds of the sentences an evidence span touches."""
    sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
    return sents[0].start_char, sents[-1].end_char


def main(paths: list[str]) -> int:
    nlp = load_pipeline("en_core_web_sm")
    total = unreached = 0
    for path in gold_files(paths):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp(gold["text"])
        resolver = ActorResolver(doc, lexicon_for(nlp), gold.get("published"), author=gold.get("outlet"))
        for event in gold["events"]:
            total += 1
            start = gold["text"].find(event["evidence"])
            keys = keys_in(resolver, doc, *sentence_bounds(doc, start, start + len(event["evidence"])))
            missing = [k for k in (event["source"], event["target"]) if k not in keys]
            if missing:
                unreached += 1
                print(f"{path.stem[:40]} {event['source']}->{event['target']} unresolved {missing} | "
                      f"{event['evidence'][:90]}")
    print(f"gold events {total}, with an actor the resolver never reaches {unreached}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["../shared/eval/dev"]))
