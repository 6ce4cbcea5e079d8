"""Ingest throughput against bare spaCy: parse the same articles with `nlp.pipe` alone, then
ingest them into a fresh store, with one process and with two, and print the ratio, words and
articles per second, and peak memory; then ingest them on a Dask local cluster of two workers
and compare its store with the single-process one.

    python bench/ingest/throughput.py                  # the shared corpus, copied 5 times
    python bench/ingest/throughput.py --copies 10 --results bench/RESULTS.md

The copies differ by one line, so none is skipped as a duplicate. Loading the model and the
knowledge base, and every table the stages load on first use, is done once before timing,
as a long run pays it once. The target is an
ingest at no less than 0.85 of bare spaCy's throughput, with one process and with two.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

from diplograph.actors import lexicon_for
from diplograph.ingest.language import identifier
from diplograph.nlp import load_pipeline
from diplograph.store.ingest import Ingest, IngestOptions

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def make_inputs(folder: Path, copies: int) -> list[str]:
    """Write `copies` of every corpus article into `folder`; return their texts."""
    texts = []
    for k in range(copies):
        for n, path in enumerate(sorted(CORPUS.rglob("*.json"))):
            record = json.loads(path.read_text(encoding="utf-8"))
            record["text"] += f"\n(Copy {k}.)"
            record["id"] = f"{path.stem}-{k}"
            (folder / f"{k:03d}-{n:03d}.json").write_text(json.dumps(record), encoding="utf-8")
            texts.append(record["text"])
    return texts


def warm_up(folder: Path) -> None:
    """Ingest one of the articles into a scratch store, so that every table the stages load
    on first use (the gazetteer's cities, the verb dictionary, the linker) is loaded before
    timing, as a long run loads them once."""
    scratch = Path(tempfile.mkdtemp())
    shutil.copy(next(iter(sorted(folder.glob("*.json")))), scratch / "one.json")
    Ingest(IngestOptions(db=str(scratch / "warm.duckdb"))).run([str(scratch / "one.json")])
    shutil.rmtree(scratch)


def bare(nlp, texts: list[str], processes: int) -> float:
    """Return the seconds spaCy alone takes to parse the texts."""
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - start


def ingest(folder: Path, processes: int) -> tuple[float, int]:
    """Return the seconds a fresh ingest of `folder` takes, and the articles it stored."""
    db = Path(tempfile.mkdtemp()) / "bench.duckdb"
    start = time.perf_counter()
    summary = Ingest(IngestOptions(db=str(db), workers=processes)).run([str(folder)])
    seconds = time.perf_counter() - start
    shutil.rmtree(db.parent)
    return seconds, summary.ingested


def dask_run(folder: Path) -> tuple[float, bool]:
    """Return the seconds a Dask ingest (local cluster, two workers) takes, and whether its
    store equals a single-process ingest's."""
    from diplograph.store.distributed import DaskIngest
    base = Path(tempfile.mkdtemp())
    Ingest(IngestOptions(db=str(base / "one.duckdb"))).run([str(folder)])
    start = time.perf_counter()
    DaskIngest(IngestOptions(db=str(base / "dask.duckdb"), workers=2), "local").run([str(folder)])
    seconds = time.perf_counter() - start
    same = contents(base / "one.duckdb") == contents(base / "dask.duckdb")
    shutil.rmtree(base)
    return seconds, same


def contents(db: Path) -> dict[str, list]:
    """Return the store's data tables, sorted (the run log left out)."""
    import duckdb
    tables = {"articles": "article_id, title, published, text", "actors": "*", "mentions": "*",
              "events": "*", "quotes": "*", "clusters": "*", "event_clusters": "*"}
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(f"SELECT {c} FROM {t}").fetchall(), key=repr)
                for t, c in tables.items()}


def peak_mb() -> tuple[float, float]:
    """Return the peak resident memory of this process and of its largest child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--results", type=Path, help="append the figures to this Markdown file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    texts = make_inputs(folder, args.copies)
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline("en_core_web_sm")
    lexicon_for(nlp).kb.gazetteer.lookup("Russia")  # the one-off loads a long run pays once
    identifier()
    warm_up(folder)
    lines = [f"{len(texts)} articles, {words:,} words"]
    for processes in (1, 2):
        spacy_s = bare(nlp, texts, processes)
        ingest_s, stored = ingest(folder, processes)
        assert stored == len(texts)
        lines.append(f"{processes} process{'es' if processes > 1 else ''}: spaCy {spacy_s:.2f} s "
                     f"({words / spacy_s:,.0f} words/s), ingest {ingest_s:.2f} s "
                     f"({words / ingest_s:,.0f} words/s, {len(texts) / ingest_s:.1f} articles/s); "
                     f"ratio {spacy_s / ingest_s:.2f} (target >= 0.85)")
    dask_s, same = dask_run(folder)
    lines.append(f"Dask local cluster, 2 workers: {dask_s:.2f} s including the cluster's start "
                 f"and each worker's model load ({len(texts) / dask_s:.1f} articles/s); "
                 f"store equal to the single-process one: {same}")
    own, child = peak_mb()
    lines.append(f"peak memory: main process {own:.0f} MB, largest worker {child:.0f} MB "
                 f"(target < 1024 MB per worker)")
    print("\n".join(lines))
    if args.results:
        with args.results.open("a", encoding="utf-8") as out:
            out.write("\n".join(["", "```", "$ python bench/ingest/throughput.py", *lines, "```", ""]))
    shutil.rmtree(folder)


if __name__ == "__main__":  # the Dask workers start by re-importing this module
    main()
