"""Checking a store: every block read back (DuckDB verifies each block's checksum as it reads
it), storage metadata readable, keys unique, references whole, clusters and run counters
consistent with the rows they count."""

from __future__ import annotations

import duckdb

from diplograph.store.schema import table_columns

KEYS = {"articles": "article_id", "actors": "actor_id", "events": "event_id",
        "quotes": "quote_id", "clusters": "cluster_id", "event_clusters": "event_id",
        "ingest_runs": "run_id"}
REFERENCES = [
    ("mentions", "article_id", "articles", "article_id"),
    ("mentions", "actor_id", "actors", "actor_id"),
    ("events", "article_id", "articles", "article_id"),
    ("quotes", "article_id", "articles", "article_id"),
    ("event_clusters", "event_id", "events", "event_id"),
    ("event_clusters", "cluster_id", "clusters", "cluster_id"),
    ("events", "event_id", "event_clusters", "event_id"),
]


def integrity_problems(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Return what is wrong with the store, one line each; an empty list for a sound store."""
    problems = []
    for table in table_columns():
        try:
            con.execute(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {table}").fetchall()
            con.execute(f"PRAGMA storage_info('{table}')").fetchall()
        except duckdb.Error as exc:
            problems.append(f"{table}: cannot be read back ({str(exc).splitlines()[0]})")
    if problems:
        return problems
    for table, key in KEYS.items():
        twice = con.execute(f"SELECT count(*) - count(DISTINCT {key}) FROM {table}").fetchone()[0]
        if twice:
            problems.append(f"{table}: {twice} rows repeat a {key}")
    for table, column, target, key in REFERENCES:
        missing = con.execute(f"""SELECT count(*) FROM {table} t WHERE NOT EXISTS
                                  (SELECT 1 FROM {target} x WHERE x.{key} = t.{column})""").fetchone()[0]
        if missing:
            problems.append(f"{table}: {missing} rows name a {column} that {target} lacks")
    wrong = con.execute("""SELECT count(*) FROM clusters c WHERE num_mentions <>
                           (SELECT count(*) FROM event_clusters e WHERE e.cluster_id = c.cluster_id)
                        """).fetchone()[0]
    if wrong:
        problems.append(f"clusters: {wrong} clusters count mentions they do not have")
    counted, stored = con.execute("""SELECT (SELECT coalesce(sum(ingested), 0) FROM ingest_runs),
                                            (SELECT count(*) FROM articles)""").fetchone()
    if counted != stored:
        problems.append(f"ingest_runs: the runs counted {counted} articles ingested, the store "
                        f"holds {stored}")
    return problems
