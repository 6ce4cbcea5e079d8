"""Accuracy only moves forward: score the dev set and the external sets against pinned floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from diplograph.cli import cli

FLOORS = json.loads((Path(__file__).with_name("accuracy_floors.json")).read_text())


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(shared: Path, tmp_path: Path, gold: list[Path]):
    from click.testing import CliRunner
    out = tmp_path / "pred.jsonl"
    inputs = [str(p) for g in gold for p in (sorted(g.glob("*.json")) if g.is_dir() else [g])]
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", *inputs])
    assert result.exit_code == 0, result.stderr
    out.write_text(result.stdout, encoding="utf-8")
    scorer = load_scorer(shared)
    return scorer.score(scorer.load_gold([str(g) for g in gold]), scorer.load_pred(str(out)))


@pytest.mark.parametrize("name", sorted(n for n, f in FLOORS.items() if "paths" in f))
def test_scores_stay_above_floors(shared, tmp_path, name):
    floors = FLOORS[name]
    gold = [shared / "eval" / p for p in floors.pop("paths")]
    result = score_set(shared, tmp_path, gold)
    measured = {
        "event_f1": result["events"]["f1"],
        "event_precision": result["events"]["precision"],
        "quote_f1": result["quotes"]["f1"],
        "speaker_accuracy": result["quote_speaker_accuracy"] or 0.0,
        "date_accuracy": result["event_date_accuracy"] or 0.0,
        "modality_accuracy": result["event_modality_accuracy"] or 0.0,
    }
    print(name, measured)
    for key, floor in floors.items():
        assert measured[key] >= floor, f"{name}: {key} {measured[key]} fell below {floor}"
