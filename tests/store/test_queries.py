"""Queries on the store: events, dyad, actors, read-only SQL, alignment, and their CLI."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from diplograph.analytics.align import alignment
from diplograph.cli import cli
from diplograph.errors import StoreError
from diplograph.store import queries


@pytest.fixture(scope="module")
def con(corpus_store):
    connection = duckdb.connect(str(corpus_store), read_only=True)
    yield connection
    connection.close()


def test_events_filters_by_actor_partner_root_dates_and_confidence(con):
    f = queries.EventFilter(actor="RUS", other="UKR", root="19")
    rows = queries.clusters(con, f).rows
    assert rows and all({r[1], r[4]} == {"RUS", "UKR"} and r[2].startswith("19") for r in rows)
    since = queries.EventFilter(actor="USA", since=__import__("datetime").date(2022, 6, 1),
                                min_confidence=0.7)
    table = queries.clusters(con, since)
    assert all(r[0] >= "2022-06" and r[10] >= 0.7 for r in table.rows if r[0])


def test_mentions_are_the_rows_behind_clusters(con):
    clusters = queries.clusters(con, queries.EventFilter(actor="RUS", limit=1000)).rows
    mentions = queries.mentions(con, queries.EventFilter(actor="RUS", limit=1000)).rows
    assert sum(r[6] for r in clusters) == len(mentions)


def test_dyad_counts_both_directions_by_quad_class(con):
    source, target = con.execute(
        "SELECT a.source_key, a.target_key FROM clusters a JOIN clusters b "
        "ON a.source_key = b.target_key AND a.target_key = b.source_key "
        "ORDER BY a.source_key, a.target_key LIMIT 1").fetchone()
    table = queries.dyad(con, source, target, "month")
    assert {r[1] for r in table.rows} == {f"{source}->{target}", f"{target}->{source}"}
    assert all(r[2] == sum(r[3:7]) for r in table.rows)
    one_way = queries.dyad(con, "RUS", "UKR", "month")
    assert "RUS->UKR" in {r[1] for r in one_way.rows}


def test_actors_are_ranked_by_events(con):
    rows = queries.actors(con, 5).rows
    assert rows[0][0] == "USA" and [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)


def test_sql_is_read_only(con):
    assert queries.read_only_sql(con, "SELECT count(*) FROM articles").rows == [(44,)]
    for query in ("DELETE FROM events", "DROP TABLE events", "SELECT 1; DELETE FROM events"):
        with pytest.raises(StoreError, match="only read-only queries"):
            queries.read_only_sql(con, query)
    with pytest.raises(StoreError, match="query failed"):
        queries.read_only_sql(con, "SELECT nothing FROM nowhere")


def test_names_resolve_to_codes(con):
    assert [queries.actor_code(n, con) for n in ("Russia", "russian", "NATO", "usa")] == [
        "RUS", "RUS", "NATO", "USA"]


def test_alignment_formula_on_a_small_store(tmp_path):
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    con.execute("""CREATE TABLE clusters AS SELECT * FROM (VALUES
        ('A', 'X', 3.0, 'asserted', DATE '2024-01-01'), ('B', 'X', 3.0, 'asserted', DATE '2024-01-02'),
        ('A', 'Y', 10.0, 'asserted', DATE '2024-01-03'), ('B', 'Y', -10.0, 'asserted', DATE '2024-01-04'),
        ('B', 'Y', -10.0, 'asserted', DATE '2024-01-05'), ('A', 'Z', 1.0, 'asserted', DATE '2024-01-06'),
        ('A', 'B', -5.0, 'asserted', DATE '2024-01-07'), ('B', 'X', 9.0, 'planned', DATE '2024-01-08'))
        t(source_key, target_key, goldstein, modality, day)""")
    result = alignment(con, "A", "B")
    # X: d 0, w 2; Y: d 1, w 3; Z and the dyad itself and the planned act do not count
    assert result.score == pytest.approx(1 - 2 * 3 / 5)
    assert [p.actor for p in result.agree()] == ["X", "Y"] and result.differ(1)[0].actor == "Y"


def test_query_commands_print_table_json_and_csv(corpus_store):
    db = ["--db", str(corpus_store)]
    run = CliRunner().invoke(cli, ["dyad", "Russia", "Ukraine", "--by", "month", "--format", "csv", *db])
    assert run.exit_code == 0 and next(csv.reader(io.StringIO(run.stdout)))[:3] == [
        "period", "direction", "events"]
    run = CliRunner().invoke(cli, ["events", "--actor", "RUS", "--format", "json", "--limit", "2", *db])
    assert len(json.loads(run.stdout)) == 2
    run = CliRunner().invoke(cli, ["actors", "--format", "table", *db])
    assert "USA" in run.stdout
    run = CliRunner().invoke(cli, ["align", "USA", "GBR", *db])
    assert run.exit_code == 0 and "alignment of USA and GBR: S =" in run.stdout


def test_bad_parameters_are_one_line_errors(corpus_store, tmp_path):
    run = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert run.exit_code == 2 and "no such store" in run.stderr and run.stderr.count("\n") == 1
    run = CliRunner().invoke(cli, ["dyad", "Atlantis!", "RUS", "--db", str(corpus_store)])
    assert run.exit_code == 2 and "names no state or organisation" in run.stderr
    run = CliRunner().invoke(cli, ["events", "--since", "May 1", "--db", str(corpus_store)])
    assert run.exit_code == 2 and "is not YYYY-MM-DD" in run.stderr


def test_sql_is_time_limited(con):
    with pytest.raises(StoreError, match=r"query stopped after 0.5 s"):
        queries.read_only_sql(con, "SELECT count(*) FROM range(100000000000) a", timeout=0.5)
    assert queries.read_only_sql(con, "SELECT 1", timeout=0.5).rows == [(1,)]
