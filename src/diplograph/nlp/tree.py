"""A token's children by dependency label, read once per document from the parse's arrays:
spaCy's `Token.children` builds a Token object for every child on every call, and the later
stages ask for the children of the same words many times over."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token


@dataclass
class Tree:
    """The parse of one document as plain lists: each word's children, label and form."""

    children: list[list[int]]
    deps: list[str]
    lower: list[str]
    lemmas: list[str]


# The tree of the document analysed last; the stages run one document at a time.
_latest: list = [None, None]


def tree_of(doc: Doc) -> Tree:
    """Return the document's parse as lists, computed once."""
    if _latest[0] is not doc:
        _latest[:] = [doc, _build(doc)]
    return _latest[1]


def _build(doc: Doc) -> Tree:
    strings = doc.vocab.strings
    columns = doc.to_array(["HEAD", "DEP", "LOWER", "LEMMA"]).astype("int64")
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for i, offset in enumerate(columns[:, 0].tolist()):
        if offset:
            children[i + offset].append(i)
    deps = [strings[d] for d in columns[:, 1].astype("uint64").tolist()]
    lower = [strings[w] for w in columns[:, 2].astype("uint64").tolist()]
    lemmas = [strings[w].lower() for w in columns[:, 3].astype("uint64").tolist()]
    return Tree(children, deps, lower, lemmas)


def children_with(token: Token, deps: tuple[str, ...] | set[str] | frozenset[str]) -> list[Token]:
    """Return, in order, the children of `token` whose dependency label is in `deps`."""
    doc = token.doc
    tree = tree_of(doc)
    return [doc[j] for j in tree.children[token.i] if tree.deps[j] in deps]


def has_child_with(token: Token, deps: tuple[str, ...] | set[str] | frozenset[str]) -> bool:
    """Return True when some child of `token` has a dependency label in `deps`."""
    tree = tree_of(token.doc)
    return any(tree.deps[j] in deps for j in tree.children[token.i])


def child_words(token: Token, deps: tuple[str, ...] | set[str] | frozenset[str]) -> set[str]:
    """Return the lower-cased forms of the children of `token` labelled with one of `deps`."""
    tree = tree_of(token.doc)
    return {tree.lower[j] for j in tree.children[token.i] if tree.deps[j] in deps}


def descendants(token: Token, levels: int) -> list[int]:
    """Return the positions of the words at most `levels` steps below `token`, level by level."""
    kids = tree_of(token.doc).children
    found, level = [], kids[token.i]
    for _ in range(levels):
        found += level
        level = [g for c in level for g in kids[c]]
    return found


def subtree(parse: Tree, i: int) -> list[int]:
    """Return the positions of word `i` and every word below it."""
    found, stack = [], [i]
    while stack:
        j = stack.pop()
        found.append(j)
        stack.extend(parse.children[j])
    return found


def prep_objects(token: Token, words: tuple[str, ...],
                 objects: tuple[str, ...] | set[str] = ("pobj", "pcomp")) -> list[Token]:
    """Return the objects of the prepositions in `words` attached to `token`; for "met with
    X to discuss Y", parsed as a clause "X to discuss Y" under "with", the phrase X."""
    doc = token.doc
    tree = tree_of(doc)
    found = [doc[o] for j in tree.children[token.i]
             if tree.deps[j] in ("prep", "agent", "dative") and tree.lower[j] in words
             for o in tree.children[j] if tree.deps[o] in objects]
    return [infinitive_subject(o) if is_stranded_infinitive(o) else o for o in found]


def is_infinitive(verb: Token) -> bool:
    """Return True for a verb with "to" as its auxiliary ("to discuss")."""
    return "to" in child_words(verb, ("aux",))


def is_stranded_infinitive(verb: Token) -> bool:
    """Return True for a to-infinitive the parser put under a preposition with a noun as its
    subject ("with Foreign Secretary Momen to discuss ..."): the noun is the preposition's
    object, and the infinitive says what for."""
    return (verb.dep_ == "pcomp" and verb.pos_ == "VERB" and verb.head.dep_ == "prep"
            and is_infinitive(verb) and infinitive_subject(verb) is not None)


def infinitive_subject(verb: Token) -> Token | None:
    """Return the noun before a verb that the parser made its subject, if any."""
    return next((c for c in children_with(verb, ("nsubj",))
                 if c.pos_ in ("NOUN", "PROPN") and c.i < verb.i), None)
