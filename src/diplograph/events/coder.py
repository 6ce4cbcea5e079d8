"""The CAMEO event coder: triggers from the pattern dictionaries, their sources and targets
from the parse and the discourse, and the learned linker weighing each reading."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from diplograph.actors.antecedents import owner_key as actor_key
from diplograph.actors.resolve import ActorResolver
from diplograph.config import DEFAULT_QUAD_SCHEME
from diplograph.events import arguments as args
from diplograph.events.codebook import CameoCode, lookup, quad_class
from diplograph.events.derived import (
    accusation_pattern,
    armed_force,
    derived_data,
    evaluation_pattern,
    judged_subject,
    obligation_code,
    obligation_pattern,
    reporting_verb,
    warned,
    warning_pattern,
)
from diplograph.events.derived import speakers as derived_speakers
from diplograph.events.frames import clause_verb, reframed
from diplograph.events.linker import LinkerModel, load_linker
from diplograph.events.linking import Argument, Candidate, TriggerFacts, candidate_features, relation
from diplograph.events.modality import is_background, is_habitual, modality_of
from diplograph.events.patterns import Pattern
from diplograph.events.place import location_for
from diplograph.events.rules import SYMMETRIC_ROOTS, RuleLinker
from diplograph.events.triggers import triggers
from diplograph.events.voices import Voices
from diplograph.model import Event, Quote, Span
from diplograph.nlp import tree
from diplograph.nlp.sentences import sentence_number, sentence_of, sentences, text_of
from diplograph.time import date_for_trigger
from diplograph.time.attach import NarrativeClock, speaks_of_now
from diplograph.time.expressions import ResolvedDate

INFERRED_DISCOUNT = 0.85
CLOSE_SCORES = 0.05  # probabilities this close are a tie
_PACKAGED = object()


# readings of what a voice does by saying a word, beside the word's own act
VOICED_TAGS = frozenset({"evaluation", "obligation", "warning"})


@dataclass(frozen=True)
class CodingOptions:
    """How events are coded: the quad class scheme, whether every code a sentence gives a
    pair is kept (`all_codes`) or only the most probable per sentence, pair and root, and the
    probability an event must reach (`min_confidence`; None: the linker's own threshold)."""

    quad_scheme: str = DEFAULT_QUAD_SCHEME
    all_codes: bool = False
    min_confidence: float | None = None


@dataclass
class Reading:
    """One candidate event: a trigger, its coded act, a source and target, the features the
    linker weighed and the probability it gave."""

    trigger: Token
    pattern: Pattern
    entry: CameoCode
    modality: str
    candidate: Candidate
    features: dict[str, float]
    score: float


class EventCoder:
    """Codes the events of one parsed article; `quotes`, its quotations with their speakers,
    say who "I" and "we" are inside them."""

    def __init__(self, doc: Doc, resolver: ActorResolver, published: str | None,
                 options: CodingOptions | None = None,
                 linker: LinkerModel | None | object = _PACKAGED,
                 quotes: list[Quote] | None = None) -> None:
        self.doc, self.resolver, self.published = doc, resolver, published
        self.options = options or CodingOptions()
        self.linker = load_linker() if linker is _PACKAGED else linker
        self.clock = NarrativeClock(doc, published)
        self.voices = Voices(resolver, quotes or [])
        self.rules = RuleLinker(resolver, self.voices)

    def events(self) -> list[Event]:
        """Return the article's events, one per sentence, actor pair and root: the most
        probable reading of each that the linker keeps."""
        best: dict[tuple, Reading] = {}
        for reading in self.one_per_word(r for r in self.readings() if self.kept(r)):
            key = event_key(reading)
            if self.options.all_codes:
                key += (reading.trigger.i, reading.entry.code)
            if key not in best or better(reading, best[key]):
                best[key] = reading
        events = [self.build(r) for r in best.values()]
        return sorted(events, key=lambda e: (e.trigger.start, e.evidence.start))

    def one_per_word(self, readings) -> list[Reading]:
        """Return the readings of each word's most probable act: one word names one act, with
        whatever pairs ("summoned Niger's ambassador" is a protest, not also a meeting; "was
        met with skepticism by the US and NATO" is their disapproval, not a meeting between
        them), unless every code is asked for. What a voice does by saying the word (a
        statement judging "the launches violated ...", a demand "Iran must cease") is an act
        of its own beside the word's."""
        readings = list(readings)
        if self.options.all_codes:
            return readings
        best: dict[tuple[int, bool], Reading] = {}
        for reading in readings:
            i = word_act(reading)
            if i not in best or reading.score > best[i].score:
                best[i] = reading
        return [r for r in readings if r.entry.root == best[word_act(r)].entry.root]

    def readings(self) -> list[Reading]:
        """Return every candidate reading of every trigger, scored."""
        found = []
        named = {self.resolver.sentence_of[m.head] for m in self.resolver.order}
        if self.resolver.author is not None:
            named = None  # a statement's author is a party of every sentence
        check = None if named is None else (lambda t: sentence_number(t) in named)
        for token, pattern in triggers(self.doc, check):
            rule, coded_at_all = self.rules.candidates(token, pattern)
            rule = [c for c in rule if distinct_sides(c)]
            if not rule or not coded_at_all:
                continue
            coded = self.coded_act(token, pattern)
            if coded is None or is_habitual(token):
                continue
            entry, modality = coded
            facts = TriggerFacts(token.lemma_.lower(), pattern.pos, pattern.origin, entry.root,
                                 entry.code, pattern.code, modality, pattern.weight,
                                 token.i in self.resolver.quoted, pattern.symmetric)
            voiced = entry.code != pattern.code
            for candidate in rule:
                # "refused to cooperate with Y" is one side's refusal, not a joint act
                if not (voiced and "converse" in candidate.tags):
                    act = armed_force(entry, candidate)
                    own = pattern if act is entry else replace(pattern, code=act.code)
                    found.append(self.reading(token, own, act, modality, facts, candidate))
            found += self.accusations(token, entry, rule)
        return found + self.obligations() + self.evaluations() + self.warnings()

    def evaluations(self) -> list[Reading]:
        """Return the criticisms a government's statement makes by judging, in the main
        predicate of its own sentences, what another state did."""
        if self.resolver.author is None:
            return []
        found = []
        for verb in (s.root for s in sentences(self.doc) if s.root.i not in self.resolver.quoted):
            subjects = judged_subject(verb)
            voices = self.voices_of(verb) if subjects else []
            if not voices:
                continue
            pattern = evaluation_pattern(verb)
            entry = lookup(pattern.code)
            facts = TriggerFacts(verb.lemma_.lower(), "verb", "derived", entry.root, entry.code,
                                 entry.code, "asserted", pattern.weight, False, False)
            targets = self.rules.resolve_all(args.expand(subjects), False, ("of", "by"))
            found += self.voiced(verb, pattern, entry, facts, voices, targets, "evaluation")
        return found

    def warnings(self) -> list[Reading]:
        """Return the threats voiced as a warning of what another's act will bring ("further
        Russian aggression would result in a swift and severe response")."""
        found = []
        rule = derived_data()["warning"]
        nouns = frozenset(rule["nouns"])
        lemmas = tree.tree_of(self.doc).lemmas
        for noun in (self.doc[i] for i, word in enumerate(lemmas) if word in nouns):
            seen = warned(noun)
            voices = self.warning_voices(seen[0], rule["speech"]) if seen else []
            if not voices:
                continue
            pattern = warning_pattern(noun)
            entry = lookup(pattern.code)
            facts = TriggerFacts(noun.lemma_.lower(), "noun", "derived", entry.root, entry.code,
                                 entry.code, "asserted", pattern.weight,
                                 noun.i in self.resolver.quoted, False)
            targets = self.rules.resolve_all(args.expand(seen[1]), False, ("of", "by"))
            found += self.voiced(noun, pattern, entry, facts, voices, targets, "warning")
        return found

    def warning_voices(self, verb: Token, speech: list[str]) -> list[Argument]:
        """Return who voices a warning: the subject of the speech verb it is reported under
        ("Secretary Blinken reiterated that ..."), else the speaker or the author."""
        for above in verb.ancestors:
            if above.lemma_.lower() in speech:
                subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
                return self.rules.resolve_all(args.expand(subjects), True, ())
        return self.voices_of(verb)

    def obligations(self) -> list[Reading]:
        """Return the demands and appeals voiced as "X must ..." or "X should ..." inside a
        quotation (by its speaker) or in a statement's own voice (by its author)."""
        found = []
        strings = self.doc.vocab.strings
        wanted = {strings.add("must"), strings.add("should")}
        lowers = self.doc.to_array("LOWER").tolist()
        modals = (self.doc[i] for i, w in enumerate(lowers) if w in wanted)
        for verb in dict.fromkeys(t.head for t in modals if t.dep_ == "aux"):
            code = obligation_code(verb)
            voices = self.voices_of(verb) if code else []
            if not voices:
                continue
            pattern = obligation_pattern(verb, code)
            entry = lookup(code)
            facts = TriggerFacts(verb.lemma_.lower(), "verb", "derived", entry.root, code, code,
                                 "asserted", pattern.weight, verb.i in self.resolver.quoted, False)
            targets = self.rules.resolve_all(args.verb_subjects(verb)[0], False, ())
            found += self.voiced(verb, pattern, entry, facts, voices, targets, "obligation")
        return found

    def voiced(self, token: Token, pattern: Pattern, entry: CameoCode, facts: TriggerFacts,
               voices: list[Argument], targets: list[Argument], tag: str) -> list[Reading]:
        """Return the readings of what each voice does to each target by saying `token`
        (a judgement, a demand, a warning), tagged by its kind."""
        found = []
        for target in targets:
            for voice in voices:
                candidate = Candidate(voice, target, {"rule", tag})
                if distinct_sides(candidate):
                    found.append(self.reading(token, pattern, entry, "asserted", facts, candidate))
        return found

    def voices_of(self, verb: Token) -> list[Argument]:
        """Return who voices a clause: the speaker of the quotation holding it, else, for a
        main clause of a statement, its author or each of a joint statement's authors."""
        speaker = self.voices.speaker_at(verb.idx)
        if speaker is not None:
            speakers: tuple = (speaker,)
        elif verb.i not in self.resolver.quoted and verb.dep_ in ("ROOT", "conj"):
            speakers = self.resolver.statement_voices()
        else:
            speakers = ()
        return [Argument(verb, s, Span(verb.idx, verb.idx, ""), True, implicit=True)
                for s in speakers]

    def reading(self, token: Token, pattern: Pattern, entry: CameoCode, modality: str,
                facts: TriggerFacts, candidate: Candidate) -> Reading:
        """Return one candidate reading, its features and its score."""
        features = candidate_features(facts, candidate, relation(token, candidate.source),
                                      relation(token, candidate.target))
        return Reading(token, pattern, entry, modality, candidate, features,
                       self.score(pattern, candidate, features))

    def accusations(self, token: Token, entry: CameoCode, rule: list[Candidate]) -> list[Reading]:
        """Return the accusations a statement of this act makes of its doers ("a report says
        Israel is pursuing the annexation"): the speaker accuses each doer."""
        verb = reporting_verb(token, entry.root)
        if verb is None or not rule:
            return []
        pattern = accusation_pattern(verb)
        code = lookup(pattern.code)
        speakers = self.rules.resolve_all(derived_speakers(verb), False, ())
        facts = TriggerFacts(verb.lemma_.lower(), "verb", "derived", code.root, code.code,
                             code.code, "asserted", pattern.weight, verb.i in self.resolver.quoted,
                             False)
        doers = {actor_key(c.source.actor): c.source for c in rule}
        return [self.reading(verb, pattern, code, "asserted", facts,
                             Candidate(speaker, doer, {"rule", "accusation"}))
                for speaker in speakers for doer in doers.values()
                if distinct_sides(Candidate(speaker, doer))]

    def score(self, pattern: Pattern, candidate: Candidate, features: dict[str, float]) -> float:
        """Return the linker's probability for a reading; with no linker, the pattern's weight,
        and nothing for the field dictionary's readings (only the linker knows how far to trust
        them)."""
        if self.linker is not None:
            return self.linker.probability(features)
        if pattern.origin == "petrarch":
            return 0.0
        confidence = pattern.weight
        for argument in (candidate.source, candidate.target):
            confidence *= INFERRED_DISCOUNT if argument.inferred else 1.0
        return confidence

    def kept(self, reading: Reading) -> bool:
        """Return True for a reading good enough to be an event."""
        if self.options.min_confidence is not None:
            return reading.score > 0 and reading.score >= self.options.min_confidence
        if self.linker is None:
            return reading.score > 0
        return reading.score >= self.linker.threshold

    def build(self, reading: Reading) -> Event:
        """Return the event of one kept reading."""
        trigger, entry, modality = reading.trigger, reading.entry, reading.modality
        source, target = reading.candidate.source, reading.candidate.target
        # an act coded as its voicing (an intent, a judgement, a demand) is dated by it
        voiced = entry.code != reading.pattern.code or bool(VOICED_TAGS & reading.candidate.tags)
        when, inferred_date = self.date_of(trigger, modality, voiced)
        return Event(
            source=source.actor.ref(), target=target.actor.ref(), cameo=entry.code,
            root=entry.root, name=entry.name, goldstein=entry.goldstein,
            quad_class=quad_class(entry.root, self.options.quad_scheme), plover=entry.plover,
            modality=modality,
            evidence=self.evidence(trigger, source, target),
            trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            confidence=round(reading.score, 3),
            date=when.value if when else (self.published if inferred_date else None),
            date_granularity=when.granularity if when else ("day" if inferred_date else None),
            date_inferred=inferred_date, date_end=when.end if when else None,
            location=location_for(trigger, self.resolver))

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
        voice = clause_verb(trigger) if voiced else None
        if voice is not None and voice != trigger:
            return self.voicing_date(voice, modality)
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
        if speaks_of_now(trigger):  # "We urge the DPRK ...": the statement's own day
            return None, modality == "asserted" and self.published is not None
        carried = self.clock.carried(trigger)
        if carried is not None:
            return carried, True
        return None, modality == "asserted" and self.published is not None

    def voicing_date(self, voice: Token, modality: str) -> tuple[ResolvedDate | None, bool]:
        """Return the date of the verb that voices an act ("agreed to hold another meeting in
        late September" is dated by the agreeing): its own, else the narrative's, else the
        publication date."""
        when = date_for_trigger(voice, self.published, False)
        if when is not None:
            return when, False
        carried = None if speaks_of_now(voice) else self.clock.carried(voice)
        if carried is not None:
            return carried, True
        return None, modality == "asserted" and self.published is not None

    def evidence(self, trigger: Token, source: Argument, target: Argument) -> Span:
        """Return the span from the first to the last of trigger, source and target."""
        sent = sentence_of(trigger)
        named = [a for a in (source, target) if not a.implicit]
        starts = [trigger.idx] + [a.span.start for a in named
                                  if sent.start_char <= a.span.start < sent.end_char]
        ends = [trigger.idx + len(trigger.text)] + [a.span.end for a in named
                                                    if sent.start_char < a.span.end <= sent.end_char]
        start, end = min(starts), max(ends)
        return Span(start, end, text_of(self.doc)[start:end])


def better(reading: Reading, other: Reading) -> bool:
    """Return True when `reading` should state the event rather than `other`: the more
    probable, or, of two about as probable, the more specific code ("visit" 042 over the
    "meeting" 040 of the same sentence and pair)."""
    if abs(reading.score - other.score) > CLOSE_SCORES:
        return reading.score > other.score
    return (specificity(reading.entry.code), reading.score) > (specificity(other.entry.code),
                                                              other.score)


def specificity(code: str) -> int:
    """Return how specific a CAMEO code is: its length, and one more unless it ends in 0."""
    return len(code) + (not code.endswith("0"))


def distinct_sides(candidate: Candidate) -> bool:
    """Return True when source and target stand for two different states or organisations."""
    s, t = actor_key(candidate.source.actor), actor_key(candidate.target.actor)
    return s is not None and t is not None and s != t


def event_key(reading: Reading) -> tuple:
    """Return what makes two events in one sentence the same event."""
    candidate = reading.candidate
    pair = (actor_key(candidate.source.actor), actor_key(candidate.target.actor))
    if reading.entry.root in SYMMETRIC_ROOTS:
        pair = tuple(sorted(pair))
    return (sentence_number(reading.trigger), pair, reading.entry.root)


def word_act(reading: Reading) -> tuple[int, bool]:
    """Return which act of its word a reading states: the word's own, or its voice's."""
    return reading.trigger.i, bool(VOICED_TAGS & reading.candidate.tags)
