"""Exports of the store: GDELT 2.0 events, GraphML, and tables as JSONL, CSV and Parquet."""

from __future__ import annotations

import json

import duckdb
import networkx as nx
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.export.store_export import GDELT_COLUMNS

# The GDELT 2.0 event codebook's types for the columns it documents as numbers.
GDELT_TYPES = {"GlobalEventID": "BIGINT", "Day": "INTEGER", "MonthYear": "INTEGER",
               "Year": "INTEGER", "FractionDate": "DOUBLE", "IsRootEvent": "INTEGER",
               "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER",
               "NumSources": "INTEGER", "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
               "ActionGeo_Type": "INTEGER", "ActionGeo_Lat": "DOUBLE", "ActionGeo_Long": "DOUBLE",
               "Actor1Geo_Type": "INTEGER", "Actor2Geo_Type": "INTEGER", "DATEADDED": "BIGINT"}


def test_gdelt_export_has_61_typed_columns(corpus_store, tmp_path):
    out = tmp_path / "events.tsv"
    run = CliRunner().invoke(cli, ["export", "--format", "gdelt", "--out", str(out),
                                   "--db", str(corpus_store)])
    assert run.exit_code == 0, run.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.count("\t") == 60 for line in lines)
    assert len(GDELT_COLUMNS) == 61
    types = {c: GDELT_TYPES.get(c, "VARCHAR") for c in GDELT_COLUMNS}
    rel = duckdb.read_csv(str(out), delimiter="\t", header=False, columns=types, quotechar="")
    rows = rel.fetchall()
    assert len(rows) == len(lines)
    columns = dict(zip(GDELT_COLUMNS, zip(*rows, strict=True), strict=True))
    assert all(1900_01_01 < d < 2100_01_01 for d in columns["Day"] if d)
    assert set(columns["QuadClass"]) <= {1, 2, 3, 4}
    assert all(c[:2] == root for c, root in zip(columns["EventCode"], columns["EventRootCode"],
                                                strict=True))
    assert all(-10 <= g <= 10 for g in columns["GoldsteinScale"])


def test_graphml_loads_in_networkx(corpus_store, tmp_path):
    out = tmp_path / "actors.graphml"
    CliRunner().invoke(cli, ["export", "--format", "graphml", "--out", str(out),
                             "--db", str(corpus_store)])
    graph = nx.read_graphml(out)
    assert graph.is_directed() and graph.number_of_nodes() > 10
    source, target, data = next(iter(graph.edges(data=True)))
    assert data["count"] >= 1 and -10 <= data["mean_goldstein"] <= 10
    assert graph.nodes["USA"]["events"] > 0
    # a state is labelled by its name, not by whichever mention of it came first
    assert graph.nodes["USA"]["label"] == "United States"
    assert all(graph.nodes[n]["label"] == "Russia" for n in graph.nodes if n == "RUS")


def test_tables_as_jsonl_csv_and_parquet(corpus_store, tmp_path):
    run = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--table", "quotes",
                                   "--db", str(corpus_store)])
    first = json.loads(run.stdout.splitlines()[0])
    assert {"quote_id", "speaker_key", "text", "direct"} <= set(first)
    parquet = tmp_path / "clusters.parquet"
    CliRunner().invoke(cli, ["export", "--format", "parquet", "--out", str(parquet),
                             "--db", str(corpus_store)])
    con = duckdb.connect(str(corpus_store), read_only=True)
    written = duckdb.sql(f"SELECT count(*) FROM read_parquet('{parquet}')").fetchall()[0][0]
    assert written == con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    run = CliRunner().invoke(cli, ["export", "--format", "parquet", "--db", str(corpus_store)])
    assert run.exit_code == 2 and "parquet needs --out FILE" in run.stderr
