"""Reading the store: events (clusters by default, mentions on request), dyad time series,
the most active actors, and read-only SQL."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date

import duckdb

from diplograph.actors.kb import load_kb
from diplograph.errors import Messages, StoreError
from diplograph.store.writer import first_line

PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
READ_ONLY_START = re.compile(r"^\s*(\(|select|with|show|describe|summarize|pragma|explain|"
                             r"from|values|table)\b", re.I)


@dataclass
class Table:
    """A query's result: column names and rows."""

    columns: list[str]
    rows: list[tuple]


@dataclass
class EventFilter:
    """Which events to list."""

    actor: str | None = None
    other: str | None = None
    root: str | None = None
    code: str | None = None
    since: date | None = None
    until: date | None = None
    modality: list[str] = field(default_factory=list)
    min_confidence: float | None = None
    limit: int = 100
    offset: int = 0


def actor_code(name: str, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """Return the state or organisation code a user names: a code ("RUS", "NATO") or a name
    or adjective the knowledge base knows ("Russia", "Chinese")."""
    text = name.strip()
    if con is not None:
        known = con.execute("SELECT 1 FROM events WHERE source_key = ? OR target_key = ? LIMIT 1",
                            [text.upper(), text.upper()]).fetchone()
        if known:
            return text.upper()
    kb = load_kb()
    for phrase in (text, text.title(), text.upper()):
        for term in kb.terms.get(phrase, []):
            if term.country or term.org:
                return term.country or term.org
    if re.fullmatch(r"[A-Za-z_]{2,12}", text):
        return text.upper()
    raise StoreError(Messages.UNKNOWN_ACTOR.format(name=name))


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Table:
    """Return the result of one query, with a one-line error when it fails."""
    try:
        cursor = con.execute(sql, params or [])
        return Table([d[0] for d in cursor.description], cursor.fetchall())
    except duckdb.Error as exc:
        raise StoreError(Messages.BAD_QUERY.format(reason=first_line(exc))) from None


def period_conditions(since: date | None, until: date | None,
                      day_column: str = "day") -> tuple[list[str], list]:
    """Return the WHERE conditions and parameters that keep the days from `since` to `until`."""
    where, params = [], []
    if since:
        where.append(f"{day_column} >= ?")
        params.append(since)
    if until:
        where.append(f"{day_column} <= ?")
        params.append(until)
    return where, params


def event_conditions(f: EventFilter, day_column: str = "day") -> tuple[list[str], list]:
    """Return the WHERE conditions and parameters of a filter."""
    where, params = [], []
    if f.actor:
        where.append("(source_key = ? OR target_key = ?)")
        params += [f.actor, f.actor]
    if f.other:
        where.append("(source_key = ? OR target_key = ?)")
        params += [f.other, f.other]
    if f.root:
        where.append("root = ?")
        params.append(f.root.zfill(2))
    if f.code:
        where.append("cameo LIKE ?")
        params.append(f.code + "%")
    dated, days = period_conditions(f.since, f.until, day_column)
    where += dated
    params += days
    if f.modality:
        where.append(f"modality IN ({', '.join('?' * len(f.modality))})")
        params += f.modality
    if f.min_confidence is not None:
        where.append("confidence >= ?")
        params.append(f.min_confidence)
    return where, params


def clusters(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Table:
    """Return the event clusters that match, newest first."""
    where, params = event_conditions(f)
    sql = f"""SELECT date, source_key AS source, cameo, name, target_key AS target, modality,
                     num_mentions AS mentions, num_articles AS articles, num_sources AS sources,
                     goldstein, round(confidence, 3) AS confidence, location_name AS place,
                     representative_text AS evidence, cluster_id
              FROM clusters {'WHERE ' + ' AND '.join(where) if where else ''}
              ORDER BY day DESC NULLS LAST, num_mentions DESC, cluster_id LIMIT ? OFFSET ?"""
    return run(con, sql, params + [f.limit, f.offset])


def mentions(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Table:
    """Return the event mentions that match, one row per article's telling, newest first."""
    where, params = event_conditions(f, "e.day")
    sql = f"""SELECT e.date, e.source_key AS source, e.source_name, e.cameo, e.name,
                     e.target_key AS target, e.target_name, e.modality, round(e.confidence, 3)
                     AS confidence, e.location_name AS place, e.evidence_text AS evidence,
                     a.external_id AS article, a.outlet, ec.cluster_id, e.event_id
              FROM events e JOIN articles a USING (article_id)
              LEFT JOIN event_clusters ec USING (event_id)
              {'WHERE ' + ' AND '.join(where) if where else ''}
              ORDER BY e.day DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?"""
    return run(con, sql, params + [f.limit, f.offset])


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "month",
         since: date | None = None, until: date | None = None) -> Table:
    """Return, per period and direction, the clusters between two actors by quad class with
    their mean Goldstein score."""
    if by not in PERIODS:
        raise StoreError(Messages.BAD_QUERY.format(reason=f"--by must be one of {', '.join(PERIODS)}"))
    where, params = period_conditions(since, until)
    where += ["((source_key = ? AND target_key = ?) OR (source_key = ? AND target_key = ?))",
              "day IS NOT NULL"]
    params += [a, b, b, a]
    sql = f"""SELECT strftime(date_trunc('{by}', day), '%Y-%m-%d') AS period,
                     source_key || '->' || target_key AS direction, count(*) AS events,
                     count(*) FILTER (quad_class = 1) AS verbal_coop,
                     count(*) FILTER (quad_class = 2) AS material_coop,
                     count(*) FILTER (quad_class = 3) AS verbal_conflict,
                     count(*) FILTER (quad_class = 4) AS material_conflict,
                     round(avg(goldstein), 2) AS mean_goldstein
              FROM clusters WHERE {' AND '.join(where)}
              GROUP BY ALL ORDER BY period, direction"""
    return run(con, sql, params)


def actors(con: duckdb.DuckDBPyConnection, limit: int = 50) -> Table:
    """Return the most active states and organisations, with their event counts."""
    sql = """WITH sides AS (
                 SELECT source_key AS actor, 1 AS as_source, 0 AS as_target, goldstein,
                        num_mentions FROM clusters
                 UNION ALL
                 SELECT target_key, 0, 1, goldstein, num_mentions FROM clusters)
             SELECT actor, sum(as_source + as_target) AS events, sum(as_source) AS as_source,
                    sum(as_target) AS as_target, sum(num_mentions) AS mentions,
                    round(avg(goldstein), 2) AS mean_goldstein
             FROM sides WHERE actor IS NOT NULL GROUP BY actor
             ORDER BY events DESC, actor LIMIT ?"""
    return run(con, sql, [limit])


def read_only_sql(con: duckdb.DuckDBPyConnection, query: str, timeout: float = 30.0) -> Table:
    """Return the result of a user's query, refusing anything but reading, and stopping it
    after `timeout` seconds."""
    if not READ_ONLY_START.match(query) or ";" in query.strip().rstrip(";"):
        raise StoreError(Messages.NOT_READ_ONLY)
    timer = threading.Timer(timeout, con.interrupt)
    timer.start()
    try:
        return run(con, query)
    except StoreError as exc:
        if not timer.is_alive():
            raise StoreError(Messages.QUERY_TIMEOUT.format(seconds=timeout)) from None
        raise exc
    finally:
        timer.cancel()
