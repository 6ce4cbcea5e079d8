"""The learned linker: a logistic model that weighs each candidate reading of a trigger (its
source, its target, how they stand to it) and says how likely it is an event. The weights are
package data, trained by `tools/train_linker.py` on the gold sets one may study; scoring is a
dot product, so the run needs no learning library and gives the same answer every time."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MODEL_FILE = "linker.json"


@dataclass(frozen=True)
class LinkerModel:
    """The linker's weights, its bias, and the probability above which a reading is kept."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """Return the probability that a candidate with `features` is an event."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_linker() -> LinkerModel | None:
    """Return the packaged linker, or None when the package ships none."""
    ref = resources.files("diplograph.events") / "data" / MODEL_FILE
    if not ref.is_file():
        return None
    raw = json.loads(ref.read_text(encoding="utf-8"))
    return LinkerModel(float(raw["bias"]), {k: float(v) for k, v in raw["weights"].items()},
                       float(raw["threshold"]))
