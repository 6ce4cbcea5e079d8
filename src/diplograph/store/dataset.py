"""A store left as a Parquet dataset (`ingest --parquet DIR`): one folder per table, read by
DuckDB (or Spark) directly; `--db DIR` queries it like a DuckDB store."""

from __future__ import annotations

from pathlib import Path

import duckdb

from diplograph.store.schema import TABLES, table_columns


def parquet_store(folder: str) -> duckdb.DuckDBPyConnection:
    """Return an in-memory DuckDB whose tables are views of a Parquet dataset's files (empty
    tables where the dataset has none yet)."""
    con = duckdb.connect(":memory:")
    con.execute(TABLES)
    root = Path(folder)
    for name in table_columns():
        files = sorted((root / name).glob("*.parquet")) if (root / name).is_dir() else []
        if files:
            con.execute(f"DROP TABLE {name}")
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{root / name}/*.parquet')")
    return con
