"""Every route of the explorer's API, with good and bad parameters (400 with a message, never
500), on a store built from the shared corpus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from diplograph.web.app import create_app


@pytest.fixture(scope="module")
def client(corpus_store):
    return TestClient(create_app(str(corpus_store)), raise_server_exceptions=False)


def test_index_static_files_and_openapi(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "cdn" not in page.text.lower() and "http" not in page.text.replace("http-equiv", "")
    assert client.get("/static/app.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/graph", "/api/dyad", "/api/events", "/api/clusters/{cluster_id}", "/api/actors",
            "/api/actors/{actor}", "/api/search"} <= set(spec["paths"])


def test_graph_and_its_filters(client):
    graph = client.get("/api/graph").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert {"USA", "RUS", "UKR"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    narrow = client.get("/api/graph", params={"root": "19", "since": "2022-01-01",
                                               "modality": "asserted", "min_confidence": 0.5}).json()
    assert 0 < len(narrow["edges"]) < len(graph["edges"])


def test_dyad_timeline_and_events(client):
    dyad = client.get("/api/dyad", params={"a": "Russia", "b": "UKR"}).json()
    assert (dyad["a"], dyad["b"]) == ("RUS", "UKR") and dyad["timeline"] and dyad["events"]
    assert all(r["events"] == r["verbal_coop"] + r["material_coop"] + r["verbal_conflict"]
               + r["material_conflict"] for r in dyad["timeline"])


def test_events_and_one_event_with_its_evidence(client):
    events = client.get("/api/events", params={"actor": "RUS", "with": "UKR", "limit": 3}).json()["events"]
    assert len(events) == 3
    found = client.get(f"/api/clusters/{events[0]['cluster_id']}").json()
    mention = found["mentions"][0]
    assert mention["text"][mention["evidence_start"]:mention["evidence_end"]] == mention["evidence_text"]
    assert all(mention["text"][a["start"]:a["end"]] for a in mention["actors"])


def test_actors_actor_page_and_search(client):
    assert client.get("/api/actors", params={"limit": 3}).json()["actors"][0]["actor"] == "USA"
    page = client.get("/api/actors/RUS").json()
    assert page["partners"] and page["timeline"] and isinstance(page["aligned"], list)
    found = client.get("/api/search", params={"q": "Lavrov"}).json()
    assert found["articles"] and "Lavrov" in found["articles"][0]["snippet"]
    assert client.get("/api/search", params={"q": "russ"}).json()["actors"][0]["actor"] == "RUS"


@pytest.mark.parametrize("path, params, message", [
    ("/api/graph", {"since": "last week"}, "since"),
    ("/api/graph", {"root": "21"}, "root"),
    ("/api/graph", {"min_confidence": "2"}, "min_confidence"),
    ("/api/graph", {"modality": "maybe"}, "modality"),
    ("/api/graph", {"limit": "0"}, "limit"),
    ("/api/dyad", {"a": "RUS"}, "b"),
    ("/api/dyad", {"a": "RUS", "b": "Atlantis!"}, "names no state"),
    ("/api/dyad", {"a": "RUS", "b": "UKR", "by": "decade"}, "by"),
    ("/api/events", {"code": "abc"}, "code"),
    ("/api/events", {"actor": "x" * 200}, "actor"),
    ("/api/clusters/not-an-id", {}, "cluster_id"),
    ("/api/actors", {"limit": "many"}, "limit"),
    ("/api/actors/Atlantis!", {}, "names no state"),
    ("/api/search", {"q": "a"}, "q"),
    ("/api/search", {}, "q"),
])
def test_bad_parameters_are_400_with_a_message(client, path, params, message):
    response = client.get(path, params=params)
    assert response.status_code == 400, response.text
    assert message in response.json()["error"]


def test_unknown_event_is_404_and_files_outside_static_are_not_served(client):
    assert client.get("/api/clusters/0123456789abcdef0123").status_code == 404
    for path in ("/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                 "/static/..%2fweb%2fapp.py"):
        assert client.get(path).status_code == 404


def test_a_missing_store_is_a_clear_error(tmp_path):
    client = TestClient(create_app(str(tmp_path / "none.duckdb")), raise_server_exceptions=False)
    response = client.get("/api/graph")
    assert response.status_code == 400 and "no such store" in response.json()["error"]


def test_events_are_paginated(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 5 and len(first["events"]) == len(second["events"]) == 5
    ids = {e["cluster_id"] for e in first["events"]} | {e["cluster_id"] for e in second["events"]}
    assert len(ids) == 10
    last = client.get("/api/events", params={"limit": 10_000}).json()
    assert last["next_offset"] is None
