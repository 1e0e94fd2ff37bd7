"""Counts written as an adjective before their noun with a hyphen: "a 115,000-seat arena" (seats), "a 500-bed
hospital" (beds), "a 5,000-strong force" (members), "the 577-member Assembly" (``data/hyphen_counts.csv``); a floor
count ("a 31-storey tower") is the units table's."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding
from helpers.extract.quantities import Quantity


#: nouns after such an adjective that make it no size of its own: a margin, or a kind of home
_NOT_A_SIZE = re.compile(r"(?i)\s+(?:majority|lead|margin|advantage|swing|gain|loss|flat|apartment|house|home|unit|room)\b")


@lru_cache(maxsize=1)
def _suffixes() -> tuple[re.Pattern[str], dict[str, str]]:
    with open(DATA_DIR / "hyphen_counts.csv", encoding="utf-8", newline="") as fh:
        table = {r["suffix"]: r["subject"] for r in csv.DictReader(fh)}
    alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"[-‑]({alt})(?![\w-])", re.I), table


def hyphen_count(text: str, q: Quantity) -> Binding | None:
    """What a bare number glued by a hyphen to one of the table's words counts, else None ("a 115,000-seat arena":
    seats; not "a 3-seat-wide gap", nor an amount of money)."""
    if q.currency or q.unit:
        return None
    rx, table = _suffixes()
    m = rx.match(text, q.end)
    if m is None or _NOT_A_SIZE.match(text, m.end()):
        return None  # ("a 30-seat majority", "a 12-seat lead", "a 2-bed flat": a margin, a kind of home)
    return Binding(table[m.group(1).lower()], "count", m.group(1), None, None, m.end())
