"""Attributing quotations to speakers the way a reader does: cue verbs, "according to",
pronouns, and the speaker of the quotation before."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from diplograph.actors.resolve import ActorResolver
from diplograph.model import Actor, Quote
from diplograph.nlp.sentences import sentence_of, sentences, text_of
from diplograph.quotes.marks import QuoteSpan, find_quote_spans
from diplograph.time import date_for_trigger

CUE_LEMMAS = {"say", "tell", "add", "state", "note", "warn", "write", "post", "declare",
              "insist", "stress", "explain", "announce", "ask", "reply", "respond", "argue",
              "claim", "tweet", "remark", "observe", "conclude", "emphasize", "emphasise",
              "underscore", "comment", "acknowledge", "admit", "quote", "continue", "report",
              "assert", "affirm", "caution", "vow", "promise", "recall", "describe"}
CARRY_OVER_PARAGRAPHS = 2
SPEAKS_FOR = {"for", "of", "at", "from", "by"}
MANNER_PREPS = {"by", "in", "while", "when", "after", "before"}  # "... by saying", "in telling"


@dataclass
class Cue:
    """A speech cue and the speaker it names."""

    token: Token
    speaker: Actor | None
    text: str
    named: bool = False  # the cue names its speaker by a name or a noun, known or not


def extract_quotes(doc: Doc, resolver: ActorResolver,
                   published: str | None = None) -> list[Quote]:
    """Return the article's direct quotations and reported speech, with speakers, each dated
    by its cue's clause or else by the publication date."""
    text = text_of(doc)
    spans = find_quote_spans(text)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None
    for span in spans:
        cue = find_cue(doc, resolver, span, spans)
        para = paragraph_number(text, span.start)
        named = cue is not None and cue.named
        if cue is None or cue.speaker is None:
            # "Lavrov rejected the claim. “It is nonsense.”", "Ban criticized Israel ...
            # saying, '...'" (the cue misparsed): the person the sentence opens with
            cue = introducing_subject(doc, resolver, span, text, uncued=cue is None) or cue
        unspoken = cue is None or cue.speaker is None
        # "Wang said ...", Wang unknown: Wang's words, not those of the speaker before
        if unspoken and not named and previous and previous[0].speaker \
                and para - previous[1] <= CARRY_OVER_PARAGRAPHS:
            quote = Quote(previous[0].speaker, span.text(text), span.start, span.end, True,
                          cue.text if cue else None, span.doubtful, previous[0].date,
                          previous[0].date_inferred)
        else:
            speaker = cue.speaker.ref() if cue and cue.speaker else None
            quote = Quote(speaker, span.text(text), span.start, span.end, True,
                          cue.text if cue else None, span.doubtful,
                          *said_on(cue.token if cue else None, published))
        quotes.append(quote)
        previous = (quote, para)
    lend_continuations(quotes, spans)
    return quotes + reported_speech(doc, resolver, spans, published)


def introducing_subject(doc: Doc, resolver: ActorResolver, span: QuoteSpan,
                        text: str, uncued: bool = False) -> Cue | None:
    """Return the subject of the sentence that opens the quotation's own sentence or comes
    just before it in its paragraph, as its speaker, when it is a person; for a quotation
    with no cue (`uncued`) that opens a paragraph, the last sentence of the paragraph before
    introduces it ("Guterres arrived in Cairo on Monday." then "“While I was on my way here,
    ...”"), while "“...,” a senior official said" is not that sentence's subject's."""
    inner = quote_tokens(doc, span)
    if not inner:
        return None
    first = sentence_of(inner[0])
    sents = [first]
    if first.start > 0:
        before = sentence_of(doc[first.start - 1])
        if paragraph_number(text, before.start_char) == paragraph_number(text, span.start) \
                or (uncued and opens_paragraph(text, span.open_mark)):
            sents.append(before)
    for sent in sents:
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not (span.open_mark <= c.idx < span.end)]
        speaker = speaker_from(subjects, resolver)
        if speaker is not None and speaker.kind == "person":
            return Cue(sent.root, speaker, sent.root.text)
    return None


def said_on(cue: Token | None, published: str | None) -> tuple[str | None, bool]:
    """Return when words were said: the date in the cue's clause ("said on Monday"), else
    the publication date, marked as inferred."""
    when = date_for_trigger(cue, published, False) if cue is not None else None
    if when is not None:
        return when.value, False
    return published, published is not None


def lend_continuations(quotes: list[Quote], spans: list[QuoteSpan]) -> None:
    """Give a quotation that runs on into the next paragraph the speaker found for its
    continuation ("... lives.\n“We call on both sides ...,” he said.")."""
    for n in range(len(spans) - 2, -1, -1):
        if spans[n].continued and quotes[n].cue is None and quotes[n + 1].speaker is not None:
            quotes[n].speaker, quotes[n].cue = quotes[n + 1].speaker, quotes[n + 1].cue


def opens_paragraph(text: str, offset: int) -> bool:
    """Return True when only blank space stands between the paragraph's start and `offset`."""
    return not text[text.rfind("\n", 0, offset) + 1:offset].strip()


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
        return colon_cue(doc, resolver, span) or clause_cue(inner, resolver, spans)
    before = [t for t in near if t.idx < span.open_mark]
    if before and text_of(doc)[:span.open_mark].rstrip().endswith((",", ":")):
        return cue_of(before[-1], resolver)  # 'X said, "..."': the cue that introduces it
    best = min(near, key=lambda t: min(abs(t.idx - span.start), abs(t.idx - span.end)))
    return cue_of(best, resolver)


def cue_window(doc: Doc, inner: list[Token]) -> list[Token]:
    """Return the tokens of the sentences a quotation starts and ends in, and of a cue clause
    right after it ("..., it added.")."""
    first, last = sentence_of(inner[0]), sentence_of(inner[-1])
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
    subjects = cue_subjects(token)
    named = any(t.pos_ in ("PROPN", "NOUN") for t in subjects)
    if not subjects:  # inverted order the parser may miss: '..., added KCNA.'
        subjects = [t for t in token.doc[token.i + 1:token.i + 5] if not t.is_punct]
    return Cue(token, speaker_from(subjects, resolver), token.text, named)


def cue_subjects(token: Token, depth: int = 0) -> list[Token]:
    """Return who says what a cue verb introduces: its subject, the one a report quotes, or
    the subject of the verb it hangs from ("..., adding", "by telling the BBC, ...", "telling
    the BBC ... and saying that ...")."""
    subjects = quoted_person(token) or [c for c in token.children
                                        if c.dep_ in ("nsubj", "nsubjpass")]
    head = token.head
    if subjects or head == token or depth > 3:
        return subjects
    if token.dep_ == "conj":
        return cue_subjects(head, depth + 1)
    if token.dep_ in ("advcl", "xcomp"):
        return [c for c in head.children if c.dep_ == "nsubj"]
    if token.dep_ == "pcomp" and head.lower_ in MANNER_PREPS:
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    return []


def quoted_person(token: Token) -> list[Token]:
    """Return the person a report quotes ("KCNA quoted Kim as saying ..."): the speaker is the
    one quoted, not the one quoting."""
    if token.lemma_ == "quote":
        return [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "pcomp" and token.head.lower_ == "as" and token.head.head.lemma_ == "quote":
        return [c for c in token.head.head.children if c.dep_ == "dobj"]
    return []


def colon_cue(doc: Doc, resolver: ActorResolver, span: QuoteSpan) -> Cue | None:
    """Return the speaker of a quotation introduced by a colon without a speech verb ("Lavrov
    was blunt: “...”"): the subject of the clause before the colon."""
    before = text_of(doc)[:span.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sent = sentence_of(colon[0])
    subjects = [t for t in doc[sent.start:colon[0].i] if t.dep_ in ("nsubj", "nsubjpass")]
    speaker = speaker_from(subjects, resolver)
    return Cue(colon[0], speaker, ":") if speaker else None


def clause_cue(inner: list[Token], resolver: ActorResolver, spans: list[QuoteSpan]) -> Cue | None:
    """Return the speaker of a quotation that stands inside what the subject of its sentence
    does with words, with no speech verb ("The report advises sanctions, including an \"EU
    presence at court cases\""): that subject, when it resolves to an actor."""
    root = sentence_of(inner[0]).root
    if root.pos_ not in ("VERB", "AUX") or inside_any(root, spans):
        return None
    # "Excavations in Jerusalem are mentioned, suggesting ...": what a passive's subject
    # undergoes says nothing of who speaks
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or any(inner[0] in s.subtree for s in subjects):
        return None
    speaker = speaker_from(subjects, resolver)
    return Cue(root, speaker, root.text) if speaker else None


def speaker_from(tokens: list[Token], resolver: ActorResolver) -> Actor | None:
    """Return the actor of the first phrase that resolves."""
    for token in tokens:
        found = resolver.argument(token) or titled_earlier(token, resolver)
        if found:
            return found[0]
        # "a spokesman for China's defence ministry" speaks for the ministry
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in SPEAKS_FOR):
            owner = speaker_from([o for o in prep.children if o.dep_ == "pobj"], resolver)
            if owner:
                return owner
    return None


def titled_earlier(token: Token, resolver: ActorResolver) -> tuple[Actor] | None:
    """Return the person last named with the title a description uses ("the prince" after
    "Prince Faisal bin Farhan", "the general" after "General Petraeus")."""
    if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
        return None
    title = token.text.title()
    named = [(m.start, actor) for actor in resolver.actors() if actor.kind == "person"
             for m in actor.mentions if m.start < token.idx and title in m.text.split()]
    return (max(named, key=lambda pair: pair[0])[1],) if named else None


def reported_speech(doc: Doc, resolver: ActorResolver, spans: list[QuoteSpan],
                    published: str | None = None) -> list[Quote]:
    """Return reported speech without marks: "X is Y, the ministry said" as direct=False."""
    found = []
    for sent in sentences(doc):
        root = sent.root
        if not is_cue(root) or any(inside_any(t, spans) for t in sent):
            continue
        content = [c for c in root.children if c.dep_ == "ccomp"]
        speaker = speaker_from([c for c in root.children if c.dep_ == "nsubj"], resolver)
        if content and speaker:
            first = content[0].left_edge.i  # "said that ...": the words, not the "that"
            clause = [t for t in content[0].subtree if not (t.dep_ == "mark" and t.i == first)]
            while clause and clause[-1].is_punct:
                clause.pop()
            start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
            found.append(Quote(speaker.ref(), text_of(doc)[start:end], start, end, False, root.text,
                               False, *said_on(root, published)))
    return found
