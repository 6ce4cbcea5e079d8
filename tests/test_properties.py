"""Property-based tests: any Unicode text yields a valid output object whose offsets all lie
inside the text and whose evidence and quote texts equal the text at those offsets."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph import extract

# News-like pieces mixed with arbitrary Unicode, so that actors, events and quotes do occur.
PIECES = st.sampled_from([
    "Russia attacked Ukraine on Monday.", " China's Wang Yi met Sergei Lavrov in Moscow.",
    "“We will never accept this,” the ministry said.", '"No," he said.', " Japan praised ",
    "South Korea", " and ", "\n", "\n\n", " ", "'", "“", "”", ":", "Putin will visit China in "
    "October.", " the United States and NATO condemned the sanctions imposed on Iran."])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=20)),
                                                   max_size=25).map("".join))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_valid_output_object(text):
    result = extract(text, published="2024-05-06")
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) >= {"id", "actors", "events", "quotes"}
    for event in result.events:
        for span in (event.evidence, event.trigger):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        assert event.source.id != event.target.id
        assert 0 < event.confidence <= 1
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
    for actor in result.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.text
