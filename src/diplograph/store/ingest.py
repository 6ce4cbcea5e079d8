"""`diplograph ingest`: read inputs, skip what the store holds, analyse the rest through one
`nlp.pipe` stream, and write them batch by batch, each batch in one transaction."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from diplograph.actors import lexicon_for
from diplograph.config import current_settings
from diplograph.errors import InputError
from diplograph.events.coder import CodingOptions
from diplograph.ingest import read_inputs
from diplograph.model import Article, ArticleResult
from diplograph.nlp import load_pipeline
from diplograph.nlp.typography import parse_articles
from diplograph.pipeline import analyse
from diplograph.store.writer import (
    COUNTERS,
    BatchCounts,
    Lease,
    article_key,
    finish_run,
    known_articles,
    start_run,
    write_batch,
)

BATCH_SIZE = 64
LOOKUP_CHUNK = 32
PIPE_BATCH = 16


@dataclass
class RunSummary:
    """What an ingest run did with its inputs."""

    run_id: str
    db: str
    inputs: int = 0
    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def add(self, counts: BatchCounts) -> None:
        """Add one batch's counts."""
        for name in COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(counts, name))
        self.inputs += counts.ingested + counts.duplicates + counts.failed
        self.errors += counts.errors


@dataclass
class IngestOptions:
    """How to ingest: the store, the parallelism, the model and user actors."""

    db: str
    workers: int = 1
    batch_size: int = BATCH_SIZE
    model: str | None = None
    actors: tuple[str, ...] = ()
    published: str | None = None
    command: str = "ingest"


class Ingest:
    """One ingest run into one store."""

    def __init__(self, options: IngestOptions,
                 on_progress: Callable[[int, int], None] | None = None) -> None:
        self.options = options
        self.lease = Lease(options.db)
        self.lease.connection()  # a store that cannot be opened fails now, with its reason
        self.summary = RunSummary(uuid.uuid4().hex, options.db)
        self.pending = BatchCounts()
        self.seen: set[str] = set()
        self.on_progress = on_progress or (lambda done, total: None)

    def run(self, paths: list[str]) -> RunSummary:
        """Ingest every input under `paths` and return the run's summary."""
        try:
            return self.ingest(paths)
        finally:
            self.lease.release()

    def ingest(self, paths: list[str]) -> RunSummary:
        """Read, analyse and write every input; the body of `run`."""
        started = time.perf_counter()
        start_run(self.lease.connection(), self.summary.run_id, self.options.command)
        settings = current_settings()
        nlp = load_pipeline(self.options.model or settings.model)
        lexicon = lexicon_for(nlp, (*settings.actors, *self.options.actors))
        coding = CodingOptions(quad_scheme=settings.quad_scheme)
        items = read_inputs(paths, self.options.published, ignored=self.summary.ignored)
        stream = parse_articles(nlp, self.fresh(items), PIPE_BATCH, self.options.workers)
        batch: list[ArticleResult] = []
        for doc, article in stream:
            result = self.analysed(doc, article, lexicon, coding)
            if result is not None:
                batch.append(result)
            if len(batch) >= self.options.batch_size:
                self.flush(batch)
                batch = []
        self.flush(batch)
        finish_run(self.lease.connection(), self.summary.run_id)
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def fresh(self, items: Iterable[Article | InputError]) -> Iterator[Article]:
        """Yield the articles the store does not hold yet, counting failures and duplicates;
        the store is asked about a chunk of articles at a time."""
        for chunk in batched(items, LOOKUP_CHUNK):
            self.lease.yield_to_readers()
            stored_of = partial(known_articles, self.lease.connection())
            yield from new_articles(chunk, stored_of, self.seen, self.pending)

    def analysed(self, doc, article: Article, lexicon, coding: CodingOptions) -> ArticleResult | None:
        """Return one article's analysis, or None (counted as failed) when it raised."""
        try:
            result = analyse(doc, article, lexicon, coding)
        except Exception as exc:  # one article must never stop the run
            where = article.source or article.id or "?"
            self.pending.failed += 1
            self.pending.errors.append((where, f"{where}: analysis failed ({type(exc).__name__}: {exc})"))
            return None
        self.pending.ingested += 1
        self.pending.events += len(result.events)
        self.pending.quotes += len(result.quotes)
        self.on_progress(self.processed(), self.summary.ingested + self.pending.ingested)
        return result

    def processed(self) -> int:
        """Return how many inputs have been accounted for so far."""
        p = self.pending
        return self.summary.inputs + p.ingested + p.duplicates + p.failed

    def flush(self, batch: list[ArticleResult]) -> None:
        """Write a batch and the failures and duplicates counted since the last one."""
        counts, self.pending = self.pending, BatchCounts()
        write_batch(self.lease.connection(), self.summary.run_id, batch, counts)
        self.lease.yield_to_readers()
        self.summary.add(counts)
        self.on_progress(self.summary.inputs, self.summary.ingested)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Yield lists of up to `size` items, in order."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def new_articles(items: list[Article | InputError], stored_of: Callable[[list[str]], set[str]],
                 seen: set[str], counts: BatchCounts) -> list[Article]:
    """Return the articles among `items` that neither `stored_of` (asked once, with every key)
    nor `seen` holds, adding their keys to `seen`; failures and duplicates go into `counts`.
    Everything is counted before any article is returned, so no count can land in a batch
    that has already been written."""
    keyed = [(article_key(i.text), i) for i in items if not isinstance(i, InputError)]
    stored = stored_of([k for k, _ in keyed])
    for item in items:
        if isinstance(item, InputError):
            counts.failed += 1
            counts.errors.append((input_of(item), str(item)))
    fresh = []
    for key, article in keyed:
        if key in seen or key in stored:
            counts.duplicates += 1
        else:
            seen.add(key)
            fresh.append(article)
    return fresh


def input_of(error: InputError) -> str:
    """Return the input an error message names (the text before its first ": ")."""
    return str(error).split(": ", 1)[0]
