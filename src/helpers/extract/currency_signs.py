"""The currency of a sign or code written before an amount ("$", "HK$", "€", "RMB", "JMD$": ``data/currency_signs.csv``).
A code before a dollar sign names its own currency (JMD$, RMB$: CNY); an unknown one ("the NHS$5 million pilot") is the
dollar's."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _signs() -> dict[str, str]:
    with open(DATA_DIR / "currency_signs.csv", encoding="utf-8", newline="") as fh:
        return {r["sign"]: r["currency"] for r in csv.DictReader(fh)}


def currency_of_sign(s: str | None) -> str | None:
    """The ISO currency of the sign ``s`` (case and spaces ignored), None for no sign."""
    key = (s or "").strip().lower()
    if not key:
        return None
    return _signs().get(key, "USD" if re.fullmatch(r"[a-z]{3}\$", key) else None)

