"""Readers for the article sources `extract` accepts: text files, JSON and JSONL records, stdin."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import InputError, Messages
from diplograph.ingest.decode import decode_text
from diplograph.model import Article

RECORD_FIELDS = ("id", "title", "published", "url", "outlet")
MAX_CHARS = 1_000_000  # spaCy's default limit for one document
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")

Result = Article | InputError


def read_inputs(paths: list[str], published: str | None = None,
                article_id: str | None = None) -> Iterator[Result]:
    """Yield an Article, or the InputError that stopped it, for every input in `paths`."""
    for path in paths:
        try:
            yield from read_path(path, published, article_id)
        except InputError as exc:
            yield exc


def read_path(path: str, published: str | None, article_id: str | None) -> Iterator[Result]:
    """Yield the articles of one path ('-' for standard input)."""
    data = read_bytes(path)
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        yield from records_from_jsonl(decode_text(data, path), path, published)
    elif suffix == ".json":
        yield article_from_record(parse_json(decode_text(data, path), path), path, published)
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


def parse_json(text: str, where: str) -> Any:
    """Return the parsed JSON value or raise InputError naming `where`."""
    if not text.strip():
        raise InputError(Messages.EMPTY.format(input=where))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
        raise InputError(Messages.BAD_JSON.format(input=where, reason=reason)) from None


def article_from_record(record: Any, where: str, published: str | None) -> Article:
    """Return the Article of one JSON record with a required `text` field."""
    if not isinstance(record, dict):
        raise InputError(Messages.NOT_RECORD.format(input=where))
    if "text" not in record or record["text"] is None:
        raise InputError(Messages.NO_TEXT.format(input=where))
    if not isinstance(record["text"], str):
        raise InputError(Messages.TEXT_NOT_STRING.format(input=where))
    require_text(record["text"], where)
    fields = {k: None if record.get(k) is None else str(record[k]) for k in RECORD_FIELDS}
    warnings = []
    try:
        fields["published"] = check_date(fields["published"] or published, where)
    except InputError as exc:
        fields["published"] = check_date(published, where)
        warnings.append(f"{exc}; read without it")
    if fields["id"] is None:
        fields["id"] = default_id(where)
    return Article(text=record["text"], source=where, warnings=warnings, **fields)


def default_id(where: str) -> str:
    """Return an id for a record without one: the file's stem, with the line for JSONL."""
    path, _, line = where.rpartition(":")
    if path and line.isdigit():
        return f"{Path(path).stem}:{line}"
    return Path(where).stem


def require_text(text: str, where: str) -> None:
    """Raise InputError when `text` holds nothing but white space."""
    if not text.strip():
        raise InputError(Messages.EMPTY.format(input=where))
    if len(text) > MAX_CHARS:
        raise InputError(Messages.TOO_LONG.format(input=where, length=len(text), limit=MAX_CHARS))


def date_in_name(stem: str) -> str | None:
    """Return a YYYY-MM-DD date found in a file name, if any."""
    m = _DATE_IN_NAME.search(stem)
    return m.group(1) if m and valid_date(m.group(1)) else None


def valid_date(value: str) -> bool:
    """Return True when `value` is a real calendar date written YYYY-MM-DD."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def check_date(value: str | None, where: str) -> str | None:
    """Return the publication date, accepting a full ISO timestamp, or raise InputError."""
    if value is None:
        return None
    day = value.strip()[:10]
    if not valid_date(day):
        raise InputError(Messages.BAD_DATE.format(input=where, value=value))
    return day
