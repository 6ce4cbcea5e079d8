"""`diplograph quotes`: who said what, readably or as records."""

from __future__ import annotations

import json

from click.testing import CliRunner

from diplograph.cli import cli

TEXT = ("“We will not be intimidated,” Taiwan's foreign minister Joseph Wu said on Tuesday.\n"
        "Taipei and Washington are close partners, Taiwan's foreign ministry said.")


def test_quotes_as_json_lines_name_the_article_speaker_and_date():
    run = CliRunner().invoke(cli, ["quotes", "--format", "jsonl", "--published", "2024-03-07",
                                   "--id", "tw1", "-"], input=TEXT)
    assert run.exit_code == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["direct"] for r in records] == [True, False]
    first = records[0]
    assert (first["article"], first["speaker"]["country"], first["date"]) == ("tw1", "TWN", "2024-03-05")


def test_direct_only_and_table():
    run = CliRunner().invoke(cli, ["quotes", "--format", "jsonl", "--direct-only",
                                   "--published", "2024-03-07", "-"], input=TEXT)
    assert len(run.stdout.splitlines()) == 1
    run = CliRunner().invoke(cli, ["quotes", "--format", "table", "--published", "2024-03-07",
                                   "-"], input=TEXT)
    assert "Joseph Wu" in run.stdout and "2024-03-05" in run.stdout and "We will not be" in run.stdout


def test_a_missing_input_is_one_line_and_a_non_zero_exit():
    run = CliRunner().invoke(cli, ["quotes", "nowhere.txt"])
    assert run.exit_code == 1 and run.stderr.strip().count("\n") == 0 and "nowhere.txt" in run.stderr
