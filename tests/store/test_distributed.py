"""Ingest on a Dask LocalCluster with two workers: the same store as a single-process ingest,
or a Parquet dataset that the query commands read."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.store.distributed import DaskIngest
from diplograph.store.ingest import Ingest, IngestOptions

TABLES = {"articles": "article_id, external_id, title, published, url, outlet, author, source, text",
          "actors": "*", "mentions": "*", "events": "*", "quotes": "*", "clusters": "*",
          "event_clusters": "*"}


def contents(con) -> dict[str, list]:
    return {t: sorted(con.execute(f"SELECT {c} FROM {t}").fetchall(), key=repr)
            for t, c in TABLES.items()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory, shared):
    """A folder of 12 corpus articles and 2 written ones, one duplicate and one bad input."""
    target = tmp_path_factory.mktemp("dask-in")
    for path in sorted((shared / "corpus").rglob("*.json"))[:12]:
        (target / path.name).write_bytes(path.read_bytes())
    (target / "2024-05-07-kyiv.txt").write_text("Russia attacked Ukraine on Sunday. Poland "
                                                 "condemned Russia.", encoding="utf-8")
    (target / "copy.txt").write_text("Russia attacked Ukraine on Sunday. Poland condemned "
                                     "Russia.", encoding="utf-8")
    (target / "bad.jsonl").write_text("{broken\n", encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def single(tmp_path_factory, folder):
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    summary = Ingest(IngestOptions(db=str(db))).run([str(folder)])
    return db, summary


def test_a_local_cluster_of_two_workers_builds_the_same_store(tmp_path, folder, single):
    db = tmp_path / "dask.duckdb"
    summary = DaskIngest(IngestOptions(db=str(db), workers=2), "local").run([str(folder)])
    expected_db, expected = single
    assert (summary.inputs, summary.ingested, summary.duplicates, summary.failed) == (
        expected.inputs, expected.ingested, expected.duplicates, expected.failed) == (15, 13, 1, 1)
    with duckdb.connect(str(db), read_only=True) as a, \
            duckdb.connect(str(expected_db), read_only=True) as b:
        assert contents(a) == contents(b)
        assert a.execute("SELECT status, inputs, failed FROM ingest_runs").fetchall() == [
            ("finished", 15, 1)]


def test_a_parquet_dataset_is_queried_like_a_store(tmp_path, folder, single):
    dataset = tmp_path / "dataset"
    run = CliRunner().invoke(cli, ["ingest", str(folder), "--dask", "local", "--workers", "2",
                                   "--parquet", str(dataset)])
    assert run.exit_code == 0, run.output
    assert "15 inputs: 13 ingested, 1 skipped as duplicates, 1 failed" in run.stdout
    expected_db, _ = single
    with duckdb.connect(str(expected_db), read_only=True) as b:
        clusters = b.execute("SELECT count(*) FROM clusters").fetchone()[0]
    read = duckdb.sql(f"SELECT count(*) FROM read_parquet('{dataset}/clusters/*.parquet')")
    assert read.fetchall()[0][0] == clusters
    run = CliRunner().invoke(cli, ["dyad", "RUS", "UKR", "--db", str(dataset), "--format", "csv"])
    assert run.exit_code == 0 and "RUS->UKR" in run.stdout
    again = CliRunner().invoke(cli, ["ingest", str(folder), "--dask", "local", "--parquet",
                                     str(dataset)])
    assert "0 ingested, 14 skipped as duplicates, 1 failed" in again.stdout


def test_parquet_needs_dask():
    run = CliRunner().invoke(cli, ["ingest", "x", "--parquet", "out"])
    assert run.exit_code == 2 and "--parquet goes with --dask" in run.output
