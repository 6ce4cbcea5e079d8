"""Finding the date expression that belongs to an event's clause."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from diplograph.time.expressions import ResolvedDate, resolve_expression

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
        for ent in date_mentions(trigger.sent):
            if not is_duration(ent) and attaches_to(ent.root, anchor):
                found = resolve_expression(ent.text, pub, future)
                if found:
                    return found
    return None


def date_mentions(sent) -> list:
    """Return the sentence's DATE entities and the numeric dates the entity recogniser leaves
    out ("on 09/12/2023", "on 2023-09-12")."""
    found = [ent for ent in sent.ents if ent.label_ == "DATE"]
    covered = {t.i for ent in found for t in ent}
    found += [sent.doc[t.i:t.i + 1] for t in sent if t.i not in covered and NUMERIC_DATE.match(t.text)]
    return found


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


def attaches_to(root: Token, trigger: Token) -> bool:
    """Return True when the expression hangs off the trigger, or the verb governing it."""
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
        if token.head == token or (token.pos_ in ("VERB", "AUX") and token != root):
            return False
        token = token.head
    return False


class NarrativeClock:
    """The reference time of a narrative: an act whose clause states no date happened at the
    latest date stated shortly before it ("X fired yesterday. ... Y retaliated by firing")."""

    LOOKBACK = 6  # sentences

    def __init__(self, doc: Doc, published: str | None) -> None:
        self.published = date.fromisoformat(published) if published else None
        self.sentences = list(doc.sents)
        self.index = {s.start: n for n, s in enumerate(self.sentences)}

    def carried(self, trigger: Token, future: bool = False) -> ResolvedDate | None:
        """Return the latest date stated in the sentences before the trigger's, resolved as
        past, or as future for a planned act."""
        if self.published is None:
            return None
        n = self.index[trigger.sent.start]
        for sent in reversed(self.sentences[max(0, n - self.LOOKBACK):n]):
            for ent in reversed(date_mentions(sent)):
                if not is_duration(ent):
                    found = resolve_expression(ent.text, self.published, future)
                    # "earlier this year" is background; it does not set the story's day.
                    if found and found.granularity != "year":
                        return found
        return None
