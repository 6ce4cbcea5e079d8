"""Shared fixtures: the parsing pipeline and the shared evaluation material."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import extract
from diplograph.actors import ActorResolver, lexicon_for
from diplograph.nlp import load_pipeline
from diplograph.store.ingest import Ingest, IngestOptions

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

ARTICLES = {
    "ankara.txt": ("Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister Giorgos "
                   "Gerapetritis in Ankara on Monday. Greece criticized Turkey over the islands."),
    "athens.txt": ("Greek Foreign Minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan "
                   "Fidan in Ankara on Tuesday, the ministry said. Turkey accused Greece of "
                   "provocations."),
    "kyiv.txt": ("Russia attacked Ukraine on Sunday. Ukraine struck Russian positions in Crimea "
                 "on Monday. Poland condemned Russia."),
}


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, shared):
    """Return the path of a store holding the shared corpus."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    Ingest(IngestOptions(db=str(db))).run([str(shared / "corpus")])
    return db


@pytest.fixture
def written_folder(tmp_path):
    """Return a folder of three short articles written for the tests, published 2024-05-07."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"2024-05-07-{name}").write_text(text, encoding="utf-8")
    return folder
