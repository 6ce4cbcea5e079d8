"""Event accuracy on the gold sets and the peer validation sets: run `diplograph extract` on
each, score the output with the shared score.py, and print precision, recall and F1 per set.

    python bench/accuracy/run.py                  # dev, tune, check, PETRARCH2 and PLOVER sets
    python bench/accuracy/run.py --show-errors    # also list each missed and extra event
                                                  # (never of check/: score it, do not read it)
    python bench/accuracy/run.py --keep out/      # keep each set's JSONL output in out/

The sets are read from ../shared/eval (the folder beside this repository), or from the path
given with --eval.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
BLIND = {"check"}
SETS = {"dev": ["dev"], "tune": ["tune"], "check": ["check"],
        "petrarch2": ["external/petrarch2_gsr.jsonl"], "plover": ["external/plover_gsr.jsonl"]}


def load_scorer(eval_dir: Path):
    """Return the shared score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inputs_of(gold: list[Path]) -> list[str]:
    """Return the files `diplograph extract` reads for a gold set."""
    return [str(p) for g in gold for p in (sorted(g.glob("*.json")) if g.is_dir() else [g])]


def run_set(name: str, gold: list[Path], out: Path, scorer, show_errors: bool) -> dict:
    """Extract one set into `out`, score it and return the scorer's result."""
    command = [sys.executable, "-m", "diplograph", "extract", "--format", "jsonl", *inputs_of(gold)]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(command, stdout=fh, check=True)
    return scorer.score(scorer.load_gold([str(g) for g in gold]), scorer.load_pred(str(out)),
                        show_errors)


def report(name: str, result: dict) -> None:
    """Print one line of figures for a set."""
    ev = result["events"]
    extra = ""
    if result["event_date_accuracy"] is not None:
        extra = (f"  date {result['event_date_accuracy']:.3f}"
                 f"  modality {result['event_modality_accuracy']:.3f}")
    print(f"{name:<10} P {ev['precision']:.3f}  R {ev['recall']:.3f}  F1 {ev['f1']:.3f}  "
          f"({ev['tp']}/{ev['gold']} gold, {ev['predicted']} predicted){extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--keep", type=Path, help="folder to keep each set's JSONL output in")
    args = parser.parse_args()
    scorer = load_scorer(args.eval)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-accuracy-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, paths in SETS.items():
        # check/ is scored only: its errors are never shown
        result = run_set(name, [args.eval / p for p in paths], folder / f"{name}.jsonl", scorer,
                         args.show_errors and name not in BLIND)
        for line in result.get("errors", []):
            print(f"  {line}")
        report(name, result)


if __name__ == "__main__":
    main()
