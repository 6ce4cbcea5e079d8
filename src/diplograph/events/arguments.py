"""Finding the source and target phrases of a trigger in spaCy's parse."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.actors.nps import conjuncts
from diplograph.nlp import tree

SUBJECT_DEPS = {"nsubj", "csubj"}
RELATIVE_TAGS = {"WDT", "WP"}
REASON_PREPS = {"for", "of"}
INHERITING = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"}
PREP_OBJECTS = {"pobj", "pcomp"}
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj"}


def is_passive(verb: Token) -> bool:
    """Return True for a verb in the passive voice, also a participle raised under a passive
    verb ("soldiers were reported killed")."""
    return (tree.has_child_with(verb, ("nsubjpass", "auxpass")) or is_raised_passive(verb)
            or is_passive_participle(verb))


def is_passive_participle(verb: Token) -> bool:
    """Return True for a past participle modifying a noun ("citizens detained in the PRC",
    "the sanctions imposed on Iran"): the noun is what is done to, not the doer."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def is_raised_passive(verb: Token) -> bool:
    """Return True for a past participle that is the complement of a passive verb and has no
    object of its own ("were reported killed", "are believed detained")."""
    return (verb.dep_ == "xcomp" and verb.tag_ == "VBN" and verb.head != verb
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
            and not any(c.dep_ == "dobj" for c in verb.children))


def verb_subjects(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Return the verb's agents (the doer) and whether they were inherited from another clause."""
    if is_passive(verb):
        return expand(passive_agents(verb)), False
    subjects = tree.children_with(verb, SUBJECT_DEPS)
    if subjects and tree.is_stranded_infinitive(verb):
        subjects = []  # "met with X to discuss": X is the one met, not who discusses
    if subjects:
        if subjects[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return expand([verb.head]), True
        return expand(subjects), False
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return expand([verb.head]), True
    if verb.tag_ == "VBG" and not tree.has_child_with(verb, ("aux",)):
        agents = prep_objects(verb, ("by",))  # "following shelling by Israeli forces"
        if agents:
            return expand(agents), False
    controllers = reason_controllers(verb)
    if controllers:
        return expand(controllers), True
    if verb.dep_ in INHERITING and depth < 4 and verb.head != verb:
        head = governing(verb.head)
        if verb.dep_ == "xcomp" and is_passive(head):  # "Japan is expected to sanction X"
            return expand(dep_children(head, ("nsubjpass",))), True
        objects = dep_children(head, ("dobj",)) if verb.dep_ == "xcomp" else []
        if objects and objects[0].i < verb.i:  # "urge all countries to stop selling arms"
            return expand(objects), True
        inherited, _ = verb_subjects(head, depth + 1)
        return inherited, True
    return [], False


def reason_controllers(verb: Token) -> list[Token]:
    """Return who does the act a verb's "for"/"of" clause gives as the reason of another
    act done to them: "thanked Japan for supporting", "accused Russia of shelling",
    "Liberians were deported for traveling" (the object, or the passive subject)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in REASON_PREPS or prep.dep_ != "prep":
        return []
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return dep_children(head, ("nsubjpass",) if is_passive(head) else ("dobj",))


def passive_agents(verb: Token) -> list[Token]:
    """Return the "by" objects of a passive verb, also where the parser hung "by" one phrase
    lower ("was met with skepticism by X")."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not agents:
        for obj in prep_objects(verb, ("with", "to")):
            agents += prep_objects(obj, ("by",))
    return agents


def governing(token: Token) -> Token:
    """Return the nearest verb at or above `token` (itself if it is a verb); a word with a
    subject of its own heads a clause, whatever its tag ("the country risks returning")."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and steps < 4 \
            and not (token.dep_ in CLAUSE_DEPS and tree.has_child_with(token, SUBJECT_DEPS)):
        token, steps = token.head, steps + 1
    return token


def expand(tokens: list[Token]) -> list[Token]:
    """Return the tokens with everything conjoined to them."""
    out: list[Token] = []
    for token in tokens:
        doc, parse, i = token.doc, tree.tree_of(token.doc), token.i
        kids, deps = parse.children, parse.deps
        listed = conjuncts(token)
        out.extend(t for t in listed if t not in out)
        # "North and South Korea": the first name of an elided pair hangs off the shared head;
        # "The Deputy Secretary and State Councilor Wang": a pair read as a modifier, deeper.
        for c in kids[i]:
            if c < i and deps[c] in ("nmod", "compound"):
                out.extend(doc[k] for k in sorted(tree.subtree(parse, c))
                           if deps[k] in ("nmod", "compound")
                           and any(deps[g] == "conj" for g in kids[k]) and doc[k] not in out)
        # "The US, Russia, and Switzerland", "The United States, the Republic of Korea, and
        # Japan": a list the parser read partly as an apposition.
        for c in kids[i]:
            if deps[c] == "appos" and (len(listed) > 1 or any(deps[g] == "conj" for g in kids[c])):
                out.extend(t for t in conjuncts(doc[c]) if t not in out)
        # "the Republic of Korea and Japan": the list joined to the name's last word
        if token.pos_ == "PROPN":
            for name_end in tree.prep_objects(token, ("of",), ("pobj",)):
                if name_end.pos_ == "PROPN":
                    out.extend(t for t in conjuncts(name_end)[1:] if t not in out)
    return out


def prep_objects(token: Token, words: tuple[str, ...]) -> list[Token]:
    """Return the objects of the prepositions in `words` attached to `token`."""
    return tree.prep_objects(token, words, PREP_OBJECTS)


def dep_children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    """Return the children whose dependency label is in `deps`."""
    return tree.children_with(token, deps)


def verb_targets(verb: Token, targets: tuple[str, ...]) -> list[Token]:
    """Return the targets of a verb: objects named in `targets`, prepositions included."""
    deps = tuple(t for t in targets if t in DEP_LABELS)
    if is_passive(verb) and "dobj" in deps:
        deps += ("nsubjpass",)
    found = dep_children(verb, deps) + prep_objects(verb, targets)
    if "nsubjpass" in deps and is_raised_passive(verb):  # "soldiers were reported killed"
        found += dep_children(verb.head, ("nsubjpass",))
    if "nsubjpass" in deps and is_passive_participle(verb):  # "citizens detained in the PRC"
        found.append(verb.head)
    if "nsubjpass" in deps and not dep_children(verb, ("nsubjpass",)) and verb.dep_ == "conj":
        found += dep_children(verb.head, ("nsubj", "nsubjpass"))  # "which called ... but was met"
    for obj in dep_children(verb, ("dobj", "nsubjpass")) + prep_objects(verb, ("for",)):
        found += prep_objects(obj, targets) or topic_partners(obj, targets)
        for clause in dep_children(obj, ("acl",)):  # "fired rounds aimed at X"
            found += prep_objects(clause, targets)
    if "ccomp_subject" in targets:  # "demanded that the US cancel", "said China must drop";
        # not the patient of a passive clause: "hoped officials would be indicted" asks no one
        # to act, least of all the officials
        found += [s for c in dep_children(verb, ("ccomp",)) for s in dep_children(c, ("nsubj",))]
    if not found:  # "attacked and shelled Ukrainian towns": the object the verbs share
        for other in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not dep_children(c, ("nsubj", "nsubjpass"))):
            found += dep_children(other, tuple(d for d in deps if d == "dobj"))
    if "dative" in deps:
        found += [o for c in verb.children if c.dep_ == "dative" for o in c.children
                  if o.dep_ == "pobj"]
    return expand(found)


def noun_targets(noun: Token, targets: tuple[str, ...]) -> list[Token]:
    """Return the targets of a noun trigger: objects of the prepositions it takes, or of its
    support verb ("held talks with X", "talks he held with X")."""
    found = prep_objects(noun, targets) or topic_partners(noun, targets)
    if "clause_object" in targets:  # "Tbilisi's bid to join NATO"
        found += [o for c in dep_children(noun, ("acl", "xcomp")) for o in dep_children(c, ("dobj",))]
    if not found:
        for verb in support_verbs(noun):
            found += prep_objects(verb, targets)
    if "clause_subject" in targets and not found:  # "Wang is due ... at the invitation of X"
        verb = governing(noun)
        found += verb_subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
    return expand(found)


def topic_partners(noun: Token, targets: tuple[str, ...]) -> list[Token]:
    """Return the partners a joint act's "with" phrase names where the parser hung it on the
    act's topic ("an agreement on security cooperation with Yemen")."""
    if "with" not in targets:
        return []
    return [p for topic in prep_objects(noun, TOPIC_PREPS) for p in prep_objects(topic, ("with",))]


def support_verbs(noun: Token) -> list[Token]:
    """Return the verbs a noun trigger is the object of: its head, or a relative clause on it."""
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]  # "sanctions imposed on X"
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verbs.append(noun.head)
    return verbs


def place_objects(trigger: Token) -> list[Token]:
    """Return the places where an act happened ("rioted at a jail in Israel"), on the trigger
    or on its verb, and on their objects."""
    anchors = [trigger] if trigger.pos_ == "VERB" else [trigger, trigger.head]
    if trigger.pos_ != "VERB" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        anchors.append(trigger.head.head)  # "arrived in Washington for a state visit"
    places = prep_objects_deep(anchors, ("in", "at", "outside"))
    return [p for p in places if p.ent_type_ in ("GPE", "LOC", "FAC", "NORP")]


def prep_objects_deep(anchors: list[Token], words: tuple[str, ...]) -> list[Token]:
    """Return the objects of `words` on the anchors and, one level down, on those objects."""
    first = [o for a in anchors for o in prep_objects(a, words)]
    return first + [o for f in first for o in prep_objects(f, words)]


def owner_tokens(noun: Token) -> list[Token]:
    """Return the possessors of a noun and the subjects of relative clauses on it ("the plan,
    which China announced")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        owners += [s for s in clause.children if s.dep_ == "nsubj" and s.tag_ not in RELATIVE_TAGS]
    return owners


HYPHENS = ("-", "\u2013", "\u2014")


def hyphen_joined(noun: Token) -> list[tuple[Token, Token]]:
    """Return the pairs of words a hyphen joins in front of a noun ("Russia-Ukraine talks",
    "U.S.-ROK and U.S.-Japan exercises"), whatever the parser made of them: the dyads of the
    noun's act done together."""
    doc = noun.doc
    return [(doc[i - 1], doc[i + 1]) for i in range(noun.left_edge.i + 1, noun.i - 1)
            if doc[i].text in HYPHENS and not doc[i].whitespace_ and not doc[i - 1].whitespace_]


def participle_agents(noun: Token) -> list[Token]:
    """Return the agents of a participle on a noun ("the sanctions imposed on Iran by the
    United States")."""
    return expand([a for c in noun.children if c.dep_ == "acl" for a in passive_agents(c)])


def passive_group(verb: Token) -> list[Token]:
    """Return the conjoined passive subjects of a verb ("X and Y are aligned")."""
    return expand(dep_children(verb, ("nsubjpass",)))


def noun_clause_subjects(noun: Token) -> tuple[list[Token], bool]:
    """Return the subject of the clause a noun trigger sits in ("X held talks")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
        if subjects:
            return expand(subjects), False
    if prep_objects(noun, ("between",)):  # "talks between X and Y": the pair is the doers
        return [], False
    verb = governing(noun)
    if verb == noun or verb.pos_ not in ("VERB", "AUX") or not near_verb(noun, verb):
        return [], False
    if any(noun == s or noun in s.subtree for s in verb.children if s.dep_ in SUBJECT_DEPS):
        return [], False
    subjects, _ = verb_subjects(verb)
    return subjects, True


def near_verb(noun: Token, verb: Token) -> bool:
    """Return True for a noun that is the verb's own argument ("held talks", "engaged in
    talks"), not one buried in another phrase ("assistance to the war against X")."""
    return noun.head == verb or (noun.head.dep_ in ("prep", "agent") and noun.head.head == verb)


def requirement_met(trigger: Token, needs: tuple[str, ...]) -> bool:
    """Return True when a word in `needs` is attached to the trigger (at most three levels
    down), or a dependency label in `needs` is one of the trigger's own ("call X" needs an
    object of "call", not one deep inside "called for voiding the deal")."""
    if not needs:
        return True
    parse = tree.tree_of(trigger.doc)
    near = tree.descendants(trigger, 3)  # "put their militaries on high levels of alert"
    if any(parse.lower[j] in needs or parse.lemmas[j] in needs for j in near):
        return True
    return any(parse.deps[j] in needs and parse.deps[j] in DEP_NEEDS
               for j in parse.children[trigger.i])


def directly_attached(trigger: Token, words: tuple[str, ...]) -> bool:
    """Return True when a word or dependency label in `words` is a child of the trigger."""
    return any(c.lower_ in words or c.lemma_.lower() in words or c.dep_ in words
               for c in trigger.children)


# Dependency labels a pattern may require instead of a word ("needs: [xcomp]").
DEP_NEEDS = {"xcomp", "ccomp", "dobj", "dative", "acl", "det", "poss", "oprd"}
DEP_LABELS = {"dobj", "dative", "iobj", "nsubjpass", "attr", "oprd", "nsubj"}
