"""A token's sentence and entity, found once per document: spaCy's `Token.sent` and `Doc.ents`
walk the whole document on every call, which on long articles cost more than the whole event
coder."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

# The sentences and entities of the document analysed last; the stages run one document at a
# time.
_latest: list = [None, [], []]
_entities: list = [None, [], []]
_entity_start_list: list = [None, []]
_text: list = [None, ""]


def sentences(doc: Doc) -> list[Span]:
    """Return the document's sentences, computed once."""
    return _index(doc)[0]


def sentence_of(token: Token) -> Span:
    """Return the sentence holding `token`."""
    spans, where = _index(token.doc)
    return spans[where[token.i]]


def sentence_number(token: Token) -> int:
    """Return the position of the token's sentence in its document."""
    return _index(token.doc)[1][token.i]


def _index(doc: Doc) -> tuple[list[Span], list[int]]:
    if _latest[0] is not doc:
        spans = list(doc.sents)
        where = [0] * len(doc)
        for n, span in enumerate(spans):
            for i in range(span.start, span.end):
                where[i] = n
        _latest[:] = [doc, spans, where]
    return _latest[1], _latest[2]


def entities(doc: Doc) -> list[Span]:
    """Return the document's named entities, computed once."""
    return _entity_index(doc)[0]


def entity_at(token: Token) -> Span | None:
    """Return the named entity that covers `token`, if any."""
    spans, where = _entity_index(token.doc)
    n = where[token.i]
    return spans[n] if n >= 0 else None


def entities_in(span: Span) -> list[Span]:
    """Return the named entities that start inside `span`."""
    spans = entities(span.doc)
    starts = _entity_starts(span.doc)
    return spans[bisect_left(starts, span.start):bisect_left(starts, span.end)]


def _entity_starts(doc: Doc) -> list[int]:
    if _entity_start_list[0] is not doc:
        _entity_start_list[:] = [doc, [e.start for e in entities(doc)]]
    return _entity_start_list[1]


def _entity_index(doc: Doc) -> tuple[list[Span], list[int]]:
    if _entities[0] is not doc:
        spans = list(doc.ents)
        where = [-1] * len(doc)
        for n, span in enumerate(spans):
            for i in range(span.start, span.end):
                where[i] = n
        _entities[:] = [doc, spans, where]
    return _entities[1], _entities[2]


def text_of(doc: Doc) -> str:
    """Return the document's text (spaCy joins its tokens again on every `Doc.text`)."""
    if _text[0] is not doc:
        _text[:] = [doc, doc.text]
    return _text[1]


def remember_text(doc: Doc, text: str) -> None:
    """Record a document's text, known already, so that `text_of` need not rebuild it."""
    _text[:] = [doc, text]
