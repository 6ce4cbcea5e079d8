"""`serve` answering while `ingest` writes the same file: the writer lets go of the file between
batches, readers open read-only connections per request and wait briefly for the writer, so
requests succeed during the run, and none fails with a server error."""

from __future__ import annotations

import subprocess
import sys
import time

from fastapi.testclient import TestClient

from diplograph.web.app import create_app


def test_the_explorer_answers_while_an_ingest_writes(tmp_path, shared):
    db = tmp_path / "live.duckdb"
    command = [sys.executable, "-m", "diplograph", "ingest", str(shared / "corpus"), "--db",
               str(db), "--batch-size", "2", "--quiet"]
    writer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = TestClient(create_app(str(db)), raise_server_exceptions=False)
    statuses, growing = [], []
    deadline = time.time() + 180
    while writer.poll() is None and time.time() < deadline:
        response = client.get("/api/actors", params={"limit": 5})
        statuses.append(response.status_code)
        if response.status_code == 200:
            growing.append(sum(a["events"] for a in response.json()["actors"]))
        time.sleep(0.05)
    assert writer.wait(timeout=60) == 0
    assert statuses and set(statuses) <= {200, 503, 400}  # 400: the file is not created yet
    answered_during_run = [s for s in statuses if s == 200]
    assert len(answered_during_run) >= 3, statuses
    assert growing == sorted(growing)  # the store only grows, batch by batch
    final = client.get("/api/actors", params={"limit": 5})
    assert final.status_code == 200 and sum(a["events"] for a in final.json()["actors"]) >= growing[-1]
