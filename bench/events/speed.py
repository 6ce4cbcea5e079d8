"""How much time coding events adds to parsing: parse a corpus with spaCy, then run the actors
stage and the event coder on every parsed article, and print the times and their ratios.

    python bench/events/speed.py                      # ../shared/corpus, 3 rounds
    python bench/events/speed.py path/to/articles --rounds 5

Articles are JSON records with a "text" field (and optionally "published" and "outlet", the
author of a statement), one per file.
The target is at most 15% of the parsing time for everything after the parse: the actors
stage's set-up, quotation attribution and event coding (with the actor resolution, dating
and placing it asks for), each also shown apart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.events.coder import EventCoder
from diplograph.nlp import load_pipeline
from diplograph.nlp.sentences import remember_text
from diplograph.nlp.typography import parsing_text
from diplograph.quotes import extract_quotes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import corpus_arguments, load_records  # noqa: E402


def timed_round(nlp, lexicon, articles) -> tuple[float, float, float, float, int]:
    """Return seconds parsing, setting up the actors stage, attributing quotations, coding
    events, and the number of events coded; the later stages run article by article, as in
    the pipeline."""
    start = time.perf_counter()
    docs = list(nlp.pipe((parsing_text(text) for text, _, _ in articles), batch_size=16))
    parse = time.perf_counter() - start
    setup = quoting = coding = 0.0
    events = 0
    for doc, (text, published, outlet) in zip(docs, articles, strict=True):
        start = time.perf_counter()
        remember_text(doc, text)
        resolver = ActorResolver(doc, lexicon, published, author=outlet)
        resolved = time.perf_counter()
        quotes = extract_quotes(doc, resolver, published)
        quoted = time.perf_counter()
        events += len(EventCoder(doc, resolver, published, quotes=quotes).events())
        coded = time.perf_counter()
        setup, quoting, coding = (setup + resolved - start, quoting + quoted - resolved,
                                  coding + coded - quoted)
    return parse, setup, quoting, coding, events


def main() -> None:
    args = corpus_arguments(__doc__.splitlines()[0])
    nlp = load_pipeline("en_core_web_sm")
    lexicon = lexicon_for(nlp)  # built once per process, not per article
    articles = load_records(args.corpus)
    words = sum(len(text.split()) for text, _, _ in articles)
    rounds = [timed_round(nlp, lexicon, articles) for _ in range(args.rounds)]
    parse, setup, quotes, code = (min(r[i] for r in rounds) for i in range(4))
    after = min(sum(r[1:4]) for r in rounds)
    print(f"{len(articles)} articles, {words:,} words, {rounds[0][4]:,} events coded")
    print(f"spaCy parse      {parse:.3f} s  ({words / parse:,.0f} words/s)")
    print(f"actors set-up    {setup:.3f} s  ({setup / parse:.1%} of parse time)")
    print(f"quotations       {quotes:.3f} s  ({quotes / parse:.1%} of parse time)")
    print(f"event coding     {code:.3f} s  ({code / parse:.1%} of parse time)")
    print(f"after the parse  {after:.3f} s  ({after / parse:.1%} of parse time; target <= 15%)")


if __name__ == "__main__":
    main()
