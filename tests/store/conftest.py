"""Stores built once per test session from the shared corpus and from written articles."""

from __future__ import annotations

import pytest

from diplograph.store.ingest import Ingest, IngestOptions

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
