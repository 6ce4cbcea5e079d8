"""Shared fixtures: the parsing pipeline and the shared evaluation material."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import extract
from diplograph.actors import ActorResolver, lexicon_for
from diplograph.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once."""
    return load_pipeline("en_core_web_sm")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the repository (tests that need it are skipped without it)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture()
def resolve(nlp):
    """Return a function that parses text and resolves its actors."""
    def run(text: str, published: str | None = "2023-09-18"):
        doc = nlp(text)
        return doc, ActorResolver(doc, lexicon_for(nlp), published)
    return run


@pytest.fixture()
def events_of():
    """Return a function giving (source, code, target, modality) tuples for a text."""
    def run(text: str, published: str = "2023-09-18"):
        result = extract(text, published=published)
        return [(e.source.country or e.source.org, e.cameo, e.target.country or e.target.org,
                 e.modality) for e in result.events]
    return run
