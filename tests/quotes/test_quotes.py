from diplograph import extract
from diplograph.quotes import find_quote_spans


def texts(text):
    return [s.text(text) for s in find_quote_spans(text)]


def test_curly_and_straight_quotes_trailing_comma_dropped_period_kept():
    text = ('\u201cWe will meet again soon,\u201d he said. She said: "The talks went well."')
    assert texts(text) == ["We will meet again soon", "The talks went well."]


def test_scare_quotes_are_not_quotations():
    text = 'Russia and China tout their \u201cno limits\u201d partnership.'
    assert texts(text) == []


def test_short_quote_with_a_cue_is_kept():
    text = '"No comment," the spokesman said.'
    assert texts(text) == ["No comment"]


def test_quote_continued_into_next_paragraph():
    text = ('\u201cWe discussed the border at length.\n'
            '\u201cWe also agreed to meet again in spring,\u201d the minister said.')
    spans = find_quote_spans(text)
    assert len(spans) == 2 and spans[0].continued and not spans[0].doubtful


def test_unpaired_mark_is_flagged_and_the_rest_recovered():
    text = ('\u201cThis quotation never closes and runs on to the end.\n'
            'Later, the envoy said \u201cthe second quotation is fine and closed.\u201d')
    spans = find_quote_spans(text)
    assert spans[0].doubtful
    assert spans[1].text(text) == "the second quotation is fine and closed."


def test_speaker_by_cue_pronoun_and_according_to():
    text = ('\u201cThe parties discussed the situation in detail,\u201d Russia\u2019s Foreign '
            'Ministry said.\n\u201cThe talks were useful and constructive,\u201d it added.\n'
            'The plan is sound, according to China\u2019s Xinhua. China\u2019s Wang Yi told Lavrov the plan '
            '\u201ctakes into account the concerns of all parties,\u201d according to Xinhua.')
    quotes = [q for q in extract(text, published="2023-09-18").quotes if q.direct]
    assert [q.speaker.code for q in quotes] == ["RUSGOV", "RUSGOV", "CHNGOV"]
    assert [q.cue for q in quotes] == ["said", "added", "told"]


def test_quote_offsets_match_text():
    text = 'Merkel said: "Georgia will become a member if it wants to."'
    [quote] = [q for q in extract(text, published="2008-08-17").quotes if q.direct]
    assert text[quote.start:quote.end] == quote.text
    assert quote.speaker.country == "DEU"


def test_reported_speech_is_not_direct():
    text = "Moscow and Beijing are closely aligned on Ukraine, the Russian Foreign Ministry said."
    [quote] = extract(text, published="2023-09-18").quotes
    assert not quote.direct and quote.speaker.code == "RUSGOV"
    assert quote.text.startswith("Moscow and Beijing are closely aligned")


def test_inverted_attribution_after_the_quote():
    text = ('"Commanders of the army were dispatched to the front-line troops", added KCNA.')
    [quote] = [q for q in extract(text, published="2015-08-21").quotes if q.direct]
    assert quote.speaker.country == "PRK" and quote.cue == "added"


def test_example_article_quotes(shared):
    text = (shared / "examples" / "moscow-beijing-2023-09-18.txt").read_text(encoding="utf-8")
    quotes = [q for q in extract(text, published="2023-09-18").quotes if q.direct]
    assert [q.speaker.name for q in quotes] == [
        "Russian Foreign Ministry", "Russian Foreign Ministry", "Wang Yi", "Wang Yi", "Vladimir Putin"]
    assert all(text[q.start:q.end] == q.text for q in quotes)
