"""The form of an article's text that the parser reads. The English models learnt from text
with straight apostrophes: "Putin’s full-scale invasion" with a typographic one is parsed as
"Putin is ...", and the possessor, the doer of the act, is lost. Each typographic apostrophe
inside a word is read as a straight one; the text keeps its length, so every offset into it
is an offset into the article, whose own words the outputs show (`restore_words`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.model import Article, ArticleResult

# ’ (right single quotation mark) and ʼ (modifier letter apostrophe) between two letters:
# "Putin’s", "don’t", "O’Brien"; a closing single quotation mark has no letter after it.
WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")


def parsing_text(text: str) -> str:
    """Return the text with apostrophes inside words made straight, of the same length."""
    return WORD_APOSTROPHE.sub("'", text)


def restore_words(result: ArticleResult) -> ArticleResult:
    """Return the result with every span's text read again from the article itself."""
    text = result.article.text
    spans = [m for a in result.actors for m in a.mentions]
    spans += [s for e in result.events for s in (e.evidence, e.trigger)]
    for span in spans:
        span.text = text[span.start:span.end]
    return result


def parse_articles(nlp: Language, articles: Iterable[Article], batch_size: int,
                   n_process: int = 1) -> Iterator[tuple[Doc, Article]]:
    """Yield each article with its parse, made from the article's parsing text."""
    pairs = ((parsing_text(a.text), a) for a in articles)
    return nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
