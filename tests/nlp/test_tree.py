"""The parse read as plain lists gives the same children, labels and words as spaCy's own
accessors, and follows the document asked about."""

from __future__ import annotations

from diplograph.nlp import tree


def test_the_tree_agrees_with_spacy_on_a_real_article(nlp, shared):
    example = shared / "examples" / "moscow-beijing-2023-09-18.txt"
    doc = nlp(example.read_text(encoding="utf-8"))
    parse = tree.tree_of(doc)
    for token in doc:
        assert parse.children[token.i] == [c.i for c in token.children]
        assert sorted(tree.subtree(parse, token.i)) == [t.i for t in token.subtree]
        assert parse.deps[token.i] == token.dep_
        assert parse.lemmas[token.i] == token.lemma_.lower()


def test_children_by_label_and_prepositional_objects(nlp):
    doc = nlp("Russia signed an agreement with China and Iran on Monday.")
    signed = doc[1]
    assert [t.text for t in tree.children_with(signed, ("nsubj", "dobj"))] == ["Russia", "agreement"]
    agreement = doc[3]
    assert [t.text for t in tree.prep_objects(agreement, ("with",))] == ["China"]
    assert tree.has_child_with(signed, ("nsubj",)) and not tree.has_child_with(signed, ("neg",))


def test_a_new_document_gets_its_own_tree(nlp):
    first = nlp("Japan protested.")
    second = nlp("The talks between India and Pakistan resumed in Geneva.")
    assert len(tree.tree_of(first).deps) == len(first)
    assert len(tree.tree_of(second).deps) == len(second)
    assert tree.tree_of(first).lower[0] == "japan"
