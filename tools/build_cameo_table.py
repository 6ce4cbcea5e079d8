"""Build src/diplograph/events/data/cameo.csv from the CAMEO codebook and the PLOVER mapping.

Run from the repository root with the shared data folder beside it:
    python tools/build_cameo_table.py ../shared/data
Only codes, short names, Goldstein values and PLOVER types are kept (facts); quad classes
come from the scheme chosen at run time (events/data/quad_schemes.yaml);
no descriptions or examples are copied.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path("src/diplograph/events/data/cameo.csv")


def plover_table(path: Path) -> dict[str, str]:
    """Return CAMEO code -> PLOVER event type from the conversion table."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]*)", line)
        if m and m.group(2):
            table[m.group(1)] = m.group(2)
    return table


def plover_for(code: str, table: dict[str, str]) -> str:
    """Return the PLOVER type of a code, falling back to its parents."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return ""


def main(shared_data: str) -> None:
    base = Path(shared_data)
    plover = plover_table(base / "plover" / "CAMEO2PLOVER-2021.txt")
    # The 2021 table omits root 02 (appeals); PLOVER's REQUEST covers both appeals and demands.
    # Root 01 (public statements) has no PLOVER type and stays empty.
    plover.setdefault("02", "REQUEST")
    with (base / "cameo_codebook_icews" / "cameo_codes.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["code", "name", "root", "goldstein", "plover"])
        for r in rows:
            out.writerow([r["code"], r["name"], r["root_code"], r["goldstein"],
                          plover_for(r["code"], plover)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
