"""The spaCy parse every later stage reads."""

from diplograph.nlp.loader import load_pipeline

__all__ = ["load_pipeline"]
