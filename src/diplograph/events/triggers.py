"""Which words of a document name acts, and what each names: the project's own patterns
(`patterns.yaml`) and the field's verb dictionary (PETRARCH-2's, `petrarch.py`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from diplograph.events import arguments as args
from diplograph.events.codebook import lookup
from diplograph.events.derived import derived_data, undergone_by
from diplograph.events.patterns import Pattern, load_patterns
from diplograph.events.petrarch import base_forms, known_verb, verb_match
from diplograph.nlp import tree

POS = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
# Where a dictionary verb's target is looked for when its pattern does not say.
DICTIONARY_TARGETS = ("dobj", "dative", "to", "with", "against", "on", "at", "into", "toward",
                      "towards", "over")
DICTIONARY_WEIGHT = 0.5
TOPIC_PREPS = {"on", "over"}


@lru_cache(maxsize=1)
def pattern_lemmas() -> frozenset[str]:
    """Return the lemmas that have a pattern of the project's own."""
    return frozenset(lemma for lemma, _ in load_patterns())


def hand_pattern(token: Token) -> Pattern | None:
    """Return the first of the project's patterns whose lemma, part of speech and required
    words fit the token."""
    pos = POS.get(token.pos_)
    if pos is None or (token.pos_ == "PROPN" and token.ent_type_ == "PERSON"):
        return None  # "Ban Ki-moon" is a name, not a ban
    table = load_patterns()
    # "committed" and "determined" are tagged now as verbs, now as adjectives
    found = table.get((token.lemma_.lower(), pos), []) + (
        table.get((token.lower_, "adj"), []) if pos == "verb" else [])
    if not found and pos == "verb":  # a lemma the tagger got wrong ("hopes" read as "hop")
        found = next((table[(f, pos)] for f in base_forms(token)[1:] if (f, pos) in table), [])
    for pattern in found:
        if args.requirement_met(token, pattern.needs) and not (
                pattern.unless and args.directly_attached(token, pattern.unless)):
            return pattern
    return None


def dictionary_pattern(token: Token) -> Pattern | None:
    """Return the pattern the field's verb dictionary gives a verb in its phrase."""
    if token.pos_ != "VERB":
        return None
    match = verb_match(token)
    if match is None:
        return None
    targets = DICTIONARY_TARGETS
    if lookup(match.code).root == "04":  # "exchanged views on Ukraine": the topic, not a party
        targets = tuple(t for t in targets if t not in TOPIC_PREPS)
    if match.target.startswith("prep:"):
        targets = (match.target[5:], *targets)
    return Pattern(token.lemma_.lower(), "verb", match.code, targets, weight=DICTIONARY_WEIGHT,
                   origin="petrarch", line=match.line)


def trigger_patterns(token: Token, field_too: bool = True) -> list[Pattern]:
    """Return what a token names: the project's pattern, and (with `field_too`) the
    dictionary's where it gives another root."""
    found = []
    own = hand_pattern(token)
    if own is not None:
        found.append(own)
    field = dictionary_pattern(token) if field_too and not (
        names_something(token) or is_a_state(token) or object_names_the_act(token)) else None
    if field is not None and (own is None or lookup(own.code).root != lookup(field.code).root):
        found.append(field)
    return found


def names_something(verb: Token) -> bool:
    """Return True for a verb that gives its object a name or a quality ("called it a revenge
    attack", "declared the vote illegal"): it characterises, it does not do what its
    dictionary senses say."""
    return tree.has_child_with(verb, ("oprd",))


def object_names_the_act(verb: Token) -> bool:
    """Return True for a verb whose object names the act: one that carries it out ("extended
    condolences", "launched an attack") or undergoes it ("Ukraine has faced Russian
    attacks"). The act is coded, not the verb's dictionary senses."""
    objects = tree.children_with(verb, ("dobj",))
    if not objects:
        return False
    carries = verb.lemma_.lower() in derived_data()["support_verbs"]
    return any(hand_pattern(c) is not None and (carries or undergone_by(c) is not None)
               for c in objects)


def is_a_state(verb: Token) -> bool:
    """Return True for a participle that says what state someone is in after a linking verb
    ("stand united with Ukraine", "remain divided"), not what they did."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "oprd")


def triggers(doc: Doc, named: Callable[[Token], bool] | None = None) -> list[tuple[Token, Pattern]]:
    """Return every (token, pattern) of the document, shows of force last: their foe may be
    named only later in the article. The dictionary is asked only about words for which
    `named` is true (a sentence that names some actor): its readings need both parties in
    the sentence, while the project's patterns can take them from the acts told before."""
    own = pattern_lemmas()
    found = []
    lemmas = tree.tree_of(doc).lemmas
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        word = lemmas[i]
        if pos != VERB and word not in own and not known_verb(word):
            continue
        token = doc[i]
        if word in own or known_verb(word) or any(f in own or known_verb(f)
                                                   for f in base_forms(token)):
            field_too = named is None or named(token)
            found.extend((token, p) for p in trigger_patterns(token, field_too))
    return [tp for tp in found if not tp[1].adversary] + [tp for tp in found if tp[1].adversary]
