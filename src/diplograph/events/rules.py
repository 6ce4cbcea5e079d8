"""The rule linker: the source and target a pattern's own slots and the discourse give a
trigger (the subject and the object of a verb, the possessor of a noun, the parties of an act
told before). Its readings are candidates like any other; the learned linker weighs them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Token

from diplograph.actors.antecedents import owner_key
from diplograph.actors.resolve import ActorResolver
from diplograph.events import arguments as args
from diplograph.events.codebook import lookup
from diplograph.events.derived import derived_data, is_mutual, undergone_by
from diplograph.events.discourse import Discourse
from diplograph.events.linking import Argument, Candidate
from diplograph.events.patterns import Pattern
from diplograph.events.triggers import hand_pattern
from diplograph.events.voices import Voices
from diplograph.nlp import tree
from diplograph.nlp.sentences import sentence_number

SYMMETRIC_ROOTS = {"04"}
# Parties beyond which an act done together is one multilateral act, not pairs of states.
MAX_JOINT = 4
FORCE_ROOTS = {"17", "18", "19", "20"}
COERCION_ROOT = "17"
# Prepositions through which a passive act of force names the act that caused it.
CAUSE_PREPS = {"in", "from", "following", "after", "during", "amid", "under"}
TIME_PREPS = {"after", "before", "during", "following", "since", "until", "ahead", "prior"}
# Prepositions through which a phrase that names no actor points at one.
SOURCE_FALLBACK = ("in", "from", "of")
NAME_TYPES = {"ORG", "LAW", "EVENT", "FAC", "WORK_OF_ART"}
TARGET_FALLBACK = ("of", "by", "in", "near", "against", "for", "from", "with")


class RuleLinker:
    """Reads the source and target of triggers from their pattern's slots, in reading order,
    remembering the parties of each act for the acts named again later."""

    def __init__(self, resolver: ActorResolver, voices: Voices) -> None:
        self.resolver, self.voices = resolver, voices
        self.discourse = Discourse()

    def candidates(self, trigger: Token, pattern: Pattern) -> tuple[list[Candidate], bool]:
        """Return the rule readings of a trigger, and whether the trigger is coded at all (a
        noun that its verb codes, or that only dates another act, is remembered but not
        coded)."""
        # a party that stands for no state or organisation (an unknown person) is as good as
        # none: the discourse or a fallback may still say who it is
        sources, targets = (keyed(a) for a in self.arguments(trigger, pattern))
        if not pattern.symmetric:
            # "We express our concern": the doers are not the ones they act upon
            targets = others(targets, sources)
        sentence = sentence_number(trigger)
        tags = {"rule"}
        # "Our nations are committed to advance trilateral cooperation": among themselves,
        # whatever was done to whom before
        mutual = not targets and 1 < len(distinct(sources)) <= MAX_JOINT and is_mutual(trigger)
        if not (sources and targets) and not mutual:
            before = (len(sources), len(targets))
            sources, targets = self.discourse.complete(trigger, pattern.code, sentence,
                                                       sources, targets)
            if (len(sources), len(targets)) != before:
                tags.add("discourse")
        if pattern.interlocutor and sources and not targets:
            targets = self.discourse.interlocutor(sentence, sources)
            tags.add("interlocutor")
        if pattern.conflict_parties and sources and not targets:
            targets = self.discourse.conflict_parties(sentence, sources)
            tags.add("conflict_parties")
        if targets and not sources and pattern.pos == "verb" and not args.is_passive(trigger):
            # "Under Secretary Zeya visited Tunisia", the title read as a preposition: the actor
            # that opens the clause before the verb
            sources = self.clause_opening(trigger, targets)
            tags.add("clause_opening") if sources else None
        if targets and not sources and is_unattributed_coercion(trigger, pattern):
            # "American citizens detained in the PRC": by the state where it happens
            sources = self.resolve_all(args.place_objects(trigger), True, ())
            tags.add("place_source") if sources else None
        if targets and not sources and is_unattributed_force(trigger, pattern):
            # "killed in Israeli strikes", "killed following shelling by Turkish forces"
            sources = self.cause_doers(trigger)
            tags.add("cause") if sources else None
        if targets and not sources and is_unattributed_force(trigger, pattern):
            # "thirteen soldiers were killed": by the other side of the fighting told before
            sources = self.foes(trigger, sentence, targets)
            tags.add("adversary")
        if sources and not targets:
            # "Boric denied the accusation": aimed at those who made it
            targets = [t for o in args.dep_children(trigger, ("dobj", "nsubjpass"))
                       for t in self.discourse.author_of(o, sentence, sources)]
            tags.add("responds") if targets else None
        if sources and not targets and not pattern.symmetric and not mutual \
                and not names_its_addressee(trigger, pattern):
            # "consult with Israeli, Palestinian, Gulf and regional partners", parsed astray:
            # the first other actor the trigger's own phrase names
            targets = self.in_phrase(trigger, sources)
            tags.add("in_phrase") if targets else None
        if sources and not targets and lookup(pattern.code).root in FORCE_ROOTS:
            # "the rocket fire by Hamas": at the other side of the fighting told before
            targets = self.foes(trigger, sentence, sources)
            tags.add("adversary")
        if sources and not targets and lookup(pattern.code).root in FORCE_ROOTS:
            # "... Ukraine's needs as President Putin's invasion enters its second month": the
            # one other state the sentence names
            targets = self.sole_other_state(trigger, sources)
            tags.add("sentence_other") if targets else None
        if sources and not targets and lookup(pattern.code).root in FORCE_ROOTS \
                and is_one_group(sources):
            # "no injuries were reported in the attacks from either side": at each other
            mutual = True
            tags.add("group")
        pairs = [(s, t) for s in sources for t in targets]
        if mutual:
            # "Our nations are committed to advance trilateral cooperation": among themselves
            pairs = [(a, b) for a in distinct(sources) for b in distinct(sources) if a is not b]
            tags.add("mutual")
        if pattern.adversary and not targets:  # each side's show of force is aimed at its foe
            pairs = [(s, t) for s in sources for t in self.foes(trigger, sentence, [s])]
            tags.add("adversary")
        if pattern.symmetric and not pairs:
            together = targets if len(targets) > 1 else sources
            if len(distinct(together)) > MAX_JOINT:
                together = []  # "the twenty nations of the Accords": one multilateral act
            pairs = [(a, b) for i, a in enumerate(together) for b in together[i + 1:]]
            tags.add("group")
        if pattern.origin == "hand" and any(distinct_pair(s, t) for s, t in pairs):
            # remembered only with parties that stand for states or organisations
            self.discourse.record(trigger, pattern.code, lookup(pattern.code).root, sentence,
                                  keyed(sources or targets), keyed(targets if sources else []))
        if pattern.pos == "noun" and (self.told_by_verb(trigger) or only_a_time(trigger)
                                      or names_an_institution(trigger)
                                      or is_nonspecific(trigger)):
            return [], False
        found = [Candidate(s, t, set(tags)) for s, t in pairs]
        if pattern.symmetric and lookup(pattern.code).root not in SYMMETRIC_ROOTS \
                and not owned_act(trigger, pattern):  # "Russia's war" is Russia's
            found += [Candidate(t, s, tags | {"converse"}) for s, t in pairs]
        return found, True

    def arguments(self, trigger: Token, pattern: Pattern) -> tuple[list[Argument], list[Argument]]:
        """Return the resolved sources and targets of a trigger."""
        if pattern.pos in ("verb", "adj"):
            source_tokens, inferred = args.verb_subjects(trigger)
            target_tokens = args.verb_targets(trigger, pattern.targets)
            # "X and Y are aligned", "the military has been placed on high alert"
            if (pattern.symmetric or pattern.adversary) and not source_tokens \
                    and args.is_passive(trigger):
                source_tokens = args.passive_group(trigger)
        else:
            source_tokens, inferred = self.noun_sources(trigger, pattern)
            target_tokens = args.noun_targets(trigger, pattern.targets)
            undergoer = undergone_by(trigger)
            if undergoer is not None:  # "Israel suffered rocket attacks from Gaza"
                source_tokens = self.undergone_from(trigger)
                target_tokens = [*args.expand([undergoer]), *target_tokens]
                inferred = False
            dyads = self.hyphen_dyads(trigger) if pattern.symmetric and not target_tokens else []
            if dyads:  # "Russia-Ukraine talks", "U.S.-ROK and U.S.-Japan exercises"
                source_tokens = list(dict.fromkeys(a for a, _ in dyads))
                target_tokens = list(dict.fromkeys(b for _, b in dyads))
        sources = self.resolve_all(source_tokens, inferred, SOURCE_FALLBACK)
        targets = self.resolve_all(self.doers_for_acts(target_tokens), False, TARGET_FALLBACK)
        if not targets and (pattern.place_target or aims_at_place(pattern)):
            targets = self.resolve_all(args.place_objects(trigger), True, ())
        return sources, targets

    def undergone_from(self, noun: Token) -> list[Token]:
        """Return who does an act that the subject of its verb undergoes: the noun's own
        national modifier or possessor ("faced Russian attacks"), else the "from" or "by"
        phrase of the noun or its verb ("suffered rocket attacks from Gaza")."""
        return self.own_doers(noun) or args.expand(args.prep_objects(noun, ("from", "by"))
                                  or args.prep_objects(noun.head, ("from", "by")))

    def hyphen_dyads(self, noun: Token) -> list[tuple[Token, Token]]:
        """Return the pairs of actors' names a hyphen joins in front of a noun."""
        named = self.resolver.actor_of_modifier
        return [(a, b) for a, b in args.hyphen_joined(noun) if named(a) and named(b)]

    def doers_for_acts(self, tokens: list[Token]) -> list[Token]:
        """Return the targets with an act that names no actor itself replaced by its "by"
        agents: condemning "the killing of journalists by Syrian forces" is aimed at them."""
        out: list[Token] = []
        for token in tokens:
            agents = args.prep_objects(token, ("by",)) if token.pos_ == "NOUN" else []
            if agents and hand_pattern(token) is not None and not self.voices.arguments(token):
                out.extend(args.expand(agents))
            else:
                out.append(token)
        return out

    def clause_opening(self, verb: Token, targets: list[Argument]) -> list[Argument]:
        """Return the first actor named between the start of the verb's clause and the verb,
        when the parse gave the verb no subject."""
        keys = {owner_key(a.actor) for a in targets}
        start = verb.left_edge.i
        for token in verb.doc[start:verb.i]:
            if token.i not in self.resolver.heads:
                continue
            found = [a for a in self.resolve_all([token], True, ()) if owner_key(a.actor) not in keys]
            if found:
                return found
        return []

    def sole_other_state(self, trigger: Token, sources: list[Argument]) -> list[Argument]:
        """Return the one state other than the sources (and those who report the act) that
        the trigger's sentence names, or nothing when it names none or several."""
        # those who report the act ("Ukraine says Russia was behind the attacks") are not its
        # target for all the sentence knows
        keys = {owner_key(a.actor) for a in sources} | self.reporters(trigger)
        keys |= self.main_doers(trigger)
        found: dict[str, Argument] = {}
        for named in self.named_in(t for t in trigger.sent if not in_a_time_phrase(t, trigger)):
            for a in named:
                key = owner_key(a.actor)
                if key not in keys and a.actor.kind == "state":
                    found.setdefault(key, a)
        return list(found.values()) if len(found) == 1 else []

    def main_doers(self, trigger: Token) -> set[str | None]:
        """Return who does the main act of a sentence that names the trigger's act inside it
        ("The Secretary extended condolences on behalf of the United States to those killed as
        a result of Russia's attacks"): the active subject and those it acts on behalf of."""
        root = trigger.sent.root
        if root == trigger or root.pos_ not in ("VERB", "AUX") or args.is_passive(root):
            return set()
        doers = args.dep_children(root, ("nsubj",))
        doers += [o for p in args.prep_objects(root, ("on",)) for o in args.prep_objects(p, ("of",))]
        return {owner_key(a.actor) for a in self.resolve_all(args.expand(doers), True, ())}

    def reporters(self, trigger: Token) -> set[str | None]:
        """Return the states and organisations that report the act a trigger names (the
        subjects of the reporting verbs above it)."""
        sayers = [c for v in trigger.ancestors if v.lemma_.lower() in reporting_lemmas()
                  for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        return {owner_key(a.actor) for a in self.resolve_all(args.expand(sayers), True, ())}

    def foes(self, trigger: Token, sentence: int, sides: list[Argument]) -> list[Argument]:
        """Return the other side of the latest conflict of `sides`, unless it is who reports
        this act ("Annan warned that the country risks returning to clashes")."""
        found = self.discourse.adversary(sentence, sides)
        reporting = self.reporters(trigger) if found else set()
        return [a for a in found if owner_key(a.actor) not in reporting]

    def named_in(self, tokens: Iterable[Token]) -> Iterator[list[Argument]]:
        """Yield the actors of each phrase or national modifier among `tokens`, in order."""
        heads = self.resolver.heads
        for token in tokens:
            if token.i in heads or token.dep_ in ("amod", "compound", "poss"):
                yield self.resolve_all([token], True, ())

    def in_phrase(self, trigger: Token, sources: list[Argument]) -> list[Argument]:
        """Return the first actor named after the trigger inside its own phrase that is not
        one of the sources (one: a guess, not a list), or nothing."""
        if any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in trigger.children):
            return []  # "thank you for ...": the one acted on is named, if not known
        keys = {owner_key(a.actor) for a in sources}
        doc = trigger.doc
        after = sorted(k for k in tree.subtree(tree.tree_of(doc), trigger.i) if k > trigger.i)
        for named in self.named_in(doc[k] for k in after):
            found = [a for a in named if owner_key(a.actor) not in keys]
            if found:  # a list is a guess too far; one phrase for a pair ("both parties") is not
                return found if is_one_group(found) else found[:1]
        return []

    def cause_doers(self, verb: Token) -> list[Argument]:
        """Return the doers of the act of force a passive verb of force names as its cause
        ("were killed in Israeli air strikes", "died following shelling by Russian forces"):
        its national adjective or possessor, else its "by" phrase."""
        for act in cause_acts(verb):
            pattern = hand_pattern(act)
            if pattern is None or lookup(pattern.code).root not in FORCE_ROOTS:
                continue
            doers = self.own_doers(act) or args.expand(args.prep_objects(act, ("by",)))
            found = self.resolve_all(doers, True, ())
            if found:
                return found
        return []

    def told_by_verb(self, noun: Token) -> bool:
        """Return True for a noun act that its verb codes ("signed an agreement with X",
        "cancelled a visit to Y"), unless the noun names its own doer ("China's detention")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or hand_pattern(verb) is None:
            return False
        return not (self.own_doers(noun) or args.prep_objects(noun, ("by",)))  # "the killing of X by Y"

    def own_doers(self, noun: Token) -> list[Token]:
        """Return the possessors and national modifiers before a noun that name an actor
        ("China's detention", "Russian attacks"), also those the parser hung on a compound
        before it ("Russian missile strikes")."""
        own = [c for c in noun.lefts if c.dep_ in ("poss", "compound", "amod")
               and self.resolver.actor_of_modifier(c)]
        if own:
            return own
        return [m for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                for m in c.lefts if m.dep_ in ("poss", "amod", "compound")
                and self.resolver.actor_of_modifier(m)]

    def noun_sources(self, noun: Token, pattern: Pattern) -> tuple[list[Token], bool]:
        """Return who does the act a noun names: its possessor, its national adjective, else
        the subject of its clause."""
        own = [t for t in self.own_doers(noun)  # "the Geneva talks" are held there, by others
               if not (pattern.symmetric and self.resolver.is_city_compound(t))]
        if own:
            return own, False
        if pattern.agent_of:
            agents = args.prep_objects(noun, ("of",))
            if agents:
                return args.expand(agents), False
        agents = [] if pattern.symmetric else args.participle_agents(noun)
        agents = agents or args.expand(args.prep_objects(noun, ("by",)))  # "shelling by X"
        if not agents and lookup(pattern.code).root in FORCE_ROOTS:  # "attacks from Gaza"
            agents = args.expand(args.prep_objects(noun, ("from",)))
        if agents:
            return agents, False
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "Merkel's statement of support"
            owner = [c for c in noun.head.head.lefts if c.dep_ == "poss"]
            if owner:
                return owner, False
        if is_undergone(noun) or (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS):
            return [], False  # "fought the Taliban after the bombing": not the fighters' act
        if judged_by_verb(noun, pattern):
            return [], False  # "We condemn the attack on a vessel": not ours
        return args.noun_clause_subjects(noun)

    def resolve_all(self, tokens: list[Token], inferred: bool,
                    fallback: tuple[str, ...], depth: int = 0) -> list[Argument]:
        """Return the arguments among `tokens` that resolve to an actor; a phrase that names
        none is read through its prepositions in `fallback` ("a court in Guyana")."""
        found = []
        for token in tokens:
            resolved = self.voices.arguments(token)
            if not resolved and fallback:  # "their top diplomats": the owners, however many;
                # "the plan, which China announced": the author of what the phrase names
                resolved = [found for c in args.owner_tokens(token)
                            for found in self.voices.arguments(c)]
            if not resolved and fallback:
                found += self.first_through(token, fallback, depth)
            for actor, span, pronoun in resolved:
                found.append(Argument(token, actor, span, inferred or pronoun))
        return found

    def first_through(self, token: Token, preps: tuple[str, ...], depth: int) -> list[Argument]:
        """Return the actors named through the first of `preps` that names any ("the
        withdrawal of Russian forces from Georgia" is Russia's, not Georgia's)."""
        deeper = preps if depth < 1 else ()
        for prep in preps:
            objects = args.expand(args.prep_objects(token, (prep,)))  # "of Korea and Japan"
            found = self.resolve_all(objects, True, deeper, depth + 1)
            if found:
                return found
        return []


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """Return the verbs that report or warn of an act (`derived.yaml`)."""
    data = derived_data()
    return frozenset([*data["accusation"]["lemmas"], *data["warning"]["speech"]])


def aims_at_place(pattern: Pattern) -> bool:
    """Return True for an act aimed, when no target is named, at the state where it happens
    ("the military operation in Gaza", "aid in Yemen")."""
    return lookup(pattern.code).root in derived_data()["place_target"]["roots"]


def keyed(arguments: list[Argument]) -> list[Argument]:
    """Return the arguments that stand for a state or organisation."""
    return [a for a in arguments if owner_key(a.actor)]


def distinct_pair(source: Argument, target: Argument) -> bool:
    """Return True for two arguments of two different states or organisations."""
    s, t = owner_key(source.actor), owner_key(target.actor)
    return s is not None and t is not None and s != t


def others(targets: list[Argument], sources: list[Argument]) -> list[Argument]:
    """Return the targets but those a pronoun names as the doers themselves ("We express
    our concern", "they ... their")."""
    doers = {owner_key(a.actor) for a in sources}
    return [t for t in targets if not (named_by_pronoun(t.token) and owner_key(t.actor) in doers)]


def named_by_pronoun(token: Token) -> bool:
    """Return True for a pronoun, or a phrase owned by one ("our concern")."""
    return token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                       for c in token.children)


def distinct(arguments: list[Argument]) -> list[Argument]:
    """Return one argument per state or organisation."""
    return list({owner_key(a.actor): a for a in arguments if owner_key(a.actor)}.values())


def is_unattributed_coercion(trigger: Token, pattern: Pattern) -> bool:
    """Return True for an arrest, detention or other coercion told in the passive with no
    agent ("citizens detained in the PRC"), which the state where it happens does."""
    return (pattern.pos in ("verb", "noun") and lookup(pattern.code).root == COERCION_ROOT
            and (pattern.pos == "noun" or args.is_passive(trigger)) and not args.passive_agents(trigger))


def is_one_group(arguments: list[Argument]) -> bool:
    """Return True for two to MAX_JOINT parties named by one phrase ("either side", "the two
    countries")."""
    return len({a.token.i for a in arguments}) == 1 and 1 < len(distinct(arguments)) <= MAX_JOINT


def cause_acts(verb: Token) -> list[Token]:
    """Return the acts a verb's cause phrases name ("killed in air strikes", "following
    fighting and shelling"), also those the parser joined to the preposition itself."""
    found = []
    for prep in args.dep_children(verb, ("prep",)):
        if prep.lower_ in CAUSE_PREPS:
            found += args.expand(args.dep_children(prep, ("pobj",)))
            found += args.dep_children(prep, ("conj",))
    return found


def is_unattributed_force(trigger: Token, pattern: Pattern) -> bool:
    """Return True for an act of force told in the passive with no agent ("were killed",
    "was shelled"), whose doer is left to the reader."""
    return (pattern.pos == "verb" and lookup(pattern.code).root in FORCE_ROOTS
            and args.is_passive(trigger) and not args.passive_agents(trigger))


def is_undergone(noun: Token) -> bool:
    """Return True for an act that is the passive subject of a verb done to it ("the attack
    was suppressed by Afghan forces"): the verb's agent did not do the act, unless the verb
    only carries it out ("sanctions were imposed by the US")."""
    verb = noun.head
    return (noun.dep_ == "nsubjpass" and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() not in derived_data()["support_verbs"])


def judged_by_verb(noun: Token, pattern: Pattern) -> bool:
    """Return True for an act named as what a verb of another kind does something about
    ("condemned the attack", "welcomed the talks"): the verb's subject did not do it, unless
    the verb carries it out ("launched an attack", "announced sanctions")."""
    if any(s.tag_ not in args.RELATIVE_TAGS for c in args.dep_children(noun, ("relcl",))
           for s in args.dep_children(c, ("nsubj",))):
        return False  # "the talks he held": its own clause says who
    verb = args.governing(noun)
    own = hand_pattern(verb) if verb is not noun and verb.pos_ == "VERB" else None
    return (own is not None and lookup(own.code).root != lookup(pattern.code).root
            and verb.lemma_.lower() not in derived_data()["support_verbs"])


def in_a_time_phrase(token: Token, trigger: Token) -> bool:
    """Return True for a word inside a phrase that dates the clause by another act ("after
    the bombing outside the German consulate"), one that does not hold the trigger."""
    for above in token.ancestors:
        if above.dep_ == "prep" and above.lower_ in TIME_PREPS:
            return trigger not in above.subtree
    return False


def names_its_addressee(trigger: Token, pattern: Pattern) -> bool:
    """Return True for a demand whose own slot names who must act ("warns May she must
    work with Trump"): that one is its target, known or not, and no other actor the clause
    names."""
    return "ccomp_subject" in pattern.targets and any(
        args.dep_children(c, ("nsubj", "nsubjpass")) for c in args.dep_children(trigger, ("ccomp",)))


def owned_act(trigger: Token, pattern: Pattern) -> bool:
    """Return True for an act a noun names with its doer as possessor ("its war of choice",
    "Russia's war"): the possessor's act, not a mutual one."""
    return pattern.pos == "noun" and any(c.dep_ == "poss" for c in trigger.children)


def is_nonspecific(noun: Token) -> bool:
    """Return True for an act named as any of its kind ("to deter any aggression by Russia"):
    no act happened or is announced."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children)


def names_an_institution(noun: Token) -> bool:
    """Return True for an act's word inside a name ("the North American Free Trade
    Agreement", "the Summit of the Americas"): it names a treaty, body or series, not an act
    done in the sentence."""
    if noun.pos_ != "PROPN" or noun.ent_type_ not in NAME_TYPES:
        return False
    doc = noun.doc
    return noun.ent_iob_ == "I" or (noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "I")


def only_a_time(noun: Token) -> bool:
    """Return True for an act named again only to date another ("after the meeting", "during
    his visit"): it is not coded a second time."""
    if noun.dep_ != "pobj" or any(c.dep_ == "prep" for c in noun.children):
        return False
    if noun.head.lower_ == "in":  # "In her meetings, the Under Secretary underscored ..."
        return any(c.dep_ == "poss" for c in noun.children)
    return (noun.head.lower_ in TIME_PREPS
            and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children))
