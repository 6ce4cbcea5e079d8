"""Whether a coded act happened, is planned, is denied or is only hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import tree
from diplograph.nlp.sentences import sentence_of

PLAN_HEADS = {"plan", "intend", "due", "expect", "schedule", "prepare", "set", "aim",
              "decide", "agree", "hope", "seek", "want", "wish", "go", "promise", "pledge",
              "vow", "propose", "ready", "scheduled", "poised", "likely"}
# Nouns of intent: an act their infinitive names is yet to come ("Tbilisi's bid to join NATO").
INTENT_NOUNS = {"plan", "bid", "attempt", "effort", "intention", "aspiration", "ambition",
                "quest", "push", "drive", "desire", "readiness", "willingness", "offer",
                "proposal", "commitment", "pledge", "promise", "hope", "aim", "goal", "wish",
                "intent"}  # lemmas: "plans", "bids" are read as "plan", "bid"
DENIAL_HEADS = {"deny", "refuse", "reject", "fail", "decline"}
# Verbs that keep their object from happening ("they had avoided a war", "averted a clash").
AVERTING_HEADS = {"avoid", "avert", "forestall"}
# Nouns whose "that" clause the writer or speaker holds to be false ("the pretext that X fired").
DISPUTED_NOUNS = {"pretext", "fabrication", "lie", "myth"}
# Verbs of going on or stopping: an act that is their subject is under way whatever they say.
ASPECTUAL = {"stop", "continue", "cease", "persist", "go"}
# Verbs of weakening: an act they govern, denied, holds the firmer ("our support will not
# waver", "commitment that has never faltered").
WEAKENING = {"waver", "falter", "weaken", "wane", "diminish", "flag", "fade", "dwindle",
             "lessen", "slacken", "erode", "shake"}
# Adverbs that make a present-tense clause a habit, not an event ("the two regularly hold talks").
HABITUAL_ADVERBS = {"regularly", "frequently", "often", "usually", "routinely", "always",
                    "generally", "typically", "traditionally", "habitually", "customarily"}
CONDITION_MARKS = {"if", "unless", "whether"}
CIRCUMSTANCE_PREPS = {"at", "upon", "on"}
MAYBE_AUX = {"could", "might", "may", "should", "must"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
PLAN_ADJECTIVES = {"planned", "upcoming", "proposed", "scheduled", "expected", "possible",
                   "forthcoming", "future"}
# What a verb governs of its own: an object or a complement.
CONTENT_DEPS = {"dobj", "xcomp", "ccomp", "dative"}


def modality_of(trigger: Token) -> str:
    """Return asserted, planned, negated or hypothetical for the act `trigger` names."""
    if is_circumstance(trigger):
        return "asserted"
    clause = governing_verb(trigger)
    if clause is not None and clause != trigger and clause.lemma_ in ASPECTUAL:
        return "asserted"  # "if the broadcasts do not stop": the broadcasts go on
    if clause is not None and clause != trigger and clause.lemma_ in WEAKENING \
            and not is_negated(trigger):
        return "asserted"  # "our support for Ukraine will not waver"
    if is_negated(trigger) or (clause is not None and is_negated(clause)) or far_from(trigger):
        return "negated"
    if clause is None:
        return "planned" if has_plan_modifier(trigger) else "asserted"
    if is_conditional(clause):
        return "hypothetical"
    if is_planned(clause) or has_plan_modifier(trigger):
        return "planned"
    return "asserted"


def is_circumstance(noun: Token) -> bool:
    """Return True for an act named as the circumstance of another, by its doer ("at the
    invitation of X", "at the request of Jordan", "on the initiative of Y"): it has happened,
    whatever the clause plans."""
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def governing_verb(token: Token) -> Token | None:
    """Return the verb of the clause `token` belongs to (itself when it is a verb)."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and steps < 6:
        token, steps = token.head, steps + 1
    return token if token.pos_ in ("VERB", "AUX") else None


def aux_words(verb: Token) -> set[str]:
    """Return the lower-cased auxiliaries of a verb."""
    return tree.child_words(verb, ("aux", "auxpass"))


def is_negated(token: Token) -> bool:
    """Return True when `token` carries a negation ("not", "never", "no talks")."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
    if token.dep_ in ("acl", "ccomp", "relcl") and is_disputed(token):
        return True
    if token.dep_ in ("dobj", "xcomp") and token.head.lemma_ in AVERTING_HEADS:
        return True
    if token.dep_ in ("xcomp", "ccomp") and tree.is_infinitive(token) \
            and any(c.dep_ == "neg" for c in token.head.children):
        return True  # "we will not allow Colombia to attack us", "did not plan to meet"
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_ in DENIAL_HEADS


def far_from(trigger: Token) -> bool:
    """Return True for an act introduced by "far from" ("Far from pulling out, ...")."""
    return (trigger.dep_ == "pcomp" and trigger.head.lower_ == "from"
            and trigger.head.head.lower_ == "far")


def is_disputed(clause: Token) -> bool:
    """Return True for a clause introduced by a noun that disputes it ("the pretext that"),
    also where the parser hung the clause elsewhere."""
    if clause.head.lemma_ in DISPUTED_NOUNS:
        return True
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    return any(m.i > 0 and m.doc[m.i - 1].lemma_ in DISPUTED_NOUNS for m in marks)


def is_conditional(verb: Token) -> bool:
    """Return True for an act under "if", "could" or "might"."""
    for clause in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
            return True
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("xcomp", "conj"):
            break
    if aux_words(verb) & MAYBE_AUX:
        return True
    return "would" in aux_words(verb) and any(t.lower_ in CONDITION_MARKS for t in sentence_of(verb))


def is_planned(verb: Token) -> bool:
    """Return True for an act announced for the future ("will visit", "plans to visit")."""
    aux = aux_words(verb)
    if aux & FUTURE_AUX or "would" in aux:
        return True
    if verb.dep_ == "acl" and tree.is_infinitive(verb) and verb.head.lemma_ in INTENT_NOUNS:
        return True
    head = verb
    while (head.dep_ in ("xcomp", "conj") or is_purpose(head)) and head.head != head:
        joined = head.dep_ == "conj" and has_own_content(head.head, head)  # "planned the raid
        # and attacked": an act of its own
        head = head.head.head if head.dep_ == "pcomp" else head.head
        if not joined and (head.lemma_ in PLAN_HEADS or head.lower_ in PLAN_HEADS):
            return True
        if aux_words(head) & FUTURE_AUX:
            return True
    return False


def has_own_content(word: Token, joined: Token) -> bool:
    """Return True for a verb with an object or complement of its own besides the verb joined
    to it: "promised aid and warned Russia" holds two acts, while in "threatened or violated
    Ukraine's sovereignty" the object is shared and the frame reaches the second verb."""
    return word.pos_ in ("VERB", "AUX") and any(
        c.dep_ in CONTENT_DEPS for c in word.children if c != joined)


def is_purpose(verb: Token) -> bool:
    """Return True for an infinitive saying what another act is for ("will meet with X to
    discuss", "will travel to Seoul to meet"): planned when that act is."""
    return tree.is_infinitive(verb) and (
        verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep"))


def has_plan_modifier(noun: Token) -> bool:
    """Return True for a noun such as "the planned visit"."""
    return any(c.lower_ in PLAN_ADJECTIVES for c in noun.children if c.dep_ == "amod")


def is_habitual(trigger: Token) -> bool:
    """Return True for an act stated as a habit in the present tense ("the two frequently tout
    their partnership"); such statements are not events."""
    clause = governing_verb(trigger)
    return clause is not None and clause.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in clause.children)


def is_background(trigger: Token) -> bool:
    """Return True for an act told in the past perfect ("Russia had attacked"): background
    before the story, which takes no date from the story's narrative."""
    clause = governing_verb(trigger)
    return clause is not None and "had" in aux_words(clause) and clause.tag_ == "VBN"
