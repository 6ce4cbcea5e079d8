"""A pipeline component that starts a sentence after every line break: articles keep one
paragraph a line (a byline, a dateline, a heading), and a sentence never runs across one."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "diplograph_paragraphs"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start, for the parser to keep."""
    for token in doc[:-1]:
        if "\n" in token.text or token.whitespace_ == "\n" or token.text_with_ws.endswith("\n"):
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Return the pipeline with the paragraph component before its parser (if not there yet)."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
