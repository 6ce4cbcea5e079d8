"""Reading articles from files, records and standard input."""

from diplograph.ingest.readers import read_inputs

__all__ = ["read_inputs"]
