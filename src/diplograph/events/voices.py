"""Who "I" and "we" are inside a quotation: its speaker ("We will continue this operation,"
Netanyahu said), so that acts told in the first person have a doer."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from diplograph.actors.resolve import ActorResolver
from diplograph.model import Actor, Quote, Span

FIRST_PERSON = {"i", "me", "my", "myself", "mine", "we", "us", "our", "ours", "ourselves"}


class Voices:
    """The actors of an article's phrases, with first-person pronouns inside a direct
    quotation read as its speaker."""

    def __init__(self, resolver: ActorResolver, quotes: list[Quote]) -> None:
        self.resolver = resolver
        spoken = sorted((q.start, q.end, q.speaker) for q in quotes if q.direct and q.speaker)
        self.starts = [s for s, _, _ in spoken]
        self.spoken = spoken
        self.found: dict[int, list[tuple[Actor, Span, bool]]] = {}

    def arguments(self, token: Token) -> list[tuple[Actor, Span, bool]]:
        """Return the actors a phrase stands for (see ActorResolver.arguments), or, for a
        first-person pronoun in a quotation, its speaker; each phrase is resolved once."""
        if token.i not in self.found:
            self.found[token.i] = self._arguments(token)
        return self.found[token.i]

    def _arguments(self, token: Token) -> list[tuple[Actor, Span, bool]]:
        found = self.resolver.arguments(token)
        if found or token.lower_ not in FIRST_PERSON:
            return found
        speaker = self.speaker_at(token.idx)
        if speaker is None:
            return []
        return [(speaker, Span(token.idx, token.idx + len(token.text), token.text), True)]

    def speaker_at(self, offset: int) -> Actor | None:
        """Return the speaker of the direct quotation holding character `offset`, if any."""
        n = bisect_right(self.starts, offset) - 1
        if n < 0 or offset >= self.spoken[n][1]:
            return None
        ref = self.spoken[n][2]
        known = self.resolver.registry.get(ref.id)
        return known or Actor(ref.id, ref.name, "person" if ref.id.startswith("person:") else "state",
                              country=ref.country, org=ref.org, code=ref.code)
