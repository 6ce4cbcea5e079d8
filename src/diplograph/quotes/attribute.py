"""Attributing quotations to speakers the way a reader does: cue verbs, "according to",
pronouns, and the speaker of the quotation before."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from diplograph.actors.resolve import ActorResolver
from diplograph.model import Actor, Quote
from diplograph.quotes.marks import QuoteSpan, find_quote_spans

CUE_LEMMAS = {"say", "tell", "add", "state", "note", "warn", "write", "post", "declare",
              "insist", "stress", "explain", "announce", "ask", "reply", "respond", "argue",
              "claim", "tweet", "remark", "observe", "conclude", "emphasize", "emphasise",
              "underscore", "comment", "acknowledge", "admit", "quote", "continue", "report",
              "assert", "affirm", "caution", "vow", "promise", "recall", "describe"}
CARRY_OVER_PARAGRAPHS = 2


@dataclass
class Cue:
    """A speech cue and the speaker it names."""

    token: Token
    speaker: Actor | None
    text: str


def extract_quotes(doc: Doc, resolver: ActorResolver) -> list[Quote]:
    """Return the article's direct quotations and reported speech, with speakers."""
    text = doc.text
    spans = find_quote_spans(text)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None
    for span in spans:
        cue = find_cue(doc, resolver, span, spans)
        para = paragraph_number(text, span.start)
        if cue is None and previous and para - previous[1] <= CARRY_OVER_PARAGRAPHS:
            quote = Quote(previous[0].speaker, span.text(text), span.start, span.end, True,
                          None, span.doubtful)
        else:
            speaker = cue.speaker.ref() if cue and cue.speaker else None
            quote = Quote(speaker, span.text(text), span.start, span.end, True,
                          cue.text if cue else None, span.doubtful)
        quotes.append(quote)
        previous = (quote, para)
    return quotes + reported_speech(doc, resolver, spans)


def paragraph_number(text: str, offset: int) -> int:
    """Return the number of the paragraph holding `offset`."""
    return text.count("\n", 0, offset)


def inside_any(token: Token, spans: list[QuoteSpan]) -> bool:
    """Return True when `token` lies inside a quotation (marks included)."""
    return any(s.open_mark <= token.idx < (s.close_mark or s.end) + 1 for s in spans)


def quote_tokens(doc: Doc, span: QuoteSpan) -> list[Token]:
    """Return the tokens of a quotation."""
    chunk = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(chunk) if chunk is not None else []


def find_cue(doc: Doc, resolver: ActorResolver, span: QuoteSpan,
             spans: list[QuoteSpan]) -> Cue | None:
    """Return the cue of a quotation: a verb governing it, else the nearest cue around it."""
    inner = quote_tokens(doc, span)
    if not inner:
        return None
    for token in inner[0].ancestors:
        if is_cue(token) and not inside_any(token, spans):
            return cue_of(token, resolver)
    window = cue_window(doc, inner)
    near = [t for t in window if (is_cue(t) or is_according(t)) and not inside_any(t, spans)]
    if not near:
        return None
    best = min(near, key=lambda t: min(abs(t.idx - span.start), abs(t.idx - span.end)))
    return cue_of(best, resolver)


def cue_window(doc: Doc, inner: list[Token]) -> list[Token]:
    """Return the tokens of the sentences a quotation starts and ends in, and of a cue clause
    right after it ("..., it added.")."""
    first, last = inner[0].sent, inner[-1].sent
    tokens = list(doc[first.start:last.end])
    after = doc[last.end:last.end + 8]
    if len(after) and (after[0].is_punct or after[0].is_quote):
        tokens += list(after)
    return tokens


def is_cue(token: Token) -> bool:
    """Return True for a speech verb."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS


def is_according(token: Token) -> bool:
    """Return True for the "to" of "according to"."""
    return token.lower_ == "to" and token.i > 0 and token.nbor(-1).lower_ == "according"


def cue_of(token: Token, resolver: ActorResolver) -> Cue:
    """Return the cue at `token` with the speaker it names."""
    if is_according(token):
        objects = [c for c in token.children if c.dep_ == "pobj"]
        speaker = speaker_from(objects, resolver)
        return Cue(token, speaker, "according to")
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and token.dep_ in ("advcl", "xcomp", "conj") and token.head is not token:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if not subjects:  # inverted order the parser may miss: '..., added KCNA.'
        subjects = [t for t in token.doc[token.i + 1:token.i + 5] if not t.is_punct]
    return Cue(token, speaker_from(subjects, resolver), token.text)


def speaker_from(tokens: list[Token], resolver: ActorResolver) -> Actor | None:
    """Return the actor of the first phrase that resolves."""
    for token in tokens:
        found = resolver.argument(token)
        if found:
            return found[0]
    return None


def reported_speech(doc: Doc, resolver: ActorResolver, spans: list[QuoteSpan]) -> list[Quote]:
    """Return reported speech without marks: "X is Y, the ministry said" as direct=False."""
    found = []
    for sent in doc.sents:
        root = sent.root
        if not is_cue(root) or any(inside_any(t, spans) for t in sent):
            continue
        content = [c for c in root.children if c.dep_ == "ccomp"]
        speaker = speaker_from([c for c in root.children if c.dep_ == "nsubj"], resolver)
        if content and speaker:
            clause = list(content[0].subtree)
            start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
            found.append(Quote(speaker.ref(), doc.text[start:end], start, end, False, root.text))
    return found
