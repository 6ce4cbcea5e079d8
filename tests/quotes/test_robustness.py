"""No article makes the quotes stage raise, whatever its marks; every quote lies in its text."""

from __future__ import annotations

import random

import pytest

from diplograph import extract
from diplograph.quotes import find_quote_spans

MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "'", ":", ",", "\n",
         "\n\n", " said", " he added", " according to", " Russia", " the ministry", ".", " "]
WORDS = ["talks", "Moscow", "we", "will", "never", "accept", "it", "China", "told", "Lavrov"]


def random_text(rng: random.Random) -> str:
    """Return text built from quotation marks, cues and words in random order."""
    return "".join(rng.choice(MARKS + WORDS) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60)))


@pytest.mark.parametrize("seed", range(60))
def test_random_marks_never_break_the_quotes_stage(seed):
    rng = random.Random(seed)
    text = random_text(rng)
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)
    if text.strip():
        for quote in extract(text, published="2024-01-01").quotes:
            assert text[quote.start:quote.end] == quote.text


def test_every_corpus_article_is_quoted_without_error(shared):
    import json
    paths = sorted((shared / "corpus").rglob("*.json"))
    assert paths
    for path in paths:
        record = json.loads(path.read_text(encoding="utf-8"))
        result = extract(record["text"], published=record.get("published"))
        assert all(record["text"][q.start:q.end] == q.text for q in result.quotes)
