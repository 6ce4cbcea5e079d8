"""Where an event happened: "in/at X" in its clause, or the destination of a visit, resolved
through the gazetteer to its state and coordinates."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.actors.resolve import ActorResolver
from diplograph.model import Location
from diplograph.nlp.sentences import entity_at

PLACE_PREPS = {"in", "at"}
DESTINATION_PREPS = {"to"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
VISITS = {"visit", "trip", "travel", "tour", "fly", "arrive"}


def location_for(trigger: Token, resolver: ActorResolver) -> Location | None:
    """Return the place named by "in/at X" on the trigger, its verb or a phrase on them ("at the
    forum in Vladivostok"), or a visit's destination."""
    preps = PLACE_PREPS | (DESTINATION_PREPS if trigger.lemma_ in VISITS else set())
    anchors = [trigger] + ([trigger.head] if trigger.pos_ != "VERB" else [])
    for anchor in anchors:
        place = place_among(prep_objects(anchor, preps), resolver)
        if place:
            return place
    if trigger.lemma_ == "visit" and trigger.pos_ == "VERB":
        place = place_among([c for c in trigger.children if c.dep_ == "dobj"], resolver)
        if place:
            return place
    for anchor in anchors:  # one phrase down: "at the annual forum in Vladivostok"
        deeper = [o for obj in prep_objects(anchor, PLACE_PREPS) for o in prep_objects(obj, PLACE_PREPS)]
        place = place_among(deeper, resolver)
        if place:
            return place
    return None


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Return the objects of the prepositions in `preps` on `token`."""
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def place_among(tokens: list[Token], resolver: ActorResolver) -> Location | None:
    """Return the first of `tokens` that names a place."""
    for token in tokens:
        if token.ent_type_ in PLACE_LABELS or (token.pos_ == "PROPN" and is_known(token, resolver)):
            return place_of(token, resolver)
    return None


def is_known(token: Token, resolver: ActorResolver) -> bool:
    """Return True when the gazetteer knows the name at `token`."""
    gazetteer = resolver.kb.gazetteer
    return gazetteer is not None and gazetteer.lookup(entity_text(token)) is not None


def entity_text(token: Token) -> str:
    """Return the text of the entity at `token` (or the token), without a leading "the"."""
    ent = entity_at(token)
    name = ent.text if ent is not None else token.text
    return name[4:] if name.lower().startswith("the ") else name


def place_of(token: Token, resolver: ActorResolver) -> Location:
    """Return the Location named at `token`: its state from the actors stage, its coordinates
    and kind from the gazetteer."""
    name = entity_text(token)
    actor = resolver.actor_of(token)
    country = actor.country if actor else None
    gazetteer = resolver.kb.gazetteer
    found = gazetteer.lookup(name, country) if gazetteer is not None else None
    if found is None:
        return Location(name=name, country=country)
    return Location(name=name, country=country or found.country, latitude=found.latitude,
                    longitude=found.longitude, kind=found.kind, geonames_id=found.geonames_id)
