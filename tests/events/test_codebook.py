"""The codebook, quad class schemes, and the one-event-per-root rule."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph import extract
from diplograph.cli import cli
from diplograph.errors import SettingError
from diplograph.events.codebook import check_quad_scheme, quad_class, quad_schemes
from diplograph.events.coder import CodingOptions


def test_gdelt_and_icews_schemes_differ_on_investigations_and_protests():
    assert quad_class("09") == 2 and quad_class("14") == 3
    assert quad_class("09", "icews") == 3 and quad_class("14", "icews") == 4
    assert all(len(table) == 20 for table in quad_schemes().values())


def test_unknown_scheme_is_a_one_line_error():
    with pytest.raises(SettingError, match="quad class scheme 'phoenix' is unknown"):
        check_quad_scheme("phoenix")


def test_events_carry_the_chosen_scheme():
    text = "Thousands of Palestinians protested against Israel in Ramallah on Friday."
    [gdelt] = extract(text, published="2024-05-03").events
    [icews] = extract(text, published="2024-05-03",
                      options=CodingOptions(quad_scheme="icews")).events
    assert (gdelt.root, gdelt.quad_class, icews.quad_class) == ("14", 3, 4)


def test_cli_quad_scheme_and_setting(monkeypatch):
    text = "Thousands of Palestinians protested against Israel in Ramallah on Friday."
    run = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "--published", "2024-05-03",
                                   "--quad-scheme", "icews", "-"], input=text)
    assert json.loads(run.stdout)["events"][0]["quad_class"] == 4
    monkeypatch.setenv("DIPLOGRAPH_QUAD_SCHEME", "nope")
    run = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "-"], input=text)
    assert run.exit_code == 2 and "quad class scheme 'nope' is unknown" in run.stderr


def test_one_event_per_sentence_pair_and_root_unless_all_codes():
    text = "Russia attacked and shelled Ukrainian towns on Monday."
    one = extract(text, published="2024-05-01").events
    every = extract(text, published="2024-05-01",
                    options=CodingOptions(all_codes=True)).events
    assert [e.root for e in one] == ["19"]
    assert sorted(e.cameo for e in every) == ["190", "194"]


def test_the_pattern_dictionary_covers_every_root():
    from diplograph.events.codebook import lookup
    from diplograph.events.patterns import load_patterns
    roots = {lookup(p.code).root for ps in load_patterns().values() for p in ps}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
