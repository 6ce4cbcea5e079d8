"""A user's own actor files: adding and overriding actors, and clear errors for bad files."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diplograph import extract
from diplograph.actors.kb import load_kb
from diplograph.actors.tables import ActorFileError
from diplograph.cli import cli

TEXT = "Lena Marchetti, the envoy, met Lavrov in Moscow. Marchetti said the talks were useful."


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_file_adds_a_person(tmp_path):
    people = write(tmp_path / "mine.csv", "name,aliases,country,role,office,start,end\n"
                   "Lena Marchetti,Marchetti,ITA,GOV,special envoy,2024-01-01,\n")
    result = extract(TEXT, published="2024-06-01", actors=[people])
    lena = next(a for a in result.actors if a.name == "Lena Marchetti")
    # "the envoy" in apposition describes her: a mention of her own
    assert (lena.country, lena.code, len(lena.mentions)) == ("ITA", "ITAGOV", 3)


def test_user_file_overrides_package_data(tmp_path):
    override = write(tmp_path / "bodies.csv", "name,aliases,country,role,kind\n"
                     "Moscow Office,Moscow,RUS,MIL,seat\n")
    kb = load_kb((override,))
    assert [t.kind for t in kb.terms["Moscow"]] == ["body"]
    assert [t.kind for t in load_kb().terms["Moscow"]] == ["capital"]


def test_a_user_document_noun_stands_for_its_author(tmp_path):
    write(tmp_path / "descriptors.csv", "noun,refers_to\nbulletin,author\n")
    assert load_kb((str(tmp_path),)).descriptors["bulletin"] == "author"


def test_folder_of_user_tables(tmp_path):
    write(tmp_path / "roles.csv", "phrase,role,person,office\nwarlord,REB,1,\n")
    assert load_kb((str(tmp_path),)).roles["warlord"].code == "REB"


@pytest.mark.parametrize("content,reason", [
    ("who,what\nx,y\n", "matches no actor table"),
    ("name,aliases,country,role,office,start,end\nA B,,ITA,GOV,envoy,June 2024,\n", "is not YYYY-MM-DD"),
    ("name,aliases,country,role,office,start,end\nA B,,XYZ,GOV,envoy,2024-01-01,\n", "unknown state"),
    ("phrase,role,person,office\nwarlord,REB,yes,\n", "person must be 0 or 1"),
    ("noun,refers_to\nbulletin,place\n", "refers_to must be one of"),
])
def test_bad_user_file_is_named_with_its_reason(tmp_path, content, reason):
    path = write(tmp_path / "bad.csv", content)
    with pytest.raises(ActorFileError) as caught:
        load_kb((path,))
    assert reason in str(caught.value) and "bad.csv" in str(caught.value)


def test_cli_actors_option_and_bad_file_exit(tmp_path):
    article = write(tmp_path / "a.txt", TEXT)
    good = write(tmp_path / "people.csv", "name,aliases,country,role,office,start,end\n"
                 "Lena Marchetti,Marchetti,ITA,GOV,special envoy,2024-01-01,\n")
    ok = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "--published", "2024-06-01",
                                  "--actors", good, article])
    assert ok.exit_code == 0 and '"person:lena-marchetti"' in ok.stdout and '"ITA"' in ok.stdout
    missing = CliRunner().invoke(cli, ["extract", "--actors", str(tmp_path / "nope.csv"), article])
    assert missing.exit_code == 2
    assert missing.stderr.strip() == f"diplograph: {tmp_path / 'nope.csv'}: no such actor file"


def test_actor_files_setting(tmp_path, monkeypatch):
    people = write(tmp_path / "mine.csv", "name,aliases,country,role,office,start,end\n"
                   "Lena Marchetti,Marchetti,ITA,GOV,special envoy,2024-01-01,\n")
    monkeypatch.setenv("DIPLOGRAPH_ACTORS", people)
    result = extract(TEXT, published="2024-06-01")
    assert any(a.name == "Lena Marchetti" and a.country == "ITA" for a in result.actors)
