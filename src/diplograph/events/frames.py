"""Frames: the words above a coded act that turn it into an intent, threat or rejection."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from diplograph.events.codebook import CameoCode, load_codebook, lookup
from diplograph.events.modality import aux_words, has_own_content
from diplograph.nlp import tree

# Links a frame word reaches its act through: "refused [to commit [to [assistance]]]".
CHAIN_DEPS = {"xcomp", "pobj", "prep", "dobj", "ccomp", "acomp", "conj", "acl", "advcl", "pcomp"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
OBLIGATION_AUX = {"must", "should"}
MAX_STEPS = 5
# Prepositions of a frame word's setting, not of what it governs ("as part of", "during").
ADJUNCT_PREPS = {"as", "in", "during", "after", "before", "at", "since", "following", "despite",
                 "amid", "throughout"}
# Prepositions of what the frame's content stands against, not part of it.
OPPOSING_PREPS = {"against", "despite"}
STATEMENT_LEMMAS = {"say", "state", "warn", "declare", "announce", "tell", "add", "vow", "insist"}


@dataclass(frozen=True)
class Frame:
    """A governing word class and the codes it gives the acts beneath it."""

    name: str
    lemmas: frozenset[str] = frozenset()
    codes: dict[str, str] = field(default_factory=dict)
    roots: frozenset[str] = frozenset()
    suppress: bool = False
    continuing: frozenset[str] = frozenset()
    force: frozenset[str] = frozenset()
    stance: frozenset[str] = frozenset()

    def code_for(self, root: str) -> str | None:
        """Return the code of an act of `root` under this frame, or None if it keeps its own
        ("keep": "ready to blame" is blaming)."""
        code = self.codes.get(root, self.codes.get("default"))
        return None if code == "keep" else code


@lru_cache(maxsize=1)
def load_frames() -> dict[str, Frame]:
    """Return the frames of the package data by name, checking every code exists."""
    ref = resources.files("diplograph.events") / "data" / "frames.yaml"
    raw = yaml.safe_load(ref.read_text(encoding="utf-8"))
    codebook = load_codebook()
    frames = {}
    for name, entry in raw.items():
        codes = {str(k): str(v) for k, v in (entry.get("codes") or {}).items()}
        unknown = [c for c in codes.values() if c not in codebook and c != "keep"]
        if unknown:
            raise ValueError(f"frames.yaml: unknown CAMEO codes {unknown} in frame {name!r}")
        frames[name] = Frame(name, frozenset(entry.get("lemmas") or ()), codes,
                             frozenset(str(r) for r in entry.get("roots") or ()),
                             bool(entry.get("suppress", False)),
                             frozenset(entry.get("continuing") or ()),
                             frozenset(str(r) for r in entry.get("force") or ()),
                             frozenset(str(r) for r in entry.get("stance") or ()))
    return frames


@lru_cache(maxsize=1)
def frames_by_lemma() -> dict[str, Frame]:
    """Return governing lemma -> frame."""
    return {lemma: frame for frame in load_frames().values() for lemma in frame.lemmas}


def governing_frame(trigger: Token) -> tuple[Frame, Token] | None:
    """Return the frame word above the act `trigger` names, climbing its clause, and the word."""
    table = frames_by_lemma()
    token, steps = trigger, 0
    while token.dep_ in CHAIN_DEPS and token.head != token and steps < MAX_STEPS:
        if token.dep_ == "prep" and token.lower_ in OPPOSING_PREPS:
            return None  # "committed to Ukraine's victory against Russian aggression"
        head = token.head
        if not passes_through(token) and token.dep_ not in ("ccomp", "acl"):
            return None  # "while offering X aid": a clause of its own, not the frame's content
        frame = table.get(head.lemma_.lower())
        if frame is not None and token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPS:
            return None  # "as part of Harris's trip, the two agreed on ...": the setting
        if frame is not None and frame.name == "appeal" and is_forecast(head):
            frame = None  # "Japan is expected to sanction Russia": a forecast, not an appeal
        if frame is not None and head.pos_ == "NOUN" and not noun_content(token):
            frame = None  # "commitment to X in the face of Y's assault": not what is committed to
        if frame is not None and token.dep_ == "conj" and has_own_content(head, token):
            return None  # "promised aid and warned Russia": an act of its own, beside the frame
        if frame is not None and not (token.dep_ == "conj" and head.pos_ == "NOUN"):
            if token.dep_ == "ccomp" and frame.name == "intent":  # "wants Putin to attack"
                return load_frames()["appeal"], head
            return frame, head
        if head.pos_ in ("VERB", "AUX") and not passes_through(token):
            return None
        token, steps = head, steps + 1
    return None


def noun_content(token: Token) -> bool:
    """Return True when `token` is what a frame noun governs: its "to" phrase or infinitive
    ("commitment to help", "unwillingness to cooperate", "openness to meeting")."""
    return token.dep_ in ("acl", "xcomp", "relcl") or (
        token.dep_ == "prep" and token.lower_ in ("to", "toward", "towards"))


def is_forecast(word: Token) -> bool:
    """Return True for "is expected to", "is set to": what others foresee, not ask for."""
    return word.lemma_ == "expect" and any(c.dep_ in ("auxpass", "nsubjpass") for c in word.children)


def passes_through(token: Token) -> bool:
    """Return True when a frame above `token`'s head still governs it: an infinitive, an
    object or a purpose clause ("willing to send troops to help defend X")."""
    if token.dep_ in ("xcomp", "conj", "prep", "pobj", "dobj", "acomp", "pcomp"):
        return True
    return token.dep_ == "advcl" and tree.is_infinitive(token)


def is_obligation(trigger: Token) -> bool:
    """Return True for an act someone says another must or should do ("China must drop ...");
    the saying is coded as a demand or appeal, not the act."""
    clause = clause_verb(trigger)
    if clause is None or not aux_words(clause) & OBLIGATION_AUX:
        return False
    return trigger.pos_ == "VERB" or trigger.dep_ in ("dobj", "nsubjpass")


def clause_verb(token: Token) -> Token | None:
    """Return the verb of the clause `token` sits in, climbing infinitives ("to attack")."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and steps < 4:
        token, steps = token.head, steps + 1
    while token.dep_ in ("xcomp", "acomp") and token.head != token:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def reframed(trigger: Token, entry: CameoCode, modality: str,
             dated: bool) -> tuple[CameoCode, str] | None:
    """Return the code and modality of an act once its frame is applied, or None when the act
    is not coded (it is the content of an appeal or demand coded on its own)."""
    if is_obligation(trigger):
        return None
    found = governing_frame(trigger)
    if found is not None:
        frame, word = found
        if frame.suppress:
            if frame.name == "undo" and goes_on(word):
                return entry, "asserted"  # "does not stop the broadcasts", "urged X to cease"
            return None if trigger.pos_ == "VERB" or content_of(trigger, word) else (entry, modality)
        code = frame.code_for(entry.root)
        if code is None:
            return entry, modality
        return lookup(code), "negated" if is_denied(word) else "asserted"
    return future_reframe(trigger, entry, modality, dated)


def future_reframe(trigger: Token, entry: CameoCode, modality: str,
                   dated: bool) -> tuple[CameoCode, str]:
    """Return an act announced with "will" as a voiced intention or threat, and one announced
    with "will not" as a rejection; a dated, scheduled act stays planned."""
    clause = clause_verb(trigger)
    if clause is None or not aux_words(clause) & FUTURE_AUX:
        return entry, modality
    if modality == "hypothetical" and not announced_force(clause, entry):
        return entry, modality
    if trigger.pos_ != "VERB" and trigger.dep_ != "dobj":  # "the withdrawal will take weeks"
        return entry, modality
    frames = load_frames()
    if modality == "negated":
        frame = frames["refused_future"]
        return (lookup(frame.codes[entry.root]), "asserted") if entry.root in frame.roots \
            else (entry, modality)
    frame = frames["future"]
    continuing = clause.lemma_.lower() in frame.continuing and not dated
    voiced = entry.root in frame.force or entry.root in frame.stance or continuing
    if entry.root in frame.roots and voiced:
        return lookup(frame.codes[entry.root]), "asserted"
    if continuing:  # "will continue to press for a ceasefire": the policy goes on
        return entry, "asserted"
    return entry, modality


def announced_force(clause: Token, entry: CameoCode) -> bool:
    """Return True for force someone says they will or would use, even on a condition ("North
    Korea stated it would attack ... if the broadcasts do not stop"): a threat, voiced."""
    return (entry.root in load_frames()["future"].force and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in STATEMENT_LEMMAS)


def content_of(noun: Token, word: Token) -> bool:
    """Return True for a noun that is what a frame word asks for or stops ("expected a
    withdrawal", "called for peace talks"), not a phrase deeper inside it."""
    return noun.head == word or (noun.head.dep_ == "prep" and noun.head.head == word)


def goes_on(stop: Token) -> bool:
    """Return True when a word of stopping leaves its act going on: it is negated, or only
    asked for ("called on X to cease its campaign", "called for an end to X's operation")."""
    if is_denied(stop):
        return True
    above = governing_frame(stop) if stop.dep_ == "xcomp" or stop.pos_ == "NOUN" else None
    return above is not None and above[0].name == "appeal"


def is_denied(word: Token) -> bool:
    """Return True when the frame word itself is negated ("did not promise")."""
    return any(c.dep_ == "neg" for c in word.children)
