"""`diplograph` command-line interface: data to stdout, progress and errors to stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from diplograph import __version__
from diplograph.cli.store_commands import COMMANDS
from diplograph.cli.web_commands import COMMANDS as WEB_COMMANDS
from diplograph.config import current_settings
from diplograph.errors import DiplographError, InputError
from diplograph.events.codebook import quad_schemes
from diplograph.events.coder import CodingOptions
from diplograph.export import (
    write_json,
    write_jsonl,
    write_quotes_json,
    write_quotes_jsonl,
    write_quotes_table,
    write_table,
)
from diplograph.ingest import read_inputs
from diplograph.ingest.readers import check_date
from diplograph.model import Article
from diplograph.pipeline import extract_articles

WRITERS = {"jsonl": write_jsonl, "json": write_json, "table": write_table}
QUOTE_WRITERS = {"jsonl": write_quotes_jsonl, "json": write_quotes_json,
                 "table": write_quotes_table}


def report(message: str) -> None:
    """Print one error line to standard error."""
    click.echo(f"diplograph: {message}", err=True)


def output_options(command):
    """The output options every command that prints records shares."""
    command = click.option("--format", "fmt", type=click.Choice(list(WRITERS)), default=None,
                           help="Output format (default: table on a terminal, else jsonl).")(command)
    return command


@click.group()
@click.version_option(__version__, prog_name="diplograph")
def cli() -> None:
    """Turn international news into structured event data on diplomacy."""


def input_options(command):
    """The options every command that reads articles shares."""
    for option in reversed([
        click.option("--published", callback=lambda ctx, param, value: valid_published(value),
                     help="Publication date YYYY-MM-DD for articles that lack one."),
        click.option("--id", "article_id",
                     help="Article id for a text input (default: file name)."),
        click.option("--model",
                     help="spaCy pipeline to use (default: DIPLOGRAPH_MODEL or en_core_web_sm)."),
        click.option("--actors", "actor_files", multiple=True, metavar="FILE",
                     help="CSV file (or folder of them) of actors to add or override, in the "
                          "format of the package's actor tables; repeatable; adds to "
                          "DIPLOGRAPH_ACTORS."),
    ]):
        command = option(command)
    return command


@cli.command()
@click.argument("paths", nargs=-1)
@output_options
@input_options
@click.option("--quad-scheme", type=click.Choice(sorted(quad_schemes())), default=None,
              help="How CAMEO roots group into quad classes (default: DIPLOGRAPH_QUAD_SCHEME "
                   "or gdelt).")
@click.option("--all-codes", is_flag=True,
              help="Keep every code a sentence gives an actor pair, not one per CAMEO root.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Keep the events the linker gives at least this probability (default: its "
                   "own threshold, chosen for F1; higher is more precise, lower finds more).")
def extract(paths: tuple[str, ...], fmt: str | None, published: str | None,
            article_id: str | None, model: str | None, actor_files: tuple[str, ...],
            quad_scheme: str | None, all_codes: bool, min_confidence: float | None) -> None:
    """Extract actors, events and quotes from articles (.txt, .json, .jsonl, or - for stdin)."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    options = CodingOptions(quad_scheme or current_settings().quad_scheme, all_codes,
                            min_confidence)
    run_articles(paths, published, article_id, model, actor_files, options, WRITERS[fmt])


@cli.command()
@click.argument("paths", nargs=-1)
@output_options
@input_options
@click.option("--reported/--direct-only", default=True,
              help="Include reported speech without quotation marks (default) or not.")
def quotes(paths: tuple[str, ...], fmt: str | None, published: str | None,
           article_id: str | None, model: str | None, actor_files: tuple[str, ...],
           reported: bool) -> None:
    """Print who said what: every quotation in the articles, with speaker, date and text."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    write = QUOTE_WRITERS[fmt]
    run_articles(paths, published, article_id, model, actor_files, None,
                 lambda result, out: write(result, out, reported))


def run_articles(paths: tuple[str, ...], published: str | None, article_id: str | None,
                 model: str | None, actor_files: tuple[str, ...],
                 options: CodingOptions | None, write) -> None:
    """Read the inputs, run the pipeline and write each article's result; exit 0 when every
    input was read, 3 when some failed, 1 when none could be read, 2 on a usage error."""
    failures: list[InputError] = []
    articles = good_articles(read_inputs(list(paths) or ["-"], published, article_id), failures)
    written = 0

    def failed(article: Article, exc: Exception) -> None:  # one article never stops the run
        where = article.source or article.id or "?"
        failures.append(InputError(f"{where}: analysis failed ({type(exc).__name__}: {exc})"))
        report(str(failures[-1]))

    try:
        for result in extract_articles(articles, model=model, actors=actor_files,
                                       options=options, on_error=failed):
            write(result, sys.stdout)
            written += 1
    except DiplographError as exc:
        report(str(exc))
        sys.exit(2)
    if failures and not written:
        sys.exit(1)
    if failures:
        sys.exit(3)


def good_articles(results, failures: list[InputError]) -> Iterator[Article]:
    """Yield the articles that were read, reporting each input that failed as it comes."""
    for item in results:
        if isinstance(item, InputError):
            report(str(item))
            failures.append(item)
        else:
            for warning in item.warnings:
                report(warning)
            yield item


def valid_published(value: str | None) -> str | None:
    """Check the --published option, failing as a usage error."""
    try:
        return check_date(value, "--published")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


for _command in [*COMMANDS, *WEB_COMMANDS]:
    cli.add_command(_command)


def main() -> None:
    """Entry point of the console script."""
    cli()

