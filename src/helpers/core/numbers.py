"""Numbers written for a reader: 1.17e+10 -> "11.7 billion", 294000.0 -> "294,000"."""
from __future__ import annotations

import csv
import math
from functools import lru_cache

from helpers.core.paths import DATA_DIR

_BIG = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable(value: float | str) -> str:
    """A number as an editor writes it: three significant digits at most before "million",
    "billion" or "trillion"; thousands separated below a million; small numbers as given.
    A text that is not a number is returned unchanged."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(v):
        return str(value)
    for size, word in _BIG:
        if abs(v) >= size:
            return f"{v / size:.3g} {word}"
    if float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.4g}" if abs(v) >= 1 else f"{v:.3g}"


def magnitude(value: float) -> tuple[float, str]:
    """The divisor and word an editor would write a large value with: (1e9, "billion"), else (1.0, "")."""
    if isinstance(value, (int, float)) and math.isfinite(value):
        for size, word in _BIG:
            if abs(value) >= size:
                return size, word
    return 1.0, ""


@lru_cache(maxsize=1)
def duration_days() -> dict[str, float]:
    """Duration unit (as the claims table writes it) -> days, from ``data/duration_days.csv``."""
    with open(DATA_DIR / "duration_days.csv", encoding="utf-8", newline="") as fh:
        return {r["unit"]: float(r["days"]) for r in csv.DictReader(fh)}
