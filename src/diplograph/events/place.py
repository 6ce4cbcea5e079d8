"""Where an event happened: "in/at X" in its clause, or the destination of a visit."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.actors.resolve import ActorResolver
from diplograph.model import Location

PLACE_PREPS = {"in", "at"}
DESTINATION_PREPS = {"to"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
VISIT_ROOT = "042"


def location_for(trigger: Token, resolver: ActorResolver) -> Location | None:
    """Return the place named by "in/at X" on the trigger or its verb, or a visit's destination."""
    preps = PLACE_PREPS | (DESTINATION_PREPS if trigger.lemma_ in ("visit", "trip", "travel") else set())
    anchors = [trigger] + ([trigger.head] if trigger.pos_ != "VERB" else [])
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                place = place_object(child, resolver)
                if place:
                    return place
    if trigger.lemma_ == "visit" and trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "dobj" and child.ent_type_ in PLACE_LABELS:
                return place_of(child, resolver)
    return None


def place_object(prep: Token, resolver: ActorResolver) -> Location | None:
    """Return the place that is the object of a preposition, if it is one."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_LABELS:
            return place_of(obj, resolver)
    return None


def place_of(token: Token, resolver: ActorResolver) -> Location:
    """Return the Location named by the entity at `token`."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    name = ent.text if ent is not None else token.text
    if name.lower().startswith("the "):
        name = name[4:]
    actor = resolver.actor_of(token)
    return Location(name=name, country=actor.country if actor else None)
