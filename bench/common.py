"""What the benchmarks share: the corpus they read by default, and reading it."""

from __future__ import annotations

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
