"""Which words are triggers: a verb whose lemma the tagger got wrong still is; a name is not."""

from __future__ import annotations

from diplograph.events.triggers import hand_pattern


def test_a_verb_the_tagger_lemmatised_wrongly_keeps_its_pattern(nlp):
    doc = nlp("Canada hopes that Iran will respond positively to the offer.")
    assert doc[1].lemma_ != "hope" or hand_pattern(doc[1]) is not None  # the tagger says "hop"
    assert hand_pattern(doc[1]).code == "020"


def test_a_word_of_a_person_s_name_is_no_trigger(nlp):
    doc = nlp("UN Secretary-General Ban Ki-moon arrived in Cairo on Monday.")
    ban = next(t for t in doc if t.text == "Ban")
    assert ban.ent_type_ == "PERSON"
    assert hand_pattern(ban) is None
    assert hand_pattern(nlp("The ban on imports was lifted.")[1]).code == "163"
