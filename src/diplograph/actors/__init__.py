"""Finding actors in a parsed article and resolving them to states, organisations and people."""

from diplograph.actors.lexicon import lexicon_for
from diplograph.actors.resolve import ActorResolver

__all__ = ["ActorResolver", "lexicon_for"]
