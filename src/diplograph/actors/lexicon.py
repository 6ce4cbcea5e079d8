"""Finding knowledge-base phrases and role words in a parsed document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from diplograph.actors.kb import KnowledgeBase, Role, Term, load_kb


@dataclass(frozen=True)
class TermHit:
    """A knowledge-base phrase found at tokens [start, end)."""

    start: int
    end: int
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class RoleHit:
    """A role phrase found at tokens [start, end)."""

    start: int
    end: int
    role: Role


class Lexicon:
    """Phrase matchers over one pipeline's vocabulary."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.term_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.term_keys = self._add(self.term_matcher, nlp, list(kb.terms))
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.role_keys = self._add(self.role_matcher, nlp, list(kb.roles))

    @staticmethod
    def _add(matcher: PhraseMatcher, nlp: Language, phrases: list[str]) -> dict[int, str]:
        """Add each phrase to the matcher, also as written with typographic apostrophes
        ("People’s Republic of China"), and return match key -> phrase."""
        keys = {}
        for phrase in phrases:
            key = nlp.vocab.strings.add(phrase)
            keys[key] = phrase
            forms = {phrase, phrase.replace("'", "’")}
            matcher.add(phrase, list(nlp.tokenizer.pipe(sorted(forms))))
        return keys

    def term_hits(self, doc: Doc) -> dict[int, TermHit]:
        """Return token index -> the longest knowledge-base phrase covering it."""
        hits = [TermHit(s, e, tuple(self.kb.terms[self.term_keys[k]]))
                for k, s, e in self.term_matcher(doc)]
        return index_longest(hits + self.elided_hits(doc, hits))

    def elided_hits(self, doc: Doc, hits: list[TermHit]) -> list[TermHit]:
        """Return the names shortened in a coordination: "North" in "North and South Korea"
        reads as "North Korea" when that is a known name."""
        found = []
        for hit in hits:
            if hit.end - hit.start < 2 or hit.start < 2 or doc[hit.start - 1].lower_ not in ("and", "or"):
                continue
            first = doc[hit.start - 2]
            phrase = f"{first.text} {doc[hit.start + 1:hit.end].text}"
            if first.is_title and phrase in self.kb.terms:
                found.append(TermHit(first.i, first.i + 1, tuple(self.kb.terms[phrase])))
        return found

    def role_hits(self, doc: Doc) -> dict[int, RoleHit]:
        """Return token index -> the longest role phrase ending in a noun that covers it."""
        hits = [RoleHit(s, e, self.kb.roles[self.role_keys[k]])
                for k, s, e in self.role_matcher(doc)
                if doc[e - 1].pos_ in ("NOUN", "PROPN")]
        return index_longest(hits)


def index_longest(hits: list) -> dict[int, object]:
    """Keep the longest of overlapping hits and index them by every token they cover."""
    index: dict[int, object] = {}
    # Context-bound names ("the South") give way to any overlapping name ("South Korean").
    for hit in sorted(hits, key=lambda h: (is_context(h), h.start - h.end, h.start)):
        span = range(hit.start, hit.end)
        if not any(i in index for i in span):
            for i in span:
                index[i] = hit
    return index


def is_context(hit: object) -> bool:
    """Return True for a term hit whose every reading is context-bound."""
    terms = getattr(hit, "terms", None)
    return bool(terms) and all(t.kind == "context" for t in terms)


@lru_cache(maxsize=8)
def lexicon_for(nlp: Language, user_files: tuple[str, ...] = ()) -> Lexicon:
    """Return the lexicon for `nlp` and the knowledge base with `user_files`, built once."""
    return Lexicon(nlp, load_kb(tuple(user_files)))
