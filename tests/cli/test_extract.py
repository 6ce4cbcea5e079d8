import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ankara-talks-2024-05-06.txt"


def run(args, stdin=None):
    return CliRunner().invoke(cli, args, input=stdin)


def test_jsonl_output_has_the_documented_fields():
    result = run(["extract", "--format", "jsonl", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().splitlines()
    doc = json.loads(line)
    assert set(doc) >= {"id", "title", "published", "url", "outlet", "actors", "events", "quotes"}
    assert doc["published"] == "2024-05-06"
    event = doc["events"][0]
    assert set(event) >= {"source", "target", "cameo", "root", "goldstein", "quad_class", "date",
                          "location", "modality", "evidence", "confidence"}
    assert set(event["source"]) == {"id", "name", "country", "org", "code"}
    actor = doc["actors"][0]
    assert set(actor) == {"id", "name", "kind", "country", "org", "role", "code", "mentions"}


def test_json_is_indented_and_table_is_readable():
    as_json = run(["extract", "--format", "json", str(EXAMPLE)])
    assert as_json.exit_code == 0 and as_json.stdout.startswith("{\n")
    table = run(["extract", "--format", "table", str(EXAMPLE)])
    assert table.exit_code == 0
    assert "Hakan Fidan (TURGOV)" in table.stdout and "quotes" in table.stdout


def test_stdin_with_published_and_id():
    result = run(["extract", "--format", "jsonl", "--published", "2024-01-02", "--id", "s1", "-"],
                 stdin="France criticized Italy over the border.")
    doc = json.loads(result.stdout)
    assert (doc["id"], doc["published"]) == ("s1", "2024-01-02")
    assert doc["events"][0]["cameo"] == "111"


def test_bad_inputs_fail_one_line_each_and_others_still_run(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Fran\xe7ois met Scholz.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    args = ["extract", "--format", "jsonl", str(missing), str(empty), str(EXAMPLE),
            str(binary), str(latin)]
    result = run(args)
    assert result.exit_code == 3
    assert len(result.stdout.strip().splitlines()) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4
    for path, reason in [(missing, "no such file"), (empty, "empty"), (binary, "binary"),
                         (latin, "UTF-8")]:
        assert any(str(path) in e and reason in e for e in errors)


def test_nothing_readable_exits_non_zero(tmp_path):
    result = run(["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_console_script_runs():
    proc = subprocess.run([sys.executable, "-m", "diplograph", "--version"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "diplograph" in proc.stdout


@pytest.mark.parametrize("published", ["2023-13-01", "soon"])
def test_bad_published_option(published):
    result = run(["extract", "--published", published, str(EXAMPLE)])
    assert result.exit_code == 2 and "not YYYY-MM-DD" in result.stderr
