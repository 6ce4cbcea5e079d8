"""The CAMEO event coder: triggers from the pattern dictionary, actors from the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from diplograph.actors.antecedents import owner_key as actor_key
from diplograph.actors.resolve import ActorResolver
from diplograph.config import DEFAULT_QUAD_SCHEME
from diplograph.events import arguments as args
from diplograph.events.codebook import CameoCode, lookup, quad_class
from diplograph.events.discourse import Discourse
from diplograph.events.frames import reframed
from diplograph.events.modality import is_background, is_habitual, modality_of
from diplograph.events.patterns import Pattern, load_patterns
from diplograph.events.place import location_for
from diplograph.model import Actor, Event, Span
from diplograph.nlp.sentences import sentence_number, sentence_of, text_of
from diplograph.time import date_for_trigger
from diplograph.time.attach import NarrativeClock
from diplograph.time.expressions import ResolvedDate

SYMMETRIC_ROOTS = {"04"}
TIME_PREPS = {"after", "before", "during", "following", "since", "until", "ahead", "prior"}
POS = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun"}
# Prepositions through which a phrase that names no actor points at one.
SOURCE_FALLBACK = ("in", "from", "of")
TARGET_FALLBACK = ("of", "by", "in", "near", "against", "for", "from", "with")


@dataclass(frozen=True)
class CodingOptions:
    """How events are coded: the quad class scheme, and whether every code a sentence gives a
    pair is kept (`all_codes`) or only the first per sentence, pair and root."""

    quad_scheme: str = DEFAULT_QUAD_SCHEME
    all_codes: bool = False


@dataclass
class Argument:
    """A source or target: the phrase token, its actor and the span it was read from."""

    token: Token
    actor: Actor
    span: Span
    inferred: bool


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, doc: Doc, resolver: ActorResolver, published: str | None,
                 options: CodingOptions | None = None) -> None:
        self.doc, self.resolver, self.published = doc, resolver, published
        self.options = options or CodingOptions()
        self.patterns = load_patterns()
        self.lemmas = pattern_lemmas()
        self.clock = NarrativeClock(doc, published)
        self.discourse = Discourse()

    def events(self) -> list[Event]:
        """Return the article's events, one per sentence, actor pair and root."""
        found: dict[tuple, Event] = {}
        triggers = [(t, p) for t in self.candidates() if (p := self.pattern_for(t)) is not None]
        # Shows of force are coded last: their foe may be named only later in the article.
        ordered = [tp for tp in triggers if not tp[1].adversary] + \
                  [tp for tp in triggers if tp[1].adversary]
        for token, pattern in ordered:
            for event in self.code(token, pattern):
                key = event_key(token, event)
                if self.options.all_codes:
                    key += (token.i, event.cameo)
                found.setdefault(key, event)
        return sorted(found.values(), key=lambda e: (e.trigger.start, e.evidence.start))

    def candidates(self) -> list[Token]:
        """Return the tokens whose lemma has a pattern, found in the document's arrays."""
        strings = self.doc.vocab.strings
        lemmas = self.doc.to_array("LEMMA").tolist()
        return [self.doc[i] for i, lemma in enumerate(lemmas)
                if strings[lemma].lower() in self.lemmas]

    def pattern_for(self, token: Token) -> Pattern | None:
        """Return the first pattern whose lemma, part of speech and required words fit."""
        pos = POS.get(token.pos_)
        if pos is None:
            return None
        for pattern in self.patterns.get((token.lemma_.lower(), pos), []):
            if args.requirement_met(token, pattern.needs) and not (
                    pattern.unless and args.directly_attached(token, pattern.unless)):
                return pattern
        return None

    def code(self, trigger: Token, pattern: Pattern) -> list[Event]:
        """Return the events one trigger states."""
        sources, targets = self.arguments(trigger, pattern)
        sentence = sentence_number(trigger)
        if not (sources and targets):
            sources, targets = self.discourse.complete(trigger, pattern.code, sentence,
                                                       sources, targets)
        if pattern.interlocutor and sources and not targets:
            targets = self.discourse.interlocutor(sentence, sources)
        pairs = [(s, t) for s in sources for t in targets]
        if pattern.adversary and not targets:  # each side's show of force is aimed at its foe
            pairs = [(s, t) for s in sources for t in self.discourse.adversary(sentence, [s])]
        if pattern.symmetric and not pairs:
            together = targets if len(targets) > 1 else sources
            pairs = [(a, b) for i, a in enumerate(together) for b in together[i + 1:]]
        if sources and targets or pattern.symmetric and pairs:
            self.discourse.record(trigger, pattern.code, lookup(pattern.code).root, sentence,
                                  sources or targets, targets if sources else [])
        if pattern.pos == "noun" and (self.told_by_verb(trigger) or only_a_time(trigger)):
            return []  # remembered for later mentions, but coded by its verb or not at all
        events = []
        for source, target in pairs:
            events += self.build(trigger, pattern, source, target)
            if pattern.symmetric and lookup(pattern.code).root not in SYMMETRIC_ROOTS:
                events += self.build(trigger, pattern, target, source)
        return events

    def arguments(self, trigger: Token, pattern: Pattern) -> tuple[list[Argument], list[Argument]]:
        """Return the resolved sources and targets of a trigger."""
        if pattern.pos == "verb":
            source_tokens, inferred = args.verb_subjects(trigger)
            target_tokens = args.verb_targets(trigger, pattern.targets)
            # "X and Y are aligned", "the military has been placed on high alert"
            if (pattern.symmetric or pattern.adversary) and not source_tokens \
                    and args.is_passive(trigger):
                source_tokens = args.passive_group(trigger)
        else:
            source_tokens, inferred = self.noun_sources(trigger, pattern)
            target_tokens = args.noun_targets(trigger, pattern.targets)
        sources = self.resolve_all(source_tokens, inferred, SOURCE_FALLBACK)
        targets = self.resolve_all(target_tokens, False, TARGET_FALLBACK)
        if not targets and pattern.place_target:
            targets = self.resolve_all(args.place_objects(trigger), True, ())
        return sources, targets

    def told_by_verb(self, noun: Token) -> bool:
        """Return True for a noun act that its verb codes ("signed an agreement with X",
        "cancelled a visit to Y"), unless the noun names its own doer ("China's detention")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or self.pattern_for(verb) is None:
            return False
        return not any(c.dep_ in ("poss", "compound", "amod") and self.resolver.actor_of_modifier(c)
                       for c in noun.lefts)

    def noun_sources(self, noun: Token, pattern: Pattern) -> tuple[list[Token], bool]:
        """Return who does the act a noun names: its possessor, its national adjective, else
        the subject of its clause."""
        own = [c for c in noun.lefts if c.dep_ in ("poss", "compound", "amod")
               and self.resolver.actor_of_modifier(c)]
        if own:
            return own, False
        if pattern.agent_of:
            agents = args.prep_objects(noun, ("of",))
            if agents:
                return args.expand(agents), False
        agents = [] if pattern.symmetric else args.participle_agents(noun)
        if agents:
            return agents, False
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "Merkel's statement of support"
            owner = [c for c in noun.head.head.lefts if c.dep_ == "poss"]
            if owner:
                return owner, False
        return args.noun_clause_subjects(noun)

    def resolve_all(self, tokens: list[Token], inferred: bool,
                    fallback: tuple[str, ...], depth: int = 0) -> list[Argument]:
        """Return the arguments among `tokens` that resolve to an actor; a phrase that names
        none is read through its prepositions in `fallback` ("a court in Guyana")."""
        found = []
        for token in tokens:
            resolved = self.resolver.arguments(token)
            if not resolved and fallback:  # "their top diplomats": the owners, however many;
                # "the plan, which China announced": the author of what the phrase names
                resolved = [found for c in args.owner_tokens(token)
                            for found in self.resolver.arguments(c)]
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
            found = self.resolve_all(args.prep_objects(token, (prep,)), True, deeper, depth + 1)
            if found:
                return found
        return []

    def build(self, trigger: Token, pattern: Pattern, source: Argument,
              target: Argument) -> list[Event]:
        """Return the event of one source-target pair, or nothing when they are one side."""
        s, t = actor_key(source.actor), actor_key(target.actor)
        if s is None or t is None or s == t:
            return []
        coded = self.coded_act(trigger, pattern)
        if coded is None or is_habitual(trigger):
            return []
        entry, modality = coded
        voiced = entry.code != pattern.code
        when, inferred_date = self.date_of(trigger, modality, voiced)
        confidence = pattern.weight * (0.85 if source.inferred else 1.0)
        confidence *= 0.85 if target.inferred else 1.0
        return [Event(
            source=source.actor.ref(), target=target.actor.ref(), cameo=entry.code,
            root=entry.root, name=entry.name, goldstein=entry.goldstein,
            quad_class=quad_class(entry.root, self.options.quad_scheme), plover=entry.plover,
            modality=modality,
            evidence=self.evidence(trigger, source, target),
            trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            confidence=round(confidence, 3),
            date=when.value if when else (self.published if inferred_date else None),
            date_granularity=when.granularity if when else ("day" if inferred_date else None),
            date_inferred=inferred_date, date_end=when.end if when else None,
            location=location_for(trigger, self.resolver))]

    def coded_act(self, trigger: Token, pattern: Pattern) -> tuple[CameoCode, str] | None:
        """Return the code and modality of the act a trigger names, its frame applied."""
        modality = modality_of(trigger)
        dated = date_for_trigger(trigger, self.published, True) is not None
        return reframed(trigger, lookup(pattern.code), modality, dated)

    def date_of(self, trigger: Token, modality: str,
                voiced: bool = False) -> tuple[ResolvedDate | None, bool]:
        """Return the act's date and whether it was inferred: stated in its clause, else (for a
        past act) the narrative's reference time, else the publication date. A voiced intent or
        threat ("will continue to work with") is dated by its voicing, not by its act."""
        when = date_for_trigger(trigger, self.published, modality == "planned")
        if when is None and modality == "planned":  # "would be withdrawing", after "on Monday"
            carried = self.clock.carried(trigger, future=True)
            return carried, carried is not None
        if when is not None or modality == "hypothetical":
            return when, False
        if voiced:
            return None, modality == "asserted" and self.published is not None
        if is_background(trigger):
            return None, False  # "had visited": before the story, with no date of its own
        carried = self.clock.carried(trigger)
        if carried is not None:
            return carried, True
        return None, modality == "asserted" and self.published is not None

    def evidence(self, trigger: Token, source: Argument, target: Argument) -> Span:
        """Return the span from the first to the last of trigger, source and target."""
        sent = sentence_of(trigger)
        starts = [trigger.idx] + [a.span.start for a in (source, target)
                                  if sent.start_char <= a.span.start < sent.end_char]
        ends = [trigger.idx + len(trigger.text)] + [a.span.end for a in (source, target)
                                                    if sent.start_char < a.span.end <= sent.end_char]
        start, end = min(starts), max(ends)
        return Span(start, end, text_of(self.doc)[start:end])


@lru_cache(maxsize=1)
def pattern_lemmas() -> frozenset[str]:
    """Return the lemmas that have a pattern."""
    return frozenset(lemma for lemma, _ in load_patterns())


def only_a_time(noun: Token) -> bool:
    """Return True for an act named again only to date another ("after the meeting", "during
    his visit"): it is not coded a second time."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS
            and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
            and not any(c.dep_ == "prep" for c in noun.children))


def event_key(trigger: Token, event: Event) -> tuple:
    """Return what makes two events in one sentence the same event."""
    pair = (actor_key(event.source), actor_key(event.target))
    if event.root in SYMMETRIC_ROOTS:
        pair = tuple(sorted(pair))
    return (sentence_number(trigger), pair, event.root)

