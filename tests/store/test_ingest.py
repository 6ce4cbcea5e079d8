"""Ingesting into the store: idempotent, accounted for, crash-safe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import StoreError
from diplograph.store.ingest import Ingest, IngestOptions
from diplograph.store.writer import open_reading

DATA_TABLES = {
    "articles": "article_id, external_id, title, published, url, outlet, author, source, text",
    "actors": "*", "mentions": "*", "events": "*", "quotes": "*", "clusters": "*",
    "event_clusters": "*",
}


def contents(db: Path) -> dict[str, list]:
    """Return every data table's rows, sorted (the run log is left out)."""
    con = duckdb.connect(str(db), read_only=True)
    found = {t: sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
             for t, cols in DATA_TABLES.items()}
    con.close()
    return found


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    found = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}
    con.close()
    return found


def test_ingesting_the_corpus_twice_adds_nothing(corpus_store, shared):
    before = counts(corpus_store)
    assert before["articles"] == 44 and before["events"] > 100 and before["clusters"] > 50
    summary = Ingest(IngestOptions(db=str(corpus_store))).run([str(shared / "corpus")])
    assert (summary.ingested, summary.duplicates, summary.failed) == (0, 44, 0)
    assert counts(corpus_store) == before


def test_every_input_is_ingested_duplicate_or_failed(tmp_path, written_folder):
    (written_folder / "copy.txt").write_text((written_folder / "2024-05-07-kyiv.txt").read_text())
    (written_folder / "empty.txt").write_text("   ")
    (written_folder / "records.jsonl").write_text(
        '{"id": "r1", "text": "Japan praised South Korea.", "published": "2024-05-01"}\n'
        '{"id": "r2", "published": "2024-05-01"}\n{broken\n')
    (written_folder / "notes.md").write_text("not an article")
    db = tmp_path / "s.duckdb"
    summary = Ingest(IngestOptions(db=str(db))).run([str(written_folder), str(tmp_path / "nope.txt")])
    assert summary.inputs == summary.ingested + summary.duplicates + summary.failed
    assert (summary.inputs, summary.ingested, summary.duplicates, summary.failed) == (9, 4, 1, 4)
    con = duckdb.connect(str(db), read_only=True)
    reasons = [r[0] for r in con.execute("SELECT reason FROM ingest_errors ORDER BY input").fetchall()]
    assert len(reasons) == 4 and any("nope.txt: no such file" in r for r in reasons)
    assert con.execute("SELECT inputs, ingested, duplicates, failed FROM ingest_runs").fetchone() == (
        9, 4, 1, 4)
    assert summary.ignored == [str(written_folder / "notes.md")]


def test_cli_ingest_prints_a_summary_that_adds_up(tmp_path, written_folder):
    db = tmp_path / "cli.duckdb"
    run = CliRunner().invoke(cli, ["ingest", str(written_folder), "--db", str(db), "--quiet"])
    assert run.exit_code == 0, run.output
    assert "3 inputs: 3 ingested, 0 skipped as duplicates, 0 failed" in run.stdout
    run = CliRunner().invoke(cli, ["ingest", str(written_folder), "--db", str(db), "--quiet"])
    assert "3 inputs: 0 ingested, 3 skipped as duplicates, 0 failed" in run.stdout


@pytest.fixture(scope="module")
def whole(tmp_path_factory, shared):
    """A store from an uninterrupted ingest of the corpus, in batches of 4."""
    db = tmp_path_factory.mktemp("whole") / "whole.duckdb"
    Ingest(IngestOptions(db=str(db), batch_size=4)).run([str(shared / "corpus")])
    return db


def sound(db: Path) -> list[str]:
    """Return the store's integrity problems, read by `diplograph check`."""
    run = CliRunner().invoke(cli, ["check", "--db", str(db)])
    return [] if run.exit_code == 0 else run.stderr.splitlines()


def stored_articles(db: Path) -> int:
    """Return how many articles the store holds, read while the ingest writes it."""
    if not db.exists():
        return 0
    try:
        con = open_reading(str(db), wait=1.0)
    except StoreError:
        return 0
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


# Kill points: how many articles the store already holds (0: killed while loading the model).
@pytest.mark.parametrize("committed", [0, 4, 16, 36])
def test_a_run_killed_at_any_point_and_run_again_equals_an_uninterrupted_run(
        tmp_path, shared, whole, committed):
    corpus = str(shared / "corpus")
    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "diplograph", "ingest", corpus, "--db", str(killed),
               "--batch-size", "4", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    if committed == 0:
        time.sleep(0.5)  # still loading the model
    while committed and time.time() < deadline and process.poll() is None and \
            stored_articles(killed) < committed:
        time.sleep(0.02)
    if process.poll() is not None:
        pytest.fail("the ingest finished before it could be killed")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if killed.exists():
        assert sound(killed) == []
        assert committed <= counts(killed)["articles"] < 44
    existed = killed.exists()
    Ingest(IngestOptions(db=str(killed), batch_size=4)).run([corpus])
    assert contents(killed) == contents(whole)
    assert sound(killed) == [] and sound(whole) == []
    if existed:
        with duckdb.connect(str(killed), read_only=True) as con:
            assert con.execute("SELECT status FROM ingest_runs ORDER BY started").fetchall() == [
                ("interrupted",), ("finished",)]
