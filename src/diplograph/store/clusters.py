"""Merging the same event told by many articles into clusters.

Mentions of one event share source, target and CAMEO root (for root 04, the unordered pair);
at day level their dates lie within a day of the cluster's first date, at a coarser level they
are equal. A mention with no date is a cluster of its own. Clusters are recomputed from all the
mentions of a group whenever the group gains one, so the result depends only on the mentions
in the store, not on the order they arrived in."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import duckdb
import pyarrow as pa

DAY_WINDOW = timedelta(days=1)
SYMMETRIC_ROOTS = {"04"}

MENTION_COLUMNS = """e.event_id, e.source_key, e.target_key, e.source_name, e.target_name,
    e.root, e.cameo, e.name, e.goldstein, e.quad_class, e.plover, e.modality, e.date,
    e.date_granularity, e.day, e.confidence, e.evidence_text, e.article_id, e.in_lead,
    e.location_name, e.location_country, e.latitude, e.longitude, e.location_kind,
    e.geonames_id, a.published, coalesce(a.outlet, a.url, a.article_id) AS outlet, a.url"""


def insert_many(con: duckdb.DuckDBPyConnection, table: str, rows: list,
                or_ignore: bool = False) -> None:
    """Insert `rows` (tuples in the table's column order) into `table` in one statement,
    through an Arrow table: DuckDB inserts row by row from `executemany`."""
    if isinstance(rows, pa.Table):
        if rows.num_rows == 0:
            return
        batch = rows
    elif not rows:
        return
    else:
        batch = arrow_table(rows)
    con.register("insert_batch", batch)
    try:
        con.execute(f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} "
                    f"SELECT * FROM insert_batch")
    finally:
        con.unregister("insert_batch")


def arrow_table(rows: list[tuple], names: list[str] | None = None) -> pa.Table:
    """Return rows (tuples) as an Arrow table, named after `names` or c0, c1, ..."""
    columns = list(zip(*rows, strict=True))
    names = names or [f"c{i}" for i in range(len(columns))]
    return pa.table({n: pa.array(list(c)) for n, c in zip(names, columns, strict=True)})


def group_of(source_key: str, target_key: str, root: str) -> tuple[str, str, str]:
    """Return the group a mention is merged within."""
    if root in SYMMETRIC_ROOTS:
        source_key, target_key = sorted((source_key, target_key))
    return source_key, target_key, root


def recluster(con: duckdb.DuckDBPyConnection, groups: set[tuple[str, str, str]]) -> None:
    """Recompute the clusters of `groups` from every mention of them in the store."""
    if not groups:
        return
    con.execute("CREATE TEMP TABLE IF NOT EXISTS affected (a VARCHAR, b VARCHAR, root VARCHAR)")
    con.execute("DELETE FROM affected")
    insert_many(con, "affected", sorted(groups))
    keyed = """(SELECT e.event_id FROM events e JOIN affected g ON e.root = g.root AND
               ((e.source_key = g.a AND e.target_key = g.b) OR
                (e.root = '04' AND e.source_key = g.b AND e.target_key = g.a)))"""
    con.execute(f"DELETE FROM clusters WHERE cluster_id IN "
                f"(SELECT cluster_id FROM event_clusters WHERE event_id IN {keyed})")
    con.execute(f"DELETE FROM event_clusters WHERE event_id IN {keyed}")
    cursor = con.execute(f"""SELECT {MENTION_COLUMNS} FROM events e JOIN articles a
                              USING (article_id) WHERE e.event_id IN {keyed}""")
    names = [d[0] for d in cursor.description]
    mentions = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    members, clusters = [], []
    for group in grouped(mentions).values():
        for cluster in split_by_date(group):
            row, links = summary(cluster)
            clusters.append(row)
            members += links
    insert_many(con, "event_clusters", members)
    insert_many(con, "clusters", [tuple(c[f] for f in CLUSTER_FIELDS) for c in clusters])


def grouped(mentions: list[dict]) -> dict[tuple, list[dict]]:
    """Return the mentions by merge group."""
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        groups.setdefault(group_of(m["source_key"], m["target_key"], m["root"]), []).append(m)
    return groups


def split_by_date(mentions: list[dict]) -> list[list[dict]]:
    """Return the clusters of one group: day-level mentions within a day of their cluster's
    first date, coarser ones by equal date, undated ones alone."""
    clusters: list[list[dict]] = []
    days = sorted((m for m in mentions if m["date_granularity"] == "day" and m["day"]),
                  key=lambda m: (m["day"], m["event_id"]))
    anchor: date | None = None
    for m in days:
        if anchor is None or m["day"] - anchor > DAY_WINDOW:
            clusters.append([])
            anchor = m["day"]
        clusters[-1].append(m)
    coarse: dict[tuple, list[dict]] = {}
    for m in mentions:
        if m["date_granularity"] not in (None, "day") and m["date"]:
            coarse.setdefault((m["date_granularity"], m["date"]), []).append(m)
    clusters += [coarse[k] for k in sorted(coarse)]
    clusters += [[m] for m in sorted(mentions, key=lambda m: m["event_id"])
                 if not m["date"] or (m["date_granularity"] == "day" and not m["day"])]
    return clusters


CLUSTER_FIELDS = ["cluster_id", "source_key", "target_key", "source_name", "target_name", "root",
                  "cameo", "name", "goldstein", "quad_class", "plover", "modality", "date",
                  "date_granularity", "day", "num_mentions", "num_articles", "num_sources",
                  "confidence", "representative_event_id", "representative_text", "article_id",
                  "source_url", "in_lead", "location_name", "location_country", "latitude",
                  "longitude", "location_kind", "geonames_id"]


def summary(cluster: list[dict]) -> tuple[dict, list[tuple[str, str]]]:
    """Return a cluster's row and its (event_id, cluster_id) links. The representative mention
    is the most confident, then the earliest published, then the smallest id."""
    first = min(cluster, key=lambda m: (m["day"] or date.max, m["event_id"]))
    best = min(cluster, key=lambda m: (-m["confidence"], m["published"] or date.max,
                                       m["event_id"]))
    cluster_id = hashlib.sha1("|".join((*group_of(first["source_key"], first["target_key"],
                                                  first["root"]), first["event_id"])).encode()
                              ).hexdigest()[:20]
    located = next((m for m in sorted(cluster, key=lambda m: m["event_id"])
                    if m["location_name"]), best)
    row = {**{k: best[k] for k in ("source_key", "target_key", "source_name", "target_name",
                                   "root", "cameo", "name", "goldstein", "quad_class", "plover",
                                   "modality", "article_id", "in_lead")},
           **{k: first[k] for k in ("date", "date_granularity", "day")},
           **{k: located[k] for k in ("location_name", "location_country", "latitude",
                                      "longitude", "location_kind", "geonames_id")},
           "cluster_id": cluster_id, "num_mentions": len(cluster),
           "num_articles": len({m["article_id"] for m in cluster}),
           "num_sources": len({m["outlet"] for m in cluster}),
           "confidence": max(m["confidence"] for m in cluster),
           "representative_event_id": best["event_id"],
           "representative_text": best["evidence_text"], "source_url": best["url"]}
    return row, [(m["event_id"], cluster_id) for m in cluster]
