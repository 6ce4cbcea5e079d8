"""The learned linker: packaged weights, probabilities that mean something, and a model that
the training script gives again from the gold one may study."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph import extract
from diplograph.events.linker import LinkerModel, load_linker

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_ships_a_linker_with_a_threshold():
    model = load_linker()
    assert model is not None and 0.0 < model.threshold < 1.0 and len(model.weights) > 100
    assert all(abs(w) < 10 for w in model.weights.values())


def test_probability_follows_the_weights():
    model = LinkerModel(0.0, {"a": 2.0, "b": -2.0}, 0.5)
    assert model.probability({}) == pytest.approx(0.5)
    assert model.probability({"a": 1.0}) > 0.85 > 0.15 > model.probability({"b": 1.0})
    assert 0.0 < model.probability({"a": 1000.0}) <= 1.0  # no overflow


def test_confidence_is_the_linkers_probability_and_kept_events_pass_its_threshold():
    events = extract("Russia attacked Ukraine on Monday. China criticized Japan.",
                     published="2023-09-18").events
    threshold = load_linker().threshold
    assert events and all(threshold <= e.confidence <= 1.0 for e in events)


def test_a_target_found_only_in_the_phrase_is_trusted_less_than_one_in_its_slot(nlp):
    from diplograph.actors import ActorResolver, lexicon_for
    from diplograph.events.coder import EventCoder
    doc = nlp("Poland met Ukraine.")
    coder = EventCoder(doc, ActorResolver(doc, lexicon_for(nlp), "2023-09-18"), "2023-09-18")
    reading = next(r for r in coder.readings() if r.entry.root == "04")
    looser = {**reading.features, "tag=in_phrase": 1.0}
    assert load_linker().probability(looser) < reading.score


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_rises_with_confidence_on_articles(shared, tmp_path):
    """Of the events kept, those above a higher confidence are more often right."""
    from click.testing import CliRunner

    from diplograph.cli import cli
    gold_dirs = [shared / "eval" / "dev", shared / "eval" / "tune"]
    inputs = [str(p) for g in gold_dirs for p in sorted(g.glob("*.json"))]
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", *inputs])
    assert result.exit_code == 0
    scorer = load_scorer(shared)
    gold = scorer.load_gold([str(g) for g in gold_dirs])
    pred = {d["id"]: d for d in map(json.loads, result.stdout.splitlines())}

    def precision(threshold: float) -> float:
        kept = {k: {**v, "events": [e for e in v["events"] if e["confidence"] >= threshold]}
                for k, v in pred.items()}
        return scorer.score(gold, kept)["events"]["precision"]

    low, high = load_linker().threshold, 0.7
    assert precision(high) > precision(low)


def test_the_packaged_linker_is_what_training_gives(shared):
    pytest.importorskip("sklearn")
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "train_linker.py"),
                          str(shared / "eval"), "--check"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
