"""The output formats of `diplograph extract`."""

from __future__ import annotations

import json
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
                      e.modality, (e.date or "-") + ("*" if e.date_inferred else ""),
                      e.location.name if e.location else "-", e.evidence.text)
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
