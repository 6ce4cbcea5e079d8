"""Referents a clause fixes by its structure: a possessive pronoun bound by the subject of
its clause ("urge the DPRK to abide by its obligations"), and the authors of a joint
statement ("The United States, the Republic of Korea and Japan condemn ...", then "we")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from diplograph.actors.antecedents import distinct_sides, owner_key, word_list
from diplograph.model import Actor
from diplograph.nlp import tree

POSSESSIVES = {"its", "their", "his", "her"}
OPENING_SENTENCES = 3  # a joint statement names its authors at the start
SUBJECTS = ("nsubj", "nsubjpass")
PATIENT_PREPS = ("on", "against", "upon")
CONTROL_PREPS = ("from", "for", "of")
PLURAL_TAGS = {"NNS", "NNPS"}
REPORTED_PRONOUNS = {"he": "one", "she": "one", "it": "one", "they": "many"}


def issuing_subject(document: Token) -> Token | None:
    """Return the subject of the verb that issues a document as its object ("Trump signed an
    order", "the Council adopted a resolution"), if any."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in word_list("issuing_verbs.txt"):
        return None
    return _subject_of(verb)


def reporting_subject(pronoun: Token) -> Token | None:
    """Return the subject of the speech verb whose reported clause a subject pronoun opens,
    when they agree in number and no one is told: in "Russia said it would ..." and "the
    militants said they would ...", the pronoun is the speaker, whoever was named before."""
    number = REPORTED_PRONOUNS.get(pronoun.lower_)
    clause = pronoun.head
    if number is None or pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in word_list("speech_verbs.txt"):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "Lavrov told Blinken he ...": the one telling or the one told
    subject = _subject_of(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    many = subject.tag_ in PLURAL_TAGS or bool(subject.conjuncts)
    return subject if many == (number == "many") else None


def clause_subject(token: Token) -> Token | None:
    """Return the subject that binds a possessive pronoun: the subject of the verb above it,
    or, in an infinitive with none, the object that controls it ("urge X to abide by its")
    or else the subject of the verb above."""
    verb = token.head
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and steps < 6:
        verb, steps = verb.head, steps + 1
    if verb.pos_ not in ("VERB", "AUX") or token in _subject_tokens(verb):
        return None
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ in CONTROL_PREPS:
        # "prevent Russia from accessing its reserves": the object does it
        objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        subject = objects[0] if objects else None
    if subject is None and verb.dep_ in ("advcl", "acl") and tree.is_infinitive(verb):
        # "put pressure on Russia to end its war", "called on Iran to halt its programme"
        above = verb.head
        pressed = patient_objects(above) + [o for d in above.children if d.dep_ == "dobj"
                                            for o in patient_objects(d)]
        subject = pressed[0] if pressed else None
    if subject is None and verb.dep_ == "xcomp":
        above = verb.head
        objects = [c for c in above.children if c.dep_ == "dobj"]
        subject = objects[0] if objects else _subject_of(above)
    return subject


def reason_patients(token: Token) -> list[Token]:
    """Return who a possessive in a reason phrase belongs to: the one acted upon ("impose
    costs on Russia for its war", "condemned Iran for its attacks", "thank Japan for its
    support"), the object or the "on"/"against" object of the act the phrase gives a reason
    for."""
    phrase = token.head
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return []
    act = prep.head
    acts = [act] + ([act.head] if act.pos_ == "NOUN" and act.dep_ == "dobj" else [])
    found = []
    for a in acts:
        found += [c for c in a.children if c.dep_ in ("dobj", "nsubjpass")] + patient_objects(a)
    for a in list(found):
        found += patient_objects(a)
    return [f for f in found if f.pos_ in ("PROPN", "NOUN") and f != phrase]


def patient_objects(token: Token) -> list[Token]:
    """Return the objects of the "on"/"against"/"upon" phrases of `token`."""
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS
            for o in c.children if o.dep_ == "pobj"]


def _subject_of(verb: Token) -> Token | None:
    found = [c for c in verb.children if c.dep_ in SUBJECTS]
    return found[0] if found else None


def _subject_tokens(verb: Token) -> set[Token]:
    return {t for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}


def coordinated_owner(token: Token) -> Token | None:
    """Return the phrase a possessive refers to in "A and (four of) its B": A."""
    node, steps = token.head, 0
    while node.dep_ in ("pobj", "prep") and steps < 4:
        node, steps = node.head, steps + 1
    if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i < token.i:
        return node.head
    return None


def bound_referent(token: Token, actor_at: Callable[[Token], Actor | None],
                   wanted: set[str]) -> Actor | None:
    """Return the actor a possessive pronoun is bound to by its clause, if it is of a wanted
    kind and not itself a pronoun's guess of the same kind (then the caller's search stands)."""
    if token.lower_ not in POSSESSIVES or token.dep_ != "poss":
        return None
    for patient in reason_patients(token):
        actor = actor_at(patient)
        if actor is not None and actor.kind in wanted:
            return actor
    subject = clause_subject(token)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return None
    actor = actor_at(subject)
    return actor if actor is not None and actor.kind in wanted else None


def joint_authors(doc: Doc, sentence_starts: list[int], author: Actor | None,
                  actor_at: Callable[[Token], Actor | None]) -> tuple[Actor, ...]:
    """Return the authors of a joint statement: the states or organisations coordinated as
    the subject of one of its opening sentences, when they include the author's own state."""
    key = owner_key(author) if author is not None else None
    if key is None:
        return ()
    end = sentence_starts[OPENING_SENTENCES] if len(sentence_starts) > OPENING_SENTENCES else len(doc)
    for token in doc[:end]:
        apposed = [a for a in token.children if a.dep_ == "appos"]
        # "We, the G7 Foreign Ministers of Canada, France, ...": whose ministers they are
        apposed += [o for a in apposed for o in tree.prep_objects(a, ("of",), ("pobj",))]
        if token.dep_ not in SUBJECTS or not (token.conjuncts or any(a.conjuncts for a in apposed)):
            continue
        # "The United States, the Republic of Korea (ROK), and Japan": a list the parser may
        # read partly as appositions; "The Troika (Norway, the United Kingdom, and the United
        # States), Canada, and the EU": one read wholly as the apposition's
        listed = [token, *token.conjuncts]
        listed += [a for t in listed for a in t.children if a.dep_ == "appos"]
        listed += [c for a in apposed for c in (a, *a.conjuncts) if c not in listed]
        actors = [actor_at(t) for t in listed]
        sides = distinct_sides([a for a in actors if a is not None])
        if len(sides) >= 2 and key in {owner_key(a) for a in sides}:
            return sides
    return ()


def is_dummy_it(token: Token) -> bool:
    """Return True for an "it" that stands for nothing: "when it comes to sanctions", "it is
    important that ...", "it was reported that ...", "it seems that ..."."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    verb = token.head
    if token.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return False
    labels = {c.dep_ for c in verb.children}
    if verb.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True
    if verb.lemma_ in ("seem", "appear", "happen") and labels & {"ccomp", "xcomp"}:
        return True
    extraposed = labels & {"ccomp", "xcomp", "csubj"}
    if verb.lemma_ == "be" and labels & {"acomp", "attr"} and extraposed:
        return True
    return token.dep_ == "nsubjpass" and "ccomp" in labels  # "it was reported that"
