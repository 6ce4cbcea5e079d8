"""Writing results out: JSON, JSON Lines and a readable table."""

from diplograph.export.formats import (
    write_json,
    write_jsonl,
    write_quotes_json,
    write_quotes_jsonl,
    write_quotes_table,
    write_table,
)

__all__ = ["write_json", "write_jsonl", "write_quotes_json", "write_quotes_jsonl",
           "write_quotes_table", "write_table"]
