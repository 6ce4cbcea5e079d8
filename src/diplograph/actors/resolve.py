"""Resolving every actor mention of a parsed article to a state, organisation, body or person."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from diplograph.actors import nps
from diplograph.actors.kb import Person, Term
from diplograph.actors.lexicon import Lexicon, RoleHit, TermHit
from diplograph.model import Actor, Span

TERM_PRIORITY = {"person": 0, "org": 1, "body": 2, "country": 3, "capital": 4, "adjective": 5}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
RELATIVE_TAGS = {"WDT", "WP"}
PLURAL_TAGS = {"NNS", "NNPS"}
# Entity labels under which a surname alias is read as part of another name; GPE and NORP are
# left out because the small models often give them to people's names.
NON_PERSON_ENTITIES = {"FAC", "LOC", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
SUBJECTS = {"nsubj", "nsubjpass"}
PRONOUN_WINDOW = 3  # sentences a pronoun may look back


@dataclass
class Mention:
    """One resolved mention: the phrase headed by token `head`."""

    head: int
    span: Span
    actor: Actor
    subject: bool
    pronoun: bool = False


@dataclass
class Evidence:
    """What a noun phrase says about its actor."""

    country: str | None = None
    org: str | None = None
    role: RoleHit | None = None


class ActorResolver:
    """Resolves the actor mentions of one document; build once, then ask by token."""

    def __init__(self, doc: Doc, lexicon: Lexicon, published: str | None) -> None:
        self.doc, self.kb, self.published = doc, lexicon.kb, published
        self.terms: dict[int, TermHit] = lexicon.term_hits(doc)
        self.roles: dict[int, RoleHit] = lexicon.role_hits(doc)
        self.registry: dict[str, Actor] = {}
        self.mentions: dict[int, Mention | None] = {}
        self.order: list[Mention] = []
        self.sentence_of = sentence_numbers(doc)
        for token in doc:
            if nps.is_phrase_head(token):
                self.mention_at(token)

    # -- public -----------------------------------------------------------------------------
    def actor_of(self, token: Token) -> Actor | None:
        """Return the actor of the phrase `token` belongs to, or None."""
        mention = self.mention_at(nps.phrase_head(token))
        return mention.actor if mention else None

    def mention_at(self, head: Token) -> Mention | None:
        """Return the mention headed by `head`, resolving it on first use."""
        if head.i not in self.mentions:
            self.mentions[head.i] = None  # guards against cycles through appositions
            self.mentions[head.i] = self._resolve(head)
        return self.mentions[head.i]

    def argument(self, token: Token) -> tuple[Actor, Span, bool] | None:
        """Return the actor a phrase or a national modifier stands for, its span and whether it
        was reached through a pronoun."""
        if token.dep_ in ("compound", "amod") and token.i in self.terms:
            return self._modifier(token)
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            token = token.head.head
        mention = self.mention_at(nps.phrase_head(token))
        if mention:
            return mention.actor, mention.span, mention.pronoun
        return self.owner(nps.phrase_head(token))

    def owner(self, head: Token) -> tuple[Actor, Span, bool] | None:
        """Return the state a non-actor phrase belongs to: "Georgian villages", "Tbilisi's bid",
        "a loudspeaker in South Korea" stand for the state whose property or place they are."""
        # A place name used as a compound ("the Ukraine conflict") names a topic, not an owner.
        candidates = [t for t in nps.own_tokens(head) if t.i in self.terms and t.i != head.i
                      and not self._place_compound(self.terms[t.i])]
        candidates += [t for t in (nps.possessor(head),) if t is not None]
        candidates += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                       for o in c.children if o.dep_ == "pobj"]
        for token in candidates:
            found = self.argument(token) if token.i not in self.terms else self._modifier(token)
            if found and found[0].kind in ("state", "organisation"):
                return found[0], found[1], True
        return None

    def _place_compound(self, hit: TermHit) -> bool:
        # "U.S." also reads as an adjective ("a U.S. request" is the United States'); "Ukraine" in
        # "the Ukraine conflict" does not.
        last = self.doc[hit.end - 1]
        kinds = {t.kind for t in hit.terms}
        return last.dep_ == "compound" and "adjective" not in kinds and bool(kinds & {"country", "capital"})

    def _modifier(self, token: Token) -> tuple[Actor, Span, bool] | None:
        actor = self.actor_of_modifier(token)
        if actor is None:
            return None
        span = self._term_span(token)
        return actor, Span(span.start_char, span.end_char, span.text), False

    def actor_of_modifier(self, token: Token) -> Actor | None:
        """Return the actor a possessor or a national adjective in front of a noun names."""
        if token.dep_ == "poss":
            return self.actor_of(token)
        hit = self.terms.get(token.i)
        if hit is None:
            return None
        actor = self._term_actor(token, best_term(hit.terms), modifier=True)
        return self.registry.setdefault(actor.id, actor) if actor else None

    def actors(self) -> list[Actor]:
        """Return the article's actors in order of first mention."""
        return list(self.registry.values())

    # -- resolution -------------------------------------------------------------------------
    def _resolve(self, head: Token) -> Mention | None:
        if head.pos_ == "PRON":
            return self._pronoun(head)
        actor = self._phrase_actor(head)
        if actor is None:
            return None
        span = nps.trimmed(nps.phrase_tokens(head) if actor.kind != "state" else [head])
        if actor.kind == "state":
            span = self._term_span(head) or span
        return self._record(head, actor, Span(span.start_char, span.end_char, span.text))

    def _record(self, head: Token, actor: Actor, span: Span, pronoun: bool = False) -> Mention:
        actor = self.registry.setdefault(actor.id, actor)
        if all((m.start, m.end) != (span.start, span.end) for m in actor.mentions):
            actor.mentions.append(span)
        mention = Mention(head.i, span, actor, head.dep_ in SUBJECTS, pronoun)
        self.order.append(mention)
        return mention

    def _term_span(self, head: Token):
        hit = self.terms.get(head.i)
        return self.doc[hit.start:hit.end] if hit else None

    def _phrase_actor(self, head: Token) -> Actor | None:
        hit = self.terms.get(head.i)
        if hit and is_bare_surname(hit, head):
            hit = None
        name = self._person_name(head)
        if hit and (name is None or any(t.kind == "person" for t in hit.terms)):
            actor = self._term_actor(head, best_term(hit.terms))
            if actor:
                return actor
        if head.pos_ == "PROPN" and not hit:
            earlier = self._earlier_person(name or proper_name(head))
            if earlier:
                return earlier
        if name:
            return self._person(head, name)
        role = self.roles.get(head.i)
        if role:
            return self._role_actor(head, role)
        return None

    def _term_actor(self, head: Token, term: Term, modifier: bool = False) -> Actor | None:
        if term.kind == "person":
            return self._known_person(head, term.key)
        if term.kind == "org":
            return self._organisation(term)
        if term.kind == "body":
            return Actor(f"{term.country}:{nps.slug(term.key)}", term.key, "body",
                         country=term.country, role=term.role, code=f"{term.country}{term.role}")
        if head.pos_ not in ("PROPN", "NOUN") and not modifier:
            return None
        return self._state(term.country)

    def _state(self, iso3: str) -> Actor:
        return Actor(iso3, self.kb.country_names.get(iso3, iso3), "state",
                     country=iso3, code=iso3)

    def _organisation(self, term: Term) -> Actor:
        org = self.kb.organisations[term.key]
        return Actor(org.token, org.name, "organisation", org=term.org, code=org.code)

    # -- people -----------------------------------------------------------------------------
    def _person_name(self, head: Token) -> str | None:
        """Return the person's name when `head` is inside a PERSON entity."""
        if head.ent_type_ != "PERSON":
            return None
        ent = next((e for e in self.doc.ents if e.start <= head.i < e.end), None)
        if ent is None:
            return None
        start = ent.start
        while start < ent.end - 1 and (start in self.roles or start in self.terms):
            start += 1
        return self.doc[start:ent.end].text

    def _known_person(self, head: Token, name: str) -> Actor:
        terms = self.kb.person_terms(name)
        current = [p for p in terms if p.holds_office_on(self.published)] or terms
        return person_actor(name, current[0] if current else None, None)

    def _person(self, head: Token, name: str) -> Actor:
        earlier = self._earlier_person(name)
        if earlier:
            return earlier
        evidence = self._evidence(head)
        actor = person_actor(name, None, evidence.country)
        if evidence.role:
            actor.role = evidence.role.role.code
            actor.code = f"{actor.country or actor.org or ''}{actor.role}" or None
        if evidence.org and not actor.country:
            actor.org = evidence.org
        return actor

    def _earlier_person(self, name: str) -> Actor | None:
        """Return an actor already seen whose name contains the one-word `name`."""
        if " " in name:
            return None
        for actor in reversed(list(self.registry.values())):
            if actor.kind == "person" and name in actor.name.split():
                return actor
        return None

    # -- roles ------------------------------------------------------------------------------
    def _role_actor(self, head: Token, role: RoleHit) -> Actor | None:
        evidence = self._evidence(head)
        owner = evidence.country or evidence.org
        if owner is None:
            return self._earlier_holder(head)
        if role.role.person:
            named = self._named_by_apposition(head, role, evidence)
            if named:
                return named
        if role.role.person and evidence.country:
            holder = self.kb.office_holder(evidence.country, role.role.phrase, self.published)
            if holder:
                return person_actor(holder.name, holder, None)
        code = f"{owner}{role.role.code}" if evidence.country else None
        text = nps.trimmed(nps.own_tokens(head)).text
        kind = "person" if role.role.person else "body"
        return Actor(f"{owner}:{nps.slug(role.role.phrase)}", text, kind, country=evidence.country,
                     org=None if evidence.country else owner, role=role.role.code, code=code)

    def _named_by_apposition(self, head: Token, role: RoleHit,
                             evidence: Evidence) -> Actor | None:
        """Return the person a title names in apposition ("his counterpart Giorgos X")."""
        for other in nps.appositions(head):
            if other.pos_ != "PROPN" or other.i in self.terms:
                continue
            name = proper_name(other)
            actor = self._earlier_person(name) or person_actor(name, None, evidence.country)
            if actor.role is None:
                actor.role = role.role.code
                actor.code = f"{actor.country or ''}{actor.role}" if actor.country else None
            tokens = nps.trimmed(nps.own_tokens(other))
            span = Span(tokens.start_char, tokens.end_char, tokens.text)
            self.mentions[other.i] = self._record(other, actor, span)
            return self.registry[actor.id]
        return None

    def _earlier_holder(self, head: Token) -> Actor | None:
        """Return the actor an earlier mention named with the same title ("the Secretary")."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        word = head.lower_
        for mention in reversed(self.order):
            if mention.head < head.i and not mention.pronoun and word in mention.span.text.lower().split():
                return mention.actor
        return None

    def _evidence(self, head: Token) -> Evidence:
        """Return the country, organisation and role a phrase states about its head."""
        found = Evidence(role=self._nearest_role(head))
        for token in nps.own_tokens(head):
            hit = self.terms.get(token.i)
            if hit:
                term = best_term(hit.terms)
                found.country = found.country or term.country
                found.org = found.org or term.org
        for other in self._related(head):
            mention = self.mention_at(nps.phrase_head(other))
            if mention:
                found.country = found.country or mention.actor.country
                found.org = found.org or mention.actor.org
        return found

    def _related(self, head: Token) -> list[Token]:
        related = [t for t in (nps.possessor(head), nps.of_object(head)) if t is not None]
        return related + nps.appositions(head)

    def _nearest_role(self, head: Token) -> RoleHit | None:
        for token in reversed(nps.own_tokens(head)):
            if token.i in self.roles:
                return self.roles[token.i]
        return None

    # -- pronouns ---------------------------------------------------------------------------
    def _pronoun(self, token: Token) -> Mention | None:
        word = token.lower_
        if word in PERSON_PRONOUNS:
            wanted = {"person"}
        elif word in THING_PRONOUNS:
            wanted = {"state", "organisation", "body"}
        elif word in GROUP_PRONOUNS:
            wanted = {"group"}
        else:
            return None
        antecedent = self._antecedent(token, wanted)
        if antecedent is None:
            return None
        span = Span(token.idx, token.idx + len(token.text), token.text)
        return self._record(token, antecedent, span, pronoun=True)

    def _plural_body(self, mention: Mention) -> bool:
        return mention.actor.kind == "body" and self.doc[mention.head].tag_ in PLURAL_TAGS

    def _antecedent(self, token: Token, wanted: set[str]) -> Actor | None:
        first_sentence = self.sentence_of[token.i] - PRONOUN_WINDOW
        earlier = [m for m in self.order if m.head < token.i and self.sentence_of[m.head] >= first_sentence
                   and (m.actor.kind in wanted or "group" in wanted and self._plural_body(m))]
        subjects = [m for m in earlier if m.subject]
        pool = subjects or earlier
        return pool[-1].actor if pool else None


def is_bare_surname(hit: TermHit, head: Token) -> bool:
    """Return True for a one-word person alias that is part of another name ("Park" in
    "Georgian National Park")."""
    if hit.end - hit.start != 1 or not all(t.kind == "person" for t in hit.terms):
        return False
    if head.ent_type_ in NON_PERSON_ENTITIES:
        return True
    return any(c.dep_ in nps.INNER and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
               for c in head.lefts)


def proper_name(head: Token) -> str:
    """Return the proper name a head ends: its proper-noun compounds and itself."""
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ in nps.INNER:
        start -= 1
    return head.doc[start:head.i + 1].text


def best_term(terms: tuple[Term, ...]) -> Term:
    """Return the most specific reading of an ambiguous phrase."""
    return min(terms, key=lambda t: TERM_PRIORITY[t.kind])


def person_actor(name: str, office: Person | None, country: str | None) -> Actor:
    """Return a person actor, coded by the office held when known."""
    country = office.country if office else country
    org = None
    if country and len(country) != 3:
        country, org = None, country
    role = office.role if office else None
    code = f"{country or ''}{role or ''}" or None
    return Actor(f"person:{nps.slug(name)}", name, "person", country=country, org=org,
                 role=role, code=code)


def sentence_numbers(doc: Doc) -> list[int]:
    """Return, for every token, the number of the sentence holding it."""
    numbers = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        numbers[sent.start:sent.end] = [n] * (sent.end - sent.start)
    return numbers
