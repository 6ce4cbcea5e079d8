"""Helpers over the tokens of a parsed article that the actor resolver relies on."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.actors import nps
from diplograph.actors.lexicon import TermHit
from diplograph.model import Actor, Span
from diplograph.nlp.sentences import entity_at, sentences

# Entity labels under which a surname alias is read as part of another name; GPE and NORP are
# left out because the small models often give them to people's names.
NON_PERSON_ENTITIES = {"FAC", "LOC", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}

def add_span(actor: Actor, span: Span) -> None:
    """Add a mention span to an actor once."""
    if all((m.start, m.end) != (span.start, span.end) for m in actor.mentions):
        actor.mentions.append(span)


def is_bare_surname(hit: TermHit, head: Token) -> bool:
    """Return True for a one-word person alias that is part of another name ("Park" in
    "Georgian National Park")."""
    if hit.end - hit.start != 1 or not all(t.kind == "person" for t in hit.terms):
        return False
    ent = entity_at(head)
    if ent is not None and ent.label_ in NON_PERSON_ENTITIES and len(ent) > 1:
        return True
    names = {w for t in hit.terms for w in t.key.split()}
    return any(c.dep_ in nps.INNER and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
               and c.text not in names and not is_initial(c.text) for c in head.lefts)


ATTITUDE_PREFIXES = {"pro", "anti"}


def is_attitude(doc: Doc, start: int) -> bool:
    """Return True for a name that says what someone is for or against ("a pro-EU company",
    "pro-Russian separatists", "anti-American protests"), not whose they are."""
    return (start >= 2 and doc[start - 1].text in ("-", "\u2010", "\u2011")
            and doc[start - 2].lower_ in ATTITUDE_PREFIXES)


def is_initial(word: str) -> bool:
    """Return True for a name initial such as "J." or "W"."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def proper_name(head: Token) -> str:
    """Return the proper name a head ends: its proper-noun compounds and itself."""
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ in nps.INNER:
        start -= 1
    return head.doc[start:head.i + 1].text


def quoted_tokens(doc: Doc) -> set[int]:
    """Return the indices of the tokens between quotation marks, paragraph by paragraph."""
    inside, found = False, set()
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array("ORTH").tolist()):
        text = strings[orth]
        if "\n" in text:
            inside = False
        elif text in ("\u201c", "\u201d", '"', "''", "``"):
            inside = text != "\u201d" and not (text in ('"', "''") and inside)
        elif inside:
            found.add(i)
    return found


def sentence_numbers(doc: Doc) -> list[int]:
    """Return, for every token, the number of the sentence holding it."""
    numbers = [0] * len(doc)
    for n, sent in enumerate(sentences(doc)):
        numbers[sent.start:sent.end] = [n] * (sent.end - sent.start)
    return numbers
