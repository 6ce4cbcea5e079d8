"""Precision by confidence: code the gold sets keeping every event the linker gives some
probability, and print, for each threshold, how many events are kept and how many are right.

    python bench/accuracy/confidence.py                 # tune/ and check/ together
    python bench/accuracy/confidence.py dev tune        # other sets

A confidence that means something gives a precision that rises with the threshold. The
packaged threshold (the default of `extract`) is marked.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_EVAL, inputs_of, load_scorer  # noqa: E402

from diplograph.events.linker import load_linker  # noqa: E402

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["tune", "check"])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    args = parser.parse_args()
    scorer = load_scorer(args.eval)
    gold_paths = [args.eval / s for s in args.sets]
    out = Path(tempfile.mkdtemp(prefix="diplograph-confidence-")) / "pred.jsonl"
    command = [sys.executable, "-m", "diplograph", "extract", "--format", "jsonl",
               "--min-confidence", str(min(THRESHOLDS)), *inputs_of(gold_paths)]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(command, stdout=fh, check=True)
    gold = scorer.load_gold([str(p) for p in gold_paths])
    pred = scorer.load_pred(str(out))
    packaged = load_linker().threshold
    print(f"{' + '.join(args.sets)}: {sum(len(g['events']) for g in gold.values())} gold events")
    print("confidence >=  kept  right  precision  recall")
    for threshold in sorted({*THRESHOLDS, packaged}):
        kept = {k: {**v, "events": [e for e in v["events"] if e["confidence"] >= threshold]}
                for k, v in pred.items()}
        ev = scorer.score(gold, kept)["events"]
        mark = "  <- default" if threshold == packaged else ""
        print(f"{threshold:>12.3f}  {ev['predicted']:>4}  {ev['tp']:>5}  {ev['precision']:>9.3f}"
              f"  {ev['recall']:>6.3f}{mark}")


if __name__ == "__main__":
    main()
