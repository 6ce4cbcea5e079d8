"""Writing results into the DuckDB store: one transaction per batch, content-hash ids, so that
the same inputs ingested again add nothing and a killed run can simply be run again."""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb

from diplograph.errors import Messages, StoreBusyError, StoreError
from diplograph.model import ActorRef, ArticleResult, Event, Quote
from diplograph.store.clusters import group_of, insert_many, recluster
from diplograph.store.dataset import parquet_store
from diplograph.store.schema import INDEXES, SCHEMA_VERSION, TABLES

DEFAULT_DB = "diplograph.duckdb"


def article_key(text: str) -> str:
    """Return an article's id: a hash of its text, normalised (Unicode NFC, white space
    collapsed), so the same article read from two files is one article."""
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def content_id(*parts: object) -> str:
    """Return a stable id for a record from the values that make it unique."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:24]


def open_store(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Return a connection to the store at `path`, creating it (and its tables) unless
    `read_only`; a folder is read as a Parquet dataset. Raise StoreError with a one-line
    reason when it cannot be opened."""
    if read_only and Path(path).is_dir():
        return parquet_store(path)
    if read_only and not Path(path).is_file():
        raise StoreError(Messages.STORE_MISSING.format(db=path))
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(Messages.STORE_UNUSABLE.format(db=path, reason=first_line(exc))) from None
    if not read_only:
        con.execute(TABLES)
        con.execute(INDEXES)
        con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    return con


LOCK_WAIT = 60.0  # seconds a writer waits for readers to let go of the file
READER_PAUSE = 2.0  # seconds a writer leaves the file to waiting readers


def is_lock_conflict(exc: Exception) -> bool:
    """Return True for DuckDB's refusal to open a file another process holds."""
    return "lock" in str(exc).lower()


def reader_markers(path: str) -> list[Path]:
    """Return the marker files of readers waiting for the store (one per waiting reader)."""
    store = Path(path)
    return list(store.parent.glob(store.name + ".wait-read.*"))


def open_writing(path: str, wait: float = LOCK_WAIT) -> duckdb.DuckDBPyConnection:
    """Return a connection for writing, waiting up to `wait` seconds while readers hold the
    file."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return open_store(path)
        except StoreError as exc:
            if not is_lock_conflict(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Lease:
    """A writer's hold on the store. DuckDB lets one process write a file and no other open
    it meanwhile; the writer keeps the file while nobody else asks for it, and lets go of it
    between batches when a reader (`serve`, a query command) is waiting."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.con: duckdb.DuckDBPyConnection | None = None

    def connection(self) -> duckdb.DuckDBPyConnection:
        """Return the writer's connection, opening the store if it was let go."""
        if self.con is None:
            self.con = open_writing(self.path)
        return self.con

    def yield_to_readers(self) -> None:
        """Let go of the store while readers wait, for up to READER_PAUSE seconds."""
        if self.con is None or not reader_markers(self.path):
            return
        self.release()
        deadline = time.monotonic() + READER_PAUSE
        while reader_markers(self.path) and time.monotonic() < deadline:
            time.sleep(0.02)

    def release(self) -> None:
        """Close the connection, if open."""
        if self.con is not None:
            self.con.close()
            self.con = None


def open_reading(path: str, wait: float = 5.0) -> duckdb.DuckDBPyConnection:
    """Return a read-only connection, waiting up to `wait` seconds while a writer holds the
    file (the writer sees the waiting reader's marker and lets go between batches); then a
    one-line "busy" error."""
    deadline = time.monotonic() + wait
    marker = Path(f"{path}.wait-read.{os.getpid()}.{threading.get_ident()}")
    try:
        while True:
            try:
                return open_store(path, read_only=True)
            except StoreError as exc:
                if not is_lock_conflict(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StoreBusyError(Messages.STORE_BUSY.format(
                        db=path, reason="held by a writer")) from None
                marker.touch(exist_ok=True)
                time.sleep(0.05)
    finally:
        marker.unlink(missing_ok=True)


def first_line(exc: Exception) -> str:
    """Return the first line of an exception's message."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


COUNTERS = ("ingested", "duplicates", "failed", "events", "quotes")


@dataclass
class BatchCounts:
    """What one batch added."""

    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def __add__(self, other: BatchCounts) -> BatchCounts:
        """Return the sum of two batches' counts."""
        sums = (getattr(self, n) + getattr(other, n) for n in COUNTERS)
        return BatchCounts(*sums, errors=self.errors + other.errors)


def known_articles(con: duckdb.DuckDBPyConnection, keys: list[str]) -> set[str]:
    """Return which of `keys` are already stored."""
    if not keys:
        return set()
    rows = con.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))",
                       [keys]).fetchall()
    return {r[0] for r in rows}


TABLE_ORDER = ("articles", "actors", "mentions", "events", "quotes")


def write_batch(con: duckdb.DuckDBPyConnection, run_id: str, results: list[ArticleResult],
                counts: BatchCounts) -> None:
    """Write one batch of analysed articles, their failures and the run's counters, and
    re-merge the clusters they touch, all in one transaction."""
    tables = empty_tables()
    groups: set[tuple[str, str, str]] = set()
    for result in results:
        groups |= add_rows(tables, run_id, result)
    write_tables(con, run_id, tables, groups, counts)


def empty_tables() -> dict[str, list]:
    """Return an empty row list for every table an article writes into."""
    return {name: [] for name in TABLE_ORDER}


def write_tables(con: duckdb.DuckDBPyConnection, run_id: str, tables: dict,
                 groups: set[tuple[str, str, str]], counts: BatchCounts) -> None:
    """Write rows (lists of tuples, or Arrow tables in the tables' column order) with the
    failures and counters of their batch, and re-merge the clusters they touch, in one
    transaction."""
    now = datetime.now()
    con.execute("BEGIN TRANSACTION")
    try:
        for name in TABLE_ORDER:
            insert_many(con, name, tables[name], or_ignore=name == "actors")
        recluster(con, groups)
        insert_many(con, "ingest_errors", [(run_id, where, reason, now)
                                           for where, reason in counts.errors])
        con.execute("""UPDATE ingest_runs SET inputs = inputs + ?, ingested = ingested + ?,
                       duplicates = duplicates + ?, failed = failed + ?, events = events + ?,
                       quotes = quotes + ? WHERE run_id = ?""",
                    [counts.ingested + counts.duplicates + counts.failed, counts.ingested,
                     counts.duplicates, counts.failed, counts.events, counts.quotes, run_id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def add_rows(tables: dict[str, list], run_id: str,
             result: ArticleResult) -> set[tuple[str, str, str]]:
    """Add one article's rows (article, actors, mentions, events, quotes) to `tables`;
    return the merge groups of its events."""
    a = result.article
    key = article_key(a.text)
    tables["articles"].append((key, a.id, a.title, date_or_none(a.published), a.url, a.outlet,
                               a.author, a.source, a.text, len(a.text), run_id))
    seen = {row[0] for row in tables["actors"]}
    tables["actors"] += [(x.id, x.name, x.kind, x.country, x.org, x.role, x.code)
                         for x in result.actors if x.id not in seen]
    tables["mentions"] += sorted({(key, x.id, m.start, m.end, m.text) for x in result.actors
                                  for m in x.mentions})
    lead_end = a.text.find("\n", len(a.text) - len(a.text.lstrip()))
    events = {content_id(key, e.evidence.start, e.evidence.end, e.trigger.start,
                         actor_key(e.source), actor_key(e.target), e.cameo): e for e in result.events}
    tables["events"] += [tuple(event_row(eid, key, e, lead_end)) for eid, e in events.items()]
    quotes = {content_id(key, q.start, q.end, q.direct): q for q in result.quotes}
    tables["quotes"] += [tuple(quote_row(qid, key, q)) for qid, q in quotes.items()]
    return {group_of(actor_key(e.source), actor_key(e.target), e.root) for e in result.events}


def date_or_none(value: str | None) -> date | None:
    """Return an ISO day as a date."""
    return date.fromisoformat(value) if value else None


def actor_key(ref: ActorRef | None) -> str | None:
    """Return the state or organisation an actor stands for."""
    return (ref.country or ref.org) if ref else None


def event_row(event_id: str, article_id: str, e: Event, lead_end: int) -> list:
    """Return the events-table row of one event."""
    loc = e.location
    return [event_id, article_id,
            e.source.id, e.source.name, actor_key(e.source), e.source.code,
            e.target.id, e.target.name, actor_key(e.target), e.target.code,
            e.cameo, e.root, e.name, e.goldstein, e.quad_class, e.plover, e.modality, e.confidence,
            e.date, e.date_granularity, e.date_inferred, e.date_end,
            period_start(e.date, e.date_granularity),
            loc.name if loc else None, loc.country if loc else None,
            loc.latitude if loc else None, loc.longitude if loc else None,
            loc.kind if loc else None, loc.geonames_id if loc else None,
            e.evidence.start, e.evidence.end, e.evidence.text, e.trigger.text,
            lead_end < 0 or e.evidence.start < lead_end]


def quote_row(quote_id: str, article_id: str, q: Quote) -> list:
    """Return the quotes-table row of one quote."""
    s = q.speaker
    return [quote_id, article_id, s.id if s else None, s.name if s else None, actor_key(s),
            s.code if s else None, q.text, q.start, q.end, q.direct, q.cue, q.doubtful, q.date,
            q.date_inferred]


def period_start(value: str | None, granularity: str | None) -> date | None:
    """Return the first day of a date value of any granularity ("2023-09" -> 2023-09-01)."""
    if not value:
        return None
    if granularity == "year" or len(value) == 4:
        return date(int(value), 1, 1)
    if len(value) == 7:
        return date(int(value[:4]), int(value[5:7]), 1)
    return date.fromisoformat(value[:10])


def stale_runs_to_interrupted(con: duckdb.DuckDBPyConnection) -> None:
    """Mark runs that never finished (killed) as interrupted."""
    con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, command: str) -> None:
    """Record the start of an ingest run."""
    stale_runs_to_interrupted(con)
    con.execute("INSERT INTO ingest_runs VALUES (?, ?, NULL, 'running', ?, 0, 0, 0, 0, 0, 0)",
                [run_id, datetime.now(), command])


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Record the end of an ingest run."""
    con.execute("UPDATE ingest_runs SET finished = ?, status = 'finished' WHERE run_id = ?",
                [datetime.now(), run_id])

