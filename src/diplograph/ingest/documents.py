"""Readers for web documents and record tables: HTML pages (trafilatura), RSS and Atom feeds
(feedparser), and CSV article records."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import lxml.html
import trafilatura

from diplograph.errors import InputError, Messages
from diplograph.ingest.decode import decode_text
from diplograph.ingest.records import article_from_record, check_date, date_in_name, require_text
from diplograph.model import Article

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")


def article_from_html(data: bytes, path: str, published: str | None,
                      fallback_id: str | None = None) -> Article:
    """Return the Article of an HTML page: its main text, title, date, outlet and author."""
    html = decode_text(data, path)
    found = trafilatura.bare_extraction(html, with_metadata=True)
    if found is None or not (found.text or "").strip():
        raise InputError(Messages.NO_MAIN_TEXT.format(input=path))
    text = drop_title_line(found.text, found.title)
    require_text(text, path)
    stem = Path(path).stem
    when = published or found.date or date_in_name(stem)
    return Article(text=text, id=fallback_id or stem, title=found.title,
                   published=check_date(when, path), url=found.url, outlet=found.sitename,
                   author=found.author, source=path)


def drop_title_line(text: str, title: str | None) -> str:
    """Return the text without a first line that only repeats the title."""
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title.strip() and rest.strip() else text


def is_feed(data: bytes) -> bool:
    """Return True when the bytes open like an RSS or Atom document."""
    head = data[:2048].decode("utf-8", "ignore").lower()
    return any(marker in head for marker in FEED_MARKERS)


def articles_from_feed(data: bytes, path: str, published: str | None) -> Iterator[Article | InputError]:
    """Yield one Article per feed entry: its linked page when that is a local file, otherwise
    the entry's own text."""
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise InputError(Messages.BAD_FEED.format(input=path, reason=feed.bozo_exception))
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{path}:{number}"
        try:
            yield entry_article(entry, where, Path(path).parent, outlet, published)
        except InputError as exc:
            yield exc


def entry_article(entry, where: str, folder: Path, outlet: str | None,
                  published: str | None) -> Article:
    """Return the Article of one feed entry."""
    page = local_page(entry.get("link"), folder)
    when = published or entry_date(entry)
    if page is not None:
        article = article_from_html(page.read_bytes(), str(page), when)
        article.url = entry.get("link")
        article.outlet = article.outlet or outlet
        return article
    text = html_text(entry_html(entry))
    require_text(text, where)
    return Article(text=text, id=entry.get("id") or where, title=entry.get("title"),
                   published=check_date(when, where), url=entry.get("link"), outlet=outlet,
                   author=entry.get("author"), source=where)


def local_page(link: str | None, folder: Path) -> Path | None:
    """Return the local file an entry links to (file: URL or relative path), if it exists."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme in ("http", "https"):
        return None
    candidate = Path(unquote(parsed.path)) if parsed.scheme == "file" else folder / link
    return candidate if candidate.is_file() else None


def entry_date(entry) -> str | None:
    """Return an entry's publication day, YYYY-MM-DD."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None


def entry_html(entry) -> str:
    """Return the fullest text an entry carries: its content, else its summary."""
    contents = entry.get("content") or []
    return contents[0].get("value", "") if contents else entry.get("summary", "")


def html_text(fragment: str) -> str:
    """Return the visible text of an HTML fragment, one paragraph a line."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def records_from_csv(text: str, path: str, published: str | None) -> Iterator[Article | InputError]:
    """Yield one Article (or InputError) per row of a CSV file with a "text" column."""
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
            raise InputError(Messages.CSV_NO_TEXT.format(input=path))
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(Messages.BAD_CSV.format(input=path, reason=exc)) from None
    for number, row in enumerate(rows, start=2):
        record = {k.strip(): v for k, v in row.items() if k is not None}
        try:
            yield article_from_record(record, f"{path}:{number}", published)
        except InputError as exc:
            yield exc
