"""How fast the explorer draws the relations graph of a large store: build a store of synthetic
event clusters (100,000 by default), serve it, open the explorer in headless Chromium and time
from navigation to the drawn graph.

    python bench/web/graph_render.py                    # 100,000 clusters, 200 actors, 3 loads
    python bench/web/graph_render.py --clusters 500000 --actors 300

The target is under 2 s. Needs Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import importlib.util
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from diplograph.web.app import create_app

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def store_builder():
    """Return the synthetic store builder of bench/store/queries.py."""
    path = Path(__file__).resolve().parents[1] / "store" / "queries.py"
    spec = importlib.util.spec_from_file_location("store_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(db: str) -> tuple[str, uvicorn.Server]:
    """Serve the store on a free local port; return its address and the server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/", server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    builder = store_builder()
    builder.ACTORS = args.actors
    db = str(Path(tempfile.mkdtemp()) / "render.duckdb")
    builder.build(db, args.clusters)
    url, server = serve(db)
    times, graph_ms, sizes = [], [], None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        for _ in range(args.loads):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(url)
            page.wait_for_selector("body[data-graph=ready]", timeout=60000)
            times.append(page.evaluate("window.diplographReadyAt"))
            graph_ms.append(page.evaluate("window.diplographGraphMs"))
            sizes = (page.locator(".node").count(), page.locator(".edge").count())
            page.close()
        browser.close()
    server.should_exit = True
    print(f"{args.clusters:,} clusters, {args.actors} actors: graph of {sizes[0]} nodes and "
          f"{sizes[1]} edges")
    print(f"navigation to drawn graph: median {statistics.median(times):.0f} ms "
          f"(API and drawing: {statistics.median(graph_ms):.0f} ms; target < 2000 ms)")


if __name__ == "__main__":
    main()
