"""Quote extraction and attribution: precision, recall and speaker accuracy on the dev set
(scored by the shared score.py) and on the project's own cases (bench/quotes/cases.yaml).

    python bench/quotes/run.py                  # dev set and cases
    python bench/quotes/run.py --show-errors    # also list each miss, extra and wrong speaker

No quote-attribution corpus ships in ../shared/data (its sets annotate events and 5W1H, not
quotations), so the cases written for this project stand in for one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import yaml

from diplograph import extract

DEFAULT_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
CASES = Path(__file__).with_name("cases.yaml")


def load_scorer(eval_dir: Path):
    """Return the shared score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_of_case(case: dict) -> dict:
    """Return a case in the gold format score.py reads."""
    text = case["text"].rstrip("\n")
    quotes = [{"speaker": q["speaker"], "speaker_name": q["name"], "text": q["text"],
               "direct": True} for q in case.get("quotes", [])]
    return {"id": case["id"], "published": str(case["published"]), "text": text,
            "events": [], "quotes": quotes}


def predict(gold: dict) -> dict:
    """Return diplograph's output for one gold article, as score.py reads it."""
    result = extract(gold["text"], published=gold.get("published"), id=gold["id"],
                     outlet=gold.get("outlet"))
    return json.loads(json.dumps(result.to_dict()))


def reported_scores(cases: list[dict], predictions: dict[str, dict]) -> tuple[int, int, int]:
    """Return (found, expected, speaker right) for reported speech without marks."""
    found = expected = right = 0
    for case in cases:
        for want in case.get("reported", []):
            expected += 1
            got = [q for q in predictions[case["id"]]["quotes"]
                   if not q["direct"] and want["text"] in q["text"]]
            found += bool(got)
            right += bool(got) and (got[0]["speaker"] or {}).get("country", None) == want["speaker"]
    return found, expected, right


def score_cases(scorer, show_errors: bool = False) -> tuple[dict, tuple[int, int, int], dict]:
    """Return score.py's result on the cases, the reported-speech figures, and the gold."""
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    gold = {c["id"]: gold_of_case(c) for c in cases}
    predictions = {doc_id: predict(g) for doc_id, g in gold.items()}
    return (scorer.score(gold, predictions, show_errors), reported_scores(cases, predictions),
            {"gold": gold, "predictions": predictions})


def report(name: str, result: dict) -> None:
    """Print the quote figures of one set."""
    q = result["quotes"]
    speaker = result["quote_speaker_accuracy"]
    print(f"{name:<8} quotes P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}  "
          f"({q['tp']}/{q['gold']} gold, {q['predicted']} predicted)  speaker accuracy "
          f"{speaker if speaker is not None else '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    scorer = load_scorer(args.eval)
    gold = scorer.load_gold([str(args.eval / "dev")])
    predictions = {doc_id: predict(g) for doc_id, g in gold.items()}
    result = scorer.score(gold, predictions, args.show_errors)
    show(result, gold, predictions, scorer, args.show_errors)
    report("dev", result)
    result, (found, expected, right), data = score_cases(scorer, args.show_errors)
    show(result, data["gold"], data["predictions"], scorer, args.show_errors)
    report("cases", result)
    print(f"{'':<8} reported speech found {found}/{expected}, speaker right {right}")


def show(result: dict, gold: dict, predictions: dict, scorer, show_errors: bool) -> None:
    """Print the wrong speakers, missed quotes and extra quotes of a set when asked."""
    if not show_errors:
        return
    for line in (e for e in result["errors"] if " SPEAKER " in e):
        print(f"  {line}")
    show_quote_errors(gold, predictions, scorer)


def show_quote_errors(gold: dict, predictions: dict, scorer) -> None:
    """Print the gold quotes missed and the predicted quotes that match none."""
    for doc_id, g in gold.items():
        text = g["text"]
        gq = [q for q in g["quotes"] if q.get("direct", True)]
        pq = [q for q in predictions[doc_id]["quotes"] if q["direct"]]
        for want in gq:
            span = scorer.locate(text, want["text"])
            if not any(scorer.overlap(span, (p["start"], p["end"])) * 2 >= span[1] - span[0]
                       for p in pq):
                print(f"  {doc_id} MISSED QUOTE | {want['text'][:70]}")
        for got in pq:
            if not any(scorer.overlap(scorer.locate(text, w["text"]), (got["start"], got["end"]))
                       for w in gq):
                print(f"  {doc_id} EXTRA QUOTE | {got['text'][:70]}")


if __name__ == "__main__":
    main()
