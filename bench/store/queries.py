"""Query speed on a large store: build a store of synthetic event clusters (one million by
default) with the package's schema, then time `dyad A B --by month` and `events --actor X
--since Y` as the CLI runs them.

    python bench/store/queries.py                       # 1,000,000 clusters, 5 runs each
    python bench/store/queries.py --clusters 200000 --db /tmp/bench.duckdb

The target is under 0.5 s for each query. The synthetic clusters spread over 60 actors, 20
CAMEO roots and ten years; they exercise the storage and the queries, not the coder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from diplograph.store import queries
from diplograph.store.writer import open_store

ACTORS = 60


def build(db: str, clusters: int) -> None:
    """Fill the store's clusters table with synthetic rows, generated inside DuckDB."""
    con = open_store(db)
    con.execute(f"""
        INSERT INTO clusters (cluster_id, source_key, target_key, source_name, target_name, root,
                              cameo, name, goldstein, quad_class, plover, modality, date,
                              date_granularity, day, num_mentions, num_articles, num_sources,
                              confidence, representative_event_id, representative_text)
        SELECT 'c' || i, 'A' || (hash(i) % {ACTORS}), 'A' || (hash(i * 7 + 1) % {ACTORS}),
               'Actor', 'Actor', lpad(((hash(i * 3) % 20) + 1)::VARCHAR, 2, '0'),
               lpad(((hash(i * 3) % 20) + 1)::VARCHAR, 2, '0') || '0', 'synthetic',
               (hash(i * 5) % 21) - 10.0, (hash(i * 3) % 4) + 1, NULL, 'asserted',
               strftime(DATE '2015-01-01' + (hash(i * 11) % 3650)::INTEGER, '%Y-%m-%d'), 'day',
               DATE '2015-01-01' + (hash(i * 11) % 3650)::INTEGER, 1 + hash(i) % 5, 1, 1, 0.8,
               'e' || i, 'synthetic evidence'
        FROM range({clusters}) t(i)""")
    con.close()


def timed(call, runs: int) -> float:
    """Return the median seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = str(args.db or Path(tempfile.mkdtemp()) / "bench.duckdb")
    start = time.perf_counter()
    build(db, args.clusters)
    print(f"built {args.clusters:,} synthetic clusters in {time.perf_counter() - start:.1f} s ({db})")
    con = open_store(db, read_only=True)
    dyad = timed(lambda: queries.dyad(con, "A1", "A2", "month"), args.runs)
    events = timed(lambda: queries.clusters(con, queries.EventFilter(
        actor="A3", since=date(2020, 1, 1))), args.runs)
    rows = len(queries.dyad(con, "A1", "A2", "month").rows)
    print(f"dyad A1 A2 --by month              {dyad * 1000:7.1f} ms  ({rows} rows; target < 500 ms)")
    print(f"events --actor A3 --since 2020-01-01 {events * 1000:7.1f} ms  (target < 500 ms)")


if __name__ == "__main__":
    main()
