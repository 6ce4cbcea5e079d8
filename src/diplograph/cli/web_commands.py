"""Commands that show the store: `serve` (the web explorer) and `plot dyad`."""

from __future__ import annotations

from pathlib import Path

import click

from diplograph.cli.store_commands import db_option, iso_date, reading
from diplograph.store import queries


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the web explorer and its JSON API (OpenAPI at /docs and /openapi.json)."""
    import uvicorn

    from diplograph.web.app import create_app
    with reading(db):  # a one-line error now rather than on every request
        pass
    click.echo(f"diplograph: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@click.group()
def plot() -> None:
    """Static pictures for reports."""


@plot.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--out", required=True, metavar="FILE.png|FILE.svg")
@click.option("--by", type=click.Choice(list(queries.PERIODS)), default="month", show_default=True)
@click.option("--since", callback=iso_date)
@click.option("--until", callback=iso_date)
def plot_dyad_command(a: str, b: str, db: str, out: str, by: str, since, until) -> None:
    """The timeline of A and B by quad class, with mean Goldstein, as PNG or SVG."""
    if Path(out).suffix.lower() not in (".png", ".svg"):
        raise click.BadParameter("--out must end in .png or .svg")
    with reading(db) as con:
        code_a, code_b = queries.actor_code(a, con), queries.actor_code(b, con)
        table = queries.dyad(con, code_a, code_b, by, since, until)
    from diplograph.export.plot import plot_dyad
    plot_dyad(table, code_a, code_b, out)
    click.echo(f"diplograph: wrote {out} ({len(table.rows)} periods and directions)", err=True)


COMMANDS = [serve, plot]
