"""HTML pages, RSS and Atom feeds, CSV records and folders, as `ingest` and `extract` read them."""

from __future__ import annotations

from diplograph.errors import InputError
from diplograph.ingest import read_inputs

PAGE = """<html><head><title>Talks in Ankara</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks in Ankara</h1>
<p>Turkish Foreign Minister Hakan Fidan met his Greek counterpart in Ankara on Monday. The two
discussed the islands and migration at length, officials from both sides said afterwards.</p>
<p>They agreed to meet again before the summer, the ministry said in a statement.</p>
</article><footer>All rights reserved</footer></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Local page</title><link>page.html</link><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Remote page</title><link>https://example.org/b</link>
<pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Japan praised South Korea for its restraint on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/c</link></item>
</channel></rss>"""


def test_html_page_gives_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = list(read_inputs([str(tmp_path / "page.html")]))
    assert article.text.startswith("Turkish Foreign Minister Hakan Fidan")
    assert "Home | World" not in article.text and "rights reserved" not in article.text
    assert (article.title, article.published, article.author, article.outlet) == (
        "Talks in Ankara", "2024-05-06", "Jane Roe", "Example News")


def test_feed_entries_use_a_local_linked_page_else_their_own_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wire.rss").write_text(FEED, encoding="utf-8")
    local, remote, empty = list(read_inputs([str(tmp_path / "wire.rss")]))
    assert local.text.startswith("Turkish Foreign Minister") and local.outlet == "Example News"
    assert remote.text == "Japan praised South Korea for its restraint on Tuesday."
    assert (remote.published, remote.outlet, remote.url) == ("2024-05-07", "Example Wire",
                                                             "https://example.org/b")
    assert isinstance(empty, InputError) and "wire.rss:3: empty input" in str(empty)


def test_csv_records_with_odd_quoting(tmp_path):
    (tmp_path / "records.csv").write_text(
        'id,published,text\n'
        'a1,2024-05-01,"Japan praised ""South"" Korea, again."\n'
        'a2,2024-05-02,\n', encoding="utf-8")
    first, second = list(read_inputs([str(tmp_path / "records.csv")]))
    assert first.text == 'Japan praised "South" Korea, again.' and first.id == "a1"
    assert isinstance(second, InputError) and "records.csv:3" in str(second)


def test_csv_without_a_text_column_is_one_error(tmp_path):
    (tmp_path / "bad.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    [error] = list(read_inputs([str(tmp_path / "bad.csv")]))
    assert str(error) == f'{tmp_path / "bad.csv"}: CSV file has no "text" column'


def test_folders_are_read_recursively_in_order_and_other_files_left_out(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Japan praised South Korea.")
    (tmp_path / "a.txt").write_text("China criticized the United States.")
    (tmp_path / "README.md").write_text("notes")
    (tmp_path / ".hidden.txt").write_text("Russia attacked Ukraine.")
    ignored: list[str] = []
    found = list(read_inputs([str(tmp_path)], ignored=ignored))
    assert [a.id for a in found] == ["a", "two"]
    assert ignored == [str(tmp_path / "README.md")]
