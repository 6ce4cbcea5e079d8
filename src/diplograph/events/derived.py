"""Events derived from others: a statement that another used force accuses the doer ("A
report says Israel is pursuing the annexation of east Jerusalem" holds an accusation of
Israel by the report's author, besides the annexation)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from diplograph.events import arguments as args
from diplograph.events.codebook import CameoCode, lookup
from diplograph.events.linking import Candidate
from diplograph.events.modality import governing_verb
from diplograph.events.patterns import Pattern
from diplograph.model import Actor


@dataclass(frozen=True)
class Accusation:
    """The statement verbs, the roots of the acts that make them accusations, and the code."""

    lemmas: frozenset[str]
    roots: frozenset[str]
    code: str
    weight: float


@lru_cache(maxsize=1)
def accusation_rule() -> Accusation:
    """Return the accusation rule of the package data."""
    ref = resources.files("diplograph.events") / "data" / "derived.yaml"
    raw = yaml.safe_load(ref.read_text(encoding="utf-8"))["accusation"]
    return Accusation(frozenset(raw["lemmas"]), frozenset(str(r) for r in raw["roots"]),
                      str(raw["code"]), float(raw["weight"]))


def reporting_verb(trigger: Token, root: str) -> Token | None:
    """Return the statement verb whose complement tells the act `trigger` names, when that
    act is one whose telling accuses its doer."""
    rule = accusation_rule()
    if root not in rule.roots:
        return None
    clause = governing_verb(trigger)
    steps = 0
    while clause is not None and clause.dep_ in ("xcomp", "conj", "pcomp", "dobj") and steps < 3:
        clause, steps = governing_verb(clause.head), steps + 1
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in rule.lemmas:
        return None
    return clause.head


def speakers(verb: Token) -> list[Token]:
    """Return the subject phrases of a statement verb."""
    return args.verb_subjects(verb)[0]


@lru_cache(maxsize=1)
def derived_data() -> dict:
    """Return the rules of the package's derived.yaml."""
    ref = resources.files("diplograph.events") / "data" / "derived.yaml"
    return yaml.safe_load(ref.read_text(encoding="utf-8"))


def undergone_by(noun: Token) -> Token | None:
    """Return the subject of a verb that undergoes the act its object names ("Israel
    suffered rocket attacks", "the embassy has faced attacks", "the forces came under
    attack"), or None."""
    verb = noun.head
    data = derived_data()
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.dep_ == "prep" \
            and verb.head.pos_ in ("VERB", "AUX"):
        return patient(verb.head)  # "came under attack", "was placed under sanctions"
    if noun.dep_ == "pobj" and verb.lower_ in ("to", "against") \
            and verb.head.lemma_.lower() in data["responding_verbs"]:
        verb = verb.head  # "as they respond to Russia's war"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in data["undergoing_verbs"]:
        return None
    subjects = args.verb_subjects(verb)[0]
    return subjects[0] if subjects else None


def patient(verb: Token) -> Token | None:
    """Return who a verb's clause is about: its subject, active or passive, or the noun a
    relative clause hangs from ("Madagascar, which was placed under sanctions")."""
    subjects = args.dep_children(verb, ("nsubj", "nsubjpass"))
    if not subjects:
        return None
    if subjects[0].tag_ in args.RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subjects[0]


def is_mutual(trigger: Token) -> bool:
    """Return True for an act whose own words make it mutual ("advance trilateral
    cooperation", "strengthen ties"): a group doing it does it among its members."""
    words = frozenset(derived_data()["mutual"]["words"])
    near = [trigger, *trigger.children, *(g for c in trigger.children for g in c.children)]
    return any((t.lemma_.lower() in words or t.lower_ in words) and not has_partner(t)
               for t in near)


def has_partner(word: Token) -> bool:
    """Return True for a mutual word that names whom it is done with ("coordination with the
    international community"): then it is not among the group's own members."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in word.children)


def obligation_code(verb: Token) -> str | None:
    """Return the code of a voiced "X must" (demand) or "X should" (appeal), or None."""
    rule = derived_data()["obligation"]
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    for word in ("must", "should"):
        if word in aux and not any(c.dep_ == "neg" for c in verb.children):
            return str(rule[word])
    return None


def obligation_pattern(verb: Token, code: str) -> Pattern:
    """Return the pattern a voiced obligation is coded by."""
    return Pattern(verb.lemma_.lower(), "verb", code, (),
                   weight=float(derived_data()["obligation"]["weight"]), origin="derived")


def judged_subject(verb: Token) -> list[Token]:
    """Return the subject of a main predicate that judges it ("Each of these launches violated
    ...", "The strikes were an outrageous violation"), or nothing."""
    rule = derived_data()["evaluation"]
    words = frozenset(rule["words"])
    if verb.dep_ != "ROOT":
        return []
    own = [verb] + [c for c in verb.children if c.dep_ in ("attr", "acomp", "dobj", "conj")]
    judged = any(t.lemma_.lower() in words or t.lower_ in words
                 for o in own for t in [o, *(c for c in o.children if c.dep_ == "amod")])
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if judged else []


def evaluation_pattern(verb: Token) -> Pattern:
    """Return the pattern a judgement in a statement is coded by."""
    rule = derived_data()["evaluation"]
    return Pattern(verb.lemma_.lower(), "verb", str(rule["code"]), (), weight=float(rule["weight"]),
                   origin="derived")


def accusation_pattern(verb: Token) -> Pattern:
    """Return the pattern an accusation is coded by."""
    rule = accusation_rule()
    return Pattern(verb.lemma_.lower(), "verb", rule.code, (), weight=rule.weight,
                   origin="derived")


def warned(noun: Token) -> tuple[Token, list[Token]] | None:
    """Return the verb of a warning ("would result in a swift response", "will face
    consequences", "would be met with a response") and the phrases whose act it answers,
    or None: the verb must bring the noun and be announced ("will", "would")."""
    rule = derived_data()["warning"]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "with"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in rule["verbs"] or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return None
    answered = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (verb, answered) if answered else None


def warning_pattern(noun: Token) -> Pattern:
    """Return the pattern a voiced warning is coded by."""
    rule = derived_data()["warning"]
    return Pattern(noun.lemma_.lower(), "noun", str(rule["code"]), (),
                   weight=float(rule["weight"]), origin="derived")


def armed_force(entry: CameoCode, candidate: Candidate) -> CameoCode:
    """Return the code of an act between these parties: the killing of a state's armed
    forces by a state or its forces, or by the other side of a fight told before, is
    conventional military force (`derived.yaml`, armed_force), else `entry`."""
    rule = derived_data()["armed_force"]
    if entry.code not in rule["codes"] or not is_armed_force(candidate.target.actor, rule):
        return entry
    doer = candidate.source.actor
    if not (is_armed_force(doer, rule) or doer.kind == "state" or "adversary" in candidate.tags):
        return entry
    return lookup(str(rule["code"]))


def is_armed_force(actor: Actor, rule: dict) -> bool:
    """Return True for a state's armed forces ("Syrian soldiers", "Turkish forces")."""
    return actor.role == rule["role"] and bool(actor.country) and not actor.org
