"""Measures computed on the store: alignment between actors."""
