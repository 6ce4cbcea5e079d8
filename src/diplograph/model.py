"""Plain dataclasses for everything diplograph reads and produces."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article as read from its source."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # where it was read from (path, "-", or path:line)
    author: str | None = None
    warnings: list[str] = field(default_factory=list)  # problems that did not stop the read


@dataclass
class Span:
    """A character span of the article text, with the text it covers."""

    start: int
    end: int
    text: str


@dataclass
class ActorRef:
    """A reference to an actor, as events and quotes carry it."""

    id: str
    name: str
    country: str | None
    org: str | None
    code: str | None


@dataclass
class Actor:
    """A resolved actor of one article with every span that mentions it."""

    id: str
    name: str
    kind: str  # state | organisation | person | body | group
    country: str | None = None
    org: str | None = None
    role: str | None = None
    code: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def ref(self) -> ActorRef:
        """Return the short reference events and quotes carry."""
        return ActorRef(self.id, self.name, self.country, self.org, self.code)


@dataclass
class Location:
    """Where an event took place: the place as the text names it, its state (ISO3), its
    coordinates and what kind of place it is (city, region, country, seat), with its GeoNames
    id when it is a GeoNames city."""

    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    kind: str | None = None
    geonames_id: int | None = None


@dataclass
class Event:
    """One coded CAMEO event."""

    source: ActorRef
    target: ActorRef
    cameo: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    modality: str  # asserted | planned | negated | hypothetical
    evidence: Span
    trigger: Span
    confidence: float
    date: str | None = None
    date_granularity: str | None = None
    date_inferred: bool = False
    location: Location | None = None
    date_end: str | None = None


@dataclass
class Quote:
    """A quotation or a piece of reported speech, with its speaker."""

    speaker: ActorRef | None
    text: str
    start: int
    end: int
    direct: bool
    cue: str | None
    doubtful: bool = False
    date: str | None = None
    date_inferred: bool = False


@dataclass
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    actors: list[Actor]
    events: list[Event]
    quotes: list[Quote]

    def to_dict(self) -> dict[str, Any]:
        """Return the documented output object (docs/output.md)."""
        a = self.article
        return {
            "id": a.id, "title": a.title, "published": a.published,
            "url": a.url, "outlet": a.outlet, "author": a.author,
            "actors": [asdict(x) for x in self.actors],
            "events": [asdict(x) for x in self.events],
            "quotes": [asdict(x) for x in self.quotes],
        }
