"""The whole path from an article to its actors, events and quotes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.actors.lexicon import Lexicon
from diplograph.config import current_settings
from diplograph.events.codebook import check_quad_scheme
from diplograph.events.coder import CodingOptions, EventCoder
from diplograph.ingest.readers import check_date
from diplograph.model import Article, ArticleResult
from diplograph.nlp import load_pipeline
from diplograph.nlp.sentences import remember_text
from diplograph.nlp.typography import parse_articles, restore_words
from diplograph.quotes import extract_quotes

BATCH_SIZE = 16


def extract(text: str, published: str | None = None, *, id: str | None = None,
            title: str | None = None, url: str | None = None, outlet: str | None = None,
            model: str | None = None, actors: Iterable[str] = (),
            options: CodingOptions | None = None) -> ArticleResult:
    """Return the actors, events and quotes of one article body; `actors` names user actor
    files used besides those of the DIPLOGRAPH_ACTORS setting."""
    article = Article(text=text, id=id, title=title, published=check_date(published, "published"),
                      url=url, outlet=outlet)
    return next(iter(extract_articles([article], model=model, actors=actors, options=options)))


def extract_articles(articles: Iterable[Article], model: str | None = None,
                     actors: Iterable[str] = (), options: CodingOptions | None = None,
                     on_error: Callable[[Article, Exception], None] | None = None,
                     ) -> Iterator[ArticleResult]:
    """Yield one ArticleResult per article, parsing them in batches. `options` default to
    the settings' quad class scheme, one event per sentence, pair and root. An article whose
    analysis raises is passed to `on_error` and skipped, or, without `on_error`, raises."""
    settings = current_settings()
    options = options or CodingOptions(quad_scheme=settings.quad_scheme)
    check_quad_scheme(options.quad_scheme)
    nlp = load_pipeline(model or settings.model)
    lexicon = lexicon_for(nlp, (*settings.actors, *actors))
    for doc, article in parse_articles(nlp, articles, BATCH_SIZE):
        try:
            yield analyse(doc, article, lexicon, options)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)


def analyse(doc: Doc, article: Article, lexicon: Lexicon,
            options: CodingOptions | None = None) -> ArticleResult:
    """Return what the later stages find in one parsed article."""
    remember_text(doc, article.text)
    resolver = ActorResolver(doc, lexicon, article.published, author=article.outlet)
    quotes = extract_quotes(doc, resolver, article.published)
    events = EventCoder(doc, resolver, article.published, options, quotes=quotes).events()
    return restore_words(ArticleResult(article, resolver.actors(), events, quotes))
