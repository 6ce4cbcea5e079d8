"""Noun-phrase helpers over spaCy's dependency parse."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from diplograph.nlp import tree

# Dependents that sit inside a noun phrase before its head.
PREMODIFIERS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct",
                "quantmod", "flat", "prep_compound", "npadvmod"}
OWN_PREMODIFIERS = PREMODIFIERS - {"poss"}
INNER = {"compound", "flat"}
NOMINAL = {"NOUN", "PROPN", "PRON"}


def phrase_head(token: Token) -> Token:
    """Return the head of the noun phrase `token` belongs to (climbing compounds)."""
    while token.dep_ in INNER and token.head != token and token.head.pos_ in NOMINAL:
        token = token.head
    return token


def phrase_heads(doc: Doc) -> list[int]:
    """Return the indices of the nominal tokens that head their own phrase, read from the
    document's arrays rather than token by token (the resolver asks this of every token)."""
    pos, dep, head = (doc.to_array(a).tolist() for a in ("POS", "DEP", "HEAD"))
    strings = doc.vocab.strings
    nominal = {strings[p] for p in NOMINAL}
    inner = {strings[d] for d in INNER}
    found = []
    for i, p in enumerate(pos):
        if p not in nominal:
            continue
        h = i + head[i]  # HEAD holds the offset to the head
        if dep[i] in inner and h != i and pos[h] in nominal:
            continue
        found.append(i)
    return found


def is_phrase_head(token: Token) -> bool:
    """Return True for a nominal token that heads its own phrase."""
    return token.pos_ in NOMINAL and phrase_head(token) == token


def own_tokens(head: Token) -> list[Token]:
    """Return the head and its pre-modifiers, without a possessor's own phrase."""
    return _with_premodifiers(head, OWN_PREMODIFIERS)


def phrase_tokens(head: Token) -> list[Token]:
    """Return the head and all its pre-modifiers, a possessor included."""
    return _with_premodifiers(head, PREMODIFIERS)


def own_positions(head: Token) -> list[int]:
    """Return the positions of `own_tokens`, in order, without building the tokens."""
    return _premodifier_positions(head, OWN_PREMODIFIERS)


def _with_premodifiers(head: Token, deps: set[str]) -> list[Token]:
    doc = head.doc
    return [doc[k] for k in _premodifier_positions(head, deps)]


def _premodifier_positions(head: Token, deps: set[str]) -> list[int]:
    parse = tree.tree_of(head.doc)
    found = sorted([head.i] + [k for c in parse.children[head.i]
                               if c < head.i and parse.deps[c] in deps
                               for k in tree.subtree(parse, c)])
    cut = other_persons_end(head, [k for k in found if parse.deps[k] == "cc"])
    return [k for k in found if k > cut] if cut is not None else found


def other_persons_end(head: Token, joints: list[int]) -> int | None:
    """Return the last of `joints` (coordinating words among a name's modifiers) that follows
    another person's name: "U.S. Special Envoy Tim Lenderking and Dutch Ambassador Peter Hof",
    parsed as one phrase, holds two people, and Hof's own words start after the "and"."""
    doc = head.doc
    for j in reversed(joints):
        joined = doc[j].head
        if joined.ent_type_ == "PERSON" and joined.i < j and not _same_entity(joined, head):
            return j
    return None


def _same_entity(a: Token, b: Token) -> bool:
    return a.ent_iob_ != "O" and b.ent_iob_ != "O" and a.ent_type_ == b.ent_type_ and all(
        doc_token.ent_iob_ == "I" for doc_token in a.doc[min(a.i, b.i) + 1:max(a.i, b.i) + 1])


TITLE_WORDS = {"PROPN", "ADJ"}
BRIEF_PREPS = {"for", "to"}


def title_before(first: Token) -> list[Token]:
    """Return the words of a title written just before a name ("U.S. Special Envoy for
    Yemen" before "Tim Lenderking"), up to a conjunction, a comma or a lower-case word."""
    doc, k = first.doc, first.i - 1
    while k >= 0 and (doc[k].pos_ in TITLE_WORDS or doc[k].lower_ in BRIEF_PREPS | {"of"}):
        k -= 1
    return list(doc[k + 1:first.i])


def names_a_brief(token: Token) -> bool:
    """Return True for a name that says what a post is for or where it is sent ("Envoy for
    Yemen", "Ambassador to Yemen"), not whose it is."""
    k = token.i - 1
    while k >= 0 and token.doc[k].dep_ == "det":  # "Special Representative for the DPRK"
        k -= 1
    return k >= 0 and token.doc[k].lower_ in BRIEF_PREPS


def private_descriptor(head: Token) -> bool:
    """Return True for a name introduced by a common noun before it ("analyst Yossi
    Alpher", "resident Ahmad Saleh"): what the person is, when it is no title of office."""
    return any(t.pos_ == "NOUN" and t.dep_ in INNER and t.text.islower()
               for t in own_tokens(head) if t != head)


def described_name(head: Token) -> str:
    """Return the words that name an unnamed official or body: the phrase and the "of",
    "to" or "for" phrase that says whose it is ("aide to Vladimir Putin"), not "aide"."""
    tokens = own_tokens(head)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "for") and child.i == head.i + 1:
            phrase = list(child.subtree)
            owner = next((o for o in child.children if o.dep_ == "pobj"), None)
            # "Director of the Office of the Commission Yang Jiechi": the name glued to the end
            # is the official's own, not the post's owner ("aide to Vladimir Putin")
            named = len(phrase) if owner is None or owner.ent_type_ == "PERSON" else next(
                (k for k, t in enumerate(phrase) if t.ent_type_ == "PERSON"), len(phrase))
            tokens = tokens + phrase[:named]
        break
    return trimmed(tokens).text


def possessor(head: Token) -> Token | None:
    """Return the head of the possessor phrase ("Russia" in "Russia's ministry")."""
    parse = tree.tree_of(head.doc)
    found = next((c for c in parse.children[head.i] if c < head.i and parse.deps[c] == "poss"),
                 None)
    return None if found is None else head.doc[found]


def prep_object(head: Token, word: str) -> Token | None:
    """Return the object of a preposition attached to `head` ("president of France")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == word:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def appositions(head: Token) -> list[Token]:
    """Return the heads of appositions to `head`."""
    parse = tree.tree_of(head.doc)
    return [head.doc[c] for c in parse.children[head.i] if c > head.i and parse.deps[c] == "appos"]


def conjuncts(token: Token) -> list[Token]:
    """Return `token` and the tokens conjoined to it ("X and Y")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def trimmed(tokens: list[Token]) -> SpacySpan:
    """Return the span of `tokens` without leading determiners and edge punctuation."""
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end - 1 and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def slug(text: str) -> str:
    """Return a lower-case, hyphenated identifier for `text`, accents aside ("Álvaro Uribe"
    is alvaro-uribe)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
