"""The field's verb dictionary: built from PETRARCH-2's CAMEO verb file, matched on the parse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from diplograph import extract
from diplograph.events.petrarch import block_patterns, synsets, verb_entries, verb_match

ROOT = Path(__file__).resolve().parents[2]


def first_verb(nlp, text: str):
    return next(t for t in nlp(text) if t.pos_ == "VERB")


def test_the_dictionary_holds_the_field_vocabulary():
    assert len(verb_entries()) > 1500
    assert sum(len(p) for p in block_patterns().values()) > 4000
    assert "helicopter" in synsets()["&AIRCRAFT"]


def test_a_phrase_pattern_gives_its_code_and_line(nlp):
    match = verb_match(first_verb(nlp, "The minister expressed condolences to the families."))
    assert match is not None and match.code == "018" and match.size >= 1
    staged = verb_match(first_verb(nlp, "Farmers staged a demonstration outside parliament."))
    assert staged is not None and staged.code.startswith("14")


def test_a_verb_without_a_fitting_pattern_takes_its_own_code_or_none(nlp):
    assert verb_match(first_verb(nlp, "The minister condemned the attack.")).code == "111"
    assert verb_match(first_verb(nlp, "The economy accelerated quickly.")) is None


def test_words_of_another_clause_do_not_make_a_pattern_fit(nlp):
    # "aid" belongs to the clause below "agreed", not to the phrase of "agreed" itself
    verb = first_verb(nlp, "Japan agreed that the aid would arrive later.")
    match = verb_match(verb)
    assert match is None or match.code != "070"


def test_the_built_files_are_what_the_build_script_makes(shared, tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_petrarch_verbs.py"),
                    str(shared / "data"), "--out", str(tmp_path)], check=True, cwd=ROOT)
    data = ROOT / "src" / "diplograph" / "events" / "data"
    for name in ("petrarch_verbs.tsv", "petrarch_patterns.tsv", "petrarch_synsets.tsv"):
        assert (tmp_path / name).read_text() == (data / name).read_text(), name


def test_every_row_names_its_source_line(shared):
    source = (shared / "data" / "petrarch2_dictionaries" / "CAMEO.2.0.txt").read_text(
        encoding="latin-1").splitlines()
    data = ROOT / "src" / "diplograph" / "events" / "data" / "petrarch_verbs.tsv"
    rows = [r.split("\t") for r in data.read_text().splitlines()
            if r and not r.startswith("#")][1:]
    assert rows and all(r[1].upper() in source[int(r[5]) - 1].upper() for r in rows)
    assert "MIT License" in data.read_text()


def test_engaging_with_a_government_is_dealing_with_it_not_fighting_it():
    found = [(e.source.country, e.root, e.target.country) for e in extract(
        "France and Germany have intensely engaged with the governments of Kosovo and Serbia.",
        published="2022-03-23").events]
    assert ("FRA", "04", "XKX") in found and not any(root == "19" for _, root, _ in found)


def test_a_pattern_written_for_one_verb_of_a_block_is_not_taken_for_the_others(nlp):
    assert verb_match(first_verb(nlp, "The minister echoed the ambassador.")).code == "010"
    assert verb_match(first_verb(nlp, "The minister mocked the ambassador.")).code == "111"
