"""Settings read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm"


@dataclass(frozen=True)
class Settings:
    """Run-wide settings. `model` names the spaCy pipeline to load; `actors` lists user actor
    files (CSV in the format of the package's actor tables) that add to or override them."""

    model: str = DEFAULT_MODEL
    actors: tuple[str, ...] = ()


def current_settings() -> Settings:
    """Return the settings: DIPLOGRAPH_MODEL names the model, DIPLOGRAPH_ACTORS lists actor
    files separated by the system's path separator."""
    files = os.environ.get("DIPLOGRAPH_ACTORS", "")
    return Settings(model=os.environ.get("DIPLOGRAPH_MODEL", DEFAULT_MODEL),
                    actors=tuple(f for f in files.split(os.pathsep) if f))
