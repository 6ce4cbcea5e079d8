"""Commands on the DuckDB store: ingest, events, dyad, actors, align, sql, export."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date

import click
import duckdb
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from diplograph.analytics.align import alignment
from diplograph.errors import DiplographError
from diplograph.export.store_export import TABLES, export_gdelt, export_graphml, export_table
from diplograph.store import queries
from diplograph.store.ingest import Ingest, IngestOptions, RunSummary
from diplograph.store.writer import DEFAULT_DB, open_reading

QUERY_FORMATS = ("table", "json", "csv")
err = Console(stderr=True)


def db_option(command):
    """The --db option every command on the store shares."""
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                        help="The DuckDB store to read or write.")(command)


def query_options(command):
    """The output option every query command shares."""
    return click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default=None,
                        help="Output format (default: table on a terminal, else csv).")(command)


def fail(exc: DiplographError) -> None:
    """Report a one-line error and exit with status 2."""
    click.echo(f"diplograph: {exc}", err=True)
    sys.exit(2)


def iso_date(ctx, param, value: str | None) -> date | None:
    """Parse a YYYY-MM-DD option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from None


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parsing processes (spaCy's nlp.pipe n_process).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=64, show_default=True,
              help="Articles written per transaction.")
@click.option("--published", help="Publication date YYYY-MM-DD for articles that lack one.")
@click.option("--model", help="spaCy pipeline to use (default: DIPLOGRAPH_MODEL or en_core_web_sm).")
@click.option("--actors", "actor_files", multiple=True, metavar="FILE",
              help="User actor CSV file or folder; repeatable.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--dask", "dask_address", metavar="local|ADDRESS",
              help="Analyse on a Dask cluster: 'local' starts --workers processes here, an "
                   "address (tcp://host:8786) uses a running scheduler.")
@click.option("--parquet", metavar="DIR",
              help="With --dask: leave the result as a Parquet dataset in DIR (query it with "
                   "--db DIR) instead of writing the DuckDB store.")
def ingest(paths: tuple[str, ...], db: str, workers: int, batch_size: int, published: str | None,
           model: str | None, actor_files: tuple[str, ...], quiet: bool,
           dask_address: str | None, parquet: str | None) -> None:
    """Read articles (files and folders: .txt, .html, .json, .jsonl, .csv, RSS/Atom) into the
    store, skipping those it already holds; print the run's summary."""
    if parquet and not dask_address:
        raise click.BadParameter("--parquet goes with --dask")
    options = IngestOptions(db=db, workers=workers, batch_size=batch_size, model=model,
                            actors=actor_files, published=published,
                            command="ingest " + " ".join(paths))
    try:
        if dask_address:
            from diplograph.store.distributed import DaskIngest
            summary = DaskIngest(options, dask_address, parquet).run(list(paths))
        else:
            summary = run_with_progress(options, list(paths), quiet)
    except DiplographError as exc:
        fail(exc)
    print_summary(summary)
    if summary.failed and not summary.ingested and not summary.duplicates:
        sys.exit(1)


def run_with_progress(options: IngestOptions, paths: list[str], quiet: bool) -> RunSummary:
    """Run an ingest with a progress bar on standard error (articles and articles per second)."""
    columns = (SpinnerColumn(), TextColumn("{task.completed} inputs, {task.fields[done]} analysed"),
               TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=quiet) as progress:
        task = progress.add_task("ingest", total=None, done=0, rate=0.0)

        def advance(processed: int, analysed: int) -> None:
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, completed=processed, done=analysed, rate=analysed / elapsed)

        return Ingest(options, advance).run(paths)


def print_summary(s: RunSummary) -> None:
    """Print the end-of-run summary: what happened to every input."""
    rate = s.ingested / s.seconds if s.seconds else 0.0
    click.echo(f"{s.inputs} inputs: {s.ingested} ingested, {s.duplicates} skipped as duplicates, "
               f"{s.failed} failed; {s.events} events, {s.quotes} quotes "
               f"({s.seconds:.1f} s, {rate:.1f} articles/s) -> {s.db}")
    for _, reason in s.errors:
        click.echo(f"  failed: {reason}")
    if s.ignored:
        click.echo(f"  {len(s.ignored)} files in the folders are not articles and were left out: "
                   + ", ".join(s.ignored[:5]) + (" ..." if len(s.ignored) > 5 else ""))


# The columns the table view shows of a wide result; JSON and CSV carry them all.
READABLE = ("date", "source", "cameo", "target", "modality", "mentions", "articles", "place",
            "evidence", "article")


def show(table: queries.Table, fmt: str | None) -> None:
    """Write a query result as a table, JSON or CSV on standard output."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    if fmt == "table" and len(table.columns) > len(READABLE):
        keep = [i for i, c in enumerate(table.columns) if c in READABLE]
        table = queries.Table([table.columns[i] for i in keep],
                              [tuple(r[i] for i in keep) for r in table.rows])
    if fmt == "json":
        rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
        click.echo(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in r] for r in table.rows])
    else:
        view = RichTable(*table.columns)
        for row in table.rows:
            view.add_row(*["" if v is None else str(v) for v in row])
        Console(width=max(120, Console().width)).print(view)


@contextmanager
def reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a read-only connection to the store, closed after the block; a store that cannot
    be opened, or an error of diplograph's inside the block, exits with a one-line error."""
    try:
        with closing(open_reading(db)) as con:
            yield con
    except DiplographError as exc:
        fail(exc)


@click.command()
@db_option
@query_options
@click.option("--actor", help="Either side is this state or organisation (code or name).")
@click.option("--with", "other", help="...and the other side is this one.")
@click.option("--root", help="CAMEO root, 01-20.")
@click.option("--code", help="CAMEO code or its prefix (e.g. 04, 042).")
@click.option("--since", callback=iso_date, help="From this day, YYYY-MM-DD.")
@click.option("--until", callback=iso_date, help="Up to this day, YYYY-MM-DD.")
@click.option("--modality", multiple=True,
              type=click.Choice(["asserted", "planned", "negated", "hypothetical"]))
@click.option("--min-confidence", type=click.FloatRange(0, 1))
@click.option("--mentions", is_flag=True, help="One row per article's telling, not per event.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, help="Rows to skip (pagination).")
def events(db: str, fmt: str | None, actor, other, root, code, since, until, modality,
           min_confidence, mentions: bool, limit: int, offset: int) -> None:
    """List events: merged clusters by default, newest first."""
    with reading(db) as con:
        f = queries.EventFilter(queries.actor_code(actor, con) if actor else None,
                                queries.actor_code(other, con) if other else None, root, code,
                                since, until, list(modality), min_confidence, limit, offset)
        show((queries.mentions if mentions else queries.clusters)(con, f), fmt)


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@query_options
@click.option("--by", type=click.Choice(list(queries.PERIODS)), default="month", show_default=True)
@click.option("--since", callback=iso_date)
@click.option("--until", callback=iso_date)
def dyad(a: str, b: str, db: str, fmt: str | None, by: str, since, until) -> None:
    """Events between A and B per period and direction: counts by quad class, mean Goldstein."""
    with reading(db) as con:
        show(queries.dyad(con, queries.actor_code(a, con), queries.actor_code(b, con), by,
                          since, until), fmt)


@click.command()
@db_option
@query_options
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
def actors(db: str, fmt: str | None, limit: int) -> None:
    """The most active states and organisations, with their event counts."""
    with reading(db) as con:
        show(queries.actors(con, limit), fmt)


@click.command()
@click.argument("query")
@db_option
@query_options
@click.option("--timeout", type=click.FloatRange(0.1, 86_400), default=30.0, show_default=True,
              help="Seconds after which the query is stopped.")
def sql(query: str, db: str, fmt: str | None, timeout: float) -> None:
    """Run a read-only SQL query on the store (docs/schema.md lists the tables)."""
    with reading(db) as con:
        show(queries.read_only_sql(con, query, timeout), fmt)


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--since", callback=iso_date)
@click.option("--until", callback=iso_date)
@click.option("--top", type=click.IntRange(1), default=5, show_default=True)
def align(a: str, b: str, db: str, since, until, top: int) -> None:
    """How alike A and B act toward every third party (docs/alignment.md)."""
    with reading(db) as con:
        result = alignment(con, queries.actor_code(a, con), queries.actor_code(b, con), since, until)
    if result.score is None:
        click.echo(f"{result.a} and {result.b}: no third party both acted toward; no score")
        return
    click.echo(f"alignment of {result.a} and {result.b}: S = {result.score:+.3f} "
               f"over {len(result.parties)} third parties")
    for label, parties in (("agree most", result.agree(top)), ("differ most", result.differ(top))):
        click.echo(f"{label}:")
        for p in parties:
            click.echo(f"  {p.actor:<12} {result.a} {p.mean_a:+.1f} ({p.events_a})  "
                       f"{result.b} {p.mean_b:+.1f} ({p.events_b})")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "graphml"]),
              required=True)
@click.option("--table", type=click.Choice(TABLES), default="clusters", show_default=True,
              help="The table jsonl, csv and parquet write.")
@click.option("--out", metavar="PATH", help="File to write (default: standard output).")
def export(db: str, fmt: str, table: str, out: str | None) -> None:
    """Export the store: a table, the event clusters as GDELT 2.0 events, or the actor graph."""
    target = out or sys.stdout
    with reading(db) as con:
        if fmt == "gdelt":
            count = export_gdelt(con, target)
        elif fmt == "graphml":
            count = export_graphml(con, target)
        else:
            count = export_table(con, table, fmt, target)
    click.echo(f"diplograph: wrote {count} rows ({fmt})" + (f" to {out}" if out else ""), err=True)


@click.command()
@db_option
def check(db: str) -> None:
    """Check the store: every block read back, keys unique, references whole, counts right."""
    from diplograph.store.check import integrity_problems
    with reading(db) as con:
        problems = integrity_problems(con)
    for problem in problems:
        click.echo(f"diplograph: {db}: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"{db}: sound")


COMMANDS = [ingest, events, dyad, actors, sql, align, export, check]
