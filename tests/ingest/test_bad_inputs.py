"""The bad-input suite: every kind of bad input, through `extract` and through `ingest`. Each is
processed or gets one line naming it and the reason; nothing prints a traceback, the rest of
the run goes on, and after an ingest every input is accounted for."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.store.ingest import Ingest, IngestOptions

GOOD = "Japan praised South Korea for its restraint on Monday, officials in Tokyo said."
FRENCH = ("La Russie a attaqué l'Ukraine lundi, selon des responsables du ministère de la "
          "Défense, qui ont condamné une violation du droit international.")


def write_inputs(folder: Path) -> dict[str, str | None]:
    """Write one file per kind of bad input; return file name -> the reason its error names,
    or None for an input that is processed."""
    files: dict[str, tuple[bytes, str | None]] = {
        "2024-05-06-good.txt": (GOOD.encode(), None),
        "empty.txt": (b"", "empty input"),
        "blank.txt": (b"   \n\n  ", "empty input"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file"),
        "huge.txt": ((GOOD + " ").encode() * 650_000, "too long"),  # about 50 MB
        "bad-utf8.txt": (b"Japan praised \xff\xfe South Korea.", "not valid UTF-8"),
        "latin1.txt": ("Le ministre a déclaré à Genève que les négociations".encode("latin-1"),
                       "not valid UTF-8"),
        "no-body.html": (b"<html><head><title>Nothing here</title></head></html>",
                         "no main text"),
        "broken.html": (f"<html><body><div><p>{GOOD} The talks lasted three hours and both "
                        f"delegations called them useful.<p>More to come<div></body"
                        .encode(), None),
        "records.jsonl": ((json.dumps({"id": "ok", "text": GOOD, "published": "2024-05-06"})
                           + "\n{broken json\n" + json.dumps({"id": "no-text"}) + "\n"
                           + json.dumps(["not", "a", "record"]) + "\n").encode(), "records"),
        "no-text.json": (json.dumps({"title": "Missing body"}).encode(), "no \"text\" field"),
        "odd.csv": ((b'id,text\n"q1","Japan said ""no"", then\npraised South Korea."\n'
                     b'q2,"unclosed\n'), "records"),
        "long-sentence.txt": ((" ".join(["Officials in Moscow and Kyiv discussed aid"] * 715)
                               + ".").encode(), None),  # a sentence of 5,005 words
        "french.txt": (FRENCH.encode(), "another language"),
        "unbalanced.txt": ("“We will never accept this, the ministry said.\nJapan praised South "
                           "Korea.".encode(), None),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-inputs")
    return folder, write_inputs(folder)


def test_extract_processes_the_good_and_names_every_bad_input(inputs):
    folder, expected = inputs
    run = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(folder)])
    assert run.exit_code == 3, run.output  # some inputs failed, the others were processed
    assert "Traceback" not in run.stderr
    errors = run.stderr.strip().splitlines()
    for name, reason in expected.items():
        mine = [e for e in errors if Path(e.removeprefix("diplograph: ").split(":")[0]).name == name]
        if reason is None:
            assert not mine, mine
        elif reason != "records":
            assert len(mine) == 1 and reason in mine[0], (name, mine)
    assert all(line.startswith("diplograph: ") for line in errors)
    ids = [json.loads(line)["id"] for line in run.stdout.splitlines()]
    assert {"2024-05-06-good", "broken", "long-sentence", "unbalanced", "ok", "q1"} <= set(ids)


def test_ingest_accounts_for_every_input(inputs, tmp_path):
    folder, _ = inputs
    db = tmp_path / "bad.duckdb"
    summary = Ingest(IngestOptions(db=str(db))).run([str(folder)])
    # 15 files; records.jsonl holds 4 inputs and odd.csv 2: 19 inputs in all
    assert summary.inputs == summary.ingested + summary.duplicates + summary.failed == 19
    assert summary.failed == 12 and summary.duplicates == 1  # the JSONL repeats the good text
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 12
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == summary.ingested
        reasons = [r[0] for r in con.execute("SELECT reason FROM ingest_errors").fetchall()]
    assert all("\n" not in r and ": " in r for r in reasons)


def test_ten_thousand_articles_in_one_jsonl_file(tmp_path):
    texts = [f"Japan praised South Korea on Monday for the {n}th time, officials said."
             for n in range(100)]
    lines = [json.dumps({"id": f"a{n}", "text": texts[n % 100], "published": "2024-05-06"})
             for n in range(10_000)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    summary = Ingest(IngestOptions(db=str(tmp_path / "many.duckdb"))).run(
        [str(tmp_path / "many.jsonl")])
    assert (summary.inputs, summary.ingested, summary.duplicates, summary.failed) == (
        10_000, 100, 9_900, 0)


def test_an_article_whose_analysis_fails_does_not_stop_extract(tmp_path, monkeypatch):
    import diplograph.pipeline as pipeline
    real = pipeline.analyse

    def fragile(doc, article, lexicon, options=None):
        if "explode" in article.text:
            raise ValueError("boom")
        return real(doc, article, lexicon, options)

    monkeypatch.setattr(pipeline, "analyse", fragile)
    (tmp_path / "a.txt").write_text("This will explode.")
    (tmp_path / "b.txt").write_text(GOOD)
    run = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(tmp_path / "a.txt"),
                                   str(tmp_path / "b.txt")])
    assert run.exit_code == 3 and len(run.stdout.splitlines()) == 1
    assert "a.txt: analysis failed (ValueError: boom)" in run.stderr
