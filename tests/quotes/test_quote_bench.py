"""Accuracy gate for the quote cases (bench/quotes): attribution may not fall below the floor
pinned in tests/accuracy_floors.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quote_cases_stay_above_their_floor(shared):
    spec = importlib.util.spec_from_file_location("quote_bench", ROOT / "bench" / "quotes" / "run.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    result, (found, expected, _), _ = bench.score_cases(bench.load_scorer(shared / "eval"))
    floor = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text())["quote_cases"]
    assert result["quotes"]["gold"] >= 40
    assert result["quotes"]["f1"] >= floor["quote_f1"]
    assert result["quote_speaker_accuracy"] >= floor["speaker_accuracy"]
    assert found == expected
