"""The explorer's server: a JSON API over the store (described by its OpenAPI document at
/openapi.json) and the single-page explorer, whose files ship inside the package."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from typing import Annotated, Literal

import duckdb
from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from diplograph import __version__
from diplograph.errors import StoreBusyError, StoreError
from diplograph.store import queries
from diplograph.store.writer import open_reading
from diplograph.web import data

STATIC = resources.files("diplograph.web") / "static"
Root = Annotated[str | None, Query(pattern=r"^(0?[1-9]|1[0-9]|20)$", description="CAMEO root, 1-20")]
Modality = Literal["asserted", "planned", "negated", "hypothetical"]
Confidence = Annotated[float | None, Query(ge=0, le=1)]
Limit = Annotated[int, Query(ge=1, le=10_000)]
Actor = Annotated[str, Query(min_length=1, max_length=80, description="code or name, e.g. RUS, Russia")]


def create_app(db: str) -> FastAPI:
    """Return the explorer's app for the store at `db`."""
    app = FastAPI(title="diplograph explorer", version=__version__,
                  description="Events, dyads and actors of a diplograph store.")

    @contextmanager
    def store() -> Iterator[duckdb.DuckDBPyConnection]:
        con = open_reading(db, wait=5.0)
        try:
            yield con
        finally:
            con.close()

    install_errors(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"))

    @app.get("/api/graph", summary="The relations graph: actors and directed edges")
    def graph(since: date | None = None, until: date | None = None, root: Root = None,
              modality: Annotated[list[Modality] | None, Query()] = None,
              min_confidence: Confidence = None, limit: Limit = data.GRAPH_EDGE_LIMIT) -> dict:
        with store() as con:
            return data.graph(con, since, until, root, list(modality or []), min_confidence, limit)

    @app.get("/api/dyad", summary="A dyad's timeline by quad class and its events")
    def dyad(a: Actor, b: Actor, by: Literal["day", "week", "month", "year"] = "month",
             since: date | None = None, until: date | None = None, limit: Limit = 200) -> dict:
        with store() as con:
            return data.dyad(con, queries.actor_code(a, con), queries.actor_code(b, con), by,
                             since, until, limit)

    @app.get("/api/events", summary="Event clusters, newest first")
    def events(actor: Annotated[str | None, Query(max_length=80)] = None,
               other: Annotated[str | None, Query(alias="with", max_length=80)] = None,
               root: Root = None, code: Annotated[str | None, Query(pattern=r"^\d{2,4}$")] = None,
               since: date | None = None, until: date | None = None,
               modality: Annotated[list[Modality] | None, Query()] = None,
               min_confidence: Confidence = None, limit: Limit = 100,
               offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0) -> dict:
        with store() as con:
            f = queries.EventFilter(queries.actor_code(actor, con) if actor else None,
                                    queries.actor_code(other, con) if other else None, root, code,
                                    since, until, list(modality or []), min_confidence,
                                    limit + 1, offset)
            rows = [data.row_dict(r) for r in data.cluster_rows(con, f)]
            more = len(rows) > limit
            return {"events": rows[:limit], "offset": offset,
                    "next_offset": offset + limit if more else None}

    @app.get("/api/clusters/{cluster_id}", summary="One event with its mentions and articles")
    def cluster(cluster_id: Annotated[str, Path(pattern=r"^[0-9a-f]{1,40}$")]) -> dict:
        with store() as con:
            found = data.cluster(con, cluster_id)
        if found is None:
            raise HTTPException(404, f"no event cluster {cluster_id!r}")
        return found

    @app.get("/api/actors", summary="The most active actors")
    def actors(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
        with store() as con:
            table = queries.actors(con, limit)
            return {"actors": [dict(zip(table.columns, r, strict=True)) for r in table.rows]}

    @app.get("/api/actors/{actor}", summary="An actor's partners, quotes, timeline, alignment")
    def actor(actor: str) -> dict:
        if not 1 <= len(actor) <= 80:
            raise StoreError("actor must be 1 to 80 characters")
        with store() as con:
            return data.actor_page(con, queries.actor_code(actor, con))

    @app.get("/api/search", summary="Actors and articles matching a text")
    def search(q: Annotated[str, Query(min_length=2, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict:
        with store() as con:
            return data.search(con, q, limit)

    return app


def install_errors(app: FastAPI) -> None:
    """Answer bad parameters with 400 and a message, a busy store with 503, never 500."""

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}"
                             for e in exc.errors())
        return JSONResponse({"error": problems}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        busy = isinstance(exc, StoreBusyError)
        return JSONResponse({"error": str(exc)}, status_code=503 if busy else 400)
