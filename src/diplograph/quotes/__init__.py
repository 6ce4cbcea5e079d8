"""Quotations and reported speech, attributed to their speakers."""

from diplograph.quotes.attribute import extract_quotes
from diplograph.quotes.marks import QuoteSpan, find_quote_spans

__all__ = ["QuoteSpan", "extract_quotes", "find_quote_spans"]
