"""Resolving date expressions against an article's publication date."""

from diplograph.time.attach import date_for_trigger
from diplograph.time.expressions import ResolvedDate, resolve_expression

__all__ = ["ResolvedDate", "date_for_trigger", "resolve_expression"]
