"""diplograph: structured event data on diplomacy from news articles."""

from diplograph.model import Actor, ActorRef, Article, ArticleResult, Event, Quote, Span
from diplograph.pipeline import extract, extract_articles

__version__ = "0.1.0"

__all__ = ["Actor", "ActorRef", "Article", "ArticleResult", "Event", "Quote", "Span",
           "extract", "extract_articles", "__version__"]
