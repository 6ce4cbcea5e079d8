"""The office holders of the Phoenix country dictionary: the state of a person news names
without one, looked up by name whatever the accents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from diplograph import extract
from diplograph.actors.office_holders import fold, office_holders, state_of

ROOT = Path(__file__).resolve().parents[2]


def test_names_are_folded_for_lookup():
    assert fold("Álvaro  URIBE-Vélez") == "alvaro uribe velez"


def test_a_listed_person_has_a_state_and_an_ambiguous_name_has_none():
    assert len(office_holders()) > 15000
    assert state_of("Rafael Correa").country == "ECU"
    assert state_of("Álvaro Uribe").country == "COL"  # listed as "Alvaro Uribe Velez"
    assert state_of("Qaddafi").country == "LBY"  # an alias the dictionary gives
    assert state_of("Nobody Inparticular") is None


def test_an_event_of_a_person_named_without_a_state_is_coded_for_their_state():
    events = extract("Rafael Correa accused Colombia of lying.", published="2008-03-08").events
    assert any((e.source.country, e.cameo, e.target.country) == ("ECU", "112", "COL")
               for e in events)
    # a nationality in the text wins over the list
    events = extract("Peruvian diplomat Rafael Correa criticized Chile.",
                     published="2008-03-08").events
    assert all(e.source.country == "PER" for e in events)


def test_the_built_file_is_what_the_build_script_makes(shared, tmp_path):
    out = tmp_path / "phoenix_people.csv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_phoenix_people.py"),
                    str(shared / "data"), "--out", str(out)], check=True, cwd=ROOT)
    packaged = ROOT / "src" / "diplograph" / "actors" / "data" / "phoenix_people.csv"
    assert out.read_text() == packaged.read_text()
    assert "MIT License" in packaged.read_text()
