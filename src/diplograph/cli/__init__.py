"""The `diplograph` command."""

from diplograph.cli.main import cli

__all__ = ["cli"]
