"""Article records and the checks every reader shares: required text, publication dates."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import InputError, Messages
from diplograph.model import Article

RECORD_FIELDS = ("id", "title", "published", "url", "outlet", "author")
MAX_CHARS = 1_000_000  # spaCy's default limit for one document
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


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
