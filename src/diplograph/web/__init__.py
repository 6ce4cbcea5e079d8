"""The local web explorer: a JSON API over the store and a single-page explorer."""
