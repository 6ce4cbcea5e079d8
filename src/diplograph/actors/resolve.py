"""Resolving every actor mention of a parsed article to a state, organisation, body or person."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.actors import antecedents as ante
from diplograph.actors import binding, nps
from diplograph.actors.antecedents import Mention
from diplograph.actors.kb import Term
from diplograph.actors.lexicon import Lexicon, RoleHit, TermHit
from diplograph.actors.mentions import (
    add_span,
    is_attitude,
    is_bare_surname,
    proper_name,
    quoted_tokens,
    sentence_numbers,
)
from diplograph.actors.people import PeopleAndRoles
from diplograph.model import Actor, Span
from diplograph.nlp.sentences import sentences

DOCUMENT = "author"  # a descriptor of a document, which stands for its author
TERM_PRIORITY = {"person": 0, "org": 1, "body": 2, "country": 3, "capital": 4, "place": 5, "adjective": 6,
                 "context": 7}
PLACE_KINDS = {"country", "capital", "place"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
SINGULAR_AUTHOR = {"i", "me", "my", "myself"}  # the signer of a statement, outside quotations
AUTHOR_PRONOUNS = {"we", "us", "our", "ourselves"} | SINGULAR_AUTHOR
RELATIVE_TAGS = {"WDT", "WP"}
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "both": 2}
GROUP_DETERMINERS = {"the", "both", "these", "those", "their"}
GROUP_WORDS = GROUP_DETERMINERS | set(GROUP_SIZES)
EITHER = {"either", "each", "neither"}  # "either side" stands for both sides
VENUE_PREPS = {"in", "at"}


class ActorResolver(PeopleAndRoles):
    """Resolves the actor mentions of one document; build once, then ask by token."""

    def __init__(self, doc: Doc, lexicon: Lexicon, published: str | None,
                 author: str | None = None) -> None:
        self.doc, self.kb, self.published = doc, lexicon.kb, published
        self.terms: dict[int, TermHit] = self._usable_hits(lexicon.term_hits(doc))
        self.roles: dict[int, RoleHit] = lexicon.role_hits(doc)
        self.registry: dict[str, Actor] = {}
        self.mentions: dict[int, Mention | None] = {}
        self.order: list[Mention] = []
        self.sentence_of = sentence_numbers(doc)
        self.quoted = quoted_tokens(doc)
        self.author = self._author_actor(author)
        self._authors: tuple[Actor, ...] | None = None
        self._namesakes: dict[int, tuple[Actor, Span, bool] | None] = {}
        self._by_lemma: dict[int, list[int]] | None = None
        self.heads: frozenset[int] = frozenset(nps.phrase_heads(doc))
        for i in sorted(self.heads):
            self.mention_at(doc[i])

    # -- public -----------------------------------------------------------------------------
    def actor_of(self, token: Token) -> Actor | None:
        """Return the one actor of the phrase `token` belongs to, or None (also for groups)."""
        mention = self.mention_at(nps.phrase_head(token))
        return mention.actor if mention and not mention.members else None

    def mention_at(self, head: Token) -> Mention | None:
        """Return the mention headed by `head`, resolving it on first use."""
        if head.i not in self.mentions:
            self.mentions[head.i] = None  # guards against cycles through appositions
            self.mentions[head.i] = self._resolve(head)
        return self.mentions[head.i]

    def arguments(self, token: Token) -> list[tuple[Actor, Span, bool]]:
        """Return the actors a phrase or a national modifier stands for (several for a group
        such as "the two sides"), each with its span and whether it was inferred."""
        if token.dep_ in ("compound", "amod") and token.i in self.terms:
            found = self._modifier(token)
            return [found] if found else []
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            token = token.head.head
        mention = self.mention_at(nps.phrase_head(token))
        split = self._coordinated_owners(nps.phrase_head(token), mention)
        if split:
            return split
        if mention and mention.members:
            return [(m, mention.span, True) for m in mention.members]
        if mention:
            return [(mention.actor, mention.span, mention.pronoun)]
        found = self.owner(nps.phrase_head(token)) or self._namesake(nps.phrase_head(token))
        return [found] if found else self._origins(nps.phrase_head(token))

    def _origins(self, head: Token) -> list[tuple[Actor, Span, bool]]:
        """Return the states or organisations a thing's "from" phrase names as where it comes
        from ("travel from Iran, Libya and Somalia", "imports from Russia"), unless an "of"
        phrase names whose it is ("the withdrawal of Russian forces from Georgia")."""
        if head.pos_ != "NOUN" or head.i in self.roles or nps.prep_object(head, "of") is not None:
            return []
        origin = nps.prep_object(head, "from")
        if origin is None or origin.i not in self.terms:
            return []
        ends = nps.conjuncts(origin) + self._range_end(origin)
        found = [self.mention_at(nps.phrase_head(t)) for t in ends]
        return [(m.actor, m.span, True) for m in found
                if m and not m.members and m.actor.kind in ("state", "organisation")]

    def _range_end(self, origin: Token) -> list[Token]:
        """Return the far end of a "from A to B" range, the "to" phrase right after the "from"
        phrase wherever the parser hung it ("reformers from Beirut and Baghdad to Damascus")."""
        after = origin.right_edge.i + 1
        if after >= len(self.doc) or self.doc[after].lower_ != "to" or self.doc[after].dep_ != "prep":
            return []
        ends = [c for c in self.doc[after].children if c.dep_ == "pobj" and c.i in self.terms]
        return nps.conjuncts(ends[0]) if ends else []

    def _namesake(self, head: Token) -> tuple[Actor, Span, bool] | None:
        """Return the actor a bare definite phrase refers back to through an earlier phrase
        with the same head noun that names one: "the report" after "a European Union report",
        "the Department" after "the Department of State"."""
        if head.i not in self._namesakes:
            self._namesakes[head.i] = self._find_namesake(head)
        return self._namesakes[head.i]

    def _find_namesake(self, head: Token) -> tuple[Actor, Span, bool] | None:
        if not ante.is_bare_definite(head):
            return None
        first = self.sentence_of[head.i] - ante.NAMESAKE_WINDOW
        for j in reversed(self._same_lemma(head)):
            if j >= head.i:
                continue
            if self.sentence_of[j] < first:
                break
            earlier = self.doc[j]
            if not nps.is_phrase_head(earlier) or ante.is_bare_definite(earlier):
                continue
            mention = self.mention_at(earlier)
            found = (mention.actor, mention.span, True) if mention and not mention.members \
                else self.owner(earlier)
            if found:
                return found[0], Span(head.idx, head.idx + len(head.text), head.text), True
        return None

    def _same_lemma(self, head: Token) -> list[int]:
        """Return, in order, the positions of the document's words sharing `head`'s lemma."""
        if self._by_lemma is None:
            self._by_lemma = {}
            for i, lemma in enumerate(self.doc.to_array("LEMMA").tolist()):
                self._by_lemma.setdefault(lemma, []).append(i)
        return self._by_lemma.get(head.lemma, [])

    def argument(self, token: Token) -> tuple[Actor, Span, bool] | None:
        """Return the single actor a phrase stands for, its span and whether it was inferred."""
        found = self.arguments(token)
        return found[0] if len(found) == 1 else None

    def owner(self, head: Token) -> tuple[Actor, Span, bool] | None:
        """Return the state a non-actor phrase belongs to: "Georgian villages", "Tbilisi's bid",
        "a loudspeaker in South Korea" stand for the state whose property or place they are."""
        # A place name used as a compound ("the Ukraine conflict") names a topic, not an owner.
        own = [self.doc[j] for j in nps.own_positions(head) if j in self.terms and j != head.i
               and not self._place_compound(self.terms[j])]
        # A national adjective says whose the thing is even under a possessor ("our Saudi
        # partners"); a compound name does not ("its EU bid").
        candidates = [t for t in own if t.dep_ == "amod"]
        candidates += [t for t in (nps.possessor(head),) if t is not None]
        candidates += [t for t in own if t.dep_ != "amod"]
        candidates += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                       for o in c.children if o.dep_ == "pobj"]
        for token in candidates:
            found = self.argument(token) if token.i not in self.terms else self._modifier(token)
            key = ante.owner_key(found[0]) if found else None
            if key:
                owner = self.registry.setdefault(key, self._owner_actor(key))
                return owner, found[1], True
        return None

    def actor_of_modifier(self, token: Token) -> Actor | None:
        """Return the actor a possessor or a national adjective in front of a noun names."""
        if token.dep_ == "poss":
            return self.actor_of(token)
        hit = self.terms.get(token.i)
        if hit is None:
            return None
        actor = self._term_actor(token, self._best(hit.terms), modifier=True)
        return self.registry.setdefault(actor.id, actor) if actor else None

    def actors(self) -> list[Actor]:
        """Return the article's actors in order of first mention."""
        return list(self.registry.values())

    def _coordinated_owners(self, head: Token, mention: Mention | None) -> list[tuple[Actor, Span, bool]]:
        """Return each state of coordinated national modifiers ("U.S. and Canadian citizens"),
        unless the phrase names one known actor."""
        if mention and (mention.members or ":" not in mention.actor.id):
            return []
        owners = [t for t in (self.doc[j] for j in nps.own_positions(head)
                              if j in self.terms and j != head.i)
                  if any(c.i in self.terms for c in t.conjuncts)]
        found = [m for m in map(self._modifier, owners) if m and m[0].kind == "state"]
        return found if len({a.id for a, _, _ in found}) > 1 else []

    def _author_actor(self, author: str | None) -> Actor | None:
        """Return the actor an article's outlet names when it is a government body or state
        ("U.S. Department of State"): the "we" of its statements."""
        name = (author or "").strip()
        terms = self.kb.terms.get(name) or self.kb.terms.get(name.removeprefix("the ").strip())
        if not terms:
            return None
        term = self._best(tuple(terms))
        return self._term_actor(None, term, modifier=True) if term.kind != "person" else None

    # -- lexicon hits -------------------------------------------------------------------------
    def _usable_hits(self, hits: dict[int, TermHit]) -> dict[int, TermHit]:
        """Drop readings that do not apply to this article: surnames of people long out of
        office, and context-bound names ("the North") of states the article does not name."""
        hits = {i: h for i, h in hits.items() if not is_attitude(self.doc, h.start)}
        named = {t.country for h in hits.values() for t in h.terms if t.kind != "context"}
        usable: dict[int, TermHit] = {}
        for i, hit in hits.items():
            terms = tuple(t for t in hit.terms if self._applies(t, named))
            if terms:
                usable[i] = TermHit(hit.start, hit.end, terms)
        return usable

    def _applies(self, term: Term, named: set[str | None]) -> bool:
        if term.kind == "context":
            return term.country in named
        if term.kind == "person" and term.surname:
            return any(p.near(self.published) for p in self.kb.person_terms(term.key))
        return True

    def _best(self, terms: tuple[Term, ...]) -> Term:
        """Return the most specific reading; of several people, the one in office."""
        return min(terms, key=lambda t: (TERM_PRIORITY[t.kind], not self._in_office(t)))

    def _in_office(self, term: Term) -> bool:
        return term.kind == "person" and any(
            p.holds_office_on(self.published) for p in self.kb.person_terms(term.key))

    def is_city_compound(self, token: Token) -> bool:
        """Return True for a city or other place named as a compound before a noun ("the
        Cairo meeting", "the Geneva talks"), which may be where it happens, not whose it is."""
        hit = self.terms.get(token.i)
        kinds = {t.kind for t in hit.terms} if hit else set()
        return token.dep_ == "compound" and bool(kinds) and kinds <= {"capital", "place"}

    def _place_compound(self, hit: TermHit) -> bool:
        # "U.S." also reads as an adjective ("a U.S. request" is the United States'); "Ukraine" in
        # "the Ukraine conflict" does not.
        last = self.doc[hit.end - 1]
        kinds = {t.kind for t in hit.terms}
        return last.dep_ == "compound" and "adjective" not in kinds and bool(kinds & PLACE_KINDS)

    def _modifier(self, token: Token) -> tuple[Actor, Span, bool] | None:
        actor = self.actor_of_modifier(token)
        if actor is None:
            return None
        span = self._term_span(token)
        return actor, Span(span.start_char, span.end_char, span.text), False

    def _term_span(self, head: Token):
        hit = self.terms.get(head.i)
        return self.doc[hit.start:hit.end] if hit else None

    # -- resolution -------------------------------------------------------------------------
    def _resolve(self, head: Token) -> Mention | None:
        if head.pos_ == "PRON":
            return self._pronoun(head)
        size = self._group_size(head)
        if size is None and head.tag_ in ante.PLURAL_TAGS and head.lower_ in self.kb.groups \
                and self._named_members(head):  # "the foreign ministers of Russia and China"
            size = 0
        if size is not None:
            return self._group(head, size)
        described = self._apposed_person(head)
        if described is not None:  # "Nikolai Patrushev, secretary of ...": Patrushev
            span = nps.trimmed(nps.phrase_tokens(head))
            return self._record(head, described, Span(span.start_char, span.end_char, span.text))
        actor = self._phrase_actor(head)
        if actor is None:
            return self._document(head)
        span = nps.trimmed(nps.phrase_tokens(head) if actor.kind != "state" else [head])
        if actor.kind == "state":
            span = self._term_span(head) or span
        return self._record(head, actor, Span(span.start_char, span.end_char, span.text))

    def _apposed_person(self, head: Token) -> Actor | None:
        """Return the named person a common-noun apposition describes, if any."""
        if head.dep_ != "appos" or head.pos_ != "NOUN" or head.head.pos_ != "PROPN":
            return None
        mention = self.mention_at(nps.phrase_head(head.head))
        return mention.actor if mention and mention.actor.kind == "person" else None

    def _document(self, head: Token) -> Mention | None:
        """Return the author a document stands for ("a European Union report", then "the
        report"), recorded so that a pronoun naming the document again speaks for it."""
        if self.kb.descriptors.get(head.lemma_.lower()) != DOCUMENT:
            return None
        found = self.owner(head) or self._issuer(head) or self._namesake(head)
        if found is None or found[0].kind not in ("state", "organisation", "person", "body"):
            return None
        return self._record(head, found[0], found[1], pronoun=True)

    def _issuer(self, head: Token) -> tuple[Actor, Span, bool] | None:
        """Return who issued a document, named by the "by" phrase of a participle on it ("an
        executive order signed by President Trump", "a statement released by the Kremlin") or
        by the subject of the verb that issues it ("President Trump signed an executive order")."""
        for clause in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for agent in (o for a in clause.children if a.dep_ == "agent"
                          for o in a.children if o.dep_ == "pobj"):
                found = self.argument(agent)
                if found:
                    return found[0], found[1], True
        subject = binding.issuing_subject(head)
        found = self.argument(subject) if subject is not None and subject.pos_ != "PRON" else None
        return (found[0], found[1], True) if found else None

    def _record(self, head: Token, actor: Actor, span: Span, pronoun: bool = False) -> Mention:
        actor = self.registry.setdefault(actor.id, actor)
        add_span(actor, span)
        mention = Mention(head.i, span, actor, head.dep_ in ante.SUBJECTS, pronoun)
        self.order.append(mention)
        return mention

    def _record_group(self, head: Token, members: tuple[Actor, ...], span: Span,
                      pronoun: bool) -> Mention:
        members = tuple(self.registry.setdefault(m.id, m) for m in members)
        for member in members:
            add_span(member, span)
        group = Actor("group:" + "+".join(m.id for m in members),
                      " and ".join(m.name for m in members), "group")
        mention = Mention(head.i, span, group, head.dep_ in ante.SUBJECTS, pronoun, members)
        self.order.append(mention)
        return mention

    def _phrase_actor(self, head: Token) -> Actor | None:
        hit = self.terms.get(head.i)
        if hit and is_bare_surname(hit, head):
            hit = None
        name = self._person_name(head)
        if head.pos_ == "PROPN" and (hit is None or all(t.kind == "person" for t in hit.terms)):
            earlier = self._earlier_person(name or proper_name(head), head.i)
            if earlier:
                return earlier
        if hit and self._names_other_actor(head, hit):
            return self._role_actor(head, self.roles[head.i])
        # The knowledge base wins over a PERSON label that covers only its phrase ("Kyiv said").
        if hit and (name in (None, self._term_span(head).text) or any(t.kind == "person" for t in hit.terms)):
            actor = self._term_actor(head, self._best(hit.terms))
            if actor and self._other_state_stated(head, actor):
                return self._titled_holder(head) or actor
            if actor:
                return actor
        name = name or self._titled_name(head) or self._apposed_name(head)
        if name:
            return self._person(head, name)
        if self.kb.descriptors.get(head.lower_, DOCUMENT) != DOCUMENT \
                and head.tag_ not in ante.PLURAL_TAGS:
            return self._described(head)
        role = self.roles.get(head.i)
        return self._role_actor(head, role) if role else None

    def _stated_state(self, head: Token) -> str | None:
        """Return the state a phrase's possessor names ("Jordan's King Abdullah"), if any."""
        owner = nps.possessor(head)
        stated = self.actor_of(owner) if owner is not None else None
        return stated.country if stated is not None and stated.kind == "state" else None

    def _other_state_stated(self, head: Token, actor: Actor) -> bool:
        """Return True for a known person read from a phrase whose possessor names another
        state ("Jordan's King Abdullah" is not the Saudi king of that name)."""
        stated = self._stated_state(head)
        return actor.kind == "person" and stated is not None and stated != actor.country

    def _titled_holder(self, head: Token) -> Actor | None:
        """Return the holder of the office the phrase's title names for the state its
        possessor names, on the publication date, or a person of that state."""
        stated = self._stated_state(head)
        for i in range(head.left_edge.i, head.i + 1):
            role = self.roles.get(i)
            if role and role.role.person and stated:
                holder = self._holder(head, role, stated)
                if holder is not None:
                    return self.registry.get(f"person:{nps.slug(holder.name)}") or \
                        self._person_actor(holder.name, holder, stated)
                return self._person_actor(proper_name(head), None, stated)
        return None

    def _names_other_actor(self, head: Token, hit: TermHit) -> bool:
        """Return True for an organisation's name used as a title of a state's own body
        ("Russia's Security Council")."""
        if head.i not in self.roles or not all(t.kind == "org" for t in hit.terms):
            return False
        return self._evidence(head).country is not None

    def _term_actor(self, head: Token | None, term: Term, modifier: bool = False) -> Actor | None:
        if term.kind == "person":
            return self._known_person(term.key)
        if term.kind == "org":
            return self._owner_actor(term.key)
        if term.kind == "body":
            return Actor(f"{term.country}:{nps.slug(term.key)}", term.key, "body",
                         country=term.country, role=term.role, code=f"{term.country}{term.role}")
        nominal = ("PROPN", "NOUN", "ADJ") if term.kind == "country" else ("PROPN", "NOUN")
        if not modifier and head.pos_ not in nominal:
            return None
        return self._state(term.country)

    def _state(self, iso3: str) -> Actor:
        return Actor(iso3, self.kb.country_names.get(iso3, iso3), "state", country=iso3, code=iso3)

    # -- groups and pronouns ------------------------------------------------------------------
    def _group_size(self, head: Token) -> int | None:
        """Return how many sides a group phrase announces ("the two sides" 2, "the parties" 0
        for any, "either side" 2), or None when `head` heads no group phrase."""
        if head.lower_ + "s" in self.kb.groups and any(c.lower_ in EITHER for c in head.lefts):
            return 2
        if head.tag_ not in ante.PLURAL_TAGS or head.lower_ not in self.kb.groups:
            return None
        size, determined = 0, False
        for child in head.lefts:
            word = child.lower_
            if child.dep_ in ("det", "predet", "poss", "nummod") and word in GROUP_WORDS:
                size, determined = size or GROUP_SIZES.get(word, 0), True
            elif not child.is_punct:
                return None  # "opposition parties", "Western countries"
        return size if determined else None

    def _group(self, head: Token, size: int) -> Mention | None:
        earlier = [m for m in ante.recent(self.order, self.sentence_of, head.i) if not self._venue(m)]
        kind = self.kb.groups.get(head.lower_) or self.kb.groups[head.lower_ + "s"]
        members = self._named_members(head) or ante.recent_group(
            self.doc, earlier, kind, size, self.actor_of)
        if not members:
            return None
        span = nps.trimmed(nps.phrase_tokens(head))
        return self._record_group(head, members, Span(span.start_char, span.end_char, span.text), False)

    def _venue(self, mention: Mention) -> bool:
        """Return True for a city or capital named as where something happens ("the dialogue
        in Geneva"): the host of the meeting, not one of its sides."""
        token, hit = self.doc[mention.head], self.terms.get(mention.head)
        if hit is None or token.dep_ != "pobj" or token.head.lower_ not in VENUE_PREPS:
            return False
        return self._best(hit.terms).kind in ("capital", "place")

    def _named_members(self, head: Token) -> tuple[Actor, ...]:
        """Return the states a group phrase names in its "of" phrase ("the presidents of Peru
        and Chile", "the foreign ministers of the two countries"), if two or more."""
        of = nps.prep_object(head, "of")
        if of is None:
            return ()
        found = [a for t in (of, *of.conjuncts) for a, _, _ in self.arguments(t)]
        sides = ante.distinct_sides(found)
        return sides if len(sides) >= 2 else ()

    def _described(self, head: Token) -> Actor | None:
        """Return the state or organisation a description refers back to ("the bloc", "the
        country", "his country")."""
        wanted = self.kb.descriptors[head.lower_]
        owner = nps.possessor(head)
        if owner is not None:
            actor = self.actor_of(owner)
            key = actor and ante.owner_key(actor)
            return self._state(key) if key in self.kb.country_names and wanted == "state" else None
        if wanted == "adversary" and head.i not in self.quoted:
            return None  # "the enemy" is a speaker's word; it has no fixed referent in narration
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.lefts):
            return None
        earlier = ante.recent(self.order, self.sentence_of, head.i)
        # "the enemy" is the latest state other than those the sentence itself names.
        own_side = {ante.owner_key(m.actor) for m in earlier
                    if wanted == "adversary" and self.sentence_of[m.head] == self.sentence_of[head.i]}
        pool = self.kb.organisations if wanted == "organisation" else self.kb.country_names
        keys = [ante.owner_key(m.actor) for m in reversed(earlier) if not m.members]
        keys = [k for k in keys if k in pool and k not in own_side]
        # "the alliance" is NATO (the North Atlantic Alliance), whatever was named since
        named = [k for k in keys if wanted == "organisation" and head.lower_ in pool[k].words]
        return self._owner_actor((named or keys)[0]) if keys else None

    def _owner_actor(self, key: str) -> Actor:
        """Return the state or organisation actor of a code."""
        if key in self.kb.country_names:
            return self._state(key)
        org = self.kb.organisations[key]
        return Actor(org.token, org.name, "organisation", org=org.parent or org.token, code=org.code)

    def _pronoun(self, token: Token) -> Mention | None:
        word = token.lower_
        if binding.is_dummy_it(token):
            return None
        earlier = ante.recent(self.order, self.sentence_of, token.i)
        span = Span(token.idx, token.idx + len(token.text), token.text)
        if word in AUTHOR_PRONOUNS:
            if token.i in self.quoted or self.author is None:
                return None
            authors = self._joint_authors() if word not in SINGULAR_AUTHOR else ()
            if len(authors) > 1:
                return self._record_group(token, authors, span, True)
            return self._record(token, self.author, span, pronoun=True)
        speaker = binding.reporting_subject(token)
        if speaker is not None:  # "the militants said they would ...": the speakers or no one
            return self._speakers(token, speaker, span)
        if word in GROUP_PRONOUNS:
            members = ante.group_referent(self.doc, earlier, self.actor_of)
            if len(members) > 1:
                return self._record_group(token, members, span, True)
            return self._record(token, members[0], span, pronoun=True) if members else None
        wanted = ({"person"} if word in PERSON_PRONOUNS else
                  {"state", "organisation", "body"} if word in THING_PRONOUNS else None)
        owner = binding.coordinated_owner(token) if token.dep_ == "poss" else None
        if owner is not None:  # "the Company and four of its subsidiaries": the Company's
            actor = self.actor_of(owner)
            return self._record(token, actor, span, pronoun=True) if actor else None
        bound = binding.bound_referent(token, self.actor_of, wanted) if wanted else None
        if bound is not None:
            return self._record(token, bound, span, pronoun=True)
        if token.dep_ == "poss":  # "its EU bid" is not the EU's own
            named = self._keys_named_in(token.head)
            earlier = [m for m in earlier if ante.owner_key(m.actor) not in named]
        antecedent = ante.single_referent(earlier, wanted) if wanted else None
        return self._record(token, antecedent, span, pronoun=True) if antecedent else None

    def _speakers(self, token: Token, speaker: Token, span: Span) -> Mention | None:
        """Return the mention a pronoun makes of the speakers whose words it opens."""
        mention = self.mention_at(nps.phrase_head(speaker))
        if mention is not None and mention.members:
            return self._record_group(token, mention.members, span, True)
        listed = [self.actor_of(t) for t in (speaker, *speaker.conjuncts)]
        sides = ante.distinct_sides([a for a in listed if a is not None])
        if len(sides) > 1:
            return self._record_group(token, sides, span, True)
        return self._record(token, mention.actor, span, pronoun=True) if mention else None

    def statement_voices(self) -> tuple[Actor, ...]:
        """Return who speaks in a statement's own voice: its several authors when it is a
        joint statement, else its author, or () for a story with none."""
        if self.author is None:
            return ()
        authors = self._joint_authors()
        return authors if len(authors) > 1 else (self.author,)

    def _joint_authors(self) -> tuple[Actor, ...]:
        """Return the several authors of a joint statement, found once, or ()."""
        if self._authors is None:
            self._authors = ()  # guards against the search resolving a pronoun itself
            starts = [s.start for s in sentences(self.doc)]
            self._authors = binding.joint_authors(self.doc, starts, self.author, self.actor_of)
        return self._authors

    def _keys_named_in(self, head: Token) -> set[str | None]:
        """Return the states and organisations the modifiers of a phrase name."""
        return {t.country or t.org for tok in nps.own_tokens(head) if tok.i in self.terms and tok.i != head.i
                for t in self.terms[tok.i].terms}
