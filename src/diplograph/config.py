"""Settings read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm"


@dataclass(frozen=True)
class Settings:
    """Run-wide settings. `model` names the spaCy pipeline to load."""

    model: str = DEFAULT_MODEL


def current_settings() -> Settings:
    """Return the settings, with DIPLOGRAPH_MODEL overriding the default model name."""
    return Settings(model=os.environ.get("DIPLOGRAPH_MODEL", DEFAULT_MODEL))
