"""The parser reads apostrophes inside words as straight ones, and the outputs keep the
article's own words: a text and its typographic variant give the same actors and events."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph import extract
from diplograph.nlp.typography import parsing_text

SENTENCES = st.sampled_from([
    "The United States strongly condemned the Democratic People's Republic of Korea on Monday.",
    "Both secretaries pledged support to meet Ukraine's humanitarian, security, and economic "
    "needs as President Putin's full-scale invasion enters its second month.",
    "China's foreign minister Wang Yi met Russia's Sergei Lavrov in Moscow.",
    "Japan's prime minister said Tokyo won't recognise the annexation.",
    "Canada condemned China's detention of two Canadians.",
])


def test_the_parsing_text_straightens_apostrophes_inside_words_only():
    text = "Putin\u2019s war, the allies\u2019 \u2018resolve\u2019, O\u2019Brien"
    assert parsing_text(text) == "Putin's war, the allies\u2019 \u2018resolve\u2019, O'Brien"
    assert len(parsing_text(text)) == len(text)


def outcome(text: str):
    result = extract(text, published="2022-03-26")
    return ({(a.id, tuple((m.start, m.end) for m in a.mentions)) for a in result.actors},
            {(e.source.id, e.cameo, e.target.id, e.evidence.start, e.evidence.end)
             for e in result.events})


@settings(max_examples=12, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=3).map(" ".join))
def test_a_typographic_variant_gives_the_same_actors_and_events(text):
    curly = text.replace("'", "\u2019")
    assert outcome(curly) == outcome(text)


def test_outputs_show_the_article_s_own_apostrophes():
    text = "The United States condemned the Democratic People\u2019s Republic of Korea on Monday."
    result = extract(text, published="2022-03-24")
    assert [(e.source.country, e.target.country) for e in result.events] == [("USA", "PRK")]
    assert "\u2019" in result.events[0].evidence.text
    assert all(text[m.start:m.end] == m.text for a in result.actors for m in a.mentions)
