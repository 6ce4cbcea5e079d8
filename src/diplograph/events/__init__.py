"""Coding CAMEO events from the parse and the resolved actors."""
