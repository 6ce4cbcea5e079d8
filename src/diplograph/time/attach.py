"""Finding the date expression that belongs to an event's clause."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from diplograph.nlp.sentences import entities_in, sentence_number, sentence_of, sentences
from diplograph.time.expressions import ResolvedDate, resolve_expression

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "appos"}
NOUN_MODIFIERS = {"acl", "relcl"}
# Verbs of a clause on an act's noun that carry the act out, so that its date is the act's.
TELLING_WHEN = {"begin", "start", "launch", "hold", "sign", "conclude", "open", "stage",
                "conduct", "carry", "mount", "announce", "reach", "impose"}
PRESENT_TAGS = {"VBZ", "VBP"}
PRESENT_AUX = {"is", "are", "am", "'s", "'re", "'m"}
CONTINUING = {"continue", "remain", "keep"}
DURATION_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def date_for_trigger(trigger: Token, published: str | None,
                     future: bool) -> ResolvedDate | None:
    """Return the date stated in the trigger's own clause or phrase, resolved."""
    if not published:
        return None
    pub = date.fromisoformat(published)
    # Its own clause first, then the verb it is coordinated with ("made a state visit to
    # Moscow in March and declared ...").
    for anchor in (trigger, coordinated_head(trigger)):
        if anchor is None:
            continue
        for ent in date_mentions(sentence_of(trigger)):
            if not is_duration(ent) and not is_record_mark(ent) and attaches_to(ent.root, anchor):
                # "talks they began in November": a past clause dates a planned act's past
                found = resolve_expression(ent.text, pub, future and not in_past_clause(ent.root))
                if found:
                    return found
    return None


def date_mentions(sent) -> list:
    """Return the sentence's DATE entities and the numeric dates the entity recogniser leaves
    out ("on 09/12/2023", "on 2023-09-12")."""
    found = [ent for ent in entities_in(sent) if ent.label_ == "DATE"]
    covered = {i for ent in found for i in range(ent.start, ent.end)}
    found += [sent.doc[i:i + 1] for i in numeric_dates(sent.doc)
              if sent.start <= i < sent.end and i not in covered]
    return found


_numeric: list = [None, []]  # the numeric dates of the document analysed last


def numeric_dates(doc: Doc) -> list[int]:
    """Return the indices of the tokens written as numeric dates, found once per document."""
    if _numeric[0] is not doc:
        strings = doc.vocab.strings
        _numeric[:] = [doc, [i for i, orth in enumerate(doc.to_array("ORTH").tolist())
                             if NUMERIC_DATE.match(strings[orth])]]
    return _numeric[1]


def coordinated_head(trigger: Token) -> Token | None:
    """Return the verb a verb trigger is coordinated with, if any."""
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


NUMERIC_DATE = re.compile(r"^(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})$")


def is_duration(ent) -> bool:
    """Return True for "a four-day visit" or "48 hours": a length, not a date."""
    if ent.root.dep_ in ("compound", "amod", "nummod") and ent.root.head.pos_ == "NOUN":
        return not any(t.lower_ in ("this", "last", "next") for t in ent)
    return any(t.lower_ == "within" for t in ent.root.ancestors if t.dep_ == "prep") or (
        ent.root.head.lower_ in ("for", "within") and ent.root.lower_ in DURATION_WORDS)


def is_record_mark(ent) -> bool:
    """Return True for "the first visit since 1985", "the largest attack since 2014": the
    time of the last such act, not of this one."""
    prep = ent.root.head
    if prep.lower_ != "since" or prep.dep_ != "prep":
        return False
    noun = prep.head
    return any(c.tag_ == "JJS" or c.lower_ in ("first", "last") for c in noun.children)


def opens_a_span(ent) -> bool:
    """Return True for "since September 2021": the start of a state still going on, which
    dates the story's background, not the acts told after it."""
    return ent.root.head.lower_ == "since" or any(t.lower_ == "since" for t in ent)


def in_past_clause(root: Token) -> bool:
    """Return True for a date expression in a clause told in the past tense ("they began in
    November", "had agreed in March")."""
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def attaches_to(root: Token, trigger: Token) -> bool:
    """Return True when the expression hangs off the trigger, or the verb governing it; one
    in possessive form on a subject or object ("condemn this week's attacks") dates only that
    noun, while on a setting ("at Monday's meeting, X said") it dates the clause."""
    if root.dep_ == "poss" and root.head.dep_ in ARGUMENT_DEPS and root.head != trigger:
        return False
    anchors = {trigger.i}
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
        anchors.add(head.i)
    anchors.add(head.i)
    token = root
    for _ in range(4):
        if token.i in anchors:
            return True
        if token.head == token:
            return False
        if token.pos_ in ("VERB", "AUX") and token != root and not tells_when(token, trigger):
            return False
        token = token.head
    return False


def tells_when(verb: Token, trigger: Token) -> bool:
    """Return True for a clause on an act's noun that says when the act took place ("the
    peace talks they began in November", "the attack it launched on Monday")."""
    return (verb.dep_ in ("relcl", "acl") and verb.head == trigger
            and verb.lemma_.lower() in TELLING_WHEN)


def in_a_modifier(ent) -> bool:
    """Return True for a date inside a clause that modifies a noun ("the papers shared with
    Moscow last month"): it dates that background, not the story's time."""
    token, steps = ent.root, 0
    while token.head != token and steps < 12:
        if token.dep_ in NOUN_MODIFIERS:
            return True
        token, steps = token.head, steps + 1
    return False


def speaks_of_now(trigger: Token) -> bool:
    """Return True for an act told in the present ("We urge the DPRK", "the United States is
    taking action"), outside any past-tense report: it happens at the time of writing, not at
    a date the story told before."""
    verb, steps = trigger, 0
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acomp", "xcomp")) \
            and verb.head != verb and steps < 6:  # "is committed to", "wants to"
        verb, steps = verb.head, steps + 1
    present = verb.tag_ in PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_AUX for c in verb.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if modal and verb.lemma_.lower() in CONTINUING and verb.tag_ == "VB":
        present = True  # "we will continue to press for ...": a policy voiced now
    elif not present or modal:
        return False
    return not any(a.tag_ == "VBD" for a in verb.ancestors)


class NarrativeClock:
    """The reference time of a narrative: an act whose clause states no date happened at the
    latest date stated shortly before it ("X fired yesterday. ... Y retaliated by firing")."""

    LOOKBACK = 6  # sentences

    def __init__(self, doc: Doc, published: str | None) -> None:
        self.published = date.fromisoformat(published) if published else None
        self.sentences = sentences(doc)
        self.resolved: dict[tuple[int, bool], ResolvedDate | None] = {}

    def carried(self, trigger: Token, future: bool = False) -> ResolvedDate | None:
        """Return the latest date stated in the sentences before the trigger's, resolved as
        past, or as future for a planned act."""
        if self.published is None:
            return None
        n = sentence_number(trigger)
        for m in range(n - 1, max(0, n - self.LOOKBACK) - 1, -1):
            found = self.stated_in(m, future)
            if found is not None:
                return found
        return None

    def stated_in(self, n: int, future: bool) -> ResolvedDate | None:
        """Return the last story date sentence `n` states, resolved once."""
        key = (n, future)
        if key not in self.resolved:
            self.resolved[key] = None
            for ent in reversed(date_mentions(self.sentences[n])):
                if not is_duration(ent) and not opens_a_span(ent) and not in_a_modifier(ent):
                    found = resolve_expression(ent.text, self.published, future)
                    # "earlier this year" is background; it does not set the story's day.
                    if found and found.granularity != "year":
                        self.resolved[key] = found
                        break
        return self.resolved[key]
