"""The whole path from an article to its actors, events and quotes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.config import current_settings
from diplograph.events.coder import EventCoder
from diplograph.ingest.readers import check_date
from diplograph.model import Article, ArticleResult
from diplograph.nlp import load_pipeline
from diplograph.quotes import extract_quotes

BATCH_SIZE = 16


def extract(text: str, published: str | None = None, *, id: str | None = None,
            title: str | None = None, url: str | None = None, outlet: str | None = None,
            model: str | None = None) -> ArticleResult:
    """Return the actors, events and quotes of one article body."""
    article = Article(text=text, id=id, title=title, published=check_date(published, "published"),
                      url=url, outlet=outlet)
    return next(iter(extract_articles([article], model=model)))


def extract_articles(articles: Iterable[Article], model: str | None = None) -> Iterator[ArticleResult]:
    """Yield one ArticleResult per article, parsing them in batches."""
    nlp = load_pipeline(model or current_settings().model)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        yield analyse(nlp, doc, article)


def analyse(nlp: Language, doc: Doc, article: Article) -> ArticleResult:
    """Return what the later stages find in one parsed article."""
    resolver = ActorResolver(doc, lexicon_for(nlp), article.published)
    events = EventCoder(doc, resolver, article.published).events()
    quotes = extract_quotes(doc, resolver)
    return ArticleResult(article, resolver.actors(), events, quotes)
