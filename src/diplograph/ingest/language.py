"""Telling English articles from others before they are parsed as English (py3langid, whose
model ships in its package)."""

from __future__ import annotations

from functools import lru_cache

SAMPLE = 3000  # characters looked at
SURE = 0.9  # probability above which another language is taken as the article's


@lru_cache(maxsize=1)
def identifier():
    """Return the language identifier, loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def other_language(text: str) -> tuple[str, float] | None:
    """Return (language code, probability) when `text` is surely not English, else None;
    a text too short or too full of names to tell counts as English."""
    language, probability = identifier().classify(text[:SAMPLE])
    if language != "en" and probability >= SURE:
        return language, probability
    return None
