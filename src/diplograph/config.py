"""Settings read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm"
DEFAULT_QUAD_SCHEME = "gdelt"


@dataclass(frozen=True)
class Settings:
    """Run-wide settings. `model` names the spaCy pipeline to load; `actors` lists user actor
    files (CSV in the format of the package's actor tables) that add to or override them;
    `quad_scheme` names how CAMEO roots group into quad classes (gdelt or icews)."""

    model: str = DEFAULT_MODEL
    actors: tuple[str, ...] = ()
    quad_scheme: str = DEFAULT_QUAD_SCHEME


def current_settings() -> Settings:
    """Return the settings: DIPLOGRAPH_MODEL names the model, DIPLOGRAPH_ACTORS lists actor
    files separated by the system's path separator, DIPLOGRAPH_QUAD_SCHEME names the quad
    class scheme."""
    files = os.environ.get("DIPLOGRAPH_ACTORS", "")
    return Settings(model=os.environ.get("DIPLOGRAPH_MODEL", DEFAULT_MODEL),
                    actors=tuple(f for f in files.split(os.pathsep) if f),
                    quad_scheme=os.environ.get("DIPLOGRAPH_QUAD_SCHEME", DEFAULT_QUAD_SCHEME))
