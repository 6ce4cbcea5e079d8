"""Accuracy gate for the actor-resolution benchmark (bench/actors): it may not fall below the
floor pinned in tests/accuracy_floors.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_actor_resolution_stays_above_its_floor(nlp):
    spec = importlib.util.spec_from_file_location("actor_bench", ROOT / "bench" / "actors" / "run.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    accuracy, outcomes = bench.score(nlp)
    floor = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text())["actor_resolution"]
    assert len(outcomes) >= 200
    assert accuracy >= floor["accuracy"], [o for o in outcomes if not o.correct]
