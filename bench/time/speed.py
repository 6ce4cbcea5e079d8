"""How much time the time and place stages add to parsing: parse a corpus with spaCy, code its
events, then time dating and placing every coded event again, and print the ratio.

    python bench/time/speed.py                      # ../shared/corpus, 3 rounds
    python bench/time/speed.py path/to/articles --rounds 5

Articles are JSON records with a "text" field (and optionally "published"), one per file.
The target is at most 5% of the parsing time. Loading the gazetteer's GeoNames cities happens
once per process and is shown apart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.events.coder import EventCoder
from diplograph.events.place import location_for
from diplograph.nlp import load_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import corpus_arguments, load_articles  # noqa: E402


def coded(nlp, lexicon, articles):
    """Return the parsed articles with their coder and coded events, and the parse time."""
    start = time.perf_counter()
    docs = list(nlp.pipe((text for text, _ in articles), batch_size=16))
    parse = time.perf_counter() - start
    runs = []
    for doc, (_, published) in zip(docs, articles, strict=True):
        coder = EventCoder(doc, ActorResolver(doc, lexicon, published), published)
        runs.append((doc, coder, coder.events()))
    return runs, parse


def time_and_place(runs) -> tuple[float, int]:
    """Return the seconds spent dating and placing every coded event, and the events."""
    start = time.perf_counter()
    count = 0
    for doc, coder, events in runs:
        for event in events:
            trigger = doc.char_span(event.trigger.start, event.trigger.end,
                                    alignment_mode="expand")[0]
            coder.date_of(trigger, event.modality)
            location_for(trigger, coder.resolver)
            count += 1
    return time.perf_counter() - start, count


def main() -> None:
    args = corpus_arguments(__doc__.splitlines()[0])
    nlp = load_pipeline("en_core_web_sm")
    lexicon = lexicon_for(nlp)
    start = time.perf_counter()
    lexicon.kb.gazetteer.lookup("Vladivostok")  # loads the GeoNames cities once
    warm_up = time.perf_counter() - start
    articles = load_articles(args.corpus)
    words = sum(len(text.split()) for text, _ in articles)
    rounds = []
    for _ in range(args.rounds):
        runs, parse = coded(nlp, lexicon, articles)
        stage, events = time_and_place(runs)
        rounds.append((parse, stage, events))
    parse = min(r[0] for r in rounds)
    stage = min(r[1] for r in rounds)
    print(f"{len(articles)} articles, {words:,} words, {rounds[0][2]:,} events dated and placed")
    print(f"spaCy parse       {parse:.3f} s")
    print(f"time and place    {stage:.3f} s  ({stage / parse:.1%} of parse time; target <= 5%)")
    print(f"gazetteer loading {warm_up:.3f} s once per process")


if __name__ == "__main__":
    main()
