"""A price per unit of energy ("£92.50 per megawatt-hour", "0.56元/千瓦时", "每度电趸购价格为 0.0925 英镑"): its denominator
(``data/rate_denominators.csv``), so that a price per MWh and one per kWh compare as one price per kWh, and a price per
unit never meets a total amount."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _denominators() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, float]]:
    """(after the amount, before it, unit word -> kWh) from the data file."""
    with open(DATA_DIR / "rate_denominators.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    alt = "|".join(f"(?P<u{i}>{r['pattern']})" for i, r in enumerate(rows))
    after = re.compile(rf"\s*(?:per|an?|par|le|la|/|每)\s*(?:{alt})(?![A-Za-z])", re.I)
    before = re.compile(rf"每(?:{alt})[^，。,;；]{{0,12}}$")
    return after, before, {f"u{i}": float(r["kwh"]) for i, r in enumerate(rows)}


def per_kwh(quote: str, text: str) -> float | None:
    """The kWh of the energy unit a money amount ``text`` of ``quote`` is given per (1000 for "per MWh"), else None."""
    at = quote.find(text)
    if at < 0 or not text:
        return None
    after, before, kwh = _denominators()
    m = after.match(quote, at + len(text)) or before.search(quote, 0, at)
    return next((kwh[k] for k, v in m.groupdict().items() if v), None) if m else None
