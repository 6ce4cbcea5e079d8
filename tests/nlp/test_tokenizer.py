"""The tokenizer splits a dyad joined to an abbreviation ("U.S.-China") into its names."""

from __future__ import annotations


def test_an_abbreviation_hyphenated_to_a_name_is_split(nlp):
    words = [t.text for t in nlp("The U.S.-China talks and the U.K.-EU deal.")]
    assert words[1:4] == ["U.S.", "-", "China"]
    assert words[7:10] == ["U.K.", "-", "EU"]


def test_other_hyphenated_words_stay_whole(nlp):
    words = [t.text for t in nlp("A U.S.-led coalition and a D.C.-based group met.")]
    assert "U.S.-led" in words and "D.C.-based" in words
