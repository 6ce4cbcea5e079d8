"""Turning one date expression ("on Monday", "in March", "last week") into an ISO value."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# Written-out dates the rules leave to dateparser: "12/09/2023", "2023-09-12", "12.9.23".
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO date value (YYYY-MM-DD, YYYY-MM or YYYY), its granularity, and the last day of a
    range ("September 18-21") when one was named."""

    value: str
    granularity: str  # day | week | month | year
    end: str | None = None


def day(d: date) -> ResolvedDate:
    """Return a day-level value."""
    return ResolvedDate(d.isoformat(), "day")


def month(year: int, mon: int) -> ResolvedDate:
    """Return a month-level value."""
    return ResolvedDate(f"{year:04d}-{mon:02d}", "month")


def shift_month(year: int, mon: int, delta: int) -> tuple[int, int]:
    """Return the (year, month) `delta` months away."""
    index = year * 12 + (mon - 1) + delta
    return index // 12, index % 12 + 1


def resolve_expression(text: str, published: date, future: bool) -> ResolvedDate | None:
    """Return the date `text` names, read from `published`, looking ahead when `future`."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    for rule in (relative_day, relative_span, explicit_date, weekday, month_name):
        found = rule(words, published, future)
        if found:
            return found
    return library_date(text, published, future) or year_only(words, published, future)


def library_date(text: str, pub: date, future: bool) -> ResolvedDate | None:
    """Return what dateparser reads in a numeric date the rules above do not cover
    ("12/09/2023", "2023-09-12"), at day level; month first, as dateparser's default."""
    if not NUMERIC_DATE.search(text):
        return None
    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
                "PREFER_DATES_FROM": "future" if future else "past",
                "REQUIRE_PARTS": ["day", "month", "year"]}
    found = dateparser.parse(text, languages=["en"], settings=settings)
    return day(found.date()) if found else None


def relative_day(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """Today, yesterday, tomorrow, N days ago, in N days."""
    if "today" in words or "tonight" in words:
        return day(pub)
    if "yesterday" in words:
        return day(pub - timedelta(days=1))
    if "tomorrow" in words:
        return day(pub + timedelta(days=1))
    if "ago" in words and "days" in words or "day" in words and "ago" in words:
        n = count_before(words, words.index("ago"))
        return day(pub - timedelta(days=n)) if n else None
    return None


def count_before(words: list[str], index: int) -> int | None:
    """Return the number written two words before `index` ("two days ago")."""
    if index < 2:
        return None
    word = words[index - 2]
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


COMING = {"coming", "upcoming"}


def relative_span(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """Weeks, weekends, months and years named relative to publication."""
    text = " ".join(words)
    monday = pub - timedelta(days=pub.weekday())
    if "weekend" in words:
        saturday = monday - timedelta(days=2) if not future else monday + timedelta(days=5)
        return ResolvedDate(saturday.isoformat(), "week")
    ahead = "next" in words or bool(COMING & set(words))  # "in the coming week"
    if "week" in words:
        offset = -7 if "last" in words else 7 if ahead else 0
        return ResolvedDate((monday + timedelta(days=offset)).isoformat(), "week")
    if "month" in words:
        delta = -1 if "last" in words else 1 if ahead else 0
        return month(*shift_month(pub.year, pub.month, delta))
    if "year" in words:
        delta = -1 if "last" in words else 1 if "next" in words else 0
        return ResolvedDate(str(pub.year + delta), "year") if "this" in text or delta else None
    return None


def explicit_date(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """"August 10", "10 August 2015", "September 18, 2023"."""
    for i, word in enumerate(words):
        if word in MONTHS:
            number = next((int(w) for w in words[max(0, i - 1):i + 2]
                           if w.isdigit() and 1 <= int(w) <= 31), None)
            if number is None:
                continue
            year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
            start = nearest_date(MONTHS[word], number, pub, future, year)
            return ResolvedDate(start.isoformat(), "day", range_end(words, i, start))
    return None


def range_end(words: list[str], month_at: int, start: date) -> str | None:
    """Return the last day of a range after its first ("September 18-21", "October 2 to 5",
    "September 28 to October 2"), or None."""
    days = [(j, int(w)) for j, w in enumerate(words) if w.isdigit() and 1 <= int(w) <= 31]
    later = [(j, n) for j, n in days if j > month_at + 1]
    if not later:
        return None
    j, last = later[0]
    mon = next((MONTHS[w] for w in words[month_at + 1:j] if w in MONTHS), start.month)
    year = start.year + (1 if mon < start.month else 0)
    end = safe_date(year, mon, last)
    return end.isoformat() if end > start else None


def nearest_date(mon: int, dom: int, pub: date, future: bool, year: int | None) -> date:
    """Return the date of `mon`/`dom`, in `year` or the year closest in the right direction."""
    if year:
        return safe_date(year, mon, dom)
    candidate = safe_date(pub.year, mon, dom)
    if future and candidate < pub:
        return safe_date(pub.year + 1, mon, dom)
    if not future and candidate > pub:
        return safe_date(pub.year - 1, mon, dom)
    return candidate


def safe_date(year: int, mon: int, dom: int) -> date:
    """Return the date, clamping the day to the month's length."""
    return date(year, mon, min(dom, calendar.monthrange(year, mon)[1]))


def weekday(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """"on Monday": the latest such day on or before publication, or the next in the future."""
    name = next((w for w in words if w in WEEKDAYS), None)
    if name is None:
        return None
    gap = (pub.weekday() - WEEKDAYS[name]) % 7
    if future:
        ahead = (WEEKDAYS[name] - pub.weekday()) % 7 or 7  # "will meet on Monday", said on a Monday
        return day(pub + timedelta(days=ahead))
    if "last" in words and gap == 0:
        gap = 7
    return day(pub - timedelta(days=gap))


def month_name(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """"in March": the latest March (or the next, for a future act), with its year if given."""
    name = next((w for w in words if w in MONTHS), None)
    if name is None:
        return None
    mon = MONTHS[name]
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    if year is None:
        year = pub.year
        if future and mon < pub.month:
            year += 1
        elif not future and mon > pub.month:
            year -= 1
    return month(year, mon)


def year_only(words: list[str], pub: date, future: bool) -> ResolvedDate | None:
    """A bare year: "in 2019"."""
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    return ResolvedDate(str(year), "year") if year and 1900 < year < 2200 else None
