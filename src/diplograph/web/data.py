"""What the explorer shows, read from the store: the relations graph, a dyad's timeline, an
event's mentions with their articles, an actor's page, and search."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from diplograph.analytics.align import alignment
from diplograph.export.store_export import owner_name
from diplograph.store import queries

GRAPH_EDGE_LIMIT = 2000


def graph_filter(since: date | None, until: date | None, root: str | None,
                 modality: list[str], min_confidence: float | None) -> tuple[str, list]:
    """Return the WHERE clause and parameters the graph's filters make."""
    f = queries.EventFilter(root=root, since=since, until=until, modality=modality,
                            min_confidence=min_confidence)
    where, params = queries.event_conditions(f)
    where += ["source_key IS NOT NULL", "target_key IS NOT NULL"]
    return " AND ".join(where), params


def graph(con: duckdb.DuckDBPyConnection, since: date | None = None, until: date | None = None,
          root: str | None = None, modality: list[str] | None = None,
          min_confidence: float | None = None, limit: int = GRAPH_EDGE_LIMIT) -> dict[str, Any]:
    """Return the actors as nodes (sized by events) and one directed edge per source and
    target (sized by clusters, coloured by mean Goldstein), the most frequent first."""
    where, params = graph_filter(since, until, root, modality or [], min_confidence)
    edges = con.execute(f"""SELECT source_key, target_key, count(*) AS count,
                                   sum(num_mentions) AS mentions, round(avg(goldstein), 2)
                            FROM clusters WHERE {where} GROUP BY ALL
                            ORDER BY count DESC, source_key, target_key LIMIT ?""",
                        params + [limit]).fetchall()
    names = actor_names(con)
    activity: dict[str, int] = {}
    for s, t, n, _, _ in edges:
        activity[s] = activity.get(s, 0) + n
        activity[t] = activity.get(t, 0) + n
    return {"nodes": [{"id": k, "name": owner_name(k) or names.get(k, k), "events": v}
                      for k, v in sorted(activity.items())],
            "edges": [{"source": s, "target": t, "count": n, "mentions": m, "mean_goldstein": g}
                      for s, t, n, m, g in edges]}


def actor_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Return actor key -> the name of the state or organisation, as the store knows it."""
    rows = con.execute("""SELECT coalesce(country, org) AS key, name FROM actors
                          WHERE kind IN ('state', 'organisation')""").fetchall()
    return {k: n for k, n in rows if k}


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "month",
         since: date | None = None, until: date | None = None, limit: int = 200) -> dict[str, Any]:
    """Return a dyad's timeline (counts by quad class and mean Goldstein per period and
    direction) and its event clusters."""
    table = queries.dyad(con, a, b, by, since, until)
    timeline = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    events = [row_dict(table_cluster) for table_cluster in cluster_rows(
        con, queries.EventFilter(actor=a, other=b, since=since, until=until, limit=limit))]
    return {"a": a, "b": b, "by": by, "timeline": timeline, "events": events}


def cluster_rows(con: duckdb.DuckDBPyConnection, f: queries.EventFilter) -> list[tuple[list, tuple]]:
    """Return the clusters a filter selects, each with its column names."""
    table = queries.clusters(con, f)
    return [(table.columns, r) for r in table.rows]


def row_dict(pair: tuple[list, tuple]) -> dict[str, Any]:
    """Return one row as a dict."""
    columns, row = pair
    return {c: (v.isoformat() if isinstance(v, date) else v) for c, v in zip(columns, row, strict=True)}


def cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    """Return one event cluster with its mentions: each with its article (text, title, link),
    the evidence span and the actors' mentions in that article."""
    head = con.execute("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
    columns = [d[0] for d in head.description]
    row = head.fetchone()
    if row is None:
        return None
    found = row_dict((columns, row))
    cursor = con.execute("""SELECT e.event_id, e.cameo, e.name, e.modality, e.date,
                                   e.source_name, e.target_name, e.evidence_start,
                                   e.evidence_end, e.evidence_text, a.article_id, a.title,
                                   a.url, a.outlet, a.published, a.text
                            FROM event_clusters ec JOIN events e USING (event_id)
                            JOIN articles a USING (article_id)
                            WHERE ec.cluster_id = ? ORDER BY a.published, e.event_id""",
                         [cluster_id])
    names = [d[0] for d in cursor.description]
    found["mentions"] = [row_dict((names, r)) for r in cursor.fetchall()]
    for mention in found["mentions"]:
        mention["actors"] = [{"start": s, "end": e, "actor": k} for s, e, k in con.execute(
            """SELECT m.start_char, m.end_char, coalesce(x.country, x.org, x.name)
               FROM mentions m JOIN actors x USING (actor_id)
               WHERE m.article_id = ? ORDER BY m.start_char""",
            [mention["article_id"]]).fetchall()]
    return found


def actor_page(con: duckdb.DuckDBPyConnection, key: str, aligned: int = 5) -> dict[str, Any]:
    """Return an actor's partners, quotes, monthly timeline and most aligned actors."""
    partners = con.execute("""SELECT other, count(*) AS events, round(avg(goldstein), 2)
                              FROM (SELECT target_key AS other, goldstein FROM clusters
                                    WHERE source_key = ?
                                    UNION ALL SELECT source_key, goldstein FROM clusters
                                    WHERE target_key = ?)
                              WHERE other IS NOT NULL GROUP BY other
                              ORDER BY events DESC, other LIMIT 20""", [key, key]).fetchall()
    quotes = con.execute("""SELECT q.speaker_name, q.text, q.date, a.title, a.url
                            FROM quotes q JOIN articles a USING (article_id)
                            WHERE q.speaker_key = ? AND q.direct
                            ORDER BY q.date DESC NULLS LAST, q.quote_id LIMIT 50""", [key]).fetchall()
    timeline = con.execute("""SELECT strftime(date_trunc('month', day), '%Y-%m') AS month,
                                     count(*), round(avg(goldstein), 2)
                              FROM clusters WHERE (source_key = ? OR target_key = ?)
                              AND day IS NOT NULL GROUP BY ALL ORDER BY month""",
                           [key, key]).fetchall()
    return {"actor": key, "name": owner_name(key) or actor_names(con).get(key, key),
            "partners": [{"actor": o, "events": n, "mean_goldstein": g} for o, n, g in partners],
            "quotes": [{"speaker": s, "text": t, "date": d, "title": ti, "url": u}
                       for s, t, d, ti, u in quotes],
            "timeline": [{"month": m, "events": n, "mean_goldstein": g} for m, n, g in timeline],
            "aligned": most_aligned(con, key, [o for o, _, _ in partners], aligned)}


def most_aligned(con: duckdb.DuckDBPyConnection, key: str, candidates: list[str],
                 n: int) -> list[dict[str, Any]]:
    """Return the candidates most aligned with `key` (by the align score), best first."""
    scored = []
    for other in candidates:
        result = alignment(con, key, other)
        if result.score is not None:
            scored.append({"actor": other, "score": result.score, "third_parties": len(result.parties)})
    return sorted(scored, key=lambda s: (-s["score"], -s["third_parties"], s["actor"]))[:n]


def search(con: duckdb.DuckDBPyConnection, q: str, limit: int = 20) -> dict[str, Any]:
    """Return the actors whose code or name matches `q` and the articles whose title or text
    contains it, with a snippet around the first match."""
    like = f"%{q}%"
    actors = con.execute("""SELECT DISTINCT coalesce(country, org) AS key, name FROM actors
                            WHERE coalesce(country, org) IS NOT NULL
                            AND kind IN ('state', 'organisation')
                            AND (name ILIKE ? OR coalesce(country, org) ILIKE ?)
                            ORDER BY key LIMIT ?""", [like, like, limit]).fetchall()
    articles = con.execute("""SELECT article_id, title, published, outlet, url,
                                     greatest(strpos(lower(text), lower(?)), 1) AS at, text
                              FROM articles WHERE title ILIKE ? OR text ILIKE ?
                              ORDER BY published DESC NULLS LAST, article_id LIMIT ?""",
                           [q, like, like, limit]).fetchall()
    return {"actors": [{"actor": k, "name": n} for k, n in actors],
            "articles": [{"article_id": i, "title": t, "published": p.isoformat() if p else None,
                          "outlet": o, "url": u, "snippet": snippet(text, at - 1)}
                         for i, t, p, o, u, at, text in articles]}


def snippet(text: str, at: int, width: int = 90) -> str:
    """Return the text around a position, cut at word boundaries."""
    start, end = max(0, at - width), min(len(text), at + width)
    return ("..." if start else "") + text[start:end].strip() + ("..." if end < len(text) else "")
