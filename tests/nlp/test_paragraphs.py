"""A sentence never runs across a line break: bylines and headings stay out of the first
sentence of an article."""

from __future__ import annotations

from diplograph.nlp.paragraphs import COMPONENT


def test_the_pipeline_starts_a_sentence_after_each_line_break(nlp):
    assert COMPONENT in nlp.pipe_names
    doc = nlp("Office of the Spokesperson\nThe United States and Japan condemn the launches.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Office of the Spokesperson"
    assert sentences[1].startswith("The United States")
    subject = next(t for t in doc if t.text == "States")
    assert subject.dep_ == "nsubj"
