"""Reading articles from paths: text files, HTML pages, JSON, JSONL and CSV records, RSS and
Atom feeds, folders of them (recursively), and standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from diplograph.errors import InputError, Messages
from diplograph.ingest.decode import decode_text
from diplograph.ingest.documents import (
    article_from_html,
    articles_from_feed,
    is_feed,
    records_from_csv,
)
from diplograph.ingest.language import other_language
from diplograph.ingest.records import (
    article_from_record,
    check_date,
    date_in_name,
    parse_json,
    require_text,
)
from diplograph.model import Article

__all__ = ["ARTICLE_SUFFIXES", "Result", "check_date", "folder_files", "read_inputs"]

# The file types a folder is searched for; other files in a folder are not articles.
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".csv", ".rss",
                    ".atom", ".xml"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}

Result = Article | InputError


def read_inputs(paths: list[str], published: str | None = None,
                article_id: str | None = None,
                ignored: list[str] | None = None) -> Iterator[Result]:
    """Yield an Article, or the InputError that stopped it, for every input in `paths`; a
    folder stands for its article files, in name order, and the files it holds that are not
    articles are added to `ignored`."""
    for path in paths:
        files = folder_files(Path(path), ignored) if path != "-" and Path(path).is_dir() else [path]
        if not files:
            yield InputError(Messages.EMPTY_FOLDER.format(input=path))
        for file in files:
            try:
                for item in read_path(str(file), published, article_id):
                    yield english_only(item)
            except InputError as exc:
                yield exc


def english_only(item: Result) -> Result:
    """Return an article, or the error that skips it when its text is surely not English."""
    if isinstance(item, InputError):
        return item
    found = other_language(item.text)
    if found is None:
        return item
    return InputError(Messages.NOT_ENGLISH.format(input=item.source or item.id, language=found[0],
                                                  probability=found[1]))


def folder_files(folder: Path, ignored: list[str] | None = None) -> list[Path]:
    """Return the article files under `folder`, recursively, in a stable order."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        elif ignored is not None:
            ignored.append(str(path))
    return found


def read_path(path: str, published: str | None, article_id: str | None) -> Iterator[Result]:
    """Yield the articles of one file ('-' for standard input)."""
    data = read_bytes(path)
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        yield from records_from_jsonl(decode_text(data, path), path, published)
    elif suffix == ".json":
        yield article_from_record(parse_json(decode_text(data, path), path), path, published)
    elif suffix == ".csv":
        yield from records_from_csv(decode_text(data, path), path, published)
    elif suffix in HTML_SUFFIXES:
        yield article_from_html(data, path, published, article_id)
    elif suffix in FEED_SUFFIXES or (suffix not in (".txt", ".text") and is_feed(data)):
        yield from articles_from_feed(data, path, published)
    else:
        yield article_from_text(decode_text(data, path), path, published, article_id)


def read_bytes(path: str) -> bytes:
    """Return the bytes of a file or of standard input, or raise InputError."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if p.is_dir():
        raise InputError(Messages.IS_DIRECTORY.format(input=path))
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(Messages.NOT_FOUND.format(input=path)) from None
    except OSError as exc:
        raise InputError(Messages.UNREADABLE.format(input=path, reason=exc.strerror)) from None


def article_from_text(text: str, path: str, published: str | None,
                      article_id: str | None) -> Article:
    """Return the Article of a plain-text body read from `path`."""
    require_text(text, path)
    stem = "stdin" if path == "-" else Path(path).stem
    when = published or date_in_name(stem)
    return Article(text=text, id=article_id or stem, published=check_date(when, path),
                   source=path)


def records_from_jsonl(text: str, path: str, published: str | None) -> Iterator[Result]:
    """Yield one Article (or InputError) per non-blank line of a JSONL file."""
    if not text.strip():
        raise InputError(Messages.EMPTY.format(input=path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield article_from_record(parse_json(line, where), where, published)
        except InputError as exc:
            yield exc
