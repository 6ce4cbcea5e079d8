"""The output formats of `diplograph extract`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import IO

from rich.console import Console
from rich.table import Table

from diplograph.model import ArticleResult


def write_jsonl(result: ArticleResult, out: IO[str]) -> None:
    """Write one article as a single JSON line."""
    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def write_json(result: ArticleResult, out: IO[str]) -> None:
    """Write one article as indented JSON."""
    out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")


def actor_label(ref) -> str:
    """Return "Name (CODE)" for an actor reference, or a dash."""
    if ref is None:
        return "-"
    return f"{ref.name} ({ref.code or ref.country or ref.org or '?'})"


def date_label(event) -> str:
    """Return an event's date for reading: a range as "start..end", "*" when inferred."""
    if event.date is None:
        return "-"
    text = f"{event.date}..{event.date_end}" if event.date_end else event.date
    return text + ("*" if event.date_inferred else "")


def place_label(location) -> str:
    """Return "Name (CODE)" for a location, or a dash."""
    if location is None:
        return "-"
    return f"{location.name} ({location.country})" if location.country else location.name


def write_table(result: ArticleResult, out: IO[str]) -> None:
    """Write one article as readable tables of events and quotes."""
    console = Console(file=out, width=max(100, Console(file=out).width))
    a = result.article
    console.print(f"[bold]{a.title or a.id}[/bold]  published {a.published or 'unknown'}")
    console.print(events_table(result))
    console.print(quotes_table(result))


def events_table(result: ArticleResult) -> Table:
    """Return the events of one article as a table."""
    table = Table(title=f"{len(result.events)} events", title_justify="left")
    for column in ("source", "event", "target", "modality", "date", "place", "evidence"):
        table.add_column(column, overflow="fold")
    for e in result.events:
        table.add_row(actor_label(e.source), f"{e.cameo} {e.name}", actor_label(e.target),
                      e.modality, date_label(e),
                      place_label(e.location), e.evidence.text)
    return table


def quotes_table(result: ArticleResult) -> Table:
    """Return the quotes of one article as a table."""
    table = Table(title=f"{len(result.quotes)} quotes", title_justify="left")
    for column in ("speaker", "cue", "kind", "text"):
        table.add_column(column, overflow="fold")
    for q in result.quotes:
        table.add_row(actor_label(q.speaker), q.cue or "-", "direct" if q.direct else "reported",
                      q.text)
    return table


def quote_records(result: ArticleResult, reported: bool = True) -> list[dict]:
    """Return the quotes of one article as flat records naming their article."""
    a = result.article
    return [{"article": a.id, "published": a.published, **asdict(q)}
            for q in result.quotes if reported or q.direct]


def write_quotes_jsonl(result: ArticleResult, out: IO[str], reported: bool = True) -> None:
    """Write one JSON line per quote."""
    for record in quote_records(result, reported):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_quotes_json(result: ArticleResult, out: IO[str], reported: bool = True) -> None:
    """Write one article's quotes as an indented JSON array."""
    out.write(json.dumps(quote_records(result, reported), ensure_ascii=False, indent=2) + "\n")


def write_quotes_table(result: ArticleResult, out: IO[str], reported: bool = True) -> None:
    """Write one article's quotes as a readable table: speaker, date, text."""
    console = Console(file=out, width=max(100, Console(file=out).width))
    a = result.article
    shown = [q for q in result.quotes if reported or q.direct]
    table = Table(title=f"{a.title or a.id}: {len(shown)} quotes", title_justify="left")
    for column in ("speaker", "date", "cue", "text"):
        table.add_column(column, overflow="fold")
    for q in shown:
        mark = "" if q.direct else " (reported)"
        flag = " (end guessed)" if q.doubtful else ""
        table.add_row(actor_label(q.speaker), (q.date or "-") + ("*" if q.date_inferred else ""),
                      (q.cue or "-") + mark, q.text + flag)
    console.print(table)
