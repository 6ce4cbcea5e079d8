"""Tokenizer rules the news needs beyond spaCy's English defaults."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

# A hyphen joining an abbreviation that ends in a period to a capitalised name ("U.S.-China",
# "U.K.-EU"): spaCy keeps the pair as one token, which hides both parties of the dyad.
ABBREVIATED_PAIR = r"(?<=[A-Z]\.)-(?=[A-Z])"


def split_abbreviated_pairs(nlp: Language) -> Language:
    """Return the pipeline with its tokenizer splitting "U.S.-China" into "U.S.", "-", "China"."""
    infixes = list(nlp.Defaults.infixes)
    if ABBREVIATED_PAIR not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATED_PAIR]).finditer
    return nlp
