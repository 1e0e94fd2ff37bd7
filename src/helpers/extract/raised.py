"""What money raised or collected is, when only the words around it say: donations near donors or a fundraising
appeal ("the foundation collected 358 million euros from 340,000 donors"), an investment near investors or a round
("raised $2 billion in new funding"), else "funds raised" (``data/raised_cues.csv``)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _raised_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "raised_cues.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], re.compile(rf"(?<![A-Za-zÀ-ÿ])(?:{r['pattern']})", re.I)) for r in csv.DictReader(fh))


def raised_for(text: str, start: int, end: int, reach: int = 400) -> str:
    """What money raised or collected at ``text[start:end]`` is, from the nearest word of giving or of funding within
    ``reach`` characters (``data/raised_cues.csv``): "donations" near donors or a fundraising appeal, "investment" near
    investors or a round; "funds raised" when neither is near."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    near = [(start - m.end() if m.end() <= start else m.start() - end, subject)
            for subject, rx in _raised_cues() for m in rx.finditer(text, lo, hi) if not start <= m.start() < end]
    return min(near)[1] if near else "funds raised"
