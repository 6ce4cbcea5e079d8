"""How a candidate source and target stand to their trigger in the parse: the dependency path
between them, the role the path gives, and the features the learned linker weighs them by."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from diplograph.model import Actor, Span

MAX_PATH = 5
PREP_DEPS = {"prep", "agent", "dative"}
SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "attr", "oprd"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
DISTANCES = (3, 8, 15, 30)
TRANSPARENT = {"conj", "appos"}


@dataclass
class Argument:
    """A source or target: the phrase token, its actor and the span it was read from.
    `implicit` marks an author who is not named in the sentence ("Our actions ..." in a
    statement, or an act of the statement with no subject)."""

    token: Token
    actor: Actor
    span: Span
    inferred: bool
    implicit: bool = False


@dataclass
class Candidate:
    """One way to read a trigger: a source, a target and how they were found."""

    source: Argument
    target: Argument
    tags: set[str] = field(default_factory=set)


def label(token: Token) -> str:
    """Return a token's dependency label, with the word of a preposition ("prep:with")."""
    if token.dep_ in PREP_DEPS:
        return f"{token.dep_}:{token.lower_}"
    return token.dep_


def dep_path(trigger: Token, other: Token) -> tuple[list[str], list[str]] | None:
    """Return the labels climbed from the trigger to the lowest common ancestor and the labels
    descended from there to `other`, or None when they share no ancestor (other sentences).
    Conjuncts and appositions stand where the phrase they join stands: "visited Kuwait and
    Bahrain" gives Bahrain the path of Kuwait."""
    position, labels = climb(trigger)
    down: list[Token] = []
    node = other
    while node.i not in position:
        down.append(node)
        if node.head == node:
            return None
        node = node.head
    ups = [t for t in labels[:position[node.i]] if t is not None]
    return ups, [label(t) for t in reversed(down) if t.dep_ not in TRANSPARENT]


@lru_cache(maxsize=4)  # a trigger's candidates are weighed one after another
def climb(trigger: Token) -> tuple[dict[int, int], list[str | None]]:
    """Return the positions of the trigger and its ancestors on its way up, and the label of
    each (None for a transparent one); every candidate of a trigger climbs the same way."""
    chain = [trigger, *trigger.ancestors]
    return ({t.i: n for n, t in enumerate(chain)},
            [None if t.dep_ in TRANSPARENT else label(t) for t in chain])


def role_of(ups: list[str], downs: list[str]) -> str:
    """Return the coarse role a path gives: subject, object, a preposition's object, an owner
    of the trigger or of its object, or a climb to the clause above."""
    if not ups:
        return descent_role(downs)
    first = ups[0].split(":")[0]
    if not downs:
        return f"head_of_{first}"
    return f"up_{first}_{descent_role(downs)}"


def descent_role(downs: list[str]) -> str:
    """Return the role of a path that only descends from its start."""
    if not downs:
        return "self"
    first = downs[0]
    if first in SUBJECT_DEPS:
        return "subj" if len(downs) == 1 else "in_subj"
    if first == "nsubjpass":
        return "subjpass" if len(downs) == 1 else "in_subjpass"
    if first in OBJECT_DEPS:
        return "obj" if len(downs) == 1 else ("obj_owner" if downs[1] in MODIFIER_DEPS else "in_obj")
    if first.startswith(("prep:", "agent:", "dative:")):
        if len(downs) <= 2:
            return first
        return f"{first}_owner" if downs[2] in MODIFIER_DEPS else f"in_{first}"
    if first in MODIFIER_DEPS:
        return "owner"
    if first == "appos":
        return "appos"
    return f"down_{first}"


def path_string(ups: list[str], downs: list[str]) -> str:
    """Return a path as one string, or "far" for a long one."""
    if len(ups) + len(downs) > MAX_PATH:
        return "far"
    return "^".join(["", *ups]) + "|" + "_".join(downs)


def distance_bucket(a: Token, b: Token) -> int:
    """Return how far apart two tokens are, in coarse steps."""
    gap = abs(a.i - b.i)
    return next((n for n, limit in enumerate(DISTANCES) if gap <= limit), len(DISTANCES))


@dataclass(frozen=True)
class Relation:
    """Where an argument stands from a trigger."""

    role: str
    path: str
    before: bool
    distance: int


def relation(trigger: Token, argument: Argument) -> Relation:
    """Return where an argument stands from its trigger."""
    if argument.implicit:
        return Relation("author", "author", True, len(DISTANCES))
    found = dep_path(trigger, argument.token)
    if found is None:
        return Relation("elsewhere", "elsewhere", True, len(DISTANCES))
    ups, downs = found
    return Relation(role_of(ups, downs), path_string(ups, downs), argument.token.i < trigger.i,
                    distance_bucket(trigger, argument.token))


def argument_features(prefix: str, rel: Relation, argument: Argument) -> dict[str, float]:
    """Return the features of one argument's relation to its trigger."""
    return {
        f"{prefix}role={rel.role}": 1.0,
        f"{prefix}path={rel.path}": 1.0,
        f"{prefix}kind={argument.actor.kind}": 1.0,
        f"{prefix}dist={rel.distance}": 1.0,
        f"{prefix}before": float(rel.before),
        f"{prefix}inferred": float(argument.inferred),
    }


def coarse(role: str) -> str:
    """Return a role without its preposition's word ("prep:with" -> "prep")."""
    return role.split(":")[0] if role.startswith(("prep:", "agent:", "dative:")) else role


@dataclass(frozen=True)
class TriggerFacts:
    """What is known of a trigger before any argument: its word, part of speech, pattern
    source, code and modality."""

    lemma: str
    pos: str
    origin: str
    root: str
    code: str
    pattern_code: str
    modality: str
    weight: float
    quoted: bool
    symmetric: bool


def trigger_features(facts: TriggerFacts) -> dict[str, float]:
    """Return the features of the trigger alone."""
    return {
        f"lemma={facts.lemma}": 1.0,
        f"pos={facts.pos}": 1.0,
        f"origin={facts.origin}": 1.0,
        f"root={facts.root}": 1.0,
        f"code={facts.code}": 1.0,
        f"modality={facts.modality}": 1.0,
        "voiced": float(facts.code != facts.pattern_code),
        "weight": facts.weight,
        "quoted": float(facts.quoted),
        "symmetric": float(facts.symmetric),
    }


def candidate_features(facts: TriggerFacts, candidate: Candidate, s: Relation,
                       t: Relation) -> dict[str, float]:
    """Return every feature of one candidate reading of a trigger."""
    features = trigger_features(facts)
    features.update(argument_features("s.", s, candidate.source))
    features.update(argument_features("t.", t, candidate.target))
    for tag in candidate.tags:
        features[f"tag={tag}"] = 1.0
    pair = f"{coarse(s.role)}+{coarse(t.role)}"
    features[f"pair={pair}"] = 1.0
    features[f"pair={pair}&pos={facts.pos}"] = 1.0
    features[f"root={facts.root}&t.role={t.role}"] = 1.0
    features[f"root={facts.root}&s.role={coarse(s.role)}"] = 1.0
    features[f"sym={facts.symmetric}&pair={pair}"] = 1.0
    if candidate.source.token.i in {c.i for c in candidate.target.token.conjuncts}:
        features["conjoined"] = 1.0
    return features
