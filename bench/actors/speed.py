"""How much time resolving actors adds to parsing: parse a corpus with spaCy, then resolve the
actors of every parsed article, and print both times and their ratio.

    python bench/actors/speed.py                      # ../shared/corpus, 3 rounds
    python bench/actors/speed.py path/to/articles --rounds 5

Articles are JSON records with a "text" field (and optionally "published"), one per file.
The target is a resolution time of at most 10% of the parsing time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.nlp import load_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import corpus_arguments, load_articles  # noqa: E402


def timed_round(nlp, articles: list[tuple[str, str | None]]) -> tuple[float, float, int]:
    """Return seconds spent parsing, seconds spent resolving, and mentions resolved."""
    start = time.perf_counter()
    docs = list(nlp.pipe((text for text, _ in articles), batch_size=16))
    parsed = time.perf_counter()
    lexicon = lexicon_for(nlp)
    mentions = 0
    for doc, (_, published) in zip(docs, articles, strict=True):
        mentions += len(ActorResolver(doc, lexicon, published).order)
    return parsed - start, time.perf_counter() - parsed, mentions


def main() -> None:
    args = corpus_arguments(__doc__.splitlines()[0])
    nlp = load_pipeline("en_core_web_sm")
    articles = load_articles(args.corpus)
    lexicon_for(nlp)  # the one-off knowledge-base build is not part of each article's cost
    words = sum(len(text.split()) for text, _ in articles)
    rounds = [timed_round(nlp, articles) for _ in range(args.rounds)]
    parse = min(r[0] for r in rounds)
    resolve = min(r[1] for r in rounds)
    print(f"{len(articles)} articles, {words:,} words, {rounds[0][2]:,} mentions resolved")
    print(f"spaCy parse   {parse:.3f} s  ({words / parse:,.0f} words/s)")
    print(f"actor resolve {resolve:.3f} s  ({resolve / parse:.1%} of parse time; target <= 10%)")


if __name__ == "__main__":
    main()
