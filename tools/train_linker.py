"""Train the event coder's learned linker and write it into the package.

Run from the repository root with the shared evaluation folder beside it:
    python tools/train_linker.py ../shared/eval            # cross-validate, train, write
    python tools/train_linker.py ../shared/eval --cv-only  # only print the cross-validated figures

It reads the gold sets one may study (dev/, tune/ and the two external sentence sets; never
check/; the PLOVER set is scored but not trained on, see HELD_OUT), codes every article with
the linker switched off so that every candidate reading of
every trigger is kept, and labels each reading by the rule score.py applies: right when the
gold holds an event of the same source, target and root whose evidence overlaps the
reading's. A logistic regression (scikit-learn) learns from the readings' features. The
regularisation and the probability threshold are chosen by cross-validation over articles (an
article's readings never train the model that scores it), and the cross-validated figures
are printed per set and stored in the model file beside the weights.

Training is deterministic: the same gold and the same code give the same file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from diplograph.actors import ActorResolver, lexicon_for
from diplograph.config import current_settings
from diplograph.errors import InputError
from diplograph.events.coder import EventCoder, Reading
from diplograph.events.linker import LinkerModel
from diplograph.ingest.records import check_date
from diplograph.nlp import load_pipeline
from diplograph.nlp.sentences import remember_text
from diplograph.nlp.typography import parsing_text
from diplograph.quotes import extract_quotes

OUT = Path("src/diplograph/events/data/linker.json")
SETS = {"dev": "dev", "tune": "tune", "petrarch2": "external/petrarch2_gsr.jsonl",
        "plover": "external/plover_gsr.jsonl"}
# Sets scored in the cross-validation but never trained on. PLOVER's records are CC BY-SA
# 4.0; the weights are not trained on them, so that they owe nothing to that licence, and
# the PLOVER figures are out of sample.
HELD_OUT = {"plover"}
FOLDS = 5
TIE = 0.005  # pooled F1: about one reading in the pooled sets
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(31))
MIL_ROUNDS = 2


@dataclass
class Article:
    """One gold article, parsed, with the objects that code it."""

    set_name: str
    gold: dict
    doc: object
    resolver: ActorResolver
    fold: int
    quotes: list


def load_scorer(eval_dir: Path):
    """Return the shared score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_articles(eval_dir: Path, scorer) -> list[Article]:
    """Parse every gold article of the sets one may study, each given a fold."""
    settings = current_settings()
    nlp = load_pipeline(settings.model)
    lexicon = lexicon_for(nlp, settings.actors)
    articles = []
    for set_name, path in SETS.items():
        gold = scorer.load_gold([str(eval_dir / path)])
        for n, (_, record) in enumerate(sorted(gold.items())):
            doc = nlp(parsing_text(record["text"]))
            remember_text(doc, record["text"])
            record = {**record, "published": usable_date(record.get("published"))}
            resolver = ActorResolver(doc, lexicon, record["published"], author=record.get("outlet"))
            quotes = extract_quotes(doc, resolver, record["published"])
            articles.append(Article(set_name, record, doc, resolver, n % FOLDS, quotes))
    return articles


def usable_date(value: str | None) -> str | None:
    """Return a record's publication date as the reader takes it, or None when it is not one."""
    try:
        return check_date(value, "gold")
    except InputError:
        return None


def coder_for(article: Article, linker: LinkerModel | None) -> EventCoder:
    """Return a fresh coder of one article."""
    remember_text(article.doc, article.gold["text"])
    return EventCoder(article.doc, article.resolver, article.gold.get("published"), linker=linker,
                      quotes=article.quotes)


def label(reading: Reading, gold: dict, coder: EventCoder) -> int:
    """Return the number of the gold event the reading states, or -1: the gold event must
    match it as score.py matches, and its evidence must hold the reading's trigger (another
    word of the sentence that happens to give the same pair and root is not a right reading)."""
    c = reading.candidate
    source = c.source.actor.country or c.source.actor.org
    target = c.target.actor.country or c.target.actor.org
    span = coder.evidence(reading.trigger, c.source, c.target)
    text, trigger = gold["text"], reading.trigger.idx
    for number, event in enumerate(gold["events"]):
        start = text.find(event["evidence"])
        end = start + len(event["evidence"])
        if start < 0 or not (span.start < end and start < span.end and start <= trigger < end):
            continue
        if reading.entry.root not in event["cameo_root"]:
            continue
        pair = (event["source"], event["target"])
        if (source, target) == pair or reading.entry.root == "04" and (target, source) == pair:
            return number
    return -1


def examples(articles: list[Article]) -> list[tuple[int, dict, int]]:
    """Return (fold, features, label) for every reading of every article, and print how many
    gold events of each set some reading states (the most the linker can find)."""
    rows = []
    reachable: dict[str, list[int]] = {}
    for article in articles:
        coder = coder_for(article, None)
        found = set()
        for reading in coder.readings():
            number = label(reading, article.gold, coder)
            found.add(number)
            event = f"{article.gold['id']}#{number}" if number >= 0 else ""
            rows.append((article.fold, reading.features, int(number >= 0), event,
                         article.set_name not in HELD_OUT))
        counts = reachable.setdefault(article.set_name, [0, 0])
        counts[0] += len(found - {-1})
        counts[1] += len(article.gold["events"])
    print("gold events some reading states: " + ", ".join(
        f"{s} {a}/{b} ({a / max(b, 1):.2f})" for s, (a, b) in reachable.items()), file=sys.stderr)
    return rows


def fit(rows: list[tuple], c: float) -> LinkerModel:
    """Return a linker trained on `rows`: first on every right reading, then again with only
    the most probable right reading of each gold event kept (the others state the same event
    through a worse word or mention, and would teach the model that anything goes)."""
    model = fit_once(rows, c)
    for _ in range(MIL_ROUNDS):
        best: dict[str, tuple[float, int]] = {}
        for n, row in enumerate(rows):
            if row[2]:
                p = model.probability(row[1])
                if row[3] not in best or p > best[row[3]][0]:
                    best[row[3]] = (p, n)
        keep = {n for _, n in best.values()}
        model = fit_once([r for n, r in enumerate(rows) if not r[2] or n in keep], c)
    return model


def fit_once(rows: list[tuple], c: float) -> LinkerModel:
    """Return a linker trained on `rows` (threshold set later)."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([r[1] for r in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear
    y = [r[2] for r in rows]
    model = LogisticRegression(C=c, max_iter=5000, solver="liblinear", random_state=0)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) > 1e-6}
    return LinkerModel(round(float(model.intercept_[0]), 6), weights, 0.5)


def predictions(articles: list[Article], model: LinkerModel) -> dict[str, dict]:
    """Return score.py's prediction records of the articles coded with `model`, every event
    kept whatever its probability (the threshold is applied after)."""
    out = {}
    keep_all = LinkerModel(model.bias, model.weights, 0.0)
    for article in articles:
        events = coder_for(article, keep_all).events()
        out[article.gold["id"]] = {"id": article.gold["id"], "quotes": [],
                                   "events": [asdict(e) for e in events]}
    return out


def above(pred: dict[str, dict], threshold: float) -> dict[str, dict]:
    """Return the predictions without the events below `threshold`."""
    return {k: {**v, "events": [e for e in v["events"] if e["confidence"] >= threshold]}
            for k, v in pred.items()}


def cross_validate(articles: list[Article], rows, scorer, c: float) -> tuple[dict, dict]:
    """Return, per threshold, the micro figures per set of the out-of-fold predictions, and
    the predictions themselves."""
    pred: dict[str, dict] = {}
    for fold in range(FOLDS):
        model = fit([r for r in rows if r[0] != fold and r[4]], c)
        pred.update(predictions([a for a in articles if a.fold == fold], model))
    figures: dict[float, dict] = {}
    for threshold in THRESHOLDS:
        kept = above(pred, threshold)
        per_set = {}
        for set_name in SETS:
            gold = {a.gold["id"]: a.gold for a in articles if a.set_name == set_name}
            result = scorer.score(gold, {k: kept[k] for k in gold}, False)["events"]
            per_set[set_name] = {k: result[k] for k in ("precision", "recall", "f1", "tp",
                                                        "predicted", "gold")}
        figures[threshold] = per_set
    return figures, pred


def dump(folder: Path, articles: list[Article], pred: dict, threshold: float) -> None:
    """Write the out-of-fold predictions of each set, as `extract --format jsonl` would."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = above(pred, threshold)
    for set_name in SETS:
        with (folder / f"{set_name}.jsonl").open("w", encoding="utf-8") as fh:
            for a in articles:
                if a.set_name == set_name:
                    fh.write(json.dumps(kept[a.gold["id"]]) + "\n")


def chosen_threshold(figures: dict) -> float:
    """Return the highest threshold whose pooled F1 is within TIE of the best: of about equal
    figures, the one that keeps the more precise events."""
    best = max(pooled_f1(per_set) for per_set in figures.values())
    return max(t for t, per_set in figures.items() if pooled_f1(per_set) >= best - TIE)


def chosen(results: list[tuple]) -> tuple:
    """Return the most regularised setting whose pooled F1 is within TIE of the best: the
    figures of neighbouring settings differ by a reading or two, and the simpler model is the
    one to trust on articles no fold held (the one-standard-error rule of model selection)."""
    best = max(r[0] for r in results)
    return min((r for r in results if r[0] >= best - TIE), key=lambda r: r[1])


def pooled_f1(per_set: dict) -> float:
    """Return the F1 of every set's events pooled, the target of the choice."""
    tp = sum(v["tp"] for v in per_set.values())
    predicted = sum(v["predicted"] for v in per_set.values())
    gold = sum(v["gold"] for v in per_set.values())
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def check_packaged(rows: list[tuple]) -> int:
    """Return 0 when training with the packaged model's settings gives the packaged weights."""
    packaged = json.loads(OUT.read_text(encoding="utf-8"))
    fitted = fit([r for r in rows if r[4]], float(packaged["C"]))
    same = fitted.bias == packaged["bias"] and fitted.weights == packaged["weights"]
    print("the packaged linker is what training gives" if same else
          "the packaged linker differs from what training gives: run tools/train_linker.py",
          file=sys.stderr)
    return 0 if same else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval", type=Path, nargs="?", default=Path("../shared/eval"))
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="retrain with the packaged model's settings and fail unless the "
                             "weights come out the same")
    parser.add_argument("--table", action="store_true", help="print the figures at every threshold")
    parser.add_argument("--dump", type=Path, help="folder to write the out-of-fold predictions to")
    parser.add_argument("--c", type=float, nargs="*", default=list(C_GRID))
    args = parser.parse_args()
    scorer = load_scorer(args.eval)
    articles = read_articles(args.eval, scorer)
    rows = examples(articles)
    print(f"{len(articles)} articles, {len(rows)} readings, {sum(r[2] for r in rows)} right",
          file=sys.stderr)
    if args.check:
        sys.exit(check_packaged(rows))
    results = []
    for c in args.c:
        figures, pred = cross_validate(articles, rows, scorer, c)
        if args.table:
            for t, per_set in figures.items():
                print(f"  t={t:.3f} pooled {pooled_f1(per_set):.3f}  " + "  ".join(
                    f"{s} P {v['precision']:.2f} R {v['recall']:.2f}" for s, v in per_set.items()),
                    file=sys.stderr)
        threshold = chosen_threshold(figures)
        score = pooled_f1(figures[threshold])
        print(f"C={c}: threshold {threshold}, pooled F1 {score:.3f}  " + "  ".join(
            f"{s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}"
            for s, v in figures[threshold].items()), file=sys.stderr)
        results.append((score, c, threshold, figures[threshold], pred))
    _, c, threshold, figures, pred = chosen(results)
    if args.dump:
        dump(args.dump, articles, pred, threshold)
    if args.cv_only:
        return
    fitted = fit([r for r in rows if r[4]], c)
    model = LinkerModel(fitted.bias, fitted.weights, threshold)
    OUT.write_text(json.dumps({
        "about": "The event coder's learned linker: logistic weights over the features of "
                 "events/linking.py, trained by tools/train_linker.py.",
        "trained_on": [p for n, p in SETS.items() if n not in HELD_OUT],
        "scored_not_trained_on": [p for n, p in SETS.items() if n in HELD_OUT],
        "C": c, "threshold": threshold,
        "cross_validated": figures, "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(model.weights)} weights, C={c}, threshold {threshold}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
