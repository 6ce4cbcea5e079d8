"""Finding the text between quotation marks, paragraph by paragraph, without giving up on
marks that do not pair."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = {"\u201c", "\u201e", "\u00ab"}  # “ „ «
CLOSING = {"\u201d", "\u00bb"}  # ” »
STRAIGHT = '"'
ALL_MARKS = OPENING | CLOSING | {STRAIGHT}
# How far from a short quotation a speech cue may stand (a long title may come between:
# '"No," Japanese Prime Minister Fumio Kishida said').
CUE_REACH = 90
SENTENCE_END = (".", "!", "?", ".\u2019", "?\u2019", "!\u2019")
CUE_NEAR = re.compile(
    r"\b(said|says|say|told|tells|added|adds|stated|noted|warned|wrote|writes|posted|declared|"
    r"insisted|stressed|explained|announced|asked|replied|according to)\b", re.I)


@dataclass
class QuoteSpan:
    """The inside of one pair of quotation marks, as character offsets."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the mark never closed
    continued: bool = False  # the quotation goes on in the next paragraph
    doubtful: bool = False

    def text(self, source: str) -> str:
        """Return the quoted words."""
        return source[self.start:self.end]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return every quotation in `text`, scare quotes left out."""
    spans: list[QuoteSpan] = []
    paragraphs = list(paragraph_bounds(text))
    for n, (start, end) in enumerate(paragraphs):
        next_opens = n + 1 < len(paragraphs) and starts_with_open_mark(text, paragraphs[n + 1])
        spans.extend(paragraph_quotes(text, start, end, next_opens))
    return [s for s in (trim(text, s) for s in spans) if s and not is_scare_quote(text, s)]


def paragraph_bounds(text: str):
    """Yield (start, end) of every non-blank line."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def starts_with_open_mark(text: str, bounds: tuple[int, int]) -> bool:
    """Return True when a paragraph opens with a quotation mark."""
    first = text[bounds[0]:bounds[1]].lstrip()[:1]
    return first in OPENING or first == STRAIGHT


def paragraph_quotes(text: str, start: int, end: int, next_opens: bool) -> list[QuoteSpan]:
    """Return the quotations of one paragraph, pairing marks left to right."""
    found: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in ALL_MARKS:
            continue
        role = mark_role(text, i, open_at is not None)
        if role == "open":
            if open_at is not None:  # an opening mark that never closed
                found.append(QuoteSpan(open_at + 1, i, open_at, None, doubtful=True))
            open_at = i
        elif role == "close" and open_at is not None:
            found.append(QuoteSpan(open_at + 1, i, open_at, i))
            open_at = None
    if open_at is not None:
        close = end if next_opens else cue_clause_start(text, open_at + 1, end)
        found.append(QuoteSpan(open_at + 1, close, open_at, None, continued=next_opens,
                               doubtful=not next_opens))
    return found


def cue_clause_start(text: str, start: int, end: int) -> int:
    """Return where a quotation whose closing mark is missing most likely ends: before a
    closing attribution (", Qatar's foreign ministry said in a statement."), else at `end`."""
    last = None
    for comma in re.finditer(r",\s", text[start:end]):
        tail = text[start + comma.end():end]
        if len(tail) <= CUE_REACH + 40 and CUE_NEAR.search(tail.split(".")[0]):
            last = start + comma.start()
            break
    return last if last is not None else end


def mark_role(text: str, i: int, inside: bool) -> str:
    """Return "open" or "close" for the mark at `i`."""
    ch = text[i]
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        return "close"
    edge_before = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-"
    edge_after = i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ".,;:!?)]}"
    if edge_before and not edge_after:
        return "open"
    if edge_after and not edge_before:
        return "close"
    return "close" if inside else "open"


def trim(text: str, span: QuoteSpan) -> QuoteSpan | None:
    """Return the span without surrounding spaces and a trailing comma, or None if empty."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if start >= end:
        return None
    span.start, span.end = start, end
    return span


def is_scare_quote(text: str, span: QuoteSpan) -> bool:
    """Return True for a short term in quotation marks with no speech cue beside it."""
    words = span.text(text).split()
    if len(words) >= 4:
        return False
    if span.text(text).endswith(SENTENCE_END):
        return False
    close = span.close_mark if span.close_mark is not None else span.end
    after = text[close + 1:close + CUE_REACH].split("\n")[0]
    before = text[max(0, span.open_mark - CUE_REACH):span.open_mark].split("\n")[-1]
    comma_at_close = text[close - 1:close] == "," or re.match(r"\s*,", after) is not None
    cue_after = comma_at_close and CUE_NEAR.match(after.lstrip(" ,")) is not None
    cue_after = cue_after or (comma_at_close and CUE_NEAR.search(after) is not None)
    cue_before = re.search(r"[:,]\s*$", before) is not None and CUE_NEAR.search(before) is not None
    return not (cue_after or cue_before)
