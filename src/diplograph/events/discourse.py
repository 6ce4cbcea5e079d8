"""What earlier sentences tell the coder: the parties of acts already coded, for an act named
again without them ("the broadcasts began on August 10"), and the partner of the latest
consultation, for a position stated in a readout of it ("the Secretary stressed ...")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from diplograph.actors.antecedents import owner_key

# How many sentences back an act or a consultation is still the one meant.
ACT_WINDOW = 8
CONSULT_WINDOW = 6
ANAPHORIC_DETERMINERS = {"the", "these", "this", "those", "that", "such"}
CONSULT_ROOT = "04"
# threats, force posture, coercion, assault, fighting, mass violence: the acts whose sides are
# each other's foes (protests and sanctions are not fought back)
CONFLICT_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
STEM = 5
RECENT = 3


@dataclass
class Told:
    """An act coded earlier: its code, sentence and parties."""

    code: str
    sentence: int
    sources: list
    targets: list


class Discourse:
    """The acts and consultations coded so far in one article, in reading order."""

    def __init__(self) -> None:
        self.acts: dict[tuple[str, str], Told] = {}
        self.consultations: list[Told] = []
        self.conflicts: list[Told] = []

    def record(self, trigger: Token, code: str, root: str, sentence: int, sources: list,
               targets: list) -> None:
        """Remember the parties of an act just coded."""
        told = Told(code, sentence, sources, targets)
        self.acts[act_key(trigger, code)] = told
        self.acts[("", code)] = told
        if root == CONSULT_ROOT:
            self.consultations.append(told)
        if root in CONFLICT_ROOTS:
            self.conflicts.append(told)

    def complete(self, trigger: Token, code: str, sentence: int, sources: list,
                 targets: list) -> tuple[list, list]:
        """Return the parties of an act whose sentence leaves one or both out, taken from the
        same act told earlier: both for a definite noun ("the broadcasts"), the missing one
        where the other side is the same ("South Korea started to broadcast propaganda")."""
        told = self.acts.get(act_key(trigger, code))
        if not sources and not targets:
            if told is not None and sentence - told.sentence <= ACT_WINDOW and (
                    is_anaphoric(trigger) or is_recent_plural(trigger, sentence - told.sentence)):
                return inferred(told.sources), inferred(told.targets)
            return sources, targets
        # One side is named: the same act by the same side, whatever the word ("pullout",
        # "withdrawing").
        told = self.acts.get(("", code))
        if told is None or sentence - told.sentence > ACT_WINDOW:
            return sources, targets
        if not targets and same_parties(sources, told.sources):
            return sources, inferred(told.targets)
        if not sources and same_parties(targets, told.targets):
            return inferred(told.sources), targets
        return sources, targets

    def interlocutor(self, sentence: int, sources: list) -> list:
        """Return the other party of the latest consultation the sources took part in."""
        return self.other_side(self.consultations, CONSULT_WINDOW, sentence, sources)

    def adversary(self, sentence: int, sources: list) -> list:
        """Return the other party of the latest conflict the sources took part in, for a
        show of force that names no target ("the military has been placed on high alert")."""
        return self.other_side(self.conflicts, ACT_WINDOW, sentence, sources)

    def conflict_parties(self, sentence: int, sources: list) -> list:
        """Return both sides of the nearest conflict told within the window, other than the
        sources, for an appeal for a ceasefire or restraint that names no one ("called for an
        immediate cessation of hostilities")."""
        keys = {owner_key(s.actor) for s in sources}
        for told in sorted(self.conflicts, key=lambda t: (abs(sentence - t.sentence), -t.sentence)):
            if abs(sentence - told.sentence) > ACT_WINDOW:
                break
            sides = [a for a in told.sources + told.targets if owner_key(a.actor) not in keys]
            if len({owner_key(a.actor) for a in sides}) >= 2:
                return inferred(list({owner_key(a.actor): a for a in sides}.values()))
        return []

    def author_of(self, noun: Token, sentence: int, sources: list) -> list:
        """Return who did the act a noun names again ("Boric denied the accusation": those who
        accused him), when that act, told within the window, was aimed at the sources."""
        keys = {owner_key(s.actor) for s in sources}
        stem = noun.lemma_.lower()[:STEM]
        for (word, _code), told in self.acts.items():
            if word != stem or sentence - told.sentence > ACT_WINDOW or sentence < told.sentence:
                continue
            if keys & {owner_key(a.actor) for a in told.targets}:
                return inferred([a for a in told.sources if owner_key(a.actor) not in keys])
        return []

    @staticmethod
    def other_side(history: list[Told], window: int, sentence: int, sources: list) -> list:
        """Return the parties, other than the sources, of the nearest act in `history` (before
        or after) that the sources took part in with another party, within `window` sentences."""
        keys = {owner_key(s.actor) for s in sources}
        for told in sorted(history, key=lambda t: (abs(sentence - t.sentence), -t.sentence)):
            if abs(sentence - told.sentence) > window:
                break
            sides = told.sources + told.targets
            others = [a for a in sides if owner_key(a.actor) not in keys]
            if others and keys & {owner_key(a.actor) for a in sides}:
                return inferred(others)
        return []

def act_key(trigger: Token, code: str) -> tuple[str, str]:
    """Return what identifies the same act told again: the stem of its word ("withdraw",
    "withdrawal") and its code."""
    return trigger.lemma_.lower()[:STEM], code


def is_anaphoric(noun: Token) -> bool:
    """Return True for a noun that names an act already told ("the broadcasts", "the
    withdrawal"), not a new one ("a visit")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children)


def is_recent_plural(noun: Token, distance: int) -> bool:
    """Return True for a bare plural noun that names again acts told just before ("including
    reckless attacks" after "the attacks on Saudi Arabia")."""
    return (noun.tag_ == "NNS" and distance <= RECENT
            and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children))


def same_parties(found: list, told: list) -> bool:
    """Return True when the parties found are among those told."""
    return bool(found) and {owner_key(a.actor) for a in found} <= {owner_key(a.actor) for a in told}


def inferred(arguments: list) -> list:
    """Return copies of arguments marked as inferred."""
    return [replace(a, inferred=True) for a in arguments]
