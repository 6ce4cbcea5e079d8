"""The explorer in a real browser: Debian's Chromium, driven by Playwright, opens the graph of a
store built from the shared corpus, clicks an edge, sees the dyad's timeline, opens an event and
sees its evidence sentence. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from diplograph.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Flags for a closed network: no background connections, no sandbox as root, no GPU.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# A point on the edge where the edge itself, not a crossing one, is on top: where a user clicks.
EDGE_POINT = """() => {
  for (const path of document.querySelectorAll(".edge .hit")) {
    const edge = path.closest(".edge"), m = path.getScreenCTM(), length = path.getTotalLength();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const p = path.getPointAtLength(length * t);
      const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
      const top = document.elementFromPoint(x, y);
      if (top && top.closest(".edge") === edge) return [x, y, edge.dataset.source, edge.dataset.target];
    }
  }
  return null;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_store):
    """Serve the corpus store on a free port of 127.0.0.1 for the module's tests."""
    port = free_port()
    config = uvicorn.Config(create_app(str(corpus_store)), host="127.0.0.1", port=port,
                            log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not instance.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing; .ci/run installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def test_graph_edge_dyad_timeline_and_evidence(server, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    page.wait_for_selector("body[data-graph=ready]", timeout=20000)
    assert page.locator(".node").count() > 10 and page.locator(".edge").count() > 10
    page.screenshot(path=str(SHOTS / "graph.png"))
    point = page.evaluate(EDGE_POINT)  # the thickest edge a click can reach
    assert point, "no edge can be clicked"
    x, y, source, target = point
    page.mouse.click(x, y)
    page.wait_for_selector("svg.timeline rect", timeout=10000)
    assert f"{source} ↔ {target}" in page.inner_text("#panel h2")
    page.screenshot(path=str(SHOTS / "dyad.png"))
    page.click("table.events tr.clickable >> nth=0")
    page.wait_for_selector("p.evidence-sentence mark.evidence", timeout=10000)
    evidence = page.inner_text("p.evidence-sentence")
    assert len(evidence) > 5 and evidence in page.inner_text(".article .text")
    assert page.locator(".article .text .actor-mention").count() > 0
    page.screenshot(path=str(SHOTS / "event.png"))
    assert errors == []


def test_actor_page_and_search(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(server + "/")
    page.wait_for_selector("body[data-graph=ready]", timeout=20000)
    page.click(".node[data-actor=RUS] circle")
    page.wait_for_selector("body[data-view=actor]", timeout=10000)
    assert "Partners" in page.inner_text("#panel")
    page.fill("#q", "Lavrov")
    page.click("#search button")
    page.wait_for_selector("body[data-view=search]", timeout=10000)
    assert "Lavrov" in page.inner_text("#panel")
    page.screenshot(path=str(SHOTS / "search.png"))
