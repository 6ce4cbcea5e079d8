"""Ingest on a Dask cluster: the driver reads the inputs and skips what the store holds, the
workers analyse partitions of articles (each loads the spaCy model once) and return their rows
as Arrow tables, and one writer stores them, partition by partition in input order, so the
result is the store a single-process ingest builds. With `--parquet DIR` the rows are left as a
partitioned Parquet dataset instead, with the clusters computed over all of it at the end."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from diplograph.events.coder import CodingOptions
from diplograph.ingest import read_inputs
from diplograph.model import Article
from diplograph.store.clusters import arrow_table, group_of, recluster
from diplograph.store.dataset import parquet_store
from diplograph.store.ingest import IngestOptions, RunSummary, batched, new_articles
from diplograph.store.schema import INDEXES, TABLES, table_types
from diplograph.store.writer import (
    TABLE_ORDER,
    BatchCounts,
    add_rows,
    empty_tables,
    finish_run,
    known_articles,
    open_store,
    start_run,
    write_tables,
)

PARTITION = 32  # articles a worker analyses per task


@dataclass
class Partition:
    """What a worker returns for one partition: rows per table, merge groups, counts."""

    tables: dict[str, pa.Table]
    groups: set[tuple[str, str, str]]
    counts: BatchCounts


@lru_cache(maxsize=2)
def worker_pipeline(model: str | None, actors: tuple[str, ...]):
    """Return the spaCy pipeline and lexicon of this worker process, loaded once."""
    from diplograph.actors import lexicon_for
    from diplograph.config import current_settings
    from diplograph.nlp import load_pipeline
    settings = current_settings()
    nlp = load_pipeline(model or settings.model)
    return nlp, lexicon_for(nlp, (*settings.actors, *actors)), settings.quad_scheme


def analyse_partition(articles: list[Article], run_id: str, model: str | None,
                      actor_files: tuple[str, ...]) -> Partition:
    """Analyse a partition on a worker and return its rows as Arrow tables."""
    from diplograph.nlp.typography import parse_articles
    from diplograph.pipeline import analyse
    nlp, lexicon, scheme = worker_pipeline(model, actor_files)
    tables, groups, counts = empty_tables(), set(), BatchCounts()
    docs = parse_articles(nlp, articles, 16)
    for doc, article in docs:
        try:
            result = analyse(doc, article, lexicon, CodingOptions(quad_scheme=scheme))
        except Exception as exc:  # one article never stops the run
            where = article.source or article.id or "?"
            counts.failed += 1
            counts.errors.append((where, f"{where}: analysis failed ({type(exc).__name__}: {exc})"))
            continue
        groups |= add_rows(tables, run_id, result)
        counts.ingested += 1
        counts.events += len(result.events)
        counts.quotes += len(result.quotes)
    return Partition({name: to_arrow(rows, name) for name, rows in tables.items()},
                     groups, counts)


ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
               "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
               "TIMESTAMP": pa.timestamp("us")}


def to_arrow(rows: list[tuple], table: str) -> pa.Table:
    """Return rows as an Arrow table with the store's column names and types, so that every
    Parquet file of a table has the same schema."""
    schema = pa.schema([(name, ARROW_TYPES[kind]) for name, kind in table_types()[table]])
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    return pa.table([pa.array(list(c), type=f.type) for c, f in zip(columns, schema, strict=True)],
                    schema=schema)


def client_for(address: str, workers: int):
    """Return a Dask client: a local cluster of `workers` processes for "local", else one
    connected to the scheduler at `address`."""
    from distributed import Client, LocalCluster
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


class DaskIngest:
    """One ingest run whose analysis runs on a Dask cluster."""

    def __init__(self, options: IngestOptions, address: str, parquet: str | None = None) -> None:
        self.options, self.address, self.parquet = options, address, parquet
        self.summary = RunSummary(uuid.uuid4().hex, parquet or options.db)
        self.con = parquet_store(parquet) if parquet else open_store(options.db)

    def run(self, paths: list[str]) -> RunSummary:
        """Ingest every input under `paths` on the cluster and return the run's summary."""
        started = time.perf_counter()
        if not self.parquet:
            start_run(self.con, self.summary.run_id, self.options.command)
        partitions, skipped = self.partitions(paths)
        with client_for(self.address, max(self.options.workers, 1)) as client:
            futures = client.map(analyse_partition, partitions, run_id=self.summary.run_id,
                                 model=self.options.model, actor_files=self.options.actors,
                                 pure=False)
            first = True
            for future in futures:  # in input order, so the store equals a single-process one
                part = future.result()
                if first:
                    part.counts = skipped + part.counts
                    first = False
                self.write(part)
            if first:
                self.write(Partition({n: to_arrow([], n) for n in TABLE_ORDER}, set(), skipped))
        self.finish()
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def partitions(self, paths: list[str]) -> tuple[list[list[Article]], BatchCounts]:
        """Return the new articles in partitions, and the failures and duplicates met."""
        counts = BatchCounts()
        items = list(read_inputs(paths, self.options.published, ignored=self.summary.ignored))
        fresh = new_articles(items, partial(known_articles, self.con), set(), counts)
        return list(batched(fresh, PARTITION)), counts

    def write(self, part: Partition) -> None:
        """Store one partition: into DuckDB in one transaction, or as Parquet files."""
        if self.parquet:
            write_parquet_partition(self.parquet, self.summary.run_id, part, self.summary.inputs)
        else:
            write_tables(self.con, self.summary.run_id, part.tables, part.groups, part.counts)
        self.summary.add(part.counts)

    def finish(self) -> None:
        """Close the run: mark it finished, or compute the Parquet dataset's clusters."""
        if self.parquet:
            recluster_parquet(self.parquet, self.con)
        else:
            finish_run(self.con, self.summary.run_id)
        self.con.close()


def write_parquet_partition(folder: str, run_id: str, part: Partition, done: int) -> None:
    """Write a partition's tables as one Parquet file per table, with its run's errors."""
    root = Path(folder)
    for name, table in part.tables.items():
        if table.num_rows:
            (root / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, root / name / f"{run_id}-{done:09d}.parquet")
    if part.counts.errors:
        (root / "ingest_errors").mkdir(parents=True, exist_ok=True)
        errors = arrow_table([(run_id, w, r) for w, r in part.counts.errors],
                             ["run_id", "input", "reason"])
        pq.write_table(errors, root / "ingest_errors" / f"{run_id}-{done:09d}.parquet")


def recluster_parquet(folder: str, con: duckdb.DuckDBPyConnection) -> None:
    """Compute the clusters of the whole Parquet dataset and write them beside it."""
    fresh = parquet_store(folder)
    work = duckdb.connect(":memory:")
    work.execute(TABLES)
    work.execute(INDEXES)
    for name in ("articles", "events"):
        work.register("source_rows", fresh.execute(f"SELECT * FROM {name}").to_arrow_table())
        work.execute(f"INSERT INTO {name} SELECT * FROM source_rows")
        work.unregister("source_rows")
    groups = {group_of(s, t, r) for s, t, r in work.execute(
        "SELECT source_key, target_key, root FROM events").fetchall()}
    recluster(work, groups)
    root = Path(folder)
    for name in ("clusters", "event_clusters"):
        (root / name).mkdir(parents=True, exist_ok=True)
        for old in (root / name).glob("*.parquet"):
            old.unlink()
        pq.write_table(work.execute(f"SELECT * FROM {name} ORDER BY ALL").to_arrow_table(),
                       root / name / "all.parquet")
    work.close()
    fresh.close()
