"""Finding what a pronoun or a group phrase ("the two sides", "they") refers back to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from diplograph.model import Actor, ActorRef, Span
from diplograph.nlp import tree

PRONOUN_WINDOW = 3  # sentences a pronoun or a group phrase may look back
NAMESAKE_WINDOW = 8  # sentences "the report" may look back for the report it names again
DEFINITE = {"the", "this", "that", "these", "those"}
PLURAL_TAGS = {"NNS", "NNPS"}
SUBJECTS = {"nsubj", "nsubjpass"}
# Prepositions whose object is a place or a topic rather than a party to what happens.
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning", "of"}
# A group of people read as the states they stand for, none of them named.
STATES_ONLY = "states only"


@dataclass
class Mention:
    """One resolved mention: the phrase headed by token `head`."""

    head: int
    span: Span
    actor: Actor
    subject: bool
    pronoun: bool = False
    members: tuple[Actor, ...] = ()  # the actors a group mention ("the two sides") stands for


def owner_key(actor: Actor | ActorRef) -> str | None:
    """Return the state or organisation an actor (or a reference to one) stands for."""
    return actor.country or actor.org


def recent(order: list[Mention], sentence_of: list[int], before: int) -> list[Mention]:
    """Return the mentions before token `before` within the look-back window, oldest first."""
    first = sentence_of[before] - PRONOUN_WINDOW
    return [m for m in order if m.head < before and sentence_of[m.head] >= first]


def distinct_sides(actors: list[Actor]) -> tuple[Actor, ...]:
    """Return one actor per state or organisation, in order."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        key = owner_key(actor)
        if key and key not in seen:
            seen[key] = actor
    return tuple(seen.values())


def coordinated(doc: Doc, mention: Mention, actor_at: Callable[[Token], Actor | None]) -> list[Actor]:
    """Return the actors coordinated with a mention ("Russia and China"), itself included."""
    head = doc[mention.head]
    others = [actor_at(c) for c in head.conjuncts]
    before = [t for t in head.subtree if t.i < head.i]
    if any(t.dep_ == "cc" for t in before):  # "The Deputy Secretary and State Councilor Wang"
        others += [actor_at(t) for t in before if t.dep_ == "nmod"]
    return [mention.actor, *[a for a in others if a is not None]] if any(others) else []


@cache
def word_list(name: str) -> frozenset[str]:
    """Return the words of a one-word-a-line list in the actors' data folder."""
    text = resources.files("diplograph.actors").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def interacting(doc: Doc, mention: Mention, actor_at: Callable[[Token], Actor | None]) -> list[Actor]:
    """Return a subject and the actors its verb acts with or on ("Lavrov met Wang")."""
    head = doc[mention.head]
    if not mention.subject or head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.head
    # "Lavrov met Wang": partners; "Ecuador accused Colombia": not a "they"
    met = verb.lemma_.lower() in word_list("meeting_verbs.txt")
    partners = [c for c in verb.children if c.dep_ == "dobj" and met]
    for carrier in [verb, *partners]:
        partners += [o for o in tree.prep_objects(carrier, ("with", "between"))
                     if o.pos_ != "VERB"]  # "met with X to discuss": X
    found = [a for a in map(actor_at, partners) if a is not None]
    return [mention.actor, *found] if found else []


def is_topic(doc: Doc, mention: Mention) -> bool:
    """Return True for a mention that names a place or topic ("talks on Ukraine")."""
    head = doc[mention.head]
    return head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPOSITIONS


def wanted_sides(actors: list[Actor], kind: str, size: int) -> tuple[Actor, ...]:
    """Return the distinct sides among `actors` when they fit a group of `kind` and `size`."""
    if kind in ("person", STATES_ONLY):
        actors = [a for a in actors if a.kind == ("state" if kind == STATES_ONLY else kind)]
    sides = distinct_sides(actors)
    return sides if len(sides) >= 2 and size in (0, len(sides)) else ()


def recent_group(doc: Doc, earlier: list[Mention], kind: str, size: int,
                 actor_at: Callable[[Token], Actor | None]) -> tuple[Actor, ...]:
    """Return the sides a group phrase refers to: the latest coordination or interaction, else
    the latest distinct parties mentioned. People with none named stand for the states that
    met or were named together ("Japan and South Korea held a summit. The leaders agreed")."""
    for wanted in ((kind, STATES_ONLY) if kind == "person" else (kind,)):
        for mention in reversed(earlier):
            for actors in (list(mention.members), coordinated(doc, mention, actor_at),
                           interacting(doc, mention, actor_at)):
                sides = wanted_sides(actors, wanted, size)
                if sides:
                    return sides
    parties = [m.actor for m in reversed(earlier)
               if not m.pronoun and not m.members and not is_topic(doc, m)]
    if kind == "person":
        parties = [a for a in parties if a.kind == "person"]
    sides = distinct_sides(parties)[:size or 2]
    return tuple(reversed(sides)) if len(sides) >= 2 else ()


def group_referent(doc: Doc, earlier: list[Mention],
                   actor_at: Callable[[Token], Actor | None]) -> tuple[Actor, ...]:
    """Return what "they" or "their" refers to: a group, a coordination, a subject and those
    its verb acts with ("X met with Y. They discussed ..."), or a plural body, subjects first."""
    subjects = [m for m in earlier if m.subject]
    for pool in (subjects, earlier):
        for mention in reversed(pool):
            if mention.members:
                return mention.members
            sides = distinct_sides(coordinated(doc, mention, actor_at))
            if len(sides) >= 2:
                return sides
            if mention.actor.kind in ("body", "group") and doc[mention.head].tag_ in PLURAL_TAGS:
                return (mention.actor,)
    for mention in reversed(subjects):  # "X met with Y. They discussed ..."
        sides = distinct_sides(interacting(doc, mention, actor_at))
        if len(sides) >= 2:
            return sides
    return ()


def single_referent(earlier: list[Mention], wanted: set[str], subjects: bool = True) -> Actor | None:
    """Return the latest actor of a wanted kind, subjects first unless told otherwise."""
    pool = [m for m in earlier if m.actor.kind in wanted and not m.members]
    subjects = [m for m in pool if m.subject] if subjects else []
    chosen = subjects or pool
    return chosen[-1].actor if chosen else None


def is_bare_definite(head: Token) -> bool:
    """Return True for a definite noun phrase with nothing of its own before or after its
    noun ("the report", "the Department"), which can only name again something named before."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ not in DEFINITE or len(lefts) > 1:
        return False
    return not any(c.dep_ in ("prep", "compound", "amod", "poss") for c in head.children
                   if c.i > head.i and c.dep_ == "prep" and c.lower_ == "of")
