"""Resolving people and roles: names with and without titles, office holders on the
publication date, counterparts, and the evidence a phrase gives of whom a person acts for.
Mixed into the ActorResolver, whose mention index and knowledge base it uses."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from diplograph.actors import antecedents as ante
from diplograph.actors import nps
from diplograph.actors.kb import Person
from diplograph.actors.lexicon import RoleHit
from diplograph.actors.mentions import proper_name
from diplograph.actors.office_holders import state_of
from diplograph.model import Actor, Span
from diplograph.nlp import tree
from diplograph.nlp.sentences import entity_at

# Words before a title that stop it naming the current office holder ("a former president").
NOT_CURRENT = {"former", "ex", "late", "previous", "a", "an", "another", "any", "future", "next"}
COUNTERPARTS = {"counterpart", "counterparts"}
# Roles whose "to" object is where they are sent, not whom they serve ("ambassador to China").
DESTINED_ROLES = {"ambassador", "envoy", "representative", "delegation", "mission", "delegate"}
LEADING_VERBS = {"lead", "head", "chair"}  # "the delegation was headed by X": X is its


@dataclass
class Evidence:
    """What a noun phrase says about its actor."""

    country: str | None = None
    org: str | None = None
    role: RoleHit | None = None


class PeopleAndRoles:
    """The people and roles half of the ActorResolver."""

    # -- people -----------------------------------------------------------------------------
    def _person_name(self, head: Token) -> str | None:
        """Return the person's name when `head` is inside a PERSON entity."""
        if head.ent_type_ != "PERSON":
            return None
        ent = entity_at(head)
        if ent is None:
            return None
        start = ent.start
        while start < ent.end - 1 and (start in self.roles or start in self.terms):
            start += 1
        return self.doc[start:ent.end].text

    def _titled_name(self, head: Token) -> str | None:
        """Return the name after a title, whatever entity label the parser gave it
        ("Vice Premier Zhang Guoqing")."""
        if head.pos_ != "PROPN" or head.i in self.terms or head.i in self.roles:
            return None
        start = head.i - len(proper_name(head).split()) + 1
        first = start
        while first < head.i and (first in self.roles or first in self.terms):
            first += 1
        titled = any(i in self.roles and self.roles[i].role.person for i in range(start, first))
        if not titled and not (start > 0 and self.roles.get(start - 1) and self.roles[start - 1].role.person):
            return None
        return self.doc[first:head.i + 1].text

    def _apposed_name(self, head: Token) -> str | None:
        """Return a proper name whose apposition gives a title ("Nikolai Patrushev, secretary
        of Russia's Security Council"), whatever label the parser gave the name."""
        if head.pos_ != "PROPN" or head.i in self.terms or head.i in self.roles:
            return None
        for other in nps.appositions(head):
            role = self._nearest_role(other)
            if role and role.role.person:
                return proper_name(head)
        return None

    def _known_person(self, name: str) -> Actor:
        terms = self.kb.person_terms(name)
        current = [p for p in terms if p.holds_office_on(self.published)] or terms
        return self._person_actor(name, current[0] if current else None, None)

    def _person(self, head: Token, name: str) -> Actor:
        earlier = self._earlier_person(name, head.i)
        if earlier:
            return earlier
        evidence = self._evidence(head, deep=True)
        if evidence.role is None and evidence.org is None and nps.private_descriptor(head):
            # "Israeli analyst Yossi Alpher", "Palestinian resident Ahmad Saleh": a citizen,
            # who acts for no state
            return self._person_actor(name, None, None)
        listed = state_of(name) if not (evidence.country or evidence.org) else None
        owner = (evidence.country or evidence.org or (listed.country if listed else None)
                 or self._own_state(evidence.role) or self._led_state(head)
                 or self._sentence_state(head, evidence.role))
        actor = self._person_actor(name, None, owner)
        if evidence.role or listed:
            actor.role = evidence.role.role.code if evidence.role else listed.role[:3] or None
            actor.code = (f"{actor.country}{actor.role}" if actor.country and actor.role
                          else actor.code if not actor.country else None)
        return actor

    def _led_state(self, head: Token) -> str | None:
        """Return the state of the body an unknown person leads ("The Russian delegation was
        headed by Deputy Foreign Minister Sergey Ryabkov", "Ryabkov led the Russian team")."""
        verb, led = head.head, []
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head
            led = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif head.dep_ == "nsubj":
            led = [c for c in verb.children if c.dep_ == "dobj"]
        if not led or verb.lemma_.lower() not in LEADING_VERBS:
            return None
        actor = self.actor_of(led[0])
        return actor.country if actor is not None and actor.kind in ("body", "state") else None

    def _sentence_state(self, head: Token, role: RoleHit | None) -> str | None:
        """Return the one state named before an office holder in their sentence, for a title
        that names none ("Madagascar, ... after the bloc condemned President Andry
        Rajoelina"), or None when there is none or several."""
        if role is None or not role.role.office:
            return None
        sentence = self.sentence_of[head.i]
        states = {m.actor.country for m in self.order if m.head < head.i
                  and self.sentence_of[m.head] == sentence and m.actor.kind == "state"
                  and not m.members and not m.pronoun}
        return states.pop() if len(states) == 1 else None

    def _person_actor(self, name: str, office: Person | None, owner: str | None) -> Actor:
        """Return a person actor, coded by the office held when known."""
        owner = office.country if office else owner
        is_state = owner in self.kb.country_names
        country, org = (owner, None) if is_state else (None, owner)
        role = office.role if office else None
        code = f"{country}{role or ''}" if country else self._org_code(org)
        return Actor(f"person:{nps.slug(name)}", name, "person", country=country, org=org,
                     role=role, code=code)

    def _org_code(self, org: str | None) -> str | None:
        """Return the CAMEO code of an organisation ("NATO chief Jens Stoltenberg" speaks
        for IGOWSTNAT), or None."""
        found = self.kb.organisations.get(org) if org else None
        return found.code or None if found else None

    def _earlier_person(self, name: str, before: int | None = None) -> Actor | None:
        """Return an actor already seen whose name contains the one-word `name`: the one
        mentioned last before word `before` (outside quotations, for a word outside them), else
        the last one seen."""
        if " " in name:
            return None
        if before is not None:
            quoted = before in self.quoted
            for mention in reversed(self.order):
                if mention.head < before and bears_name(mention.actor, name) \
                        and (quoted or mention.head not in self.quoted):
                    return mention.actor
        return next((a for a in reversed(list(self.registry.values())) if bears_name(a, name)),
                    None)

    # -- roles ------------------------------------------------------------------------------
    def _role_actor(self, head: Token, role: RoleHit) -> Actor | None:
        evidence = self._evidence(head)
        owner = evidence.country or evidence.org
        if owner is None:
            return (self._earlier_holder(head, role) or self._implicit_holder(head, role)
                    or self._own_official(head, role) or self._story_body(head, role))
        if role.role.person:
            named = self._named_by_apposition(head, role, evidence)
            if named:
                return named
            holder = self._holder(head, role, owner)
            if holder:
                return self._person_actor(holder.name, holder, None)
            earlier = self._earlier_holder(head, role, owner)  # "the Turkish minister said"
            if earlier is not None:  # after "Turkish Foreign Minister Mevlut Cavusoglu"
                return earlier
        code = f"{owner}{role.role.code}" if evidence.country else self._org_body_code(owner, role)
        text = nps.described_name(head)
        kind = "person" if role.role.person else "body"
        return Actor(f"{owner}:{nps.slug(role.role.phrase)}", text, kind, country=evidence.country,
                     org=None if evidence.country else owner, role=role.role.code, code=code)

    def _org_body_code(self, org: str, role: RoleHit) -> str | None:
        """Return the CAMEO code of an organisation's body or people ("NATO warplanes":
        the alliance's code with the role's)."""
        found = self.kb.organisations.get(org)
        return f"{found.code}{role.role.code}" if found is not None and found.code else None

    def _own_state(self, role: RoleHit | None) -> str | None:
        """Return the author's state for a title a government's release gives its own officials
        without naming the state ("Under Secretary Zeya" in a State Department release)."""
        author = getattr(self, "author", None)
        if role is None or not role.role.own or author is None or author.kind == "person":
            return None
        return author.country

    def _own_official(self, head: Token, role: RoleHit) -> Actor | None:
        """Return an official of the author's own government named by title alone ("the Under
        Secretary" in a State Department release), when no earlier mention says who."""
        state = self._own_state(role) if role.role.person else None
        return state_official(state, head, role, "person") if state else None

    def _story_body(self, head: Token, role: RoleHit) -> Actor | None:
        """Return the body a bare definite phrase names of the state the story tells of ("The
        government later condemned ...", "the authorities arrested ..."): that of the latest
        state named as a subject in the sentences before, if one was."""
        if role.role.person or not ante.is_bare_definite(head):
            return None
        recent = ante.recent(self.order, self.sentence_of, head.i)
        doer = _doer_of_clause(head)
        acting = self.actor_of(doer) if doer is not None and doer.i < head.i else None
        # "The United States called on the junta to ...", "it would send officers to advise the
        # rebels": the clause's doer acts on another's body
        states = [m for m in recent if m.actor.kind == "state" and not m.members
                  and (doer is None or m.head != doer.i)
                  and not (acting is not None and m.actor.country == acting.country)]
        state = ante.single_referent(states, {"state"})
        if state is None or not any(m.subject for m in states):
            return None
        return state_official(state.country, head, role, "body")

    def _implicit_holder(self, head: Token, role: RoleHit) -> Actor | None:
        """Return the holder of an office named without its state ("the prime minister"): in a
        government's own statement, its own ("the President" in a State Department release);
        elsewhere, that of the latest state or organisation mentioned that has one."""
        if not role.role.office or not definite(head):
            return None
        author = getattr(self, "author", None)
        own = [author.country] if author is not None and author.country else []
        recent = ante.recent(self.order, self.sentence_of, head.i)
        earlier = [ante.owner_key(m.actor) for m in reversed(recent)]
        for key in own + earlier:
            holder = self._holder(head, role, key) if key else None
            if holder:
                return self._person_actor(holder.name, holder, None)
        return None

    def _holder(self, head: Token, role: RoleHit, owner: str) -> Person | None:
        """Return who holds the office a title names for `owner` on the publication date."""
        if any(t.lower_.rstrip("-") in NOT_CURRENT for t in nps.own_tokens(head)):
            return None
        office = role.role.office
        if role.role.phrase in COUNTERPARTS:
            office = self._counterpart_office(head)
        return self.kb.office_holder(owner, office, self.published) if office else None

    def _counterpart_office(self, head: Token) -> str | None:
        """Return the office of the person whose counterpart a phrase names ("his counterpart")."""
        owner = nps.possessor(head)
        actor = self.actor_of(owner) if owner is not None else None
        if actor is None or actor.kind != "person":
            return None
        terms = self.kb.person_terms(actor.name)
        held = [p for p in terms if p.holds_office_on(self.published)]
        return held[0].office if held else None

    def _named_by_apposition(self, head: Token, role: RoleHit,
                             evidence: Evidence) -> Actor | None:
        """Return the person a title names in apposition ("his counterpart Giorgos X")."""
        for other in nps.appositions(head):
            if other.pos_ != "PROPN" or other.i in self.terms:
                continue
            name = proper_name(other)
            actor = (self.registry.get(f"person:{nps.slug(name)}") or self._earlier_person(name, other.i)
                     or self._person_actor(name, None, evidence.country))
            if actor.country is None and actor.org is None:
                actor.country = evidence.country
            if actor.role is None:
                actor.role = role.role.code
                actor.code = f"{actor.country or ''}{actor.role}" if actor.country else None
            tokens = nps.trimmed(nps.own_tokens(other))
            span = Span(tokens.start_char, tokens.end_char, tokens.text)
            self.mentions[other.i] = self._record(other, actor, span)
            return self.registry[actor.id]
        return None

    def _earlier_holder(self, head: Token, role: RoleHit, owner: str | None = None) -> Actor | None:
        """Return the actor an earlier mention named with the same title ("the Deputy
        Secretary" after "Deputy Secretary of State Wendy Sherman"). Of several so named, the
        one mentioned most often so far is meant (the story's protagonist, not a person named
        once in passing), the latest on a tie; a phrase that joins two people names neither.
        With `owner`, only that state's or organisation's people count."""
        if not definite(head):
            return None
        phrase, word = role.role.phrase.lower(), head.lower_
        titled: dict[str, tuple[Actor, int]] = {}
        seen: dict[str, int] = {}
        for mention in self.order:
            if mention.head >= head.i or mention.members:
                continue
            seen[mention.actor.id] = seen.get(mention.actor.id, 0) + 1
            text = mention.span.text.lower()
            if mention.pronoun or " and " in text:
                continue
            if owner is not None and (mention.actor.kind != "person"
                                      or ante.owner_key(mention.actor) != owner):
                continue
            if phrase in text or word in text.split():
                titled[mention.actor.id] = (mention.actor, mention.head)
        if not titled:
            return None
        return max(titled.values(), key=lambda a: (seen[a[0].id], a[1]))[0]

    def _evidence(self, head: Token, deep: bool = False) -> Evidence:
        """Return the country, organisation and role a phrase states about its head; `deep`
        also reads the owner of a described post ("X, head of Poland's security bureau")."""
        found = Evidence(role=self._nearest_role(head))
        own, named = nps.own_tokens(head), head.pos_ == "PROPN"
        if named and not any(t.i in self.terms for t in own):
            own = nps.title_before(own[0]) + own  # a title the parser hung elsewhere
        for token in own:
            hit = self.terms.get(token.i)
            if hit and not (named and token != head and nps.names_a_brief(self.doc[hit.start])):
                term = self._best(hit.terms)
                found.country = found.country or term.country
                found.org = found.org or term.org
        seat = nps.prep_object(head, "in") if found.role and found.role.role.seated else None
        for other in self._related(head) + ([seat] if seat is not None else []):
            mention = self.mention_at(nps.phrase_head(other))
            actor = mention.actor if mention and not mention.members else None
            if mention is None and deep:
                actor = self._post_owner(nps.phrase_head(other))
            if actor is not None:
                found.country = found.country or actor.country
                found.org = found.org or actor.org
        return found

    def _post_owner(self, head: Token) -> Actor | None:
        """Return the state or organisation that owns a post or what it heads."""
        for token in (head, nps.prep_object(head, "of")):
            owned = self.owner(nps.phrase_head(token)) if token is not None else None
            if owned:
                return owned[0]
        return None

    def _related(self, head: Token) -> list[Token]:
        owners = [nps.possessor(t) for t in nps.own_tokens(head)]
        sent = head.lower_ in DESTINED_ROLES  # "envoy to X", "envoy for X": X is the brief
        to = nps.prep_object(head, "to") if not sent else None
        spoken = nps.prep_object(head, "for") if not sent and head.pos_ == "NOUN" else None
        related = [t for t in (*owners, nps.prep_object(head, "of"), to, spoken) if t is not None]
        return related + nps.appositions(head)

    def _nearest_role(self, head: Token) -> RoleHit | None:
        for token in reversed(nps.own_tokens(head)):
            if token.i in self.roles:
                return self.roles[token.i]
        return None


def _doer_of_clause(head: Token) -> Token | None:
    """Return the subject of the verb a phrase is an object of (through the infinitives that
    inherit it), if any."""
    node, steps = head, 0
    while node.dep_ in ("dobj", "pobj", "prep", "dative") and steps < 4:
        node, steps = node.head, steps + 1
    if node is head or node.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):  # "would send officers to advise the rebels": the sender advises
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects or node.dep_ not in ("xcomp", "advcl") or not tree.is_infinitive(node):
            return subjects[0] if subjects else None
        node = node.head
    return None


def bears_name(actor: Actor, name: str) -> bool:
    """Return True for a named person one of whose names is `name`."""
    return actor.id.startswith("person:") and name in actor.name.split()


def state_official(state: str, head: Token, role: RoleHit, kind: str) -> Actor:
    """Return the official or body of `state` a title or body noun names ("the Under
    Secretary", "the government")."""
    return Actor(f"{state}:{nps.slug(role.role.phrase)}", nps.trimmed(nps.own_tokens(head)).text,
                 kind, country=state, role=role.role.code, code=f"{state}{role.role.code}")


def definite(head: Token) -> bool:
    """Return True for a title with a definite article, also where the parser hung the article
    on the phrase the title was joined to ("The Deputy Secretary and State Councilor Wang")."""
    dets = list(head.children)
    if head.dep_ == "nmod":
        top = head
        while top.dep_ in ("nmod", "compound") and top.head != top:
            top = top.head
        dets += list(top.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") and c.i < head.i for c in dets)
