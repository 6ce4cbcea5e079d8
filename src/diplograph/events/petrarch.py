"""The field's verb vocabulary: PETRARCH-2's CAMEO verb dictionary (MIT, Open Event Data
Alliance), built into package data by `tools/build_petrarch_verbs.py`, and its phrase patterns
matched on the dependency parse.

A verb belongs to a synonym block; the block's phrase patterns name words that must stand in
the verb's subject, in its own phrase (objects and particles) or in the object of a
preposition. Of the patterns that fit, the one naming the most words gives the code; with
none, the verb's own code (or the block's default) does, where it has one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from diplograph.events.codebook import load_codebook
from diplograph.nlp import tree

# Dependents that open a clause or a phrase of their own: not part of the verb's phrase.
CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "aux", "auxpass", "neg", "punct",
               "mark", "cc", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "conj", "appos",
               "acl", "det", "expl", "intj", "meta"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
MAX_PHRASE = 40


@dataclass(frozen=True)
class VerbEntry:
    """A verb of the dictionary: its block, the other words of a multi-word verb, its code."""

    block: str
    words: tuple[str, ...]
    code: str
    line: int


@dataclass(frozen=True)
class PhrasePattern:
    """One phrase pattern: words each side of the verb, prepositions and their objects."""

    block: str
    code: str
    subject: tuple[frozenset[str], ...]
    object: tuple[frozenset[str], ...]
    preps: tuple[tuple[str, frozenset[str]], ...]
    target: str
    line: int

    @property
    def size(self) -> int:
        """Return how many words the pattern names: the more, the more specific."""
        return len(self.subject) + len(self.object) + sum(1 + bool(n) for _, n in self.preps)


@dataclass(frozen=True)
class VerbMatch:
    """The code a verb takes in its phrase, the dictionary line it comes from, how many words
    of the pattern fit, and where the pattern says the target is."""

    code: str
    line: int
    size: int
    target: str


def _rows(name: str) -> list[dict[str, str]]:
    ref = resources.files("diplograph.events") / "data" / name
    lines = [line for line in ref.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    """Return synset name -> its words (the last word of a phrase, its head)."""
    return {r["name"]: frozenset(w.split("_")[-1] for w in r["words"].split("|") if w)
            for r in _rows("petrarch_synsets.tsv")}


def _element(word: str) -> frozenset[str]:
    return synsets().get(word, frozenset()) if word.startswith("&") else frozenset([word.split("_")[-1]])


@lru_cache(maxsize=1)
def _override_entries() -> tuple[dict, ...]:
    ref = resources.files("diplograph.events") / "data" / "dictionary_overrides.yaml"
    return tuple(yaml.safe_load(ref.read_text(encoding="utf-8")) or [])


def overrides() -> frozenset[tuple[str, str]]:
    """Return the (verb, code) pairs of the dictionary this project does not take."""
    return frozenset((str(e["lemma"]), str(e["code"])) for e in _override_entries() if "lemma" in e)


def dropped_pattern_lines() -> frozenset[int]:
    """Return the source lines of the dictionary's phrase patterns this project does not take."""
    return frozenset(int(e["line"]) for e in _override_entries() if "line" in e)


@lru_cache(maxsize=1)
def verb_entries() -> dict[str, tuple[VerbEntry, ...]]:
    """Return verb lemma -> its dictionary entries."""
    known = load_codebook()
    dropped = overrides()
    table: dict[str, list[VerbEntry]] = {}
    for r in _rows("petrarch_verbs.tsv"):
        code = r["code"] if r["code"] in known and (r["lemma"], r["code"]) not in dropped else ""
        table.setdefault(r["lemma"], []).append(
            VerbEntry(r["block"], tuple(r["words"].split()), code, int(r["line"])))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def block_patterns() -> dict[str, tuple[PhrasePattern, ...]]:
    """Return block -> its phrase patterns with a known code, most specific first."""
    known = load_codebook()
    dropped = dropped_pattern_lines()
    table: dict[str, list[PhrasePattern]] = {}
    for r in _rows("petrarch_patterns.tsv"):
        if r["code"] not in known or int(r["line"]) in dropped:
            continue
        preps = tuple((prep, _element(noun) if noun else frozenset())
                      for prep, _, noun in (p.partition(":") for p in r["preps"].split()))
        pattern = PhrasePattern(r["block"], r["code"], tuple(map(_element, r["subject"].split())),
                                tuple(map(_element, r["object"].split())), preps, r["target"],
                                int(r["line"]))
        table.setdefault(r["block"], []).append(pattern)
    return {k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in table.items()}


@lru_cache(maxsize=1)
def pattern_index() -> dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]]:
    """Return block -> (word -> the positions of its patterns that need that word first, the
    positions of the patterns that need no word), so that a verb is tried only against the
    patterns its own words can fit."""
    index = {}
    for block, patterns in block_patterns().items():
        by_word: dict[str, list[int]] = {}
        free: list[int] = []
        for n, pattern in enumerate(patterns):
            key = key_words(pattern)
            if key is None:
                free.append(n)
            for word in key or ():
                by_word.setdefault(word, []).append(n)
        index[block] = ({w: tuple(v) for w, v in by_word.items()}, tuple(free))
    return index


def key_words(pattern: PhrasePattern) -> frozenset[str] | None:
    """Return the words one of which a phrase must hold for the pattern to fit (those of its
    first required element, keyed as the phrase's words are), or None when it needs none."""
    if pattern.object:
        return pattern.object[0]
    if pattern.preps:
        return frozenset(["prep:" + pattern.preps[0][0]])
    if pattern.subject:
        return frozenset("subj:" + w for w in pattern.subject[0])
    return None


def known_verb(lemma: str) -> bool:
    """Return True for a lemma the dictionary lists as a verb."""
    return lemma in verb_entries()


def base_forms(token: Token) -> list[str]:
    """Return the forms a verb may be listed under: its lemma, then its own form stripped of a
    regular ending, for the lemmas the tagger gets wrong ("staged" read as "stag")."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    for ending, base in (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"),
                         ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[:-len(ending)] + base)
    return forms


@dataclass(frozen=True)
class VerbPhrase:
    """The words around one verb that patterns are matched against, read once: its own
    phrase, its subject, and the words of each preposition's object ("" for a bare one)."""

    phrase: frozenset[str]
    subject: frozenset[str]
    preps: dict[str, frozenset[str]]


def read_phrase(verb: Token) -> VerbPhrase:
    """Return the words of a verb's phrase, subject and prepositions."""
    parse = tree.tree_of(verb.doc)
    positions = phrase_positions(parse, verb.i)
    preps: dict[str, set[str]] = {}
    for j in positions:
        if parse.deps[j] in ("prep", "agent", "dative", "prt"):
            words = preps.setdefault(parse.lower[j], set())
            for obj in parse.children[j]:
                words |= words_at(parse, tree.subtree(parse, obj))
    subject = [k for c in parse.children[verb.i] if parse.deps[c] in SUBJECT_DEPS
               for k in tree.subtree(parse, c)]
    return VerbPhrase(frozenset(words_at(parse, positions)), frozenset(words_at(parse, subject)),
                      {k: frozenset(v) for k, v in preps.items()})


def verb_match(verb: Token) -> VerbMatch | None:
    """Return the code the dictionary gives `verb` in its phrase, or None."""
    table = verb_entries()
    entries = next((table[f] for f in base_forms(verb) if f in table), None)
    if not entries:
        return None
    words = read_phrase(verb)
    best: VerbMatch | None = None
    for entry in entries:
        if not all(w in words.phrase for w in entry.words):
            continue
        for pattern in candidate_patterns(entry.block, words):
            if best is not None and pattern.size + len(entry.words) <= best.size:
                break
            if fits(pattern, words):
                best = VerbMatch(pattern.code, pattern.line, pattern.size + len(entry.words),
                                 pattern.target)
                break
        if entry.code and (best is None or best.size < len(entry.words)):
            best = VerbMatch(entry.code, entry.line, len(entry.words), "")
    return best


def candidate_patterns(block: str, words: VerbPhrase) -> list[PhrasePattern]:
    """Return the patterns of a block the verb's words can fit, most specific first."""
    patterns = block_patterns().get(block, ())
    if not patterns:
        return []
    by_word, free = pattern_index()[block]
    keys = words.phrase | {"prep:" + p for p in words.preps} | {"subj:" + w for w in words.subject}
    positions = set(free).union(*(by_word.get(k, ()) for k in keys))
    return [patterns[n] for n in sorted(positions)]


def fits(pattern: PhrasePattern, words: VerbPhrase) -> bool:
    """Return True when every word the pattern names stands where it says: in the subject,
    in the verb's phrase, or in the object of the preposition it names."""
    return (all(not alts.isdisjoint(words.phrase) for alts in pattern.object)
            and all(not alts.isdisjoint(words.subject) for alts in pattern.subject)
            and all(prep in words.preps and (not nouns or not nouns.isdisjoint(words.preps[prep]))
                    for prep, nouns in pattern.preps))


def phrase_positions(parse: tree.Tree, verb: int) -> list[int]:
    """Return the positions of the words of the verb's own phrase: its objects, particles and
    prepositional phrases, and a passive verb's subject, without the clauses below it."""
    found: list[int] = []
    stack = [c for c in parse.children[verb]
             if parse.deps[c] not in CLAUSE_DEPS or parse.deps[c] == "nsubjpass"]
    while stack and len(found) < MAX_PHRASE:
        j = stack.pop()
        found.append(j)
        stack.extend(c for c in parse.children[j]
                     if parse.deps[c] not in CLAUSE_DEPS or parse.deps[c] == "det")
    return found


def words_at(parse: tree.Tree, positions: list[int]) -> set[str]:
    """Return the lower-case forms and lemmas of the words at `positions`."""
    return {w for j in positions for w in (parse.lower[j], parse.lemmas[j])}
