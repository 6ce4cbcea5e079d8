"""The actors a sentence names, each where it stands in the parse, and the author a statement
speaks for: the open candidates of the learned linker."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from diplograph.actors import nps
from diplograph.actors.antecedents import owner_key
from diplograph.actors.resolve import ActorResolver
from diplograph.events.linking import Argument
from diplograph.events.voices import Voices
from diplograph.model import Span
from diplograph.nlp.sentences import sentence_of

MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
MAX_ACTORS = 12  # of a long sentence's actors, those nearest the trigger


class SentenceActors:
    """The actor mentions of each sentence of one document, found once per sentence."""

    def __init__(self, resolver: ActorResolver, voices: Voices) -> None:
        self.resolver, self.voices = resolver, voices
        self.cache: dict[int, list[Argument]] = {}

    def of(self, sent: SpacySpan) -> list[Argument]:
        """Return every actor the sentence names: each phrase that resolves, and each national
        adjective or name modifying another phrase ("Russian forces", "the U.S. request")."""
        if sent.start not in self.cache:
            found: list[Argument] = []
            seen: set[tuple] = set()
            # Phrase heads first, so that a name's head ("States" in "the United States"), not
            # a word inside it, stands for the phrase; then the modifiers naming actors of their own.
            heads = [t for t in sent if nps.is_phrase_head(t)]
            modifiers = [t for t in sent if t.dep_ in MODIFIER_DEPS and not nps.is_phrase_head(t)]
            for token in heads + modifiers:
                for actor, span, inferred in self.voices.arguments(token):
                    key = (owner_key(actor), span.start)
                    if key[0] is None or key in seen:
                        continue
                    seen.add(key)
                    found.append(Argument(token, actor, span, inferred))
            found.sort(key=lambda a: a.token.i)
            self.cache[sent.start] = found
        return self.cache[sent.start]

    def near(self, trigger: Token) -> list[Argument]:
        """Return the actors of the trigger's sentence, at most MAX_ACTORS nearest it."""
        found = self.of(sentence_of(trigger))
        if len(found) <= MAX_ACTORS:
            return found
        return sorted(found, key=lambda a: abs(a.token.i - trigger.i))[:MAX_ACTORS]

    def author_for(self, trigger: Token) -> list[Argument]:
        """Return the article's author (a government that issues the statement) as an implicit
        doer of the trigger's act, or nothing for an article with no such author."""
        author = self.resolver.author
        if author is None:
            return []
        span = Span(trigger.idx, trigger.idx, "")
        return [Argument(trigger, author, span, True, implicit=True)]
