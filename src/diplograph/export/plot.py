"""A dyad's timeline as a static picture for reports: events per period by quad class, stacked,
with the mean Goldstein score as a line."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no screen
import matplotlib.pyplot as plt  # noqa: E402

from diplograph.store.queries import Table  # noqa: E402

QUADS = [("verbal_coop", "verbal cooperation", "#64b5f6"),
         ("material_coop", "material cooperation", "#1565c0"),
         ("verbal_conflict", "verbal conflict", "#ffb74d"),
         ("material_conflict", "material conflict", "#c62828")]


def plot_dyad(table: Table, a: str, b: str, out: str) -> None:
    """Write the timeline of a dyad query (`store.queries.dyad`) to a PNG or SVG file."""
    rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    periods = sorted({r["period"] for r in rows})
    fig, bars = plt.subplots(figsize=(10, 4.5))
    bottom = [0] * len(periods)
    for key, label, colour in QUADS:
        counts = [sum(r[key] for r in rows if r["period"] == p) for p in periods]
        bars.bar(periods, counts, bottom=bottom, label=label, color=colour)
        bottom = [x + y for x, y in zip(bottom, counts, strict=True)]
    line = bars.twinx()
    means = [mean_goldstein([r for r in rows if r["period"] == p]) for p in periods]
    line.plot(periods, means, color="#222", marker="o", linewidth=1.5, label="mean Goldstein")
    line.set_ylim(-10, 10)
    line.set_ylabel("mean Goldstein")
    bars.set_ylabel("events")
    bars.set_title(f"{a} and {b}: events in both directions")
    bars.tick_params(axis="x", rotation=45, labelsize=8)
    bars.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(out, format=Path(out).suffix.lstrip(".").lower())
    plt.close(fig)


def mean_goldstein(rows: list[dict]) -> float:
    """Return the event-weighted mean Goldstein score of a period's rows."""
    events = sum(r["events"] for r in rows)
    return sum(r["mean_goldstein"] * r["events"] for r in rows) / events if events else 0.0
