"""What the benchmarks share: the corpus they read by default, and reading it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def load_articles(folder: Path) -> list[tuple[str, str | None]]:
    """Return (text, published) for every JSON article under `folder`."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found.append((record["text"], record.get("published")))
    return found


def load_records(folder: Path) -> list[tuple[str, str | None, str | None]]:
    """Return (text, published, outlet) for every JSON article under `folder`: the outlet is
    the author of a statement, as the pipeline reads it."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found.append((record["text"], record.get("published"), record.get("outlet")))
    return found


def corpus_arguments(description: str) -> argparse.Namespace:
    """Return the command line of a speed benchmark: a corpus folder and a number of rounds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    return parser.parse_args()
