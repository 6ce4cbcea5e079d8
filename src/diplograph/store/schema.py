"""The store's tables and indexes (documented in docs/schema.md)."""

from __future__ import annotations

from functools import lru_cache

import duckdb

SCHEMA_VERSION = "1"

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, external_id VARCHAR, title VARCHAR, published DATE,
    url VARCHAR, outlet VARCHAR, author VARCHAR, source VARCHAR, text VARCHAR,
    chars INTEGER, run_id VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, org VARCHAR,
    role VARCHAR, code VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR,
    source_id VARCHAR, source_name VARCHAR, source_key VARCHAR, source_code VARCHAR,
    target_id VARCHAR, target_name VARCHAR, target_key VARCHAR, target_code VARCHAR,
    cameo VARCHAR, root VARCHAR, name VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    plover VARCHAR, modality VARCHAR, confidence DOUBLE,
    date VARCHAR, date_granularity VARCHAR, date_inferred BOOLEAN, date_end VARCHAR, day DATE,
    location_name VARCHAR, location_country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    location_kind VARCHAR, geonames_id BIGINT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR, trigger_text VARCHAR,
    in_lead BOOLEAN);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY, article_id VARCHAR, speaker_id VARCHAR, speaker_name VARCHAR,
    speaker_key VARCHAR, speaker_code VARCHAR, text VARCHAR, start_char INTEGER,
    end_char INTEGER, direct BOOLEAN, cue VARCHAR, doubtful BOOLEAN, date VARCHAR,
    date_inferred BOOLEAN);
CREATE TABLE IF NOT EXISTS event_clusters (event_id VARCHAR, cluster_id VARCHAR);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR, source_key VARCHAR, target_key VARCHAR, source_name VARCHAR,
    target_name VARCHAR, root VARCHAR, cameo VARCHAR, name VARCHAR, goldstein DOUBLE,
    quad_class INTEGER, plover VARCHAR, modality VARCHAR, date VARCHAR,
    date_granularity VARCHAR, day DATE, num_mentions INTEGER, num_articles INTEGER,
    num_sources INTEGER, confidence DOUBLE, representative_event_id VARCHAR,
    representative_text VARCHAR, article_id VARCHAR, source_url VARCHAR, in_lead BOOLEAN,
    location_name VARCHAR, location_country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    location_kind VARCHAR, geonames_id BIGINT);
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR,
    command VARCHAR, inputs INTEGER, ingested INTEGER, duplicates INTEGER, failed INTEGER,
    events INTEGER, quotes INTEGER);
CREATE TABLE IF NOT EXISTS ingest_errors (
    run_id VARCHAR, input VARCHAR, reason VARCHAR, recorded TIMESTAMP);
"""

# Columns that are rewritten in place (clusters, event_clusters) carry no index: DuckDB
# indexes are for lookups on columns that are only ever inserted.
INDEXES = """
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_pair ON events (source_key, target_key);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
"""


@lru_cache(maxsize=1)
def table_types() -> dict[str, list[tuple[str, str]]]:
    """Return every table's (column, DuckDB type) pairs, in order, read from the schema itself."""
    con = duckdb.connect(":memory:")
    con.execute(TABLES)
    names = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
    found = {n: [(c[0], c[1]) for c in con.execute(f"DESCRIBE {n}").fetchall()] for n in names}
    con.close()
    return found


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[str]]:
    """Return every table's column names, in order."""
    return {n: [name for name, _ in pairs] for n, pairs in table_types().items()}
